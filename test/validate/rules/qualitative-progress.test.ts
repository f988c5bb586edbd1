import { build, indicator } from '../table-builder';
import { findings } from '../found';

const base = { name: '机关作风建设', kind: 'qualitative', department: '办公室', owner: '李华' } as const;

describe('qualitative-no-progress 定性指标没有完成情况说明', () => {
  it('完成情况说明为空时提醒，指向说明栏', () => {
    const built = build([indicator(base)]);
    const [found] = findings(built, 'qualitative-no-progress');
    expect(found.cell).toBe(built.ref('机关作风建设', 'progressText'));
    expect(found.issue.severity).toBe('warning');
    expect(found.message).toBe('定性指标“机关作风建设”没有填写完成情况说明。');
  });

  it('有说明、或完成栏写了“已完成”、或说明合并在上一行时都不报', () => {
    expect(findings(build([indicator({ ...base, progressText: '加强机关作风建设，强化执行力' })]), 'qualitative-no-progress')).toEqual([]);
    expect(findings(build([indicator({ ...base, actual: '已完成' })]), 'qualitative-no-progress')).toEqual([]);
    const merged = build([indicator({ ...base, progressText: '两项合并说明' }), indicator({ ...base, name: '专项治理' })], {
      merges: [{ top: 3, left: 14, bottom: 4, right: 14 }],
    });
    expect(findings(merged, 'qualitative-no-progress')).toEqual([]);
  });

  it('定量指标不适用此规则', () => {
    const built = build([indicator({ name: '项目督查', target: 100, actual: 119 })]);
    expect(findings(built, 'qualitative-no-progress')).toEqual([]);
  });
});
