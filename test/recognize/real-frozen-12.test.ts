import { REAL_FROZEN_12_DIR, realFrozen12Files } from '../../scripts/make-real-frozen-12';
import { REAL_FROZEN_12 } from '../fixtures/real-frozen-12/specs';
import { describeFrozenBatch } from './frozen-batch';

/*
 * Batch 12 of the fifth round's frozen set of issue 18 (test/fixtures/real-frozen-12): task splits, assessment indexes
 * and a target-and-result table that 县、市 and higher offices published (a page a mirror turned into traditional
 * characters, law-archive mirrors of older documents), which the recognition engine has never run on. Scored only by
 * `npm run bench:recognition -- --frozen`, at the start and at the end of the round; these tests never run the engine
 * on it. They keep the batch honest: rebuilt byte for byte from its specs, every expectation well-formed and drawn from
 * what the transcribed table says, and no source shared with the real corpus or any other frozen batch.
 */

describeFrozenBatch({
  title: '第五轮冻结集第 12 批：县市及以上公开的分解表、考核指标表与目标完成表、未被识别程序读过，期望先于运行写好',
  dir: REAL_FROZEN_12_DIR,
  specs: REAL_FROZEN_12,
  rebuild: realFrozen12Files,
  firstId: 121,
  minTables: 7,
  otherBatches: [
    'real-frozen-3',
    'real-frozen-4',
    'real-frozen-5',
    'real-frozen-6',
    'real-frozen-7',
    'real-frozen-8',
    'real-frozen-9',
    'real-frozen-10',
    'real-frozen-11',
    'real-frozen-13',
  ],
});
