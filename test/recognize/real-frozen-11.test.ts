import { REAL_FROZEN_11_DIR, realFrozen11Files } from '../../scripts/make-real-frozen-11';
import { REAL_FROZEN_11 } from '../fixtures/real-frozen-11/specs';
import { describeFrozenBatch } from './frozen-batch';

/*
 * Batch 11 of the fifth round's frozen set of issue 18 (test/fixtures/real-frozen-11): finance performance forms —
 * 绩效目标申报表, 整体绩效目标表, 项目支出绩效自评表, 自评指标计分表 — that counties, districts, a 街道 and their bureaus
 * published in provinces and templates the earlier batches had not used, which the recognition engine has never run
 * on. Scored only by `npm run bench:recognition -- --frozen`, at the start and at the end of the round; these tests
 * never run the engine on it. They keep the batch honest: rebuilt byte for byte from its specs, every expectation
 * well-formed and drawn from what the transcribed table says, and no source shared with the real corpus or any
 * other frozen batch.
 */

describeFrozenBatch({
  title: '第五轮冻结集第 11 批：区县与部门公开的财政绩效表（新省份、新模板）、未被识别程序读过，期望先于运行写好',
  dir: REAL_FROZEN_11_DIR,
  specs: REAL_FROZEN_11,
  rebuild: realFrozen11Files,
  firstId: 111,
  minTables: 8,
  otherBatches: ['real-frozen-3', 'real-frozen-4', 'real-frozen-5', 'real-frozen-6', 'real-frozen-7', 'real-frozen-8', 'real-frozen-9', 'real-frozen-10', 'real-frozen-12', 'real-frozen-13'],
});
