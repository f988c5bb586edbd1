import { tidyStaffText } from '../../src/core/narrate/staff-text';

/**
 * Staff type half-width brackets in Chinese text; the draft makes them full width — both halves of a pair together.
 * 六安's 生活污水 line read “已完成50个（55%)”: the opening half changed (a figure follows it) and the closing one
 * not (a % precedes it). Made-up words; brackets around Latin letters stay as typed.
 */
describe('员工原话里的半角括号成对改为全角', () => {
  it('百分数两边的括号一起改：（62%），（100%）', () => {
    expect(tidyStaffText('已改造管网24公里(62%),新建泵站3座(100%)。')).toBe('已改造管网24公里（62%），新建泵站3座（100%）');
  });

  it('一半已是全角的也配成一对', () => {
    expect(tidyStaffText('完成率（87.5%)')).toBe('完成率（87.5%）');
    expect(tidyStaffText('完成率(87.5%）')).toBe('完成率（87.5%）');
  });

  it('不应变：汉字、序号括号照旧；只含英文字母的括号照旧', () => {
    expect(tidyStaffText('完成三期工程(一标段)')).toBe('完成三期工程（一标段）');
    expect(tidyStaffText('(1)完成方案;(2)报批')).toBe('（1）完成方案；（2）报批');
    expect(tidyStaffText('接入平台(API)已上线')).toBe('接入平台(API)已上线');
  });
});

/** The seed writes a span of months with the 一字线 (1—5月份, GLOSSARY): staff's 1-6月 is tidied the same way. */
describe('员工原话里的月份区间改用一字线', () => {
  it('“1-6月”“1~9月份”“3－5月”写作“1—6月”“1—9月份”“3—5月”', () => {
    expect(tidyStaffText('1-6月,全县新开工项目12个')).toBe('1—6月，全县新开工项目12个');
    expect(tidyStaffText('1~9月份累计完成投资3.2亿元')).toBe('1—9月份累计完成投资3.2亿元');
    expect(tidyStaffText('3－5月开展专项检查')).toBe('3—5月开展专项检查');
  });

  it('不应变：日期、编号、数值区间照旧', () => {
    expect(tidyStaffText('2024-6月底前完成')).toBe('2024-6月底前完成');
    expect(tidyStaffText('完成15-20个村')).toBe('完成15-20个村');
    expect(tidyStaffText('第2-3标段已开工')).toBe('第2-3标段已开工');
  });
});
