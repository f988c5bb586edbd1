import { REAL_FROZEN_20_DIR, realFrozen20Files } from '../../scripts/make-real-frozen-20';
import { REAL_FROZEN_20 } from '../fixtures/real-frozen-20/specs';
import { describeFrozenBatch } from './frozen-batch';

/*
 * Batch 20 of the seventh round's frozen set of issue 18 (test/fixtures/real-frozen-20): tables county-level bodies of
 * 平潭综合实验区 published with one row per indicator, unit, village or case (a health bureau's hospital revenue growth
 * against a ceiling and its quality tables per period, a finance bureau's pilot fund split over villages, an environment
 * bureau's closed-complaint list, a township's monthly expense disclosure), which the recognition engine has never run on. Scored only by `npm run bench:recognition -- --frozen`, at the start and at the end of the round;
 * these tests never run the engine on it. They keep the batch honest: rebuilt byte for byte from its specs, every
 * expectation well-formed and drawn from what the transcribed table says, and no source shared with the real corpus
 * or any other frozen batch.
 */

describeFrozenBatch({
  title: '第七轮冻结集第 20 批：平潭综合实验区的局与乡公开的指标、单位、村、案件表，未被识别程序读过，期望先于运行写好',
  dir: REAL_FROZEN_20_DIR,
  specs: REAL_FROZEN_20,
  rebuild: realFrozen20Files,
  firstId: 201,
  minTables: 10,
});
