import { issueSuggestion } from '../../src/core/i18n';
import { recognize } from '../../src/core/recognize';
import { validate } from '../../src/core/validate';
import { workbookOf } from '../recognize/build-snapshot';

/**
 * A figure with no target: the advice says where the target goes. With a target column, its cell on that row; with
 * none (a 公示表 of two hospitals' figures, real-frozen-17/172), the row's cell is the actual's — “在 Sheet1!C3 填写目标值”
 * told staff to type the target over 506970. Made-up tables.
 */
function advice(rows: (string | number)[][], code: string, locale: 'zh-CN' | 'en-US' = 'zh-CN'): string[] {
  const workbook = workbookOf('表', [{ name: 'Sheet1', rows }]);
  const table = recognize(workbook).table!;
  return validate(table, workbook).filter((issue) => issue.code === code).map((issue) => issueSuggestion(issue, locale));
}

describe('没有目标值时，建议写明目标值应填在哪里', () => {
  const noTargetColumn = [
    ['2023年1-12月某县属学校基本情况公示表'],
    ['类别', '指标', '第一中学', '第二中学'],
    ['规模', '在校学生人数', 2400, 1800],
    ['', '教职工人数', 180, 150],
    ['质量', '本科上线人数', 900, 610],
  ];

  it('表中没有目标列：不叫人把目标填进完成值的格子，而是说增加目标列、在第几行填', () => {
    const fixes = advice(noTargetColumn, 'actual-without-target');
    expect(fixes.length).toBeGreaterThan(0);
    for (const fix of fixes) {
      expect(fix).not.toMatch(/在 Sheet1!C\d+ 填写/);
      expect(fix).toMatch(/表中没有目标值列.*增加“全年目标”列.*在第 \d+ 行填写目标值/);
    }
    expect(advice(noTargetColumn, 'actual-without-target', 'en-US')[0]).toMatch(/no target column/);
  });

  it('不应变：有目标列、只是该行没填的，仍指向目标列的格子', () => {
    const fixes = advice([
      ['2024年某局绩效目标完成情况'],
      ['序号', '指标名称', '单位', '全年目标', '完成值'],
      [1, '新增市场主体', '户', 500, 320],
      [2, '培训个体工商户', '人次', '', 260],
    ], 'actual-without-target');
    expect(fixes).toEqual(['在 Sheet1!D4 填写目标值。']);
  });
});
