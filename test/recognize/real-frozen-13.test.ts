import { REAL_FROZEN_13_DIR, realFrozen13Files } from '../../scripts/make-real-frozen-13';
import { REAL_FROZEN_13 } from '../fixtures/real-frozen-13/specs';
import { describeFrozenBatch } from './frozen-batch';

/*
 * Batch 13 of the fifth round's frozen set of issue 18 (test/fixtures/real-frozen-13): statistical and progress tables
 * that 区、县 and provincial statistics bureaus published (monthly and quarterly reports with this month beside the
 * months so far, a bulletin's first table, a year's figures beside last year's, a 区's quarter against its year's plan,
 * a 县's towns with their total), which the recognition engine has never run on. Scored only by
 * `npm run bench:recognition -- --frozen`, at the start and at the end of the round; these tests never run the engine
 * on it. They keep the batch honest: rebuilt byte for byte from its specs, every expectation well-formed and drawn
 * from what the transcribed table says, and no source shared with the real corpus or any other frozen batch.
 */

describeFrozenBatch({
  title: '第五轮冻结集第 13 批：统计局与区县公开的统计表与进度表、未被识别程序读过，期望先于运行写好',
  dir: REAL_FROZEN_13_DIR,
  specs: REAL_FROZEN_13,
  rebuild: realFrozen13Files,
  firstId: 131,
  minTables: 8,
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
    'real-frozen-12',
  ],
});
