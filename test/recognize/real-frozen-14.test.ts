import { REAL_FROZEN_14_DIR, realFrozen14Files } from '../../scripts/make-real-frozen-14';
import { REAL_FROZEN_14 } from '../fixtures/real-frozen-14/specs';
import { describeFrozenBatch } from './frozen-batch';

/*
 * Batch 14 of the sixth round's frozen set of issue 18 (test/fixtures/real-frozen-14): a 县's livelihood-project
 * progress table, a 市's half-year key-task table, and four monthly indicator tables of a 县级区 statistics bureau,
 * which the recognition engine has never run on. Scored only by `npm run bench:recognition -- --frozen`, at the start
 * and at the end of the round; these tests never run the engine on it. They keep the batch honest: rebuilt byte for
 * byte from its specs, every expectation well-formed and drawn from what the transcribed table says, and no source
 * shared with the real corpus or any other frozen batch.
 */

describeFrozenBatch({
  title: '第六轮冻结集第 14 批：县、市与县级区公开的目标进度表与统计表、未被识别程序读过，期望先于运行写好',
  dir: REAL_FROZEN_14_DIR,
  specs: REAL_FROZEN_14,
  rebuild: realFrozen14Files,
  firstId: 141,
  minTables: 5,
});
