import { REAL_FROZEN_7_DIR, realFrozen7Files } from '../../scripts/make-real-frozen-7';
import { REAL_FROZEN_7 } from '../fixtures/real-frozen-7/specs';
import { describeFrozenBatch } from './frozen-batch';

/*
 * Batch C of the third round's frozen set of issue 18 (test/fixtures/real-frozen-7): tables county departments, a
 * county school and 区 units keep themselves (绩效自评表, 绩效目标表, a task list), which the recognition engine has
 * never run on. Scored only by `npm run bench:recognition -- --frozen`, at the start and at the end of the round;
 * these tests never run the engine on it. They keep the batch honest: rebuilt byte for byte from its specs, every
 * expectation well-formed and drawn from what the transcribed table says, and no source shared with the real corpus
 * or any other frozen batch.
 */

describeFrozenBatch({
  title: '第三轮冻结集 C 批：单位自己留存、未被识别程序读过的公开表，期望先于运行写好',
  dir: REAL_FROZEN_7_DIR,
  specs: REAL_FROZEN_7,
  rebuild: realFrozen7Files,
  firstId: 71,
  minTables: 6,
  otherBatches: ['real-frozen-3', 'real-frozen-4', 'real-frozen-5', 'real-frozen-6'],
});
