import { issueMessage, issueSuggestion } from '../../src/core/i18n';
import type { Indicator, IndicatorTable, LayoutClass } from '../../src/core/model';
import { refToString } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { recognize, type RecognizeOptions } from '../../src/core/recognize';
import { sentenceFigures } from '../../src/core/recognize/sentence-figures';
import { readRaw } from '../../src/core/recognize/value-parse';
import { readHeader } from '../../src/core/recognize/header-vocabulary';
import { workbookOf, type SheetSpec } from './build-snapshot';
import {
  categoryUnderMergedHeader,
  figuresInSentences,
  itemWithSubItems,
  progressOnly,
  statedRate,
  subItemRows,
  threeLevelIndicators,
} from './published-layouts';

function read(spec: SheetSpec, options: RecognizeOptions = {}): IndicatorTable {
  const table = recognize(workbookOf('wb', [spec]), options).table;
  if (!table) throw new Error(`no table read from ${spec.name}`);
  return table;
}

function run(spec: SheetSpec, options: RecognizeOptions = {}) {
  return runPipeline(workbookOf('wb', [spec]), { ...options, generatedAt: '2024-07-01T00:00:00Z' });
}

function byName(table: IndicatorTable, name: string): Indicator {
  const found = table.indicators.find((i) => i.name.value === name);
  if (!found) throw new Error(`${name} not among ${table.indicators.map((i) => i.name.value).join('、')}`);
  return found;
}

describe('多级名称：最末一级是指标，上面几级是路径', () => {
  it('合并表头“项目”下的类别列和指标列：指标名取指标列，类别进路径', () => {
    const table = read(categoryUnderMergedHeader());
    expect(table.layoutClass).toBe<LayoutClass>('multi-level');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['地区生产总值增速', '固定资产投资', '社会消费品零售总额', '城镇新增就业', '新建改建农村公路']);
    expect(table.indicators.map((i) => i.path)).toEqual([['经济发展'], ['经济发展'], ['经济发展'], ['民生保障'], ['民生保障']]);
    expect(table.columns.name?.letter).toBe('B');
    expect(table.levelColumns?.map((m) => m.letter)).toEqual(['A']);
    expect(byName(table, '固定资产投资').name.cell).toEqual({ sheet: '目标完成情况', row: 4, col: 2 });
    expect(byName(table, '固定资产投资').target?.value).toBe(50);
  });

  it('一级/二级/三级指标：名称取三级，路径为一级 › 二级（合并或逐行重复都一样）', () => {
    const table = read(threeLevelIndicators());
    expect(table.layoutClass).toBe<LayoutClass>('multi-level');
    expect(table.columns.name?.letter).toBe('C');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['新建村级综合服务站', '开展技能培训', '工程验收合格率', '带动农户增收', '受益群众满意度']);
    expect(byName(table, '开展技能培训').path).toEqual(['产出指标', '数量指标']);
    expect(byName(table, '工程验收合格率').path).toEqual(['产出指标', '质量指标']);
    expect(byName(table, '受益群众满意度').path).toEqual(['效益指标', '社会效益指标']);
  });

  it('项目向下合并、子项目逐行：每个子项目是一个指标，所属项目进路径，不再重名', () => {
    const outcome = run(itemWithSubItems());
    const table = outcome.recognition.table!;
    expect(table.layoutClass).toBe<LayoutClass>('multi-level');
    expect(table.indicators.map((i) => `${i.path.join('›')}/${i.name.value}`)).toEqual([
      '老旧小区改造/东城片区', '老旧小区改造/西城片区', '城市道路提升/人民路', '城市道路提升/解放路', '城市道路提升/建设路',
    ]);
    expect(outcome.issues.filter((i) => i.code === 'duplicate-name')).toEqual([]);
  });

  it('子项目写成下一级序号的行：（1）（2）的路径含所属项目，编号接在项目后', () => {
    const table = read(subItemRows());
    expect(table.layoutClass).toBe<LayoutClass>('multi-level');
    expect(table.indicators.map((i) => [i.id, i.path, i.name.value])).toEqual([
      ['1', [], '老旧小区改造'],
      ['1.(1)', ['老旧小区改造'], '东城片区'],
      ['1.(2)', ['老旧小区改造'], '西城片区'],
      ['2', [], '新建公共停车泊位'],
    ]);
  });

  it('用户说是“分解表”时不拆级：按原来的列读', () => {
    const table = read(threeLevelIndicators(), { layoutClass: 'breakdown' });
    expect(table.layoutClass).toBe<LayoutClass>('breakdown');
    expect(table.columns.name?.letter).toBe('B');
    expect(table.levelColumns).toBeUndefined();
  });

  it('名称各不相同的两列（项目名称、项目内容）不当作上下级', () => {
    const table = read(progressOnly());
    expect(table.columns.name?.letter).toBe('B');
    expect(table.levelColumns).toBeUndefined();
  });
});

describe('只有进度列的表照样读', () => {
  const outcome = run(progressOnly());
  const table = outcome.recognition.table!;

  it('不再拒收；版式为进度表；“截至9月30日”给出期间', () => {
    expect(table.layoutClass).toBe<LayoutClass>('progress-only');
    expect(table.columns.completionRate?.letter).toBe('G');
    expect(table.period).toMatchObject({ fromMonth: 1, toMonth: 9, expectedProgress: 0.75, source: 'title' });
    expect(outcome.recognition.issues.filter((i) => i.code === 'recognize-column-missing')).toEqual([]);
  });

  it('95%、0.95、“75%（东片区…）”都读作进度，文字留作完成情况说明', () => {
    expect(table.indicators.map((i) => i.statedCompletion?.value)).toEqual([0.95, 0.95, 0.75, 1]);
    const lagging = byName(table, '农村饮水提升');
    expect(lagging.statedCompletion?.derived).toBe(true);
    expect(lagging.progressText?.value).toBe('75%（东片区两个项目进度滞后）');
    expect(refToString(lagging.progressText!.cell)).toBe('Sheet1!G5');
    expect(table.indicators.every((i) => i.kind === 'quantitative')).toBe(true);
  });

  it('进度即完成率：100% 为已完成，其余与序时进度比较；不要求补目标值', () => {
    const results = outcome.results!.indicators;
    expect(results.map((r) => r.completionRate)).toEqual([0.95, 0.95, 0.75, 1]);
    expect(results.map((r) => r.status)).toEqual(['on-track', 'on-track', 'on-track', 'completed']);
    expect(outcome.issues.filter((i) => i.code === 'missing-target')).toEqual([]);
  });

  it('既有责任领导又有责任人时，责任人是责任人', () => {
    expect(table.columns.owner?.letter).toBe('F');
    expect(byName(table, '新建公办幼儿园').owner?.value).toBe('李明');
    expect(table.columns.department?.letter).toBe('D');
  });
});

describe('写明完成比例、实际完成值空着的表', () => {
  const outcome = run(statedRate());
  const table = outcome.recognition.table!;

  it('完成比例(%) 56 读作 56%，算作完成率；状态按序时进度', () => {
    const jobs = outcome.results!.indicators.find((r) => r.row === 3)!;
    expect(byName(table, '新增城镇就业').statedCompletion?.value).toBeCloseTo(0.56, 10);
    expect(jobs.completionRate).toBeCloseTo(0.56, 10);
    expect(jobs.status).toBe('on-track');
    const firms = outcome.results!.indicators.find((r) => r.row === 4)!;
    expect(firms.completionRate).toBeCloseTo(0.385, 10);
    expect(firms.status).toBe('behind');
  });

  it('两者都有时按实际÷目标计算，并提示写明的比例对不上', () => {
    const towers = outcome.results!.indicators.find((r) => r.row === 5)!;
    expect(towers.completionRate).toBeCloseTo(0.6, 10);
    const mismatch = outcome.issues.filter((i) => i.code === 'stated-completion-mismatch');
    expect(mismatch.map((i) => refToString(i.cell!))).toEqual(['完成情况!F5']);
  });

  it('年度指标值、实际完成值、计量单位、监考单位都认得', () => {
    expect(Object.fromEntries(Object.entries(table.columns).map(([field, m]) => [field, m?.letter]))).toEqual({
      id: 'A', name: 'B', unit: 'C', target: 'D', actual: 'E', completionRate: 'F', department: 'G',
    });
    // 监考单位 alone is read as the units in charge, and asked about: published tables also use such a column only for
    // the unit that scores the work (real-frozen-8/81's 负责考核部门; bench/expectation-conventions.md).
    expect(outcome.recognition.unsure).toEqual(['department']);
  });
});

describe('目标和完成情况写在句子里', () => {
  const outcome = run(figuresInSentences());
  const table = outcome.recognition.table!;
  const revenue = byName(table, '财政收入');

  it('目标句读出水平与增幅：25亿元、增长8%，都指向原单元格并标为推算值', () => {
    expect(table.layoutClass).toBe<LayoutClass>('sentence');
    expect(revenue.target).toMatchObject({ value: 25, derived: true, cell: { row: 3, col: 3 } });
    expect(revenue.unit).toBe('亿元');
    expect(revenue.targetGrowth).toMatchObject({ value: 0.08, derived: true, cell: { row: 3, col: 3 } });
    expect(revenue.targetText?.value).toBe('一般公共预算收入达到25亿元,增长8%');
  });

  it('完成情况句读出完成数与同比：6.1亿元（快报数）、同比增长5.5%', () => {
    expect(revenue.actual).toMatchObject({ value: 6.1, derived: true, cell: { row: 3, col: 4 } });
    expect(revenue.statedGrowth?.value).toBeCloseTo(0.055, 10);
    expect(revenue.statedGrowth?.derived).toBe(true);
    const trade = byName(table, '外贸进出口');
    expect(trade.actual?.value).toBe(28.4);
    expect(trade.statedGrowth?.value).toBeCloseTo(-0.032, 10);
  });

  it('数字不够就不说完成：6.1 对 25 亿元是滞后，只有增幅的按增幅比', () => {
    const results = outcome.results!.indicators;
    const revenueResult = results.find((r) => r.row === revenue.row)!;
    expect(revenueResult.completionRate).toBeCloseTo(0.244, 10);
    expect(revenueResult.status).toBe('behind');
    const income = byName(table, '城乡居民收入');
    expect(income.target).toBeNull();
    expect(income.targetGrowth?.value).toBeCloseTo(0.07, 10);
    expect(results.find((r) => r.row === income.row)!.status).toBe('behind');
    expect(results.filter((r) => r.status === 'completed' || r.status === 'exceeded')).toEqual([]);
  });

  it('句子里读出的数字不再报“应填数字”，也不因没有完成值列而警告', () => {
    const codes = outcome.issues.map((i) => i.code);
    expect(codes).not.toContain('not-a-number');
    expect(codes).not.toContain('recognize-column-missing');
    expect(codes).not.toContain('last-year-missing');
  });

  it('分解表里一格写了两件事（新建10个、投资5亿元）时不猜', () => {
    const cell = { sheet: 'S', row: 1, col: 1 };
    expect(sentenceFigures(readRaw('新建10个、投资5亿元', 'General', cell))).toBeNull();
    const both = sentenceFigures(readRaw('完成一般公共预算收入6.1亿元(快报数),同比增长5.5%', 'General', cell));
    expect(both?.level).toMatchObject({ shown: 6.1, unit: '亿元' });
    expect(both?.growth).toMatchObject({ shown: 5.5, unit: '%', falling: false });
    expect(sentenceFigures(readRaw('实现外贸进出口总额28.4亿元，同比下降3.2%', 'General', cell))?.growth?.falling).toBe(true);
    expect(sentenceFigures(readRaw('全社会用电量1,520万千瓦时，增长4%', 'General', cell))?.level?.shown).toBe(1520);
  });
});

describe('给人看的消息', () => {
  it('“没有找到某列”说中文字段名，不说内部键名', () => {
    const rows = [['序号', '指标名称', '年度目标', '责任科室'], [1, '招商引资', 20, '招商科']];
    const result = recognize(workbookOf('wb', [{ name: 'S', rows }]));
    const missing = result.issues.find((i) => i.code === 'recognize-column-missing')!;
    expect(issueMessage(missing)).toBe('工作表“S”中没有找到“完成值”列。');
    expect(issueMessage(missing, 'en-US')).not.toContain('"actual"');
    expect(issueMessage(missing)).not.toMatch(/actual/);
    expect(issueSuggestion(missing)).toContain('--map actual=');
  });

  it('表头为空的列按列字母称呼，不写“”列', () => {
    const rows = [['序号', null, '年度目标', '完成值'], [1, '招商引资项目落地', 20, 12], [2, '新增规上工业企业', 8, 5]];
    const result = recognize(workbookOf('wb', [{ name: 'S', rows }]), { sheet: 'S' });
    const unsure = result.issues.find((i) => i.code === 'recognize-low-confidence' && i.params.field === 'name')!;
    expect(issueMessage(unsure)).toBe('B 列按“指标名称”读取，把握只有 50%。');
    expect(issueMessage(unsure)).not.toContain('“”');
  });

  it('拒收时说出在最像的工作表上看到了哪些表头', () => {
    const rows = [['地区', '户数', '人口'], ['东城', 1200, 3500]];
    const result = recognize(workbookOf('wb', [{ name: '花名册', rows }]));
    const refusal = result.issues.find((i) => i.code === 'no-table')!;
    expect(issueMessage(refusal)).toContain('“花名册”');
    expect(issueMessage(refusal)).toContain('“地区”、“户数”、“人口”');
  });

  it('只有一张表时，单给 --map 也能读（不必再给 --sheet）', () => {
    const rows = [['地区', '户数', '人口'], ['东城', 1200, 3500], ['西城', 900, 2600]];
    const wb = workbookOf('wb', [{ name: '花名册', rows }]);
    expect(recognize(wb).table).toBeNull();
    const table = recognize(wb, { columnMap: { name: 'A', target: 'B', actual: 'C' } }).table;
    expect(table?.sheet).toBe('花名册');
    expect(table?.indicators.map((i) => [i.name.value, i.target?.value, i.actual?.value])).toEqual([['东城', 1200, 3500], ['西城', 900, 2600]]);
    // A remembered mapping rescues the next run too.
    expect(recognize(workbookOf('wb', [{ name: '花名册', rows }], { columnMap: { name: 'A', target: 'B', actual: 'C' } })).table?.sheet).toBe('花名册');
  });

  it('进度表里进度空着的行：建议指向进度格，不指向名称格', () => {
    const spec = progressOnly();
    const rows = spec.rows.map((row) => [...row]);
    rows[4][6] = null;
    const outcome = run({ ...spec, rows });
    const blank = outcome.issues.find((i) => i.indicatorRow === 5 && i.severity !== 'info')!;
    expect(refToString(blank.cell!)).toBe('Sheet1!G5');
    expect(issueSuggestion(blank)).toContain('Sheet1!G5');
  });

  it('进度表里“缺目标值”的建议不会指向名称格', () => {
    const outcome = run(progressOnly());
    const names = new Set(outcome.recognition.table!.indicators.map((i) => refToString(i.name.cell)));
    for (const issue of outcome.issues) if (issue.cell && issue.code !== 'duplicate-name') expect(names.has(refToString(issue.cell))).toBe(false);
  });
});

describe('领域常用表头词', () => {
  const top = (header: string) => readHeader([header]).guesses[0];
  it('“监考单位”“负责考核部门”读作 department，但把握不足、要问（有的表里它只是打分的单位）', () => {
    for (const header of ['监考单位', '负责考核部门']) {
      expect(top(header)?.field).toBe('department');
      expect(top(header)?.confidence).toBeLessThan(0.75);
    }
  });

  it.each([
    ['牵头单位', 'department'],
    ['项目内容', 'name'],
    ['当前进度', 'completionRate'],
    ['进度', 'completionRate'],
    ['完成比例(%)', 'completionRate'],
    ['年度指标值', 'target'],
    ['实际完成值', 'actual'],
    ['指标值', 'target'],
    ['计量单位', 'unit'],
  ] as const)('“%s”读作 %s', (header, field) => {
    expect(top(header)?.field).toBe(field);
    expect(top(header)?.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it('责任领导、分管领导是分管领导（leader），不是责任人（owner）：术语表把两者分开', () => {
    expect(top('责任人')?.field).toBe('owner');
    for (const header of ['责任领导', '分管领导', '分管县领导', '牵头领导']) expect(top(header)?.field).toBe('leader');
  });
});

describe('汇报稿照表里写明的进度说话', () => {
  function paragraphs(spec: SheetSpec): string[] {
    const report = run(spec).report!;
    return report.blocks.filter((b) => b.kind === 'paragraph').map((b) => ('runs' in b ? b.runs.map((r) => r.text).join('') : ''));
  }

  it('进度表：写进度和序时比较，不说“尚未填报”；文字照录', () => {
    const text = paragraphs(progressOnly()).join('\n');
    expect(text).toContain('进度为95%，超过序时进度20个百分点');
    expect(text).toContain('进度为75%，达到序时进度，东片区两个项目进度滞后');
    expect(text).not.toContain('尚未填报');
  });

  it('完成比例表：实际完成值空着时写“完成全年目标的56%”', () => {
    const text = paragraphs(statedRate()).join('\n');
    expect(text).toContain('全年目标5000人，完成全年目标的56%');
    expect(text).not.toContain('尚未填报');
  });
});

describe('截至日期写在进度列表头里', () => {
  it('“截至9月30日进度”给出 1—9 月的期间', () => {
    const spec = progressOnly();
    const rows = spec.rows.map((row) => [...row]);
    rows[0] = ['XX区2024年民生实事项目推进情况表'];
    rows[1][6] = '截至9月30日进度';
    const table = read({ ...spec, rows });
    expect(table.layoutClass).toBe<LayoutClass>('progress-only');
    expect(table.period).toMatchObject({ year: 2024, fromMonth: 1, toMonth: 9, source: 'header' });
    expect(table.indicators.map((i) => i.statedCompletion?.value)).toEqual([0.95, 0.95, 0.75, 1]);
  });
});
