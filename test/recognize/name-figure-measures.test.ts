import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf, type SheetSpec } from './build-snapshot';

/**
 * What a task's name states besides the count it sets (新增养老床位300张左右): the qualifier of that count's own
 * clause, a change in points that counts no things (提高1.5个百分点), and a share beside the count that makes the
 * name several indicators at once (新增就业2万人,调查失业率控制在5.5%以内). Sheets are made up for the rules.
 */

function read(spec: SheetSpec): IndicatorTable {
  const recognition = recognize(workbookOf('民生实事进展', [spec]));
  if (!recognition.table) throw new Error(`no table: ${recognition.issues.map((i) => i.code).join(', ')}`);
  return recognition.table;
}

function row(table: IndicatorTable, at: number) {
  const found = table.indicators.find((i) => i.row === at);
  if (!found) throw new Error(`no row ${at}`);
  return found;
}

const sheet: SheetSpec = {
  name: 'Sheet1',
  rows: [
    ['2024年民生实事项目推进情况(截至6月底)'],
    ['序号', '实事内容', '牵头单位', '推进情况'],
    [1, '新增养老床位300张左右。', '县民政局', '已新增养老床位186张。'],
    [2, '城区绿化覆盖率提高1.5个百分点。', '县住建局', '绿化覆盖率达41.2%,提高0.8个百分点。'],
    [3, '新增城镇就业2万人,调查失业率控制在5.5%以内。', '县人社局', '新增城镇就业1.2万人,调查失业率4.9%。'],
    [4, '建成5G基站800个,较上年增长20%。', '县工信局', '已建成5G基站520个。'],
    [5, '为不少于6000名适龄女生免费接种疫苗。', '县卫健局', '已接种4100名。'],
    [6, '城乡居民收入增长7%,新增市场主体3000户', '县市场监管局', '新增市场主体2100户。'],
  ],
};

describe('名称里的目标数：它所在分句的限定词、百分点、旁边的比率', () => {
  it('“300张左右”读作约数，“不少于6000名”读作下限', () => {
    const table = read(sheet);
    expect(row(table, 3).target).toMatchObject({ value: 300, approx: 'about' });
    expect(row(table, 7).target).toMatchObject({ value: 6000, approx: 'atLeast' });
  });

  it('“提高1.5个百分点”不是1.5个东西：不读作以“个”计的目标，进展句里的“0.8个百分点”也不是完成数', () => {
    const target = row(read(sheet), 4);
    expect(target.unit).not.toBe('个');
    expect(target.target).toBeNull();
    expect(target.actual?.value).not.toBe(0.8);
  });

  it('一个名称里既有人数又有失业率：说的是两个指标，人数不当作这一行的目标', () => {
    const both = row(read(sheet), 5);
    expect(both.target).toBeNull();
    expect(both.actual).toBeNull();
  });

  it('别的指标的增幅（城乡居民收入增长7%）旁的数量不是这一行唯一的目标', () => {
    expect(row(read(sheet), 8).target).toBeNull();
  });

  it('数量后面跟着它的增幅（较上年增长20%）：数量仍是目标', () => {
    expect(row(read(sheet), 6)).toMatchObject({ unit: '个', target: { value: 800 }, actual: { value: 520 } });
  });
});

describe('完成数从推进情况的句子里读出时，那句话只作为推进情况引用一次', () => {
  const report: SheetSpec = {
    name: 'Sheet1',
    rows: [
      ['2023年经济社会发展主要目标前三季度推进情况'],
      ['序号', '目标任务', '牵头部门', '前三季度推进情况'],
      [1, '规模以上工业增加值增长7%左右', '区经信局', '规上工业增加值完成312.6亿元,增长6.4%'],
      [2, '社会消费品零售总额增长6%', '区商务局', '实现社会消费品零售总额158.2亿元,增长7.1%'],
      [3, '外贸进出口保持稳定', '区商务局', '进出口总额86.5亿元,下降2.3%'],
    ],
  };

  it('完成数与增幅读出，推进情况照录，完成情况的文字不重复这句话', () => {
    const first = row(read(report), 3);
    expect(first.actual?.value).toBeCloseTo(312.6);
    expect(first.statedGrowth?.value).toBeCloseTo(0.064);
    expect(first.progressText?.value).toBe('规上工业增加值完成312.6亿元,增长6.4%');
    expect(first.actualText).toBeNull();
    expect(row(read(report), 5).actualText).toBeNull();
  });
});

describe('目标在名称里、进展句同时写了完成数与增减幅度', () => {
  const progress: SheetSpec = {
    name: 'Sheet1',
    rows: [
      ['2022年重点实事推进情况'],
      ['序号', '实事内容', '牵头单位', '推进情况'],
      [1, '完成植树造林1.5万亩', '县林业局', '累计完成造林1.2万亩,比上年同期下降6.5%'],
      [2, '新增城镇就业5000人', '县人社局', '新增城镇就业3600人'],
    ],
  };

  it('完成数之外的“下降6.5%”读作增幅；没写增幅的不多读', () => {
    const table = read(progress);
    expect(row(table, 3)).toMatchObject({ unit: '万亩', target: { value: 1.5 }, actual: { value: 1.2 } });
    expect(row(table, 3).statedGrowth?.value).toBeCloseTo(-0.065);
    expect(row(table, 4).statedGrowth).toBeNull();
  });
});
