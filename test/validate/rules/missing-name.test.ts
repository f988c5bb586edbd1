import { build, indicator, section, soundRow, totalRow } from '../table-builder';
import { findings } from '../found';

describe('missing-name 缺少指标名称', () => {
  it('指标行名称为空时报错并指向名称单元格', () => {
    const built = build([section('勤政目标'), indicator(soundRow({ name: '   ' }))]);
    const [found] = findings(built, 'missing-name');
    expect(found.cell).toBe('考核指标!B4');
    expect(found.issue.severity).toBe('error');
    expect(found.issue.indicatorRow).toBe(4);
    expect(found.message).toBe('第 4 行填了数据，但没有指标名称。');
    expect(found.fix).toContain('考核指标!B4');
  });

  it('名称只有不可见字符（零宽空格、换行）也算缺少', () => {
    const built = build([indicator(soundRow({ name: '\u200b\n\t' }))]);
    expect(findings(built, 'missing-name')).toHaveLength(1);
  });

  it('名称齐全时不报，合计行和分组行也不报', () => {
    const built = build([section('勤政目标'), indicator(soundRow({ weight: 100 })), totalRow(100)]);
    expect(findings(built, 'missing-name')).toEqual([]);
  });
});
