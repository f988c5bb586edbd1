import { REAL_FROZEN_17_DIR, realFrozen17Files } from '../../scripts/make-real-frozen-17';
import { REAL_FROZEN_17 } from '../fixtures/real-frozen-17/specs';
import { describeFrozenBatch } from './frozen-batch';

/*
 * Batch 17 of the sixth round's frozen set of issue 18 (test/fixtures/real-frozen-17): tables a 县/区 department or a
 * county body published with one row per task, indicator or project (a county's planting task split over its towns,
 * a 区 城管局's key-task progress list, a 县's project progress list, a city bureau's fund split over villages, a
 * health bureau's revenue growth against a ceiling and its hospital quality table), which the recognition engine has
 * never run on. Scored only by `npm run bench:recognition -- --frozen`, at the start and at the end of the round;
 * these tests never run the engine on it. They keep the batch honest: rebuilt byte for byte from its specs, every
 * expectation well-formed and drawn from what the transcribed table says, and no source shared with the real corpus
 * or any other frozen batch.
 */

describeFrozenBatch({
  title: '第六轮冻结集第 17 批：县（区）部门与县级议事机构公开的任务、指标、项目表，未被识别程序读过，期望先于运行写好',
  dir: REAL_FROZEN_17_DIR,
  specs: REAL_FROZEN_17,
  rebuild: realFrozen17Files,
  firstId: 171,
  minTables: 6,
});
