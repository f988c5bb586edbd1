import { build, indicator, soundRow } from '../table-builder';
import { findings } from '../found';

describe('last-year-missing 要算增幅却没有上年同期数', () => {
  it('表中写了增幅、上年同期栏却为空时提醒，指向上年同期栏', () => {
    const built = build([indicator(soundRow({ lastYear: null }))]);
    const [found] = findings(built, 'last-year-missing');
    expect(found.cell).toBe(built.ref('固定资产投资', 'lastYear'));
    expect(found.issue.severity).toBe('warning');
    expect(found.message).toBe('“固定资产投资”需要计算同比增幅，但没有上年同期数。');
  });

  it('指标名称要求同比增长时也要上年同期数', () => {
    const built = build([indicator(soundRow({ name: '争取无偿资金比同期增长', unit: '万元', target: 1500, actual: 1746, lastYear: null, growth: null }))]);
    expect(findings(built, 'last-year-missing')).toHaveLength(1);
  });

  it('没有要求增幅的指标，上年同期空着不报', () => {
    const built = build([indicator(soundRow({ name: '项目督查', unit: '个', target: 200, actual: 119, lastYear: null, growth: null }))]);
    expect(findings(built, 'last-year-missing')).toEqual([]);
  });

  it('指标本身就是增长率（单位 %）时不需要上年同期数', () => {
    const built = build([indicator(soundRow({ name: '向上争取资金增长', unit: '%', target: 0.1, actual: 0.45, lastYear: null, growth: null }))]);
    expect(findings(built, 'last-year-missing')).toEqual([]);
  });
});

describe('last-year-zero 上年同期为 0', () => {
  it('上年同期为 0 时提醒无法计算增幅', () => {
    const built = build([indicator(soundRow({ lastYear: 0, growth: null }))]);
    const [found] = findings(built, 'last-year-zero');
    expect(found.cell).toBe(built.ref('固定资产投资', 'lastYear'));
    expect(found.message).toBe('“固定资产投资”的上年同期数为 0，无法计算同比增幅。');
  });

  it('上年同期不为 0 时不报', () => {
    expect(findings(build([indicator(soundRow())]), 'last-year-zero')).toEqual([]);
  });
});

describe('stated-growth-mismatch 表中增幅与数据不符', () => {
  it('39.9 对 30.44 的增幅写成 41.08% 时提醒', () => {
    const built = build([indicator(soundRow({ growth: 0.4108 }))]);
    const [found] = findings(built, 'stated-growth-mismatch');
    expect(found.cell).toBe(built.ref('固定资产投资', 'growth'));
    expect(found.message).toBe('“固定资产投资”表中写的增幅为 41.08%，按完成值 39.9 与上年同期 30.44 计算应为 31.08%。');
  });

  it('31.08%（汇报原文的数）与数据一致，不报；写成 31.08 也视为百分数', () => {
    expect(findings(build([indicator(soundRow())]), 'stated-growth-mismatch')).toEqual([]);
    expect(findings(build([indicator(soundRow({ growth: 31.08 }))]), 'stated-growth-mismatch')).toEqual([]);
  });
});
