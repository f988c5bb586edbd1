import { compute } from '../../src/core/compute';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { recognize } from '../../src/core/recognize';
import { validate } from '../../src/core/validate';
import { layout } from '../../src/core/layout';
import { workbookOf } from '../recognize/build-snapshot';
import { sheetByRole, shown, valueAt } from '../layout/plan-reading';

/**
 * A handling table (units down the side, cases received and closed in a quarter) holds the quarter's intake as its
 * base, not a goal for the year: all cases closed is the quarter's work done, never 提前完成全年目标任务, and a unit that
 * closed 80% of its cases in the quarter is not ahead of a 序时进度 of 25%. Made-up tables in other words; an ordinary
 * table of year targets in a quarter report must keep its 全年 wording.
 */
function draft(rows: (string | number)[][]): { text: string; statuses: string[] } {
  const workbook = workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]);
  const table = recognize(workbook).table!;
  const results = compute(table, validate(table, workbook));
  const doc = narrate(table, results);
  return { text: doc.blocks.map((block) => runsText(block.runs)).join('\n'), statuses: results.indicators.map((r) => r.status) };
}

describe('办理通报：本期受理的件数是本期的基数，不是全年目标', () => {
  it('全部办结：不写“全年目标任务”，写本期应办的已全部办理', () => {
    const { text, statuses } = draft([
      ['某市2024年二季度12345热线工单办理情况'],
      ['承办单位', '受理件数', '办结件数', '办结率'],
      ['市住建局', 40, 40, '100%'],
      ['市交通局', 25, 25, '100%'],
      ['东湖区', 61, 61, '100%'],
      ['合计', 126, 126, '100%'],
    ]);
    expect(statuses).toEqual(['completed']);
    expect(text).not.toMatch(/全年目标/u);
    expect(text).toContain('本期应办的已全部办理');
  });

  it('没办完：不说超过序时进度', () => {
    const { text, statuses } = draft([
      ['某市2024年一季度市长信箱来信办理情况'],
      ['承办单位', '收到来信', '按期回复', '按期回复率'],
      ['市住建局', 40, 30, '75%'],
      ['市交通局', 20, 18, '90%'],
      ['西山区', 40, 32, '80%'],
      ['合计', 100, 80, '80%'],
    ]);
    expect(statuses).toEqual(['behind']);
    expect(text).not.toMatch(/超过序时进度|快于序时进度|全年目标/u);
    expect(text).toContain('本期应办的尚未全部办理');
  });

  it('一季度报的年度目标表照旧说全年（不能变）', () => {
    const { text } = draft([
      ['某县2024年一季度重点指标完成情况'],
      ['指标', '单位', '年度目标', '1-3月完成'],
      ['新增城镇就业', '人', 1000, 1050],
    ]);
    expect(text).toMatch(/全年目标/u);
  });

  it('指标测算的测算说明说明“全年目标”栏是本期受理的件数，序时进度按100%', () => {
    const workbook = workbookOf('t.xlsx', [{ name: 'Sheet1', rows: [
      ['某市2024年二季度12345热线工单办理情况'],
      ['承办单位', '受理件数', '办结件数', '办结率'],
      ['市住建局', 40, 36, '90%'],
      ['东湖区', 60, 60, '100%'],
      ['合计', 100, 96, '96%'],
    ] }]);
    const table = recognize(workbook).table!;
    const results = compute(table, validate(table, workbook));
    expect(results.indicators[0].benchmarkBasis).toBe('intake');
    const measures = sheetByRole(layout({ snapshot: workbook, table, issues: [], results, report: null, generatedAt: '2024-07-01T00:00:00.000Z' }), 'measures');
    const note = String(shown(valueAt(measures, table.indicators[0].name.value, '测算说明')));
    expect(note).toContain('本期受理');
    expect(note).not.toContain('序时目标÷全年目标');
  });
});

