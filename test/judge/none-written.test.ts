import type { WorkbookSnapshot } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { workbookOf } from '../recognize/build-snapshot';

/** A department's sheet where the 完成情况 of some rows is a bare 无. */
function book(rows: (string | number | null)[][]): WorkbookSnapshot {
  return workbookOf('某县住建局2024年目标任务分解表', [
    { name: 'Sheet1', rows: [['某县住房和城乡建设局2024年度绩效目标任务分解表'], ['序号', '指标名称', '年度目标', '上半年完成情况', '责任股室', '备注'], ...rows] },
  ]);
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

describe('只有“推进情况”一栏的表：工作人员写的进展就是汇报，不说“尚未填报”', () => {
  it('句子里的目标、推进情况里的进展：已完成、尚未启动各如其述，没有一项算作未填报', () => {
    const snapshot = workbookOf('农业农村局重点工作', [
      {
        name: 'Sheet1',
        rows: [
            ['2025年县农业农村局重点工作任务推进情况表'],
            ['序号', '重点工作', '目标任务', '推进情况', '完成时限', '责任单位'],
            [1, '农村人居环境整治', '完成20个村整治任务', '已完成20个村，全部通过验收', '2025年9月30日', '农村社会事业股'],
            [2, '农民专业合作社规范提升', '新培育省级示范社3家', '尚未启动', '2025年11月30日', '经管站'],
            [3, '高标准农田建设', '建成高标准农田2万亩', '已完成招标，正在施工', '2025年10月31日', '农田建设股'],
        ],
      },
    ]);
    const outcome = runPipeline(snapshot, { generatedAt: '2025-10-01T00:00:00Z', asOf: '2025-09-30' });
    const table = outcome.recognition.table!;
    expect(table.columns.actual).toBeUndefined();
    const statusOf = (name: string) => outcome.results!.indicators.find((result) => result.row === table.indicators.find((i) => i.name.value === name)!.row)!.status;
    expect(statusOf('农村人居环境整治')).toBe('completed');
    expect(['behind', 'unclear']).toContain(statusOf('农民专业合作社规范提升'));
    expect(['in-progress', 'on-track', 'behind', 'unclear']).toContain(statusOf('高标准农田建设'));
    expect(outcome.results!.indicators.map((result) => result.status)).not.toContain('not-reported');
    expect(outcome.results!.indicators.map((result) => result.status)).not.toContain('no-data');
    const draft = (outcome.report?.blocks ?? []).map((block) => block.runs.map((run) => run.text).join('')).join('\n');
    expect(draft).not.toMatch(/尚未填报/);
    expect(draft).toMatch(/我局/);
  });
});
