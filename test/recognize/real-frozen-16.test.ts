import { REAL_FROZEN_16_DIR, realFrozen16Files } from '../../scripts/make-real-frozen-16';
import { REAL_FROZEN_16 } from '../fixtures/real-frozen-16/specs';
import { describeFrozenBatch } from './frozen-batch';

/*
 * Batch 16 of the sixth round's frozen set of issue 18 (test/fixtures/real-frozen-16): a 区 bureau's project target
 * form, and the tables 市 and 县 governments attach to their reports on how each unit handled the public's letters
 * and hotline calls (cases given, closed, in time, rates, a score), which the recognition engine has never run on.
 * Scored only by `npm run bench:recognition -- --frozen`, at the start and at the end of the round; these tests never
 * run the engine on it. They keep the batch honest: rebuilt byte for byte from its specs, every expectation
 * well-formed and drawn from what the transcribed table says, and no source shared with the real corpus or any other
 * frozen batch.
 */

describeFrozenBatch({
  title: '第六轮冻结集第 16 批：区县与市公开的绩效目标表与信箱、热线办理情况表，未被识别程序读过，期望先于运行写好',
  dir: REAL_FROZEN_16_DIR,
  specs: REAL_FROZEN_16,
  rebuild: realFrozen16Files,
  firstId: 161,
  minTables: 8,
});
