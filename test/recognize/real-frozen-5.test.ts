import { REAL_FROZEN_5_DIR, realFrozen5Files } from '../../scripts/make-real-frozen-5';
import { REAL_FROZEN_5 } from '../fixtures/real-frozen-5/specs';
import { describeFrozenBatch } from './frozen-batch';

/*
 * The third round's frozen set of issue 18, batch A (test/fixtures/real-frozen-5): published tables the engine has
 * never read, scored only by `npm run bench:recognition -- --frozen` at the start and at the end of the round. These
 * tests never run the recognition engine on it: they keep the batch honest — rebuilt byte for byte from its specs,
 * every expectation well-formed and drawn from what the transcribed table says, and no source shared with the real
 * corpus, the first and second rounds' frozen sets or the other batch of this round.
 */

describeFrozenBatch({
  title: '第三轮冻结集 A 批：未被识别程序读过的公开发布表，期望先于运行写好',
  dir: REAL_FROZEN_5_DIR,
  specs: REAL_FROZEN_5,
  rebuild: realFrozen5Files,
  firstId: 1,
  minTables: 12,
  otherBatches: ['real-frozen-3', 'real-frozen-4', 'real-frozen-6'],
});
