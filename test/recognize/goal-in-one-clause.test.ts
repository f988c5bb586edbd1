import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { parseNumberText } from '../../src/core/recognize/number-text';
import { workbookOf, type SheetSpec } from './build-snapshot';

/**
 * A table that tells its tasks only in progress words (序号 | 实事内容 | 牵头单位 | 进展情况): a task stated in one
 * clause sets its goal in its own words (新建城市书房12家。, 公共文化设施免费开放率达到100%), read from the name
 * and asked about; a task of several clauses is a programme, and its figures are not its target. Made-up sheets.
 */

function read(spec: SheetSpec) {
  const recognition = recognize(workbookOf('民生实事进展', [spec]));
  if (!recognition.table) throw new Error(`no table: ${recognition.issues.map((i) => i.code).join(', ')}`);
  return recognition;
}

function row(table: IndicatorTable, at: number) {
  const found = table.indicators.find((i) => i.row === at);
  if (!found) throw new Error(`no row ${at}`);
  return found;
}

const sheet: SheetSpec = {
  name: 'Sheet1',
  rows: [
    ['2025年民生实事项目推进情况'],
    ['序号', '实事内容', '牵头单位', '进展情况'],
    [1, '新建城市书房12家。', '县文旅局', '已完成选址和设计方案。'],
    [2, '公共文化设施免费开放率达到100%', '县文旅局', '各场馆均已免费开放。'],
    [3, '实施农村饮水提质行动,力争自来水普及率提升至98%;推进城乡供水同网同质。', '县水利局', '已完成水厂扩建前期工作。'],
    [4, '农村居民人均可支配收入增长7%', '县农业农村局', '一季度数据尚未发布。'],
    [5, '全社会研发经费投入强度达到3%', '县科技局', '年度统计。'],
    [6, '城镇调查失业率控制在5%左右', '县人社局', '一季度为4.6%。'],
  ],
};

describe('只有进展文字的表：一句话的任务，名称里的数就是目标', () => {
  it('“新建城市书房12家”：目标12家，从名称读出并提问', () => {
    const recognition = read(sheet);
    expect(row(recognition.table!, 3)).toMatchObject({ kind: 'quantitative', unit: '家', target: { value: 12, derived: true } });
    expect(recognition.questions.some((q) => q.kind === 'row' && q.row === 3)).toBe(true);
  });

  it('目标是比率（开放率达到100%）也读作目标', () => {
    expect(row(read(sheet).table!, 4)).toMatchObject({ unit: '%', target: { value: 100 } });
  });

  it('几句话的任务（…行动,力争…提升至98%;推进…）不取其中的数作目标', () => {
    expect(row(read(sheet).table!, 5).target).toBeNull();
  });

  it('“增长7%”是目标增幅，不是7%的目标值', () => {
    const growth = row(read(sheet).table!, 6);
    expect(growth.target).toBeNull();
    expect(growth.targetGrowth?.value).toBeCloseTo(0.07);
  });

  it('研发经费投入强度越高越好；失业率“控制在5%左右”仍是上限', () => {
    const table = read(sheet).table!;
    expect(row(table, 7)).toMatchObject({ direction: 'higher', target: { value: 3 } });
    expect(row(table, 8)).toMatchObject({ direction: 'lower', target: { value: 5, approx: 'atMost' } });
  });
});

describe('限定词：前面的上下限不被后面的“左右”改掉', () => {
  it('控制在3%左右 → 上限；不低于90%左右 → 下限；3%左右 → 约数', () => {
    expect(parseNumberText('控制在3%左右')).toMatchObject({ value: 3, approx: 'atMost' });
    expect(parseNumberText('不低于90%左右')).toMatchObject({ value: 90, approx: 'atLeast' });
    expect(parseNumberText('3%左右')).toMatchObject({ value: 3, approx: 'about' });
  });
});

describe('几句话的任务、进展句写了完成数', () => {
  const programme: SheetSpec = {
    name: 'Sheet1',
    rows: [
      ['民生实事落实情况'],
      ['序号', '实事内容', '牵头单位', '落实情况'],
      [1, '完成县医院门诊楼改造,新增床位200张,启动中医院迁建前期工作。', '县卫健局', '门诊楼已投用,新增床位230张。'],
      [2, '推进农村寄宿制学校建设,新增寄宿床位800个,改善住宿条件。', '县教育局', '新增寄宿床位600个,完成率75%。'],
    ],
  };

  it('没有完成率印证时，几句话里的一个数只是任务的一部分，不当作目标', () => {
    const first = row(read(programme).table!, 3);
    expect(first.target).toBeNull();
    expect(first.statedCompletion).toBeNull();
  });

  it('完成率与完成数÷目标相符时，这个数就是目标', () => {
    const second = row(read(programme).table!, 4);
    expect(second).toMatchObject({ unit: '个', target: { value: 800 }, actual: { value: 600 } });
    expect(second.statedCompletion?.value).toBeCloseTo(0.75);
  });
});
