import { confirmationItems } from '../../src/core/layout/confirmed-statuses';
import { runPipeline } from '../../src/core/pipeline';
import { confirmRows } from '../../src/taskpane/confirm-view';
import { workbookOf } from '../recognize/build-snapshot';

/** The pane asks about a result written only as a change in points, quoting the words it read. Made up. */
describe('任务窗格：只报百分点变化的指标', () => {
  it('列入需人工确认，判断依据照录“提升2.1个百分点”', () => {
    const snapshot = workbookOf('百分点', [{
      name: 'Sheet1',
      rows: [
        ['2025年主要指标上半年完成情况'],
        ['序号', '指标', '单位', '目标值', '完成值', '完成情况说明'],
        [1, '常住人口城镇化率', '%', 61, '提升2.1个百分点', ''],
        [2, '新增城镇就业', '人', 5000, 3100, '开展招聘会8场'],
      ],
    }]);
    const outcome = runPipeline(snapshot, { generatedAt: '2025-07-01T00:00:00Z' });
    const items = confirmationItems(outcome.recognition.table!, outcome.results!, outcome.plan);
    const rows = confirmRows(items, new Map(), 'zh-CN');
    expect(rows.map((row) => row.name)).toEqual(['常住人口城镇化率']);
    expect(rows[0].evidence).toBe('判断依据：只报变化“提升2.1个百分点”，没有完成值');
  });
});
