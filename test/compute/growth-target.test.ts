import { compute } from '../../src/core/compute';
import type { IndicatorResult } from '../../src/core/model';
import { buildTable, type Spec } from './measure-table';

/**
 * A % target that is a change over last year (named 增长/增速/同比, or stated as one by the table: targetGrowth) is a
 * growth rate. Two growth rates are compared — the gap in points decides — and never divided: 25.6% against a target of
 * 9.5% is 16.1 points above it, not 269.5% of it. Levels in % (合格率, 覆盖率) keep their completion rate.
 */
function one(spec: Spec, expectedProgress = 1, targetGrowth?: number): IndicatorResult {
  const { table } = buildTable([spec], { period: { expectedProgress, fromMonth: 1, toMonth: expectedProgress === 1 ? 12 : 6 } });
  const indicators = targetGrowth === undefined ? table.indicators : table.indicators.map((i) => ({ ...i, targetGrowth: i.target && { ...i.target, value: targetGrowth, derived: true } }));
  return compute({ ...table, indicators }, []).indicators[0];
}

describe('增长率对增长目标：比高低，不相除', () => {
  it('全年：规上工业产值增速 7.2% 对目标 6%：超额完成，没有完成率，依据写高出几个百分点', () => {
    const result = one({ name: '规上工业产值增速', unit: '%', target: 6, actual: 7.2, weight: 10 });
    expect(result.completionRate).toBeNull();
    expect(result.status).toBe('exceeded');
    expect(result.evidence).toContain('高出目标1.2个百分点');
    expect(result.score).toBe(10);
  });

  it('全年：同比增长 -1.5% 对目标 4%：滞后，不得分', () => {
    const result = one({ name: '旅游收入同比增长', unit: '%', target: 4, actual: -1.5, weight: 10 });
    expect(result.completionRate).toBeNull();
    expect(result.status).toBe('behind');
    expect(result.score).toBe(0);
  });

  it('名称不说增长，表里把目标写成增速（targetGrowth 与目标同数）：同样比高低', () => {
    const result = one({ name: '商品房销售面积', unit: '%', target: 9.5, actual: 25.6 }, 1, 0.095);
    expect(result.completionRate).toBeNull();
    expect(result.status).toBe('exceeded');
  });

  it('目标“持平”（增长0%）：全年 -0.3% 是滞后；年中即使增长 1% 也不算完成', () => {
    expect(one({ name: '农产品产量增长', unit: '%', target: 0, actual: -0.3 }).status).toBe('behind');
    expect(['completed', 'exceeded']).not.toContain(one({ name: '农产品产量增长', unit: '%', target: 0, actual: 1 }, 0.5).status);
  });

  it('不变：年中的增长仍只是达到或落后于目标，不算完成', () => {
    expect(one({ name: '财政收入增长', unit: '%', target: 8, actual: 9 }, 0.5).status).toBe('on-track');
  });

  it('不变：百分数的水平（合格率 96% 对 95%）照算完成率', () => {
    const result = one({ name: '工程验收合格率', unit: '%', target: 95, actual: 96 });
    expect(result.completionRate).toBeCloseTo(96 / 95, 6);
    expect(result.status).toBe('exceeded');
  });

  it('不变：名称说增长但单位不是%（新增就业人数增长到 1200 人）照算完成率', () => {
    expect(one({ name: '城镇新增就业增长', unit: '人', target: 1000, actual: 1200 }).completionRate).toBeCloseTo(1.2, 6);
  });
});
