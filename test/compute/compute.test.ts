import { compute } from '../../src/core/compute';
import type { Issue, IndicatorResult, Results, Status } from '../../src/core/model';
import { buildTable, guannanLines, type Spec } from './measure-table';

function one(spec: Spec, period?: { expectedProgress: number }): IndicatorResult {
  const { table } = buildTable([spec], { period });
  return compute(table, []).indicators[0];
}

function byName(results: Results, built: ReturnType<typeof buildTable>, name: string): IndicatorResult {
  const row = built.rowOf(name);
  const found = results.indicators.find((result) => result.row === row);
  if (!found) throw new Error(name);
  return found;
}

describe('完成率与完成状态（越大越好）', () => {
  it('完成率＝实际÷全年目标：39.9亿元÷90亿元', () => {
    expect(one({ name: '固定资产投资', target: 90, actual: 39.9 }).completionRate).toBeCloseTo(0.44333, 5);
  });

  it.each<[number, Status]>([
    [120, 'exceeded'],
    [100, 'completed'],
    [50, 'on-track'],
    [60, 'on-track'],
    [49.9, 'behind'],
  ])('目标100、序时进度50%时，完成%s为%s', (actual, status) => {
    expect(one({ name: '指标', target: 100, actual }).status).toBe(status);
  });

  it('与序时进度差＝完成率－序时进度，可为负', () => {
    const result = one({ name: '指标', target: 100, actual: 40 });
    expect(result.progressGap).toBeCloseTo(-0.1, 12);
    expect(result.benchmark).toBe(0.5);
    expect(result.benchmarkBasis).toBe('period');
  });

  it('1—5月份的数在1—6月的汇报里按5个月的序时进度衡量，不因统计晚一个月被判滞后', () => {
    const spec: Spec = { name: '固定资产投资', target: 90, actual: 39.9 };
    expect(one(spec).status).toBe('behind');
    const fiveMonths = one({ ...spec, dataMonths: { fromMonth: 1, toMonth: 5 } });
    expect(fiveMonths.benchmark).toBeCloseTo(5 / 12, 12);
    expect(fiveMonths.benchmarkBasis).toBe('data-months');
    expect(fiveMonths.status).toBe('on-track');
  });

  it('表内有序时目标的，按序时目标÷全年目标衡量，而不是日历进度', () => {
    const result = one({ name: '新开工项目', target: 20, periodTarget: 4, actual: 5 });
    expect(result.benchmark).toBeCloseTo(0.2, 12);
    expect(result.benchmarkBasis).toBe('period-target');
    expect(result.status).toBe('on-track');
    expect(one({ name: '新开工项目', target: 20, periodTarget: 14, actual: 12 }).status).toBe('behind');
  });

  it('序时目标按1—6月定、完成值只到5月的，序时目标按5/6折算（90亿元、序时45亿元、1—5月39.9亿元为达到序时进度）', () => {
    const spec: Spec = { name: '全社会固定资产投资', target: 90, periodTarget: 45, actual: 39.9 };
    expect(one(spec).status).toBe('behind');
    const fiveMonths = one({ ...spec, dataMonths: { fromMonth: 1, toMonth: 5 } });
    expect(fiveMonths.benchmark).toBeCloseTo((45 / 90) * (5 / 6), 12);
    expect(fiveMonths.benchmarkBasis).toBe('period-target');
    expect(fiveMonths.benchmarkMonthScale).toEqual({ dataMonths: 5, periodMonths: 6 });
    expect(fiveMonths.status).toBe('on-track');
  });

  it('只有序时目标、没有全年目标时，实际与序时目标直接比较', () => {
    const result = one({ name: '阶段任务', periodTarget: 10, actual: 11, kind: 'quantitative' });
    expect(result.completionRate).toBeNull();
    expect(result.status).toBe('on-track');
    expect(one({ name: '阶段任务', periodTarget: 10, actual: 9, kind: 'quantitative' }).status).toBe('behind');
  });

  it('没有实际数为无数据；有实际数但没有可用目标也为无数据，不算出完成率', () => {
    expect(one({ name: '指标', target: 100, kind: 'quantitative' }).status).toBe('no-data');
    const noTarget = one({ name: '指标', actual: 5, kind: 'quantitative' });
    expect(noTarget.status).toBe('no-data');
    expect(noTarget.completionRate).toBeNull();
    expect(one({ name: '指标', target: 0, actual: 5 }).completionRate).toBeNull();
  });
});

describe('逆向指标（越小越好）：完成率＝2－实际÷目标，最低0', () => {
  it.each<[number, number, Status]>([
    [1, 2 - 1 / 3, 'exceeded'],
    [3, 1, 'completed'],
    [3.6, 0.8, 'behind'],
    [6, 0, 'behind'],
    [9, 0, 'behind'],
  ])('审批时限目标3天、实际%s天：完成率%s，%s', (actual, rate, status) => {
    const result = one({ name: '审批时限', target: 3, actual, direction: 'lower' });
    expect(result.completionRate).toBeCloseTo(rate, 12);
    expect(result.status).toBe(status);
  });

  it('限额全年都须守住：序时进度按100%计，半年时用满限额也不算超前', () => {
    const result = one({ name: '安全事故', target: 4, actual: 4, direction: 'lower' });
    expect(result.benchmark).toBe(1);
    expect(result.benchmarkBasis).toBe('limit');
    expect(result.progressGap).toBe(0);
  });

  it('目标为0（零事故）：实际为0即100%已完成，否则0%滞后', () => {
    expect(one({ name: '安全事故', target: 0, actual: 0, direction: 'lower' })).toMatchObject({ completionRate: 1, status: 'completed' });
    expect(one({ name: '安全事故', target: 0, actual: 1, direction: 'lower' })).toMatchObject({ completionRate: 0, status: 'behind' });
  });

  it('实际为0时完成率有限（200%），不像“目标÷实际”那样无穷大', () => {
    expect(one({ name: '信访件数', target: 5, actual: 0, direction: 'lower' }).completionRate).toBe(2);
  });
});

describe('同比增幅', () => {
  it('（实际－上年同期）÷上年同期：39.9比30.44增长31.08%', () => {
    expect(one({ name: '固定资产投资', target: 90, actual: 39.9, lastYear: 30.44 }).growthRate).toBeCloseTo(0.3108, 4);
  });

  it('比上年少为负数（下降）', () => {
    expect(one({ name: '指标', target: 90, actual: 80, lastYear: 100 }).growthRate).toBeCloseTo(-0.2, 12);
  });

  it('上年同期为0或负数时不计算；表内自填增幅时取自填数', () => {
    expect(one({ name: '指标', target: 10, actual: 5, lastYear: 0 }).growthRate).toBeNull();
    expect(one({ name: '指标', target: 10, actual: 5, lastYear: -3 }).growthRate).toBeNull();
    expect(one({ name: '指标', target: 10, actual: 5, growth: 0.45 }).growthRate).toBe(0.45);
  });
});

describe('定性指标按完成情况说明判断', () => {
  it.each<[string | undefined, Status]>([
    ['已完成', 'completed'],
    ['本单位党员干部无违法违纪现象', 'completed'],
    // Praise is not a statement that the task is done: the judgement asks a person (issue 12).
    ['经验在人民网上发表交流，得到领导一致好评', 'unclear'],
    ['没有完成，材料未报齐', 'behind'],
    ['问题整改未落实到位', 'behind'],
    ['平台已正式上线运行', 'completed'],
    ['按要求做好相关工作', 'unclear'],
    ['申报工作正在有序推进，有望今年批复', 'in-progress'],
    ['已完成下达投资计划的项目3个，正在建设项目7个', 'in-progress'],
    ['市级龙头企业认定工作将于下半年开展', 'in-progress'],
    ['召开专题会议研究', 'in-progress'],
    ['—', 'not-reported'],
    [undefined, 'not-reported'],
  ])('“%s” → %s', (progress, status) => {
    expect(one({ name: '定性指标', progress, kind: 'qualitative' }).status).toBe(status);
  });

  it('实际完成列写明“已完成”时以它为准，说明里的“进行中期评估”不改判', () => {
    const spec = { name: '“十一五”规划中期评估', actualText: '已完成', progress: '对“十一五”规划进行中期评估，现已提交县人大常委会审议', kind: 'qualitative' as const };
    expect(one(spec).status).toBe('completed');
    expect(one({ ...spec, actualText: '推进中' }).status).toBe('in-progress');
  });

  it('实际完成列没有判断时才看完成情况说明', () => {
    expect(one({ name: '定性', actualText: '见说明', progress: '申报工作正在推进', kind: 'qualitative' }).status).toBe('in-progress');
  });

  it('实际完成列写“√”也算完成', () => {
    expect(one({ name: '定性指标', actualText: '√', kind: 'qualitative' }).status).toBe('completed');
  });

  it('定性指标不给完成率、序时进度和增幅', () => {
    expect(one({ name: '定性指标', progress: '已完成', kind: 'qualitative' })).toMatchObject({ completionRate: null, progressGap: null, growthRate: null, benchmark: null });
  });
});

describe('待核实', () => {
  const built = buildTable([
    { name: '固定资产投资', target: 90, actual: 39.9, weight: 10, department: '投资科' },
    { name: '项目档案', target: 150, actual: 83, weight: 5, department: '投资科' },
  ]);
  const error = (row: number): Issue => ({ severity: 'error', code: 'target-not-number', cell: { sheet: '目标分解表', row, col: 4 }, indicatorRow: row, params: {} });

  it('本行有错误的指标为待核实，所有测算数为空，不给出可能错的数', () => {
    const results = compute(built.table, [error(built.rowOf('项目档案'))]);
    expect(byName(results, built, '项目档案')).toEqual(
      expect.objectContaining({ status: 'pending', completionRate: null, progressGap: null, growthRate: null, score: null }),
    );
    expect(byName(results, built, '固定资产投资').status).toBe('behind');
  });

  it('警告不使指标待核实', () => {
    const warning: Issue = { ...error(built.rowOf('项目档案')), severity: 'warning' };
    expect(byName(compute(built.table, [warning]), built, '项目档案').status).not.toBe('pending');
  });

  it('待核实指标的分值仍计入应得分，得分不计入实得分', () => {
    const results = compute(built.table, [error(built.rowOf('项目档案'))]);
    expect(results.totals.scoreAvailable).toBe(15);
    expect(results.totals.pending).toBe(1);
    expect(results.totals.scoreEarned).toBeCloseTo(10 * (39.9 / 90 / 0.5), 12);
  });
});

describe('得分规则', () => {
  it('默认按比例：分值×完成率÷序时进度，最高满分', () => {
    expect(one({ name: '指标', target: 100, actual: 50, weight: 10 }).score).toBeCloseTo(10, 12);
    expect(one({ name: '指标', target: 100, actual: 25, weight: 10 }).score).toBeCloseTo(5, 12);
    expect(one({ name: '指标', target: 100, actual: 90, weight: 10 }).score).toBe(10);
  });

  it('上限可配置：cap 1.2 时超额部分最多多得20%', () => {
    const { table } = buildTable([{ name: '指标', target: 100, actual: 90, weight: 10 }]);
    const result = compute(table, [], { scoreRule: { kind: 'proportional', cap: 1.2 } }).indicators[0];
    expect(result.score).toBeCloseTo(12, 12);
  });

  it('全有或全无：达到序时进度即得满分，滞后不得分', () => {
    const { table } = buildTable([
      { name: '达标', target: 100, actual: 55, weight: 10 },
      { name: '滞后', target: 100, actual: 45, weight: 10 },
    ]);
    const results = compute(table, [], { scoreRule: { kind: 'all-or-nothing' } });
    expect(results.indicators.map((result) => result.score)).toEqual([10, 0]);
  });

  it('定性指标：已完成满分，推进中默认一半（可配置），未填报不得分', () => {
    const { table } = buildTable([
      { name: '完成', progress: '已完成', weight: 4, kind: 'qualitative' },
      { name: '推进', progress: '正在推进', weight: 4, kind: 'qualitative' },
      { name: '未报', weight: 4, kind: 'qualitative' },
    ]);
    expect(compute(table, []).indicators.map((result) => result.score)).toEqual([4, 2, 0]);
    const quarter = compute(table, [], { scoreRule: { kind: 'proportional', cap: 1, inProgressShare: 0.25 } });
    expect(quarter.indicators.map((result) => result.score)).toEqual([4, 1, 0]);
  });

  it('没有分值的指标得分为空，无数据得0分', () => {
    expect(one({ name: '指标', target: 100, actual: 50 }).score).toBeNull();
    expect(one({ name: '指标', target: 100, weight: 5, kind: 'quantitative' }).score).toBe(0);
  });

  it('逆向指标超额完成也不超过满分', () => {
    expect(one({ name: '审批时限', target: 3, actual: 1, direction: 'lower', weight: 5 }).score).toBe(5);
  });
});

describe('汇总', () => {
  const built = buildTable(guannanLines());
  const results = compute(built.table, []);

  it('按目标类别，依表内顺序，每类各项之和等于指标数', () => {
    expect(results.byGroup.map((rollup) => rollup.key)).toEqual(['勤政目标', '优政目标', '廉政目标']);
    for (const rollup of [...results.byGroup, ...results.byDepartment, results.totals]) {
      expect(rollup.completed + rollup.onTrack + rollup.behind + (rollup.inProgress ?? 0) + rollup.noData + (rollup.pending ?? 0) + (rollup.unclear ?? 0)).toBe(rollup.total);
    }
    expect(results.totals.total).toBe(built.table.indicators.length);
  });

  it('按责任科室计数：投资科3项', () => {
    const investment = results.byDepartment.find((rollup) => rollup.key === '投资科');
    expect(investment?.total).toBe(3);
  });

  it('灌南样例的状态与汇报一致：固定资产投资按1—5月达到序时进度，审批时限超额完成，廉政无违纪已完成', () => {
    expect(byName(results, built, '全社会固定资产投资').status).toBe('on-track');
    expect(byName(results, built, '项目核准审批时限').status).toBe('exceeded');
    expect(byName(results, built, '党风廉政建设').status).toBe('completed');
    expect(byName(results, built, '信访稳定').status).toBe('not-reported');
    expect(byName(results, built, '新增市级农业龙头企业').status).toBe('behind');
    expect(byName(results, built, '争取无偿资金').growthRate).toBeCloseTo(0.45, 4);
  });

  it('应得分为各项分值之和，实得分为各项得分之和', () => {
    const weights = built.table.indicators.reduce((sum, indicator) => sum + (indicator.weight?.value ?? 0), 0);
    const scores = results.indicators.reduce((sum, result) => sum + (result.score ?? 0), 0);
    expect(results.totals.scoreAvailable).toBe(weights);
    expect(results.totals.scoreEarned).toBeCloseTo(scores, 12);
    expect(results.totals.scoreEarned).toBeLessThanOrEqual(weights);
  });

  it('没有分组、没有责任科室的指标归入“（未分组）”“（未填责任科室）”', () => {
    const { table } = buildTable([{ name: '孤立指标', target: 1, actual: 1 }]);
    const loose = compute(table, []);
    expect(loose.byGroup[0].key).toBe('（未分组）');
    expect(loose.byDepartment[0].key).toBe('（未填责任科室）');
  });
});
