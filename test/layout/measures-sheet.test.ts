import { compute } from '../../src/core/compute';
import { layout, type LayoutInput } from '../../src/core/layout';
import { MARKER_PREFIX } from '../../src/core/layout/generated-sheets';
import { issueMessage } from '../../src/core/i18n';
import type { Issue, OutputPlan } from '../../src/core/model';
import { buildTable, guannanLines, type Line } from '../compute/measure-table';
import { cellOf, columnOf, rowNamed, sheetByRole, shown, valueAt } from './plan-reading';

function planFor(lines: readonly Line[], issues: Issue[] = [], sheet?: string): { plan: OutputPlan; input: LayoutInput } {
  const built = buildTable(lines, { sheet });
  const results = compute(built.table, issues);
  const input: LayoutInput = { snapshot: built.snapshot, table: built.table, issues, results, report: null, generatedAt: '2009-07-01T04:00:00.000Z' };
  return { plan: layout(input), input };
}

describe('指标测算', () => {
  const { plan } = planFor(guannanLines());
  const measures = sheetByRole(plan, 'measures');

  it('完成率是引用源表单元格的公式，缓存值是引擎算出的数', () => {
    const rate = valueAt(measures, '督查重点项目', '完成率');
    expect(rate).toEqual({ kind: 'formula', formula: '=目标分解表!F6/目标分解表!D6', cached: 119 / 200 });
    expect(valueAt(measures, '督查重点项目', '全年目标')).toEqual({ kind: 'formula', formula: '=目标分解表!D6', cached: 200 });
  });

  it('增幅、状态、得分也是公式，源表改动后随之更新', () => {
    expect(valueAt(measures, '争取无偿资金', '同比增幅')).toMatchObject({ kind: 'formula', formula: '=(目标分解表!F11-目标分解表!G11)/目标分解表!G11' });
    const status = valueAt(measures, '督查重点项目', '完成状态');
    expect(status).toMatchObject({ kind: 'formula', cached: '达到序时进度' });
    expect(status?.kind === 'formula' && status.formula).toContain('目标分解表!F6>目标分解表!D6');
    expect(valueAt(measures, '督查重点项目', '得分')).toMatchObject({ kind: 'formula', formula: '=目标分解表!K6*MIN(MAX(J7/K7,0),1)' });
  });

  it('逆向指标用“2－实际÷目标”，并在测算说明里写明', () => {
    expect(valueAt(measures, '项目核准审批时限', '完成率')).toMatchObject({ kind: 'formula', formula: '=MAX(0,2-目标分解表!F10/目标分解表!D10)' });
    expect(shown(valueAt(measures, '项目核准审批时限', '测算说明'))).toContain('逆向指标');
    expect(shown(valueAt(measures, '项目核准审批时限', '序时进度'))).toBe(1);
  });

  it('“300余人”这类从文字读出的数写入数值，注明约数和不能引用的原因，并加单元格批注', () => {
    const actual = valueAt(measures, '企业改制置换职工身份', '实际完成');
    expect(actual).toEqual({ kind: 'number', value: 300 });
    const note = String(shown(valueAt(measures, '企业改制置换职工身份', '测算说明')));
    expect(note).toContain('约数');
    expect(note).toContain('Excel 无法直接引用');
    const row = rowNamed(measures, '企业改制置换职工身份');
    expect(measures.notes).toContainEqual(expect.objectContaining({ row, col: columnOf(measures, '实际完成') }));
    // Its rate reads the written number on this sheet, not the words on the source.
    expect(valueAt(measures, '企业改制置换职工身份', '完成率')).toMatchObject({ formula: `=H${row}/目标分解表!D12` });
  });

  it('1—5月数据按5个月的序时进度，说明中写明', () => {
    expect(shown(valueAt(measures, '全社会固定资产投资', '序时进度'))).toBeCloseTo(5 / 12, 12);
    expect(shown(valueAt(measures, '全社会固定资产投资', '测算说明'))).toContain('1—5月');
  });

  it('按表内顺序列出，分组标题行在前', () => {
    const nameCol = columnOf(measures, '指标名称');
    const names = measures.rows.slice(3).map((line) => shown(line[nameCol - 1] ?? null));
    expect(names.slice(0, 4)).toEqual(['勤政目标', '单位职能工作', '全社会固定资产投资', '督查重点项目']);
  });

  it('指标名称链接到源表本行', () => {
    expect(valueAt(measures, '督查重点项目', '指标名称')).toEqual({ kind: 'link', text: '督查重点项目', target: { sheet: '目标分解表', row: 6, col: 2 } });
  });

  it('隐藏的指标键列能认出每个指标；标记列由 withMarker 加在最右', () => {
    const keyCol = columnOf(measures, '指标键（勿改）');
    expect(measures.hiddenColumns).toContain(keyCol);
    expect(shown(valueAt(measures, '督查重点项目', '指标键（勿改）'))).toBe(JSON.stringify(['目标分解表', 6, '2', '督查重点项目']));
    expect(shown(cellOf(measures, 1, keyCol + 1))).toBe(`${MARKER_PREFIX}measures`);
  });

  it('只有确认状态、确认人、确认时间和审阅意见列可编辑（四列相邻），确认状态是状态下拉列表；冻结表头；A4横向按页宽打印；状态按颜色区分', () => {
    const review = columnOf(measures, '审阅意见');
    const confirmed = columnOf(measures, '确认状态');
    expect([columnOf(measures, '确认人'), columnOf(measures, '确认时间'), review]).toEqual([confirmed + 1, confirmed + 2, confirmed + 3]);
    expect(measures.protection?.editable).toEqual([expect.objectContaining({ left: confirmed, right: review, top: 4 })]);
    // 确认人 and 确认时间 are Text cells: a name or a date typed by hand stays as typed.
    for (const header of ['确认人', '确认时间']) {
      expect(measures.styles).toContainEqual(expect.objectContaining({ style: expect.objectContaining({ numberFormat: '@' }), rect: expect.objectContaining({ left: columnOf(measures, header) }) }));
    }
    expect(measures.dropDowns).toEqual([
      expect.objectContaining({ rect: expect.objectContaining({ left: confirmed, right: confirmed, top: 4 }), values: ['超额完成', '已完成', '达到序时进度', '滞后', '推进中', '未填报', '无数据'] }),
    ]);
    expect(measures.hiddenColumns).toContain(columnOf(measures, '计数状态'));
    expect(measures.freeze).toEqual({ rows: 3, cols: columnOf(measures, '指标名称') });
    expect(measures.print).toMatchObject({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: 3, last: 3 } });
    const statusCol = columnOf(measures, '完成状态');
    const colours = measures.conditionalFormats.filter((format) => format.kind === 'text-equals' && format.rect.left === statusCol);
    expect(colours.map((format) => format.kind === 'text-equals' && format.text)).toEqual(
      expect.arrayContaining(['超额完成', '已完成', '达到序时进度', '滞后', '推进中', '无数据', '未填报', '待核实']),
    );
    const rateCol = columnOf(measures, '完成率');
    expect(measures.styles).toContainEqual(expect.objectContaining({ style: expect.objectContaining({ numberFormat: '0.00%' }), rect: expect.objectContaining({ left: rateCol }) }));
  });
});

describe('待核实的指标', () => {
  const lines: Line[] = [{ name: '项目档案', target: 150, actual: 83, weight: 5, department: '投资科' }];
  const issue: Issue = { severity: 'error', code: 'actual-exceeds-plausible', cell: { sheet: '目标分解表', row: 3, col: 6 }, indicatorRow: 3, params: {} };
  const { plan } = planFor(lines, [issue]);
  const measures = sheetByRole(plan, 'measures');

  it('总览列出待核实指标和它的问题，而不是空的完成率', () => {
    const overview = sheetByRole(plan, 'overview');
    const at = overview.rows.findIndex((line) => String(shown(line[0] ?? null)).startsWith('待核实指标（1项）'));
    expect(at).toBeGreaterThan(0);
    const row = overview.rows[at + 2];
    expect(shown(row[0] ?? null)).toBe('项目档案');
    expect(row[2]).toEqual({ kind: 'text', text: issueMessage(issue) });
  });

  it('各测算列显示“待核实”而不是数', () => {
    for (const header of ['全年目标', '实际完成', '完成率', '同比增幅', '完成状态', '得分']) {
      expect(valueAt(measures, '项目档案', header)).toEqual({ kind: 'text', text: '待核实' });
    }
    expect(shown(valueAt(measures, '项目档案', '测算说明'))).toMatch(/^待核实：/);
  });
});

describe('源表名需要加引号时公式照样成立', () => {
  it("工作表名含空格：='2009 分解'!F3/'2009 分解'!D3", () => {
    const measures = sheetByRole(planFor([{ name: '指标', target: 10, actual: 4 }], [], '2009 分解').plan, 'measures');
    expect(valueAt(measures, '指标', '完成率')).toMatchObject({ formula: "='2009 分解'!F3/'2009 分解'!D3" });
  });
});

describe('指标测算：增长率对增长目标', () => {
  function growthPlan() {
    const built = buildTable([{ name: '社会消费品零售总额增速', unit: '%', target: 9.5, actual: 25.6, weight: 25 }, { name: '工程验收合格率', unit: '%', target: 95, actual: 96 }], { period: { expectedProgress: 1, fromMonth: 1, toMonth: 12 } });
    const results = compute(built.table, []);
    return sheetByRole(layout({ snapshot: built.snapshot, table: built.table, issues: [], results, report: null, generatedAt: '2009-12-31T04:00:00.000Z' }), 'measures');
  }

  it('不写完成率，测算说明写明两个增幅相比；完成状态的公式比高低', () => {
    const measures = growthPlan();
    expect(valueAt(measures, '社会消费品零售总额增速', '完成率')).toBeNull();
    expect(shown(valueAt(measures, '社会消费品零售总额增速', '测算说明'))).toContain('两个增幅相比');
    const status = valueAt(measures, '社会消费品零售总额增速', '完成状态');
    expect(status).toMatchObject({ kind: 'formula', cached: '超额完成' });
    expect(status?.kind === 'formula' && status.formula).toMatch(/^=IF\(目标分解表!F3>目标分解表!D3,"超额完成",IF\(目标分解表!F3>=目标分解表!D3,"已完成","滞后"\)\)$/);
  });

  it('不变：百分数的水平照写完成率公式', () => {
    expect(valueAt(growthPlan(), '工程验收合格率', '完成率')).toMatchObject({ kind: 'formula', formula: '=目标分解表!F4/目标分解表!D4' });
  });
});
