import { judgeWords, type Judgement } from '../../src/core/judge';

/**
 * The glossary's 滞后: a cumulative figure below 序时进度 of the year's task is behind, even when the year's task
 * has a deadline still to come later in the same year. It holds where the figure is measured against the year as a
 * table measures it — a 完成值 cell of bare figures beside its 目标 cell, or a share the staff state of this year's
 * task — and not for a count of things built one by one, nor for a task that ends in a later year.
 */
function judged(text: string, target: string | null, deadline: string | null, asOf: string): Judgement {
  return judgeWords(text, { targetText: target, deadline, asOf, expectedProgress: Number(asOf.slice(5, 7)) / 12 });
}

describe('完成值与目标都是一个数：按同一计量比，低于序时进度为滞后', () => {
  it.each([
    ['1200', '3000', '2024-11-30', '2024-08-31'],
    ['0', '500', '2024-10-31', '2024-06-30'],
    ['4.6万', '12万', null, '2023-09-30'],
    ['380亩', '1500亩', '2022-12-31', '2022-07-31'],
  ])('完成值 %s，目标 %s（时限 %s，报告 %s）：滞后', (text, target, deadline, asOf) => {
    const result = judged(text, target, deadline, asOf);
    expect(result.verdict).toBe('behind');
    expect(result.evidence).toMatch(/^完成.+／目标.+＝.+，低于序时进度/u);
  });

  it.each([
    ['2500', '3000', '2024-11-30', '2024-08-31', 'on-track'],
    ['96', '100', null, '2021-06-30', 'on-track'],
    ['3200', '3000', '2024-11-30', '2024-08-31', 'exceeded'],
    ['3000亩', '3000', null, '2024-08-31', 'completed'],
  ])('完成值 %s，目标 %s：达到序时或目标', (text, target, deadline, asOf, verdict) => {
    expect(judged(text, target, deadline, asOf).verdict).toBe(verdict);
  });

  it('计量不同（800吨对3000亩）不比', () => {
    expect(judged('800吨', '3000亩', null, '2024-08-31').evidence).not.toMatch(/目标3000亩/u);
  });

  it('跨年度的任务（2027年底完成）今年不按月份衡量：推进中', () => {
    expect(judged('1200', '5000', '2027-12-31', '2024-06-30').verdict).toBe('in-progress');
  });
});

describe('职工自己写出的占今年任务的比例，低于序时进度为滞后，即使时限在年内稍后', () => {
  it.each([
    ['累计完成植树造林2.1万亩，占全年任务的35%', '2024-10-31', '2024-07-31'],
    ['已竣工860户，占今年任务数的22.6%', '2019-12-20', '2019-06-30'],
    ['截至8月底完成河道清淤36公里，为年度计划的41%', '2020-11-30', '2020-08-31'],
  ])('“%s”（时限 %s，报告 %s）：滞后', (text, deadline, asOf) => {
    expect(judged(text, null, deadline, asOf).verdict).toBe('behind');
  });

  it('达到序时的比例：推进中（按序时）', () => {
    expect(judged('累计完成植树造林4.5万亩，占全年任务的70%', null, '2024-10-31', '2024-07-31').verdict).toBe('on-track');
  });

  it('职工同时写出了阶段计划的完成比例（完成1-7月计划的105%）：以其为序时，不算滞后', () => {
    expect(judged('累计完成投资3.2亿元，完成1-7月投资计划的105%，完成年度投资计划的40%', null, '2024-12-31', '2024-07-31').verdict).toBe('on-track');
  });

  it('一件件建成的设施（3所学校已建成1所）也是今年的任务：9月底完成三分之一，低于序时进度，滞后', () => {
    expect(judged('3所学校已建成1所', '3所', '2024-12-31', '2024-09-30').verdict).toBe('behind');
    expect(judged('3所学校已建成3所', '3所', '2024-12-31', '2024-09-30').verdict).toBe('completed');
  });

  it('时限不在年底（6月底前建成）的任务不按全年的月份算', () => {
    expect(judged('3所学校已建成1所', '3所', '2024-06-30', '2024-05-31').verdict).toBe('in-progress');
  });
});

describe('完成值只写数、不写计量单位时，用目标的计量（含万、亿）', () => {
  it.each([
    ['2600', '2600万元', 'completed'],
    ['1800', '3000万元', 'on-track'],
    ['0.8', '2亿元', 'behind'],
  ])('完成值 %s，目标 %s', (text, target, verdict) => {
    expect(judged(text, target, null, '2024-06-30').verdict).toBe(verdict);
  });
});

describe('目标是上限（30天内、5起以下）时，完成值大不等于完成得多：不按完成比例比', () => {
  it.each([['35', '30天内'], ['7', '5起以下']])('完成值 %s，目标 %s：不判已完成', (text, target) => {
    expect(judged(text, target, null, '2024-06-30').verdict).not.toMatch(/completed|exceeded/u);
  });
});
