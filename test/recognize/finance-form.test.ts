import * as path from 'node:path';
import { compute } from '../../src/core/compute';
import { issueMessage } from '../../src/core/i18n';
import type { Indicator, IndicatorTable } from '../../src/core/model';
import { refToString, runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { recognize } from '../../src/core/recognize';
import { validate } from '../../src/core/validate';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import { LAYOUT_FIXTURES, type LayoutFixture } from '../fixtures/layouts/specs';
import { area, workbookOf } from './build-snapshot';

const LAYOUTS = path.join(__dirname, '..', 'fixtures', 'layouts');

function fixture(file: string): LayoutFixture {
  const found = LAYOUT_FIXTURES.find((f) => f.file.startsWith(file));
  if (!found) throw new Error(`no fixture ${file}`);
  return found;
}

function tableOf(file: string): IndicatorTable {
  const spec = fixture(file);
  const recognition = recognize(workbookOf(spec.file.replace(/\.xlsx$/, ''), spec.sheets));
  if (!recognition.table) throw new Error(`no table: ${recognition.issues.map((i) => i.code).join(', ')}`);
  return recognition.table;
}

const byName = (table: IndicatorTable, name: string): Indicator => {
  const found = table.indicators.find((i) => i.name.value === name);
  if (!found) throw new Error(`no indicator ${name} in ${table.indicators.map((i) => i.name.value).join('、')}`);
  return found;
};

describe('财政部项目支出绩效自评表（财预〔2020〕10号版式）', () => {
  const table = tableOf('项目支出绩效自评表');

  it('认作 finance-form，名称取三级指标，路径为一级 › 二级（照表上原文，连同“（50分）”），模板占位行不作指标', () => {
    expect(table.layoutClass).toBe('finance-form');
    expect(table.indicators.map((i) => i.name.value)).toEqual([
      '预算执行率',
      '农村公路养护里程',
      '优良中等路率',
      '养护任务完成及时率',
      '每公里养护成本',
      '群众出行条件',
      '道路使用寿命',
      '沿线群众满意度',
    ]);
    expect(byName(table, '农村公路养护里程').path).toEqual(['产出指标（50分）', '数量指标']);
    expect(byName(table, '道路使用寿命').path).toEqual(['效益指标（30分）', '可持续影响指标']);
    for (const placeholder of ['指标2：', '……', '/']) expect(table.indicators.some((i) => i.name.value.includes(placeholder))).toBe(false);
  });

  it('一级/二级指标是写在列里的分组（inColumn），落在其第一项指标的行上，不是单独的标题行', () => {
    const rows = new Set(table.indicators.map((i) => i.row));
    expect(table.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['产出指标（50分）', '数量指标', '效益指标（30分）']));
    for (const section of table.sections) {
      expect(section.inColumn).toBe(true);
      expect(rows.has(section.row)).toBe(true);
    }
  });

  it('预算执行率是一项指标：全年执行数 ÷ 全年预算数，分值与得分取自预算块', () => {
    const budget = byName(table, '预算执行率');
    expect(budget).toMatchObject({ row: 6, kind: 'quantitative', unit: '万元', target: { value: 520 }, actual: { value: 468 }, weight: { value: 10 }, statedScore: { value: 9 } });
    expect(budget.statedCompletion?.value).toBeCloseTo(0.9, 10);
    expect(refToString(budget.target!.cell)).toBe('项目支出绩效自评表!F6');
    expect(refToString(budget.actual!.cell)).toBe('项目支出绩效自评表!G6');
  });

  it('年度指标值、实际完成值、分值、得分和偏差原因逐项读对，≥ ≤ 保留', () => {
    expect(byName(table, '农村公路养护里程')).toMatchObject({
      unit: '公里',
      target: { value: 1200, approx: 'atLeast' },
      actual: { value: 1180 },
      weight: { value: 20 },
      statedScore: { value: 19 },
      progressText: { value: '汛期水毁路段延后修复，已列入2024年养护计划，下一步加快水毁修复进度。' },
    });
    expect(byName(table, '每公里养护成本')).toMatchObject({ direction: 'lower', target: { value: 4000, approx: 'atMost' }, actual: { value: 3966 } });
    expect(byName(table, '群众出行条件')).toMatchObject({ kind: 'qualitative', targetText: { value: '明显改善' }, actualText: { value: '明显改善' } });
  });

  it('键值块与年度总体目标：单位、项目名称、两段长文字', () => {
    expect(table.unitName).toBe('某县公路事业发展中心');
    expect(table.financeForm).toMatchObject({ formName: '项目支出绩效自评表', kind: 'self-evaluation', subject: { value: '农村公路养护专项资金' } });
    expect(table.financeForm?.goal?.value).toMatch(/^完成全县农村公路养护1200公里/);
    expect(table.financeForm?.achieved?.value).toMatch(/^全年完成农村公路养护1180公里/);
    expect(table.period).toMatchObject({ year: 2023, fromMonth: 1, toMonth: 12, expectedProgress: 1 });
    expect(table.statedWeightTotal?.value).toBe(100);
    expect(table.statedScoreTotal?.value).toBe(96);
  });

  it('得分沿用单位自评，计算值另存；分值合计含执行率，不误报“不是 100”', () => {
    const results = compute(table, []);
    const mileage = results.indicators.find((r) => r.row === byName(table, '农村公路养护里程').row)!;
    expect(mileage.score).toBe(19);
    expect(mileage.computedScore).toBeCloseTo(20 * (1180 / 1200), 10);
    expect(results.totals.scoreEarned).toBe(96);
    expect(results.totals.scoreAvailable).toBe(100);
    const codes = validate(table, workbookOf('x', fixture('项目支出绩效自评表').sheets)).map((i) => i.code);
    expect(codes).not.toContain('weight-not-100');
    expect(codes).not.toContain('weight-total-mismatch');
    expect(codes).not.toContain('score-total-mismatch');
    expect(codes).not.toContain('no-department-column');
  });

  it('提示哪几行是模板占位行', () => {
    const spec = fixture('项目支出绩效自评表');
    const issues = recognize(workbookOf('x', spec.sheets)).issues;
    const placeholders = issues.find((i) => i.code === 'recognize-placeholder-rows');
    expect(placeholders?.params).toMatchObject({ count: 3, rows: '14、18、21' });
    expect(issues.find((i) => i.code === 'recognize-finance-form')?.severity).toBe('info');
  });
});

describe('省级版式（预算执行情况（10分）·指标性质·度量单位·权重·合计）', () => {
  const table = tableOf('部门预算项目支出绩效自评表');

  it('指标性质 ≥ = 与度量单位并入指标值，合计行给出分值和总分', () => {
    expect(table.layoutClass).toBe('finance-form');
    expect(byName(table, '升级终端数量')).toMatchObject({ unit: '台', target: { value: 13, approx: 'atLeast' }, actual: { value: 13 }, weight: { value: 30 } });
    expect(byName(table, '平台验收合格率')).toMatchObject({ unit: '%', target: { value: 100, approx: 'exact' } });
    expect(byName(table, '预算执行率')).toMatchObject({ target: { value: 33.6 }, actual: { value: 33.6 }, weight: { value: 10 }, statedScore: { value: 10 }, progressText: null });
    expect(table.statedWeightTotal?.value).toBe(100);
    expect(table.statedScoreTotal?.value).toBe(98);
    expect(table.financeForm?.goal?.value).toBe('按要求完成社区矫正信息化平台升级，并完成项目资金支付。');
    expect(table.unitName).toBe('某县司法局');
  });

  it('总分与各项得分之和不符时警告，两数都说出', () => {
    const issues = validate(table, workbookOf('x', fixture('部门预算项目支出绩效自评表').sheets));
    const mismatch = issues.find((i) => i.code === 'score-total-mismatch');
    expect(mismatch).toMatchObject({ severity: 'warning', params: { sum: '97', stated: '98' } });
    expect(refToString(mismatch!.cell!)).toBe('自评表!J17');
    const differs = issues.find((i) => i.code === 'stated-score-differs');
    expect(differs).toMatchObject({ severity: 'info', params: { stated: '27', computed: '29.37' } });
  });
});

describe('部门整体支出绩效目标表（只有指标值）', () => {
  const table = tableOf('部门整体支出绩效目标表');

  it('读出目标，没有预算执行率，目标表不冒充自评', () => {
    expect(table.layoutClass).toBe('finance-form');
    expect(table.financeForm).toMatchObject({ kind: 'target', subject: null });
    expect(table.unitName).toBe('某县农业农村局');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['新建高标准农田面积', '重大动物疫病免疫密度', '粮食播种面积', '农户满意度']);
    expect(byName(table, '新建高标准农田面积')).toMatchObject({ unit: '万亩', target: { value: 2, approx: 'atLeast' }, actual: null });
    expect(table.financeForm?.goal?.value).toMatch(/^建成高标准农田2万亩/);
  });
});

describe('不是财政部表的一/二/三级指标表不按 finance-form 读', () => {
  it('没有标题、键值块和预算块时交给通用识别', () => {
    const recognition = recognize(
      workbookOf('x', [
        {
          name: '指标',
          rows: [
            ['一级指标', '二级指标', '三级指标', '目标值', '完成值'],
            ['经济发展', '投资', '固定资产投资', 100, 60],
            [null, null, '工业投资', 50, 30],
          ],
          merges: [area('A2:A3'), area('B2:B3')],
        },
      ]),
    );
    expect(recognition.table?.layoutClass).not.toBe('finance-form');
  });
});

describe('提交的 .xlsx 与规格一致', () => {
  it.each(LAYOUT_FIXTURES.map((f) => f.file))('%s 读回后识别结果与内存中的规格相同', async (file) => {
    const spec = LAYOUT_FIXTURES.find((f) => f.file === file)!;
    const fromFile = recognize(await readXlsxSnapshot(path.join(LAYOUTS, file)));
    const fromSpec = recognize(workbookOf(file.replace(/\.xlsx$/, ''), spec.sheets));
    const summary = (r: typeof fromFile) => ({
      layoutClass: r.table?.layoutClass ?? null,
      indicators: r.table?.indicators.map((i) => [i.name.value, i.target?.value ?? null, i.actual?.value ?? null, i.statedScore?.value ?? null]) ?? [],
      codes: r.issues.map((i) => i.code),
    });
    expect(summary(fromFile)).toEqual(summary(fromSpec));
  });
});

describe('表格常见的填写情形', () => {
  const base = fixture('项目支出绩效自评表').sheets[0];
  const edited = (edit: (rows: (string | number | null)[][]) => void): IndicatorTable => {
    const rows = base.rows.map((row) => [...row] as (string | number | null)[]);
    edit(rows);
    const recognition = recognize(workbookOf('x', [{ ...base, rows }]));
    if (!recognition.table) throw new Error('no table');
    return recognition.table;
  };

  it('“年度资金总额”行填 0、其中行有数时，执行率按其中行计算并提示', () => {
    const rows = base.rows.map((row) => [...row] as (string | number | null)[]);
    rows[5] = [null, null, '年度资金总额：', null, 0, 0, 0, 10, 0, 0];
    rows[6] = [null, null, '其中：本年财政拨款', null, 90, 90, 89.974, null, null, null];
    const recognition = recognize(workbookOf('x', [{ ...base, rows }]));
    const budget = byName(recognition.table!, '预算执行率');
    expect(budget).toMatchObject({ target: { value: 90 }, actual: { value: 89.974 }, weight: { value: 10 }, statedScore: { value: 0 } });
    expect(refToString(budget.actual!.cell)).toBe('项目支出绩效自评表!G7');
    const warning = recognition.issues.find((i) => i.code === 'recognize-budget-total-empty');
    expect(warning && issueMessage(warning)).toBe('“年度资金总额：”行的预算数和执行数为空或为 0，预算执行率按第 7 行“其中：本年财政拨款”的数计算。');
  });

  it('模板说明文字（……（100字以内））不当作实际完成情况', () => {
    const table = edited((rows) => {
      rows[10][6] = '对照年度目标，说明相关任务目标的完成情况（100字以内）';
    });
    expect(table.financeForm?.achieved).toBeNull();
    expect(table.financeForm?.goal?.value).toMatch(/^完成全县农村公路养护/);
  });

  it('还没填完成值和得分的表：照读目标，得分按规则算，不编造', () => {
    const table = edited((rows) => {
      for (const row of rows.slice(12, 22)) {
        row[5] = null;
        row[7] = null;
      }
      rows[22][7] = null;
    });
    const mileage = byName(table, '农村公路养护里程');
    expect(mileage).toMatchObject({ target: { value: 1200 }, actual: null, statedScore: null });
    const results = compute(table, []);
    expect(results.indicators.find((r) => r.row === mileage.row)).toMatchObject({ status: 'no-data', score: 0 });
    expect(table.statedScoreTotal).toBeNull();
  });
});

describe('绩效表上的其他列', () => {
  it('表头里读不了的列（责任单位）逐一说出', () => {
    const base = fixture('项目支出绩效自评表').sheets[0];
    const rows = base.rows.map((row) => [...row, null] as (string | number | null)[]);
    rows[11][10] = '责任单位';
    const recognition = recognize(workbookOf('x', [{ ...base, rows }]));
    const unused = recognition.issues.find((i) => i.code === 'recognize-unused-columns');
    expect(unused && issueMessage(unused)).toBe('按“项目支出绩效自评表”读取时，有 1 列未读取：K列“责任单位”。');
  });
});

describe('网格里的特殊行与指标性质', () => {
  const base = fixture('部门预算项目支出绩效自评表').sheets[0];

  it('有数没名称的行不当指标，并指出该行；指标性质写“反向”的是逆向指标', () => {
    const rows = base.rows.map((row) => [...row] as (string | number | null)[]);
    rows[14] = [null, null, '质量指标', null, '=', 100, '%', 100, 30, 30, null];
    rows[15] = [null, '效益指标', '社会效益指标', '矫正对象重新犯罪率', '反向', 0.2, '%', 0.1, 30, 27, null];
    const recognition = recognize(workbookOf('x', [{ ...base, rows }]));
    const table = recognition.table!;
    expect(table.indicators.map((i) => i.name.value)).toEqual(['预算执行率', '升级终端数量', '矫正对象重新犯罪率']);
    expect(byName(table, '矫正对象重新犯罪率').direction).toBe('lower');
    const orphan = recognition.issues.find((i) => i.code === 'recognize-row-without-name');
    expect(orphan && refToString(orphan.cell!)).toBe('自评表!D15');
  });
});

describe('部门整体支出绩效自评表', () => {
  const table = tableOf('部门整体支出绩效自评表');

  it('年度总金额行给出预算执行率；部门名称作单位；汇报稿写成部门整体支出自评', () => {
    expect(table.layoutClass).toBe('finance-form');
    expect(table.unitName).toBe('某县市场监督管理局');
    expect(table.financeForm).toMatchObject({ kind: 'self-evaluation', subject: null, formName: '部门整体支出绩效自评表' });
    expect(byName(table, '预算执行率')).toMatchObject({ target: { value: 1920 }, actual: { value: 1843.2 }, weight: { value: 10 }, statedScore: { value: 9.6 } });
    expect(table.indicators).toHaveLength(7);
    const report = narrate(table, compute(table, []));
    expect(report.title).toBe('2023年度某县市场监督管理局部门整体支出绩效自评情况');
    expect(runsText(report.blocks[0].runs)).toBe(
      '2023年，某县市场监督管理局部门整体支出全年预算数1920万元，全年执行数1843.2万元，预算执行率96%。按部门整体支出绩效自评表，单位自评总分98.6分（满分100分）。绩效指标中，5项得满分，1项扣分（食品安全评价性抽检合格率）。',
    );
    const deviation = report.blocks.map((b) => runsText(b.runs)).join('\n');
    expect(deviation).toContain('部分小作坊产品合格率偏低，下一步加强小作坊监管和帮扶。');
  });
});

describe('年度总体目标分几行写（目标1…⏎目标2…）：照原样保留换行，汇报稿里每个目标分开', () => {
  it('读出的目标保留换行；汇报稿把换行写成分号，行末的半角逗号不再与分号连在一起', () => {
    const spec = fixture('项目支出绩效自评表');
    const lined = '目标1：完成全县农村公路养护1200公里,\n目标2  优良中等路率不低于80%\n目标3：群众出行条件明显改善';
    let replaced = 0;
    const sheets = spec.sheets.map((sheet) => ({
      ...sheet,
      rows: sheet.rows.map((row) =>
        row.map((value) => {
          if (typeof value === 'string' && value.startsWith('完成全县农村公路养护1200公里')) {
            replaced++;
            return lined;
          }
          return value;
        }),
      ),
    }));
    expect(replaced).toBe(1);
    const recognition = recognize(workbookOf('项目支出绩效自评表', sheets));
    expect(recognition.table?.financeForm?.goal?.value).toBe('目标1：完成全县农村公路养护1200公里,\n目标2 优良中等路率不低于80%\n目标3：群众出行条件明显改善');
    const draft = narrate(recognition.table!, compute(recognition.table!, []));
    const text = draft.blocks.map((block) => runsText(block.runs)).join('\n');
    expect(text).toContain('目标1：完成全县农村公路养护1200公里，目标2 优良中等路率不低于80%；目标3：群众出行条件明显改善');
  });
});
