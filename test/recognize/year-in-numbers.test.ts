import { findYear } from '../../src/core/recognize/period';

/*
 * Four digits that begin 19 or 20 are a year only when written as one (2024年, or standing alone as a header's 2023):
 * inside a longer number (在线解答20334件) or before a measure (投资2000万元, 新增就业2019人) they are a count, and
 * reading them as the year would date the whole report wrongly without a word.
 */
describe('数字里的“20xx”不是年份', () => {
  it.each([
    ['5月份,通过呼叫平台在线解答群众诉求20334件', null],
    ['完成投资2000万元', null],
    ['新增就业2019人,培训1998人次', null],
    ['编号12019', null],
    ['转派18113件,其中2013件转派市直单位', null],
  ])('%s → 不读出年份', (text, year) => {
    expect(findYear(text)).toBe(year);
  });

  it.each([
    ['2024年1-6月重点工作推进情况', 2024],
    ['2023', 2023],
    ['2022年度', 2022],
    ['完成投资2000万元(2021年)', 2021],
    ['2020 年计划', 2020],
    ['目标(2025)', 2025],
  ])('%s → %s（仍读出）', (text, year) => {
    expect(findYear(text)).toBe(year);
  });
});
