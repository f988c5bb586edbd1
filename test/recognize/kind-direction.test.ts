import { indicatorDirection, indicatorKind } from '../../src/core/recognize/kind-direction';

describe('定量或定性，越大越好或越小越好', () => {
  it('有数字目标或完成值是定量，只有文字是定性', () => {
    expect(indicatorKind(true, false, false)).toBe('quantitative');
    expect(indicatorKind(false, true, false)).toBe('quantitative');
    expect(indicatorKind(false, false, false)).toBe('qualitative');
  });

  it.each([
    ['审批时限', 'lower'], ['初中辍学率', 'lower'], ['PM2.5平均浓度', 'lower'], ['生产安全事故死亡人数', 'lower'],
    ['单位GDP能耗', 'lower'], ['“三公”经费支出', 'lower'], ['刑事案件立案数', 'lower'], ['城镇登记失业率', 'lower'],
    ['单位GDP能耗下降', 'higher'], ['空气质量优良天数比例', 'higher'], ['环境信访件办结率', 'higher'], ['信访积案化解', 'higher'],
    ['违法占地图斑整改率', 'higher'], ['一般公共预算收入', 'higher'], ['民生支出占比', 'higher'],
  ] as const)('“%s” %s', (name, direction) => {
    expect(indicatorDirection('quantitative', name, 'exact', null)).toBe(direction);
  });

  it('目标写成上限（≤、不超过、控制在）就是越小越好', () => {
    expect(indicatorDirection('quantitative', '医保基金支出', 'atMost', null)).toBe('lower');
    expect(indicatorDirection('quantitative', '某项工作', null, '控制在3200吨以内')).toBe('lower');
  });

  it('定性指标不分方向（“无违纪”“信访稳定”不是逆向数字）', () => {
    expect(indicatorDirection('qualitative', '信访稳定', null, '本单位无越级访')).toBe('higher');
  });
});

describe('表上写明的下限（≥、不低于、以上）说明越大越好，名称里的字眼不能推翻它', () => {
  it.each(['违法行为责停率', '安全隐患排查整治数', '信访事项按期答复数'])('“%s”目标写成 ≥ 是越大越好', (name) => {
    expect(indicatorDirection('quantitative', name, 'atLeast', null)).toBe('higher');
  });

  it('没有写下限时，名称里的逆向字眼照旧起作用', () => {
    expect(indicatorDirection('quantitative', '违法行为发生数', 'exact', null)).toBe('lower');
  });

  it.each([['办结信访案件', 'higher'], ['办结群众来信件数', 'higher'], ['办结时限', 'lower'], ['平均办结时间', 'lower']] as const)(
    '“办结”某事是做了多少件，“办结时限/时间”仍是越短越好：“%s” %s',
    (name, direction) => {
      expect(indicatorDirection('quantitative', name, 'exact', null)).toBe(direction);
    },
  );
});

describe('主要经济指标表里常见的上限：物价、单位产出能耗、城乡收入比', () => {
  it.each(['居民消费价格涨幅', '居民消费价格总指数(CPI)', 'CPI涨幅', '单位GDP能源消耗', '城乡居民人均收入比'])('“%s”越小越好', (name) => {
    expect(indicatorDirection('quantitative', name, 'exact', null)).toBe('lower');
  });

  it.each(['单位GDP能源消耗降低率', '居民人均可支配收入', '社会消费品零售总额'])('“%s”仍是越大越好', (name) => {
    expect(indicatorDirection('quantitative', name, 'exact', null)).toBe('higher');
  });
});

describe('R&D 是“研究与试验发展”的缩写：它的经费支出越多越好，行政经费支出仍是越少越好', () => {
  it.each(['研究与试验发展(R&D)经费支出', '规上企业R&D经费支出占营业收入比重', '全县Ｒ＆Ｄ经费支出'])('“%s”越大越好', (name) => {
    expect(indicatorDirection('quantitative', name, 'exact', null)).toBe('higher');
  });

  it.each(['机关公用经费支出', '一般性经费支出'])('“%s”仍是越小越好', (name) => {
    expect(indicatorDirection('quantitative', name, 'exact', null)).toBe('lower');
  });
});

describe('企业效益表里的亏损越少越好', () => {
  it.each(['亏损单位数', '亏损户数', '亏损面', '亏损企业亏损总额'])('“%s”越小越好', (name) => {
    expect(indicatorDirection('quantitative', name, 'exact', null)).toBe('lower');
  });

  it.each(['扭亏企业数', '利润总额'])('“%s”仍是越大越好', (name) => {
    expect(indicatorDirection('quantitative', name, 'exact', null)).toBe('higher');
  });
});
