import { issueMessage, issueSuggestion } from '../../../src/core/i18n';
import { build, indicator } from '../table-builder';
import { findings } from '../found';

describe('judgement-unclear / judgement-contradicts：看不出是否完成时，校验结果点出单元格', () => {
  it('说明只写“按要求做好相关工作”：提示需人工确认，指向说明单元格，中英文都有', () => {
    const built = build([indicator({ name: '机关效能建设', kind: 'qualitative', progressText: '按要求做好相关工作' })]);
    const [found] = findings(built, 'judgement-unclear');
    expect(found.cell).toBe(built.ref('机关效能建设', 'progressText'));
    expect(found.issue.severity).toBe('warning');
    expect(found.message).toBe('“机关效能建设”的完成情况“按要求做好相关工作”看不出是否已完成，状态记为“需人工确认”。');
    expect(found.fix).toContain(built.ref('机关效能建设', 'progressText'));
    expect(issueMessage(found.issue, 'en-US')).toContain('Needs review');
    expect(issueSuggestion(found.issue, 'en-US')).toContain(built.ref('机关效能建设', 'progressText'));
  });

  it('完成值写“已完成”、说明写“尚未完成”：指出矛盾，指向完成值单元格', () => {
    const built = build([indicator({ name: '档案整理', kind: 'qualitative', actual: '已完成', progressText: '档案整理尚未完成' })]);
    const [found] = findings(built, 'judgement-contradicts');
    expect(found.cell).toBe(built.ref('档案整理', 'actual'));
    expect(found.message).toContain('两者矛盾');
  });

  it('说得清的不报：已印发、正在推进、未完成、什么都没写（另有 qualitative-no-progress）', () => {
    for (const progressText of ['已印发全县执行', '正在有序推进', '没有完成，材料未报齐', undefined]) {
      const built = build([indicator({ name: '年度计划', kind: 'qualitative', progressText })]);
      expect(findings(built, 'judgement-unclear')).toEqual([]);
    }
  });
});
