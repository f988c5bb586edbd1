import { compute } from '../../src/core/compute';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { recognize } from '../../src/core/recognize';
import { validate } from '../../src/core/validate';
import { workbookOf } from '../recognize/build-snapshot';

/**
 * A cross-table with no line for the whole (units down the side, their cases and closing rates, no 合计): the staff
 * reported by unit, so the draft never says the task 尚未填报 nor drafts the table as a plan; it says the table gives
 * no total and asks for it. Made-up rows; a table whose places do carry no figures stays a plan.
 */
function draftOf(rows: (string | number)[][]): string {
  const workbook = workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]);
  const table = recognize(workbook).table!;
  const doc = narrate(table, compute(table, validate(table, workbook)));
  return doc.blocks.map((block) => (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs)).join('\n');
}

describe('交叉表没有合计行：各单位填了数，就不是“尚未填报”', () => {
  const text = draftOf([
    ['某市2023年5月政务服务热线工单办理情况统计表'],
    ['承办单位', '受理件数', '办结件数', '在办件数'],
    ['东湖区人民政府', 48, 45, 3],
    ['西山县人民政府', 30, 24, 6],
    ['市住建局', 22, 22, 0],
    ['市交通局', 16, 12, 4],
  ]);

  it('不说尚未填报，不当作只列任务的计划表，问合计', () => {
    expect(text).not.toMatch(/尚未填报|只列出/u);
    expect(text).toContain('表中没有合计数');
    expect(text).toContain('【待补充：合计完成情况】');
    expect(text).toContain('东湖区人民政府');
  });
});
