import { REAL_FROZEN_15_DIR, realFrozen15Files } from '../../scripts/make-real-frozen-15';
import { REAL_FROZEN_15 } from '../fixtures/real-frozen-15/specs';
import { describeFrozenBatch } from './frozen-batch';

/*
 * Batch 15 of the sixth round's frozen set of issue 18 (test/fixtures/real-frozen-15): project, livelihood and plan
 * tables that 区、县 and 市 published (a 县's ten projects registered with finish times and lead units and nothing
 * reported, a 县's projects at mid-year with the target inside the 指标任务, a 区's renovations each with a one-word
 * state, a 市's work-report task and its year-plan targets beside the half year), which the recognition engine has
 * never run on. Scored only by `npm run bench:recognition -- --frozen`, at the start and at the end of the round; these
 * tests never run the engine on it. They keep the batch honest: rebuilt byte for byte from its specs, every expectation
 * well-formed and drawn from what the transcribed table says, and no source shared with the real corpus or any other
 * frozen batch.
 */

describeFrozenBatch({
  title: '第六轮冻结集第 15 批：区县市公开的项目、民生实事与任务表、未被识别程序读过，期望先于运行写好',
  dir: REAL_FROZEN_15_DIR,
  specs: REAL_FROZEN_15,
  rebuild: realFrozen15Files,
  firstId: 151,
  minTables: 5,
});
