import type { CellValue, IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf, type SheetSpec } from './build-snapshot';

/**
 * Finance forms as provinces and counties vary them: the same 绩效指标 grid under other headers and with
 * other columns. Each sheet here is built for one rule; none is a copy of a published table.
 */

const _ = null;

function tableOf(spec: SheetSpec): IndicatorTable {
  const recognition = recognize(workbookOf('绩效目标表', [spec]));
  if (!recognition.table) throw new Error(`no table: ${recognition.issues.map((i) => i.code).join(', ')}`);
  return recognition.table;
}

function byName(table: IndicatorTable, name: string) {
  const found = table.indicators.find((i) => i.name.value === name);
  if (!found) throw new Error(`no ${name} in ${table.indicators.map((i) => i.name.value).join('、')}`);
  return found;
}

/** A target form whose 指标性质 holds 正向/反向 and whose 指标方向 holds the comparator. */
const SENSE_AND_COMPARATOR: SheetSpec = {
  name: 'Sheet1',
  rows: [
    ['农机推广服务经费项目绩效目标表'],
    ['(2024年)'],
    ['项目名称', '农机推广服务经费'],
    ['主管部门', '某县农业农村局'],
    ['实施单位', '某县农机推广站'],
    ['一级指标', '二级指标', '三级指标', '指标性质', '指标方向', '目标值', '计量单位', '分值'],
    ['产出指标', '数量指标', '推广农机具台数', '正向', '≥', 120, '台', 20],
    ['产出指标', '质量指标', '培训合格率', '正向', '=', 95, '%', 20],
    ['产出指标', '时效指标', '补贴资金兑付时间', '正向', '=', 45657, 45657, 10],
    ['产出指标', '成本指标', '培训人均成本', '反向', '=', 300, '元/人', 10],
    ['效益指标', '社会效益指标', '受训农户人数', '正向', '≥', 800, '人', 20],
  ],
};

describe('比较符、正向/反向各占一列：按列里的值认，不按表头叫什么', () => {
  const table = tableOf(SENSE_AND_COMPARATOR);

  it('“指标方向”一列写的是 ≥ =：目标带上比较符', () => {
    expect(table.layoutClass).toBe('finance-form');
    expect(byName(table, '推广农机具台数')).toMatchObject({ kind: 'quantitative', unit: '台', target: { value: 120, approx: 'atLeast' } });
    expect(byName(table, '培训合格率')).toMatchObject({ unit: '%', target: { value: 95, approx: 'exact' } });
  });

  it('“指标性质”一列写的是正向/反向：反向的是逆向指标，正向的不是', () => {
    expect(byName(table, '培训人均成本').direction).toBe('lower');
    expect(byName(table, '受训农户人数').direction).toBe('higher');
    expect(table.financeForm?.extraColumns).toMatchObject({ sense: { letter: 'D' }, comparator: { letter: 'E' } });
  });

  it('时效指标里与表上年份相符的 Excel 日期序列号（45657）是期限，不是目标数', () => {
    const deadline = byName(table, '补贴资金兑付时间');
    expect(deadline).toMatchObject({ kind: 'qualitative', target: null, unit: null, deadline: { iso: '2024-12-31' } });
  });

  it('序列号离表上年份远的（数量指标里的 45657 份）照数读，不当日期', () => {
    const rows = SENSE_AND_COMPARATOR.rows.map((row) => [...row] as CellValue[]);
    rows[6] = ['产出指标', '数量指标', '发放宣传资料份数', '正向', '≥', 45657, '份', 20];
    rows[8] = ['产出指标', '时效指标', '完成时间', '正向', '=', 30000, _, 10];
    const edited = tableOf({ ...SENSE_AND_COMPARATOR, rows });
    expect(byName(edited, '发放宣传资料份数')).toMatchObject({ target: { value: 45657 }, deadline: null });
    expect(byName(edited, '完成时间').deadline).toBeNull();
  });
});

/** A short 绩效目标表: no 一级/二级指标, one 绩效指标 label down the left, then 指标 · 权重 · 单位 · 性质 · 指标值. */
const WITHOUT_LEVELS: SheetSpec = {
  name: 'Sheet1',
  rows: [
    ['2024年一般性项目绩效目标表'],
    ['编制单位:', '某镇人民政府', _, _, _, '单位:万元'],
    ['专项资金名称', '农村环境整治补助'],
    ['业务主管部门', '某镇人民政府'],
    ['当年预算', 12.5],
    ['绩效指标', '指标', '指标权重', '计量单位', '指标性质', '指标值'],
    [_, '整治村庄个数', 30, '个', '≥', 6],
    [_, '群众满意度', 20, '%', '≥', 90],
    [_, '补助资金发放金额', 30, '万元', '=', 12.5],
    [_, '改善人居环境', 20, _, '定性'],
  ],
  merges: [area('A6:A10')],
};

describe('没有一级/二级指标的绩效目标表', () => {
  const table = tableOf(WITHOUT_LEVELS);

  it('“绩效指标”竖排在左，指标在右：认作 finance-form，指标名取“指标”一列，路径为空', () => {
    expect(table.layoutClass).toBe('finance-form');
    expect(table.title).toBe('2024年一般性项目绩效目标表');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['整治村庄个数', '群众满意度', '补助资金发放金额', '改善人居环境']);
    expect(table.indicators.every((i) => i.path.length === 0)).toBe(true);
    expect(table.columns.name?.letter).toBe('B');
    expect(table.columns.weight?.letter).toBe('C');
  });

  it('单列的比较符（≥）给目标，“定性”一行不编造目标', () => {
    expect(byName(table, '整治村庄个数')).toMatchObject({ unit: '个', target: { value: 6, approx: 'atLeast' }, weight: { value: 30 } });
    expect(byName(table, '改善人居环境')).toMatchObject({ kind: 'qualitative', target: null });
    expect(table.financeForm?.extraColumns?.comparator?.letter).toBe('E');
  });

  it('同样的表头，上面没有表的键值块也没有“绩效指标”标签：不当财政表', () => {
    const rows: CellValue[][] = [
      ['2024年重点工作绩效目标表'],
      ['指标', '指标权重', '计量单位', '指标性质', '指标值'],
      ['整治村庄个数', 30, '个', '≥', 6],
      ['群众满意度', 20, '%', '≥', 90],
    ];
    const recognition = recognize(workbookOf('x', [{ name: 'Sheet1', rows }]));
    expect(recognition.table?.layoutClass).not.toBe('finance-form');
  });
});

describe('一级指标带分值：路径照表上原文', () => {
  it('“产出指标(50分)”“社会效益\\n指标”照录，不删分值、不改折行', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['项目支出绩效自评表'],
        ['项目名称', '道路养护'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        ['产出指标(50分)', '数量指标', '养护里程', '≥100公里', '100公里', 50, 50],
        ['效益指标(30分)', '社会效益\n指标', '通行条件', '改善', '达成预期指标', 30, 30],
      ],
    });
    expect(byName(table, '养护里程').path).toEqual(['产出指标(50分)', '数量指标']);
    expect(byName(table, '通行条件').path).toEqual(['效益指标(30分)', '社会效益\n指标']);
  });
});
