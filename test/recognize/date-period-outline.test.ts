import fc from 'fast-check';
import { excelSerialToIso, isDateFormat, parseDateText } from '../../src/core/recognize/date-text';
import { parseOutline, parseOutlineCell } from '../../src/core/recognize/outline';
import { findMonthRange, findMonthSpan, findYear, periodFromAsOf } from '../../src/core/recognize/period';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

describe('完成时限：Excel 日期与中文写法', () => {
  it('Excel 序列号读作日期', () => {
    expect(excelSerialToIso(40178)).toBe('2009-12-31');
    expect(excelSerialToIso(39994)).toBe('2009-06-30');
    expect(excelSerialToIso(-3)).toBeNull();
  });

  it.each([
    ['2024年12月底', '2024-12-31'],
    ['2024年6月30日前', '2024-06-30'],
    ['2024-09-01', '2024-09-01'],
    ['2024.6', '2024-06-30'],
    ['12月底前', '2009-12-31'],
    ['6月30日', '2009-06-30'],
    ['汛前（5月底前）', '2009-05-31'],
    ['年底前', '2009-12-31'],
    ['全年', '2009-12-31'],
    ['上半年', '2009-06-30'],
    ['三季度末', '2009-09-30'],
    ['2024年2月30日', null],
    ['长期坚持', null],
    ['每月', null],
  ])('“%s” → %s（未写年份按 2009 年）', (text, iso) => {
    expect(parseDateText(text, 2009)).toBe(iso);
  });

  it('日期格式与数字格式分得开', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat('0.00%')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
    expect(isDateFormat('#,##0"万元"')).toBe(false);
  });
});

describe('统计时段：1—6月、上半年、一季度、截至10月底', () => {
  it.each([
    ['1—6月完成情况', 1, 6, '1—6月'],
    ['1-5月份', 1, 5, '1-5月份'],
    ['1月至9月', 1, 9, '1月至9月'],
    ['2009年上半年绩效', 1, 6, '上半年'],
    ['一季度完成', 1, 3, '一季度'],
    ['前三季度', 1, 9, '前三季度'],
    ['截至10月底完成', 1, 10, '1—10月'],
    ['截止2024年8月', 1, 8, '1—8月'],
    ['10月份目标', 1, 10, '1—10月'],
    ['9月底节点目标', 1, 9, '1—9月'],
  ])('“%s” 是 %s—%s 月', (text, from, to, label) => {
    expect(findMonthSpan(text)).toEqual({ fromMonth: from, toMonth: to, label });
  });

  it('“全年目标”“年度目标”不是时段', () => {
    expect(findMonthSpan('全年目标')).toBeNull();
    expect(findMonthSpan('年度目标')).toBeNull();
    expect(findMonthSpan('完成时限')).toBeNull();
    expect(findMonthSpan('11月工作计划')).toBeNull();
  });

  it('表头写“某月份目标”：那一栏是到该月的节点目标，不是名称', () => {
    const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows: [
      ['序号', '项目内容', '牵头单位', '5月份目标', '进展情况'],
      [1, '新建3个社区食堂', '区民政局', '完成选址。', '已完成选址,正在设计。'],
      [2, '改造200户困难家庭住房', '区住建局', '完成改造50户。', '已完成改造62户。'],
      [3, '新增公共停车泊位800个', '区交通局', '开工建设。', '已开工。'],
    ] }]));
    expect(recognition.table?.columns.name?.letter).toBe('B');
    expect(recognition.table?.columns.periodTarget?.letter).toBe('D');
    expect(recognition.table?.period.toMonth).toBe(5);
  });

  it('只有写明起止月份才算单项数据的时段（全社会固定资产投资（1—5月））', () => {
    expect(findMonthRange('全社会固定资产投资（1—5月）')).toMatchObject({ fromMonth: 1, toMonth: 5 });
    expect(findMonthRange('已完成一、二季度调整')).toBeNull();
  });

  it('年份：2009年、09年、2025', () => {
    expect(findYear('灌南县发展和改革委员会2009年度目标')).toBe(2009);
    expect(findYear('09年全年目标')).toBe(2009);
    expect(findYear('近10年')).toBeNull();
  });

  it('--as-of 给出序时进度：月末按月，月中按天', () => {
    expect(periodFromAsOf('2009-06-30')).toMatchObject({ year: 2009, toMonth: 6, expectedProgress: 0.5, source: 'as-of' });
    expect(periodFromAsOf('2024-03-15')?.expectedProgress).toBeCloseTo(75 / 366, 6);
    expect(periodFromAsOf('2024-13-01')).toBeNull();
    expect(periodFromAsOf('明天')).toBeNull();
  });

  it('任何文字都不会让时段与日期解析出错', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), fc.integer({ min: 1900, max: 2100 }), (text, year) => {
        const span = findMonthSpan(text);
        if (span) expect(span.fromMonth).toBeLessThanOrEqual(span.toMonth);
        const iso = parseDateText(text, year);
        if (iso) expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        findYear(text);
        periodFromAsOf(text);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('序号：一、（一）1、1. （1）①', () => {
  it.each([
    ['一、勤政目标', 'cn', '一', '勤政目标', '一、'],
    ['（一）单位职能工作', 'cn-paren', '(一)', '单位职能工作', '（一）'],
    ['1、计划管理', 'num', '1', '计划管理', '1、'],
    ['1. 工业项目', 'num', '1', '工业项目', '1.'],
    ['（3）呼应沿海开发', 'num-paren', '(3)', '呼应沿海开发', '（3）'],
    ['①新开工项目', 'circled', '①', '新开工项目', '①'],
    ['1.2 防汛物资', 'dotted', '1.2', '防汛物资', '1.2'],
  ])('“%s”', (text, style, key, rest, written) => {
    expect(parseOutline(text)).toEqual({ style, key, rest, written });
  });

  it('数字和年份不是序号', () => {
    expect(parseOutline('3.5亿元')).toBeNull();
    expect(parseOutline('2024年目标')).toBeNull();
    expect(parseOutline('三农机制')).toBeNull();
  });

  it('序号栏单独写的 1、一、（一）', () => {
    expect(parseOutlineCell(7)).toMatchObject({ style: 'num', key: '7' });
    expect(parseOutlineCell('一')).toMatchObject({ style: 'cn', key: '一' });
    expect(parseOutlineCell('（一）')).toMatchObject({ style: 'cn-paren', key: '(一)' });
    expect(parseOutlineCell(1.5)).toBeNull();
  });

  it('任何文字都不会让序号解析出错', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
      const outline = parseOutline(text);
      if (outline) expect(text.length).toBeGreaterThan(0);
      parseOutlineCell(text);
    }), { numRuns: 2000 });
  });
});
