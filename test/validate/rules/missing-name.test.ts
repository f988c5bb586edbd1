import { build, indicator, section, soundRow, strayRow, totalRow } from '../table-builder';
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

  it('表内有数字却没有名称、也没被识别为指标的行同样报错', () => {
    const built = build([indicator(soundRow({ weight: 50 })), strayRow({ target: 12, actual: 5 }), indicator(soundRow({ name: '项目督查', weight: 50 }))]);
    const found = findings(built, 'missing-name');
    expect(found.map((item) => item.cell)).toEqual(['考核指标!B4']);
    expect(found[0].issue.indicatorRow).toBe(4);
  });

  it('名称齐全、合计行和分组行都不报', () => {
    const built = build([section('勤政目标'), indicator(soundRow({ weight: 100 })), totalRow(100)]);
    expect(findings(built, 'missing-name')).toEqual([]);
  });

  it('名称在合并单元格里（子项跟在主项下）不算缺少', () => {
    const built = build([indicator(soundRow({ weight: 50 })), strayRow({ target: 10, actual: 4 })], {
      merges: [{ top: 3, left: 2, bottom: 4, right: 2 }],
    });
    expect(findings(built, 'missing-name')).toEqual([]);
  });

  it('表格最后一个指标之后的注释行不算', () => {
    const built = build([indicator(soundRow()), strayRow({ target: 2009 })]);
    expect(findings(built, 'missing-name')).toEqual([]);
  });
});
