import { REAL_FROZEN_21_DIR, realFrozen21Files } from '../../scripts/make-real-frozen-21';
import { REAL_FROZEN_21 } from '../fixtures/real-frozen-21/specs';
import { describeFrozenBatch } from './frozen-batch';

/*
 * Batch 21 of the seventh round's frozen set of issue 18 (test/fixtures/real-frozen-21): tables a 区 or a county-level
 * development zone published to split its poverty-relief or 乡村振兴 衔接 money over projects (name, place, what will be
 * built, the money, the unit in charge), and a 市 bureau's split of its 美丽乡村 money over two 区, which the recognition
 * engine has never run on. Scored only by `npm run bench:recognition -- --frozen`, at the start and at the end of the
 * round; these tests never run the engine on it. They keep the batch honest: rebuilt byte for byte from its specs,
 * every expectation well-formed and drawn from what the transcribed table says, and no source shared with the real
 * corpus or any other frozen batch.
 */

describeFrozenBatch({
  title: '第七轮冻结集第 21 批：区、开发区与市局公开的资金分配表，未被识别程序读过，期望先于运行写好',
  dir: REAL_FROZEN_21_DIR,
  specs: REAL_FROZEN_21,
  rebuild: realFrozen21Files,
  firstId: 211,
  minTables: 10,
});
