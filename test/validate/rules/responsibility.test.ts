import { build, indicator, soundRow } from '../table-builder';
import { findings } from '../found';

describe('missing-department / missing-owner 缺少责任科室或责任人', () => {
  it('责任科室为空时提醒', () => {
    const built = build([indicator(soundRow({ department: '' }))]);
    const [found] = findings(built, 'missing-department');
    expect(found.cell).toBe(built.ref('固定资产投资', 'department'));
    expect(found.issue.severity).toBe('warning');
    expect(found.message).toBe('“固定资产投资”没有填写责任科室。');
  });

  it('责任人为空时提醒', () => {
    const built = build([indicator(soundRow({ owner: null }))]);
    expect(findings(built, 'missing-owner').map((item) => item.cell)).toEqual([built.ref('固定资产投资', 'owner')]);
  });

  it('责任科室合并在上一行的单元格里时不报', () => {
    const built = build([indicator(soundRow({ weight: 50 })), indicator(soundRow({ name: '项目督查', department: null, owner: null, weight: 50 }))], {
      merges: [
        { top: 3, left: 10, bottom: 4, right: 10 },
        { top: 3, left: 11, bottom: 4, right: 11 },
      ],
    });
    expect(findings(built, 'missing-department')).toEqual([]);
    expect(findings(built, 'missing-owner')).toEqual([]);
  });

  it('填齐时不报', () => {
    const built = build([indicator(soundRow())]);
    expect(findings(built, 'missing-department')).toEqual([]);
    expect(findings(built, 'missing-owner')).toEqual([]);
  });
});

describe('no-department-column / no-owner-column 表中没有责任列', () => {
  it('没有责任科室列、责任人列时各提示一次，而不是每行一条', () => {
    const built = build([indicator(soundRow({ weight: 50 })), indicator(soundRow({ name: '项目督查', weight: 50 }))], { without: ['department', 'owner'] });
    expect(findings(built, 'no-department-column')).toHaveLength(1);
    expect(findings(built, 'no-owner-column')).toHaveLength(1);
    expect(findings(built, 'missing-department')).toEqual([]);
    expect(findings(built, 'no-department-column')[0].issue.severity).toBe('info');
  });

  it('有这两列时不提示', () => {
    const built = build([indicator(soundRow())]);
    expect(findings(built, 'no-department-column')).toEqual([]);
    expect(findings(built, 'no-owner-column')).toEqual([]);
  });
});
