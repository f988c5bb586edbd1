import { REAL_FROZEN_10_DIR, realFrozen10Files } from '../../scripts/make-real-frozen-10';
import { REAL_FROZEN_10 } from '../fixtures/real-frozen-10/specs';
import { describeFrozenBatch } from './frozen-batch';

/*
 * Batch 10 of the fourth round's frozen set of issue 18 (test/fixtures/real-frozen-10): plan and progress tables that
 * 区、县 bureaus and offices published (task splits by town, cross-tables of places × targets, pages a mirror turned
 * into traditional characters), which the recognition engine has never run on. Scored only by `npm run bench:recognition -- --frozen`, at the start and at the end of the round;
 * these tests never run the engine on it. They keep the batch honest: rebuilt byte for byte from its specs, every
 * expectation well-formed and drawn from what the transcribed table says, and no source shared with the real corpus
 * or any other frozen batch.
 */

describeFrozenBatch({
  title: '第四轮冻结集第 10 批：区县部门公开的计划表与进度表、未被识别程序读过，期望先于运行写好',
  dir: REAL_FROZEN_10_DIR,
  specs: REAL_FROZEN_10,
  rebuild: realFrozen10Files,
  firstId: 101,
  minTables: 8,
  otherBatches: ['real-frozen-5', 'real-frozen-6', 'real-frozen-7', 'real-frozen-8', 'real-frozen-9'],
});
