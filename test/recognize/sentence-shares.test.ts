import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { sentenceFigures } from '../../src/core/recognize/sentence-figures';
import { readRaw } from '../../src/core/recognize/value-parse';
import { workbookOf, type SheetSpec } from './build-snapshot';

/**
 * Shares written inside progress sentences: a share of the year's plan beside the amount done (为年度计划的58%,
 * 完成全年任务的63%) is the row's stated completion and no second amount; a share of the work where the sentence
 * says nothing else (主体工程施工进度为75%) is how far along the task is. Sentences are made up for the rules.
 */

const cell = { sheet: 'Sheet1', row: 3, col: 4 };
const figures = (text: string) => sentenceFigures(readRaw(text, 'General', cell));

describe('句中的比例：占计划的份额、进度、别的比重', () => {
  it('“为年度计划的58%”是完成率，不是第二个数量：完成数照读', () => {
    const found = figures('累计完成投资4.6亿元,为年度计划的58%');
    expect(found?.level).toMatchObject({ shown: 4.6, unit: '亿元' });
    expect(found?.rate?.shown).toBe(58);
    const three = figures('已发放补贴1260万元,完成全年任务的63%,同比增长5%');
    expect(three?.level?.shown).toBe(1260);
    expect(three?.rate?.shown).toBe(63);
    expect(three?.growth?.shown).toBe(5);
    const progress = figures('已建成充电桩180个,完成进度60%');
    expect(progress?.level?.shown).toBe(180);
    expect(progress?.rate?.shown).toBe(60);
  });

  it('占别的总量的比重（占全市财政支出的32%）不是完成率：两个数量，读不出哪个是完成数', () => {
    const found = figures('民生支出86亿元,占全市财政支出的32%');
    expect(found?.rate ?? null).toBeNull();
    expect(found?.level ?? null).toBeNull();
  });

  it('只写份额（已完成年度目标任务的70%）：说的是这一行自己的目标；几个数量中间的份额不知是谁的', () => {
    expect(figures('已完成年度目标任务的70%')?.rate?.shown).toBe(70);
    expect(figures('完成投资3亿元,建成厂房2万平方米,完成年度计划的60%')?.rate ?? null).toBeNull();
  });

  it('只说进度（施工进度为75%、已完成85%）读作进度；另有数量或几处进度时不读', () => {
    expect(figures('主体工程施工进度为75%')?.progress?.shown).toBe(75);
    expect(figures('已完成85%。')?.progress?.shown).toBe(85);
    expect(figures('土建完成100%,装修完成85%')?.progress ?? null).toBeNull();
    expect(figures('完成投资2亿元,完成80%')?.progress ?? null).toBeNull();
  });

  it('“完成30%”旁边另有完成率时，30%是完成的量（以%计），完成率照读', () => {
    const found = figures('已完成(覆盖面完成45%,完成率100%)');
    expect(found?.level).toMatchObject({ shown: 45, unit: '%' });
    expect(found?.rate?.shown).toBe(100);
    expect(found?.progress ?? null).toBeNull();
  });
});

function read(spec: SheetSpec): IndicatorTable {
  const recognition = recognize(workbookOf('重点工作推进', [spec]));
  if (!recognition.table) throw new Error(`no table: ${recognition.issues.map((i) => i.code).join(', ')}`);
  return recognition.table;
}

function row(table: IndicatorTable, at: number) {
  const found = table.indicators.find((i) => i.row === at);
  if (!found) throw new Error(`no row ${at}`);
  return found;
}

describe('句中的增幅说的是哪个数量', () => {
  it('一个数量旁的增幅归它；几个数量中间的增幅说不清是谁的，不读', () => {
    expect(figures('完成工业投资46亿元,增长9%')?.growth?.shown).toBe(9);
    expect(figures('接待游客120万人次,旅游收入8.6亿元,其中过夜游客增长12%')?.growth ?? null).toBeNull();
  });
});

describe('句中以百分点写的变化', () => {
  it('“同比提升2.3个百分点”“下降0.6个百分点”读作变化；“高于全省1.2个百分点”是比较，不是变化', () => {
    expect(figures('城镇化率达到63.5%,同比提升2.3个百分点')?.points).toMatchObject({ shown: 2.3, falling: false });
    expect(figures('规上工业亏损面18.2%,比上年下降0.6个百分点')?.points).toMatchObject({ shown: 0.6, falling: true });
    expect(figures('增速高于全省1.2个百分点')?.points ?? null).toBeNull();
  });
});

describe('表里的句子：完成情况一栏写着占计划的份额或进度', () => {
  const sheet: SheetSpec = {
    name: 'Sheet1',
    rows: [
      ['2024年重点工作目标任务三季度完成情况'],
      ['序号', '目标任务', '责任单位', '完成情况'],
      [1, '税收收入达到12亿元,增长6%', '区税务局', '完成税收收入8.4亿元,为年度计划的70%,同比增长5.2%。'],
      [2, '城乡供水管网改造工程', '区水利局', '管网铺设进度达70%。'],
      [3, '外贸进出口总额达到40亿元,增长5%', '区商务局', '完成进出口总额27.5亿元,同比增长4.1%。'],
      [4, '高新技术产业产值占比提高1个百分点', '区科技局', '高新技术产业产值占比达48.6%,同比提高0.8个百分点。'],
    ],
  };

  it('完成数、同比增长与占年度计划的份额各归其位', () => {
    const first = row(read(sheet), 3);
    expect(first).toMatchObject({ kind: 'quantitative', unit: '亿元', target: { value: 12 }, actual: { value: 8.4 } });
    expect(first.statedCompletion?.value).toBeCloseTo(0.7);
    expect(first.statedGrowth?.value).toBeCloseTo(0.052);
  });

  it('只写进度的一行：读作进度，没有完成数，也不以%作单位', () => {
    const second = row(read(sheet), 4);
    expect(second.statedProgress?.value).toBeCloseTo(0.7);
    expect(second.actual).toBeNull();
    expect(second.unit).toBeNull();
    expect(second.statedCompletion).toBeNull();
  });

  it('占比的变化：读出百分点的变化（0.8），不当作目标或完成数的“个”', () => {
    const fourth = row(read(sheet), 6);
    expect(fourth.statedChangePoints?.value).toBeCloseTo(0.8);
    expect(fourth.unit).not.toBe('个');
  });

  it('没有份额的句子不会多出完成率', () => {
    expect(row(read(sheet), 5).statedCompletion).toBeNull();
  });
});
