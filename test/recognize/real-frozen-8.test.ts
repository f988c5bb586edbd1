import { REAL_FROZEN_8_DIR, realFrozen8Files } from '../../scripts/make-real-frozen-8';
import { REAL_FROZEN_8 } from '../fixtures/real-frozen-8/specs';
import { describeFrozenBatch } from './frozen-batch';

/*
 * Batch 8 of the fourth round's frozen set of issue 18 (test/fixtures/real-frozen-8): a county's 河长制 scoring rules
 * from its own platform and finance self-review forms as document sites stored them, which the recognition engine has
 * never run on. Scored only by `npm run bench:recognition -- --frozen`, at the start and at the end of the round;
 * these tests never run the engine on it. They keep the batch honest: rebuilt byte for byte from its specs, every
 * expectation well-formed and drawn from what the transcribed table says, and no source shared with the real corpus
 * or any other frozen batch.
 */

describeFrozenBatch({
  title: '第四轮冻结集第 8 批：未被识别程序读过的公开表，期望先于运行写好',
  dir: REAL_FROZEN_8_DIR,
  specs: REAL_FROZEN_8,
  rebuild: realFrozen8Files,
  firstId: 81,
  minTables: 10,
  otherBatches: ['real-frozen-3', 'real-frozen-4', 'real-frozen-5', 'real-frozen-6', 'real-frozen-7', 'real-frozen-9', 'real-frozen-10'],
});
