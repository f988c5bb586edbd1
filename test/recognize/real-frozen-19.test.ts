import { REAL_FROZEN_19_DIR, realFrozen19Files } from '../../scripts/make-real-frozen-19';
import { REAL_FROZEN_19 } from '../fixtures/real-frozen-19/specs';
import { describeFrozenBatch } from './frozen-batch';

/*
 * Batch 19 of the seventh round's frozen set of issue 18 (test/fixtures/real-frozen-19): tables a 镇, a 区 or a
 * county-level body published with one row per task, indicator or region (a town's quarter progress on its work-report
 * tasks, a 区's year-end plan targets, a county bureau's rectification list and its progress form of tallies, a
 * county office's fund split over its 片区), which the recognition engine has never run on. Scored only by
 * `npm run bench:recognition -- --frozen`, at the start and at the end of the round; these tests never run the engine
 * on it. They keep the batch honest: rebuilt byte for byte from its specs, every expectation well-formed and drawn
 * from what the transcribed table says, and no source shared with the real corpus or any other frozen batch.
 */

describeFrozenBatch({
  title: '第七轮冻结集第 19 批：镇、区（县）部门与县级议事机构公开的任务、指标、地区表，未被识别程序读过，期望先于运行写好',
  dir: REAL_FROZEN_19_DIR,
  specs: REAL_FROZEN_19,
  rebuild: realFrozen19Files,
  firstId: 191,
  minTables: 5,
});
