import { REAL_FROZEN_18_DIR, realFrozen18Files } from '../../scripts/make-real-frozen-18';
import { REAL_FROZEN_18 } from '../fixtures/real-frozen-18/specs';
import { describeFrozenBatch } from './frozen-batch';

/*
 * Batch 18 of the seventh round's frozen set of issue 18 (test/fixtures/real-frozen-18): tables a 县/区 department or a
 * county body published with one row per task, indicator or project (two 宁夏 district self-evaluation finance forms
 * from mirror sites, a 北京 district's half-year progress list on the city report's tasks, two 德化县 fund splits and a
 * city bureau's fund split over its counties' projects), which the recognition engine has never run on. Scored only by
 * `npm run bench:recognition -- --frozen`, at the start and at the end of the round; these tests never run the engine
 * on it. They keep the batch honest: rebuilt byte for byte from its specs, every expectation well-formed and drawn
 * from what the transcribed table says, and no source shared with the real corpus or any other frozen batch.
 */

describeFrozenBatch({
  title: '第七轮冻结集第 18 批：县（区）部门与县级单位公开的自评表、进展表与资金分配表，未被识别程序读过，期望先于运行写好',
  dir: REAL_FROZEN_18_DIR,
  specs: REAL_FROZEN_18,
  rebuild: realFrozen18Files,
  firstId: 181,
  minTables: 6,
});
