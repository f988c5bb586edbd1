import type { WorkbookSnapshot } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';

/** A department's sheet where the 完成情况 of some rows is a bare 无. */
function book(rows: (string | number | null)[][]): WorkbookSnapshot {
  return {
    name: '某县住建局2024年目标任务分解表',
    sheets: [
      {
        name: 'Sheet1',
        visible: true,
        position: 0,
        values: [['某县住房和城乡建设局2024年度绩效目标任务分解表'], ['序号', '指标名称', '年度目标', '上半年完成情况', '责任股室', '备注'], ...rows],
        formulas: [],
        numberFormats: [],
        merges: [],
      },
    ],
  };
}

function outcomeOf(rows: (string | number | null)[][]) {
  const outcome = runPipeline(book(rows), { generatedAt: '2024-07-05T00:00:00Z' });
  const table = outcome.recognition.table;
  if (!table || !outcome.results) throw new Error('no table read');
  return { outcome, table, results: outcome.results };
}

describe('完成情况写“无”：既不当作没填，也不多说', () => {
  it('越少越好的指标（违纪案件，目标0件）写“无”：读作0件，达到目标，指回那一格', () => {
    const { table, results } = outcomeOf([
      [1, '棚户区改造开工（套）', 500, 320, '房管股', null],
      [2, '违纪案件', '0件', '无', '纪检组', '逆向指标'],
    ]);
    const cases = table.indicators.find((indicator) => indicator.name.value === '违纪案件')!;
    expect(cases.direction).toBe('lower');
    expect(cases.actual).toMatchObject({ value: 0, text: '无', derived: true, cell: { sheet: 'Sheet1', row: 4, col: 4 } });
    expect(results.indicators.find((result) => result.row === cases.row)?.status).toBe('completed');
  });

  it('越多越好的定量指标写“无”：需人工确认，不说“尚未填报”', () => {
    const { outcome, table, results } = outcomeOf([
      [1, '棚户区改造开工（套）', 500, 320, '房管股', null],
      [2, '招商引资到位资金（亿元）', 20, '无', '招商股', null],
    ]);
    const investment = table.indicators.find((indicator) => indicator.name.value.startsWith('招商引资'))!;
    expect(investment.actual).toBeNull();
    expect(results.indicators.find((result) => result.row === investment.row)?.status).toBe('unclear');
    const draft = (outcome.report?.blocks ?? []).map((block) => block.runs.map((run) => run.text).join('')).join('\n');
    expect(draft).not.toMatch(/招商引资[^\n]*尚未填报/);
  });
});
