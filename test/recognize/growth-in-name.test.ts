import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/**
 * A work report's 主要预期目标 are written one clause each, the indicator and its expected growth, and the
 * 分解表 has no target column of its own (序号 | 重点工作任务 | 责任单位 | 配合单位). Made-up rows of that kind.
 */

function read(rows: readonly (readonly CellValue[])[]) {
  const { table } = recognize(workbookOf('growth.xlsx', [{ name: 'Sheet1', rows }]));
  if (table === null) throw new Error('no table was read');
  return table;
}

describe('名称本身就是预期增速（地区生产总值增长6.5%左右）', () => {
  const table = read([
    ['某县2026年政府工作报告重点工作任务分解表', null, null, null],
    ['序号', '重点工作任务', '责任单位', '配合单位'],
    [1, '地区生产总值增长6%左右。', '县发改委', '县直各部门'],
    [2, '城乡居民人均可支配收入分别增长5.5%和6.5%。', '县统计局', '县人社局'],
    [3, '一般公共预算收入同比增长4%。', '县财政局', '县税务局'],
    [4, '改造农村公路50公里,其中提质30公里,增长10%。', '县交通局', null],
    [5, '推进老旧小区改造。', '县住建局', null],
  ]);
  const byName = new Map(table.indicators.map((i) => [i.name.value, i]));

  it('读出目标增速，标为推算、指向名称单元格，把握度低于门槛（会问）', () => {
    const gdp = byName.get('地区生产总值增长6%左右。')!;
    expect(gdp.targetGrowth?.value).toBeCloseTo(0.06);
    expect(gdp.targetGrowth?.derived).toBe(true);
    expect(gdp.targetGrowth?.cell).toEqual(gdp.name.cell);
    expect(gdp.targetGrowth?.confidence).toBeLessThan(0.75);
    expect(gdp.kind).toBe('quantitative');
    expect(byName.get('一般公共预算收入同比增长4%。')!.targetGrowth?.value).toBeCloseTo(0.04);
  });

  it('一句里有两个增速、或还有别的数、或没有增速的名称，不读出目标增速', () => {
    expect(byName.get('城乡居民人均可支配收入分别增长5.5%和6.5%。')!.targetGrowth ?? null).toBeNull();
    expect(byName.get('改造农村公路50公里,其中提质30公里,增长10%。')!.targetGrowth ?? null).toBeNull();
    expect(byName.get('推进老旧小区改造。')!.targetGrowth ?? null).toBeNull();
  });
});

describe('名称先写总量再写增速（地区生产总值达到500亿元,增长7%）：两者都是目标', () => {
  const table = read([
    ['某区2026年政府工作报告目标任务一季度完成情况', null, null, null],
    ['序号', '目标任务', '牵头单位', '完成情况'],
    [1, '地区生产总值达到500亿元,增长7%', '区发改局', '完成地区生产总值110亿元,同比增长6.8%。'],
    [2, '城镇居民人均可支配收入4.2万元,增长8%', '区统计局', '城镇居民人均可支配收入预计达到10500元,增长8.1%。'],
    [3, '新建学校3所,改扩建2所', '区教育局', '已开工2所。'],
  ]);
  const byName = new Map(table.indicators.map((i) => [i.name.value, i]));

  it('目标总量与目标增速都从名称读出，标为推算、把握度低于门槛；完成情况里的数按目标的单位读', () => {
    const gdp = byName.get('地区生产总值达到500亿元,增长7%')!;
    expect(gdp.target?.value).toBe(500);
    expect(gdp.unit).toBe('亿元');
    expect(gdp.target?.derived).toBe(true);
    expect(gdp.target?.confidence).toBeLessThan(0.75);
    expect(gdp.targetGrowth?.value).toBeCloseTo(0.07);
    expect(gdp.actual?.value).toBe(110);
    const income = byName.get('城镇居民人均可支配收入4.2万元,增长8%')!;
    expect(income.target?.value).toBe(4.2);
    expect(income.actual?.value).toBeCloseTo(1.05);
  });

  it('没有增速的两个数（新建学校3所,改扩建2所）不读成目标', () => {
    expect(byName.get('新建学校3所,改扩建2所')!.target ?? null).toBeNull();
  });
});
