import { findMonthSpan } from '../../src/core/recognize/period';

/** A progress report named for a month of a year (2023年3月份…进展情况) reports the year up to that month. */
describe('表题“某年某月份”：当年1月至该月', () => {
  it('2023年3月份暖民心行动进展情况 → 1—3月；2025年10月份重点项目推进表 → 1—10月', () => {
    expect(findMonthSpan('2023年3月份暖民心行动各县区进展情况表')).toMatchObject({ fromMonth: 1, toMonth: 3 });
    expect(findMonthSpan('2025年10月份重点项目推进表')).toMatchObject({ fromMonth: 1, toMonth: 10 });
  });

  it('时限“2025年6月底前”不是时段', () => {
    expect(findMonthSpan('2025年6月底前')).toBeNull();
  });
});

describe('表题“某年某月”后说的是进展或完成情况：也是当年1月至该月', () => {
  it('2023年5月全县重点项目推进情况表 → 1—5月；2022年11月民生实事进度表 → 1—11月', () => {
    expect(findMonthSpan('2023年5月全县重点项目推进情况表')).toMatchObject({ fromMonth: 1, toMonth: 5 });
    expect(findMonthSpan('2022年11月民生实事进度表')).toMatchObject({ fromMonth: 1, toMonth: 11 });
  });

  it('日期、时限与不说进展的表题都不是时段', () => {
    expect(findMonthSpan('2023年5月10日印发的工作方案')).toBeNull();
    expect(findMonthSpan('2023年5月底前完成')).toBeNull();
    expect(findMonthSpan('2023年5月重点工作安排')).toBeNull();
  });
});
