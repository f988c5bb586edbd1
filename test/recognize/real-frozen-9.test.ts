import { REAL_FROZEN_9_DIR, realFrozen9Files } from '../../scripts/make-real-frozen-9';
import { REAL_FROZEN_9 } from '../fixtures/real-frozen-9/specs';
import { describeFrozenBatch } from './frozen-batch';

/*
 * Batch 9 of the fourth round's frozen set of issue 18 (test/fixtures/real-frozen-9): tables county departments, 区
 * bureaus and a county development zone keep themselves (a quarterly progress list, 绩效自评表, 绩效目标表), which the
 * recognition engine has never run on. Scored only by `npm run bench:recognition -- --frozen`, at the start and at the end of the round;
 * these tests never run the engine on it. They keep the batch honest: rebuilt byte for byte from its specs, every
 * expectation well-formed and drawn from what the transcribed table says, and no source shared with the real corpus
 * or any other frozen batch.
 */

describeFrozenBatch({
  title: '第四轮冻结集第 9 批：单位自己留存、未被识别程序读过的公开表，期望先于运行写好',
  dir: REAL_FROZEN_9_DIR,
  specs: REAL_FROZEN_9,
  rebuild: realFrozen9Files,
  firstId: 91,
  minTables: 10,
  otherBatches: ['real-frozen-5', 'real-frozen-6', 'real-frozen-7', 'real-frozen-8'],
});
