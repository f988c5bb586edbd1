import { build, indicator, soundRow, totalRow } from '../table-builder';
import { findings } from '../found';

const three = (a: number, b: number, c: number) => [
  indicator(soundRow({ name: '固定资产投资', weight: a })),
  indicator(soundRow({ name: '项目督查', weight: b })),
  indicator(soundRow({ name: '争取资金', weight: c })),
];

describe('weight-total-mismatch 分值合计与表中合计不符', () => {
  it('合计行写 100，各项加起来 95 时报错并指向合计单元格', () => {
    const built = build([...three(40, 30, 25), totalRow(100)]);
    const [found] = findings(built, 'weight-total-mismatch');
    expect(found.cell).toBe('考核指标!L6');
    expect(found.issue.severity).toBe('error');
    expect(found.message).toBe('各指标分值合计为 95，与表中写明的合计 100 不符（相差 5）。');
  });

  it('合计与各项之和相符时不报（小数分值也不因浮点误差误报）', () => {
    expect(findings(build([...three(0.1, 0.2, 0.7), totalRow(1)]), 'weight-total-mismatch')).toEqual([]);
    expect(findings(build([...three(40, 30, 30), totalRow(100)]), 'weight-total-mismatch')).toEqual([]);
  });

  it('合计写明满分 1000 且各项相符时，不再要求凑够 100', () => {
    expect(findings(build([...three(400, 300, 300), totalRow(1000)]), 'weight-not-100')).toEqual([]);
  });
});

describe('weight-not-100 分值合计不是 100', () => {
  it('没有合计行、各项加起来 90 时提醒', () => {
    const built = build(three(40, 30, 20));
    const [found] = findings(built, 'weight-not-100');
    expect(found.cell).toBe('考核指标!L2');
    expect(found.message).toBe('3 个指标的分值合计为 90，不是 100。');
  });

  it('合计为 100 时不报；没有分值时也不报', () => {
    expect(findings(build(three(40, 30, 30)), 'weight-not-100')).toEqual([]);
    expect(findings(build([indicator(soundRow({ weight: null }))]), 'weight-not-100')).toEqual([]);
  });
});
