import { compute } from '../../src/core/compute';
import type { ReportBlock } from '../../src/core/model';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { recognize } from '../../src/core/recognize';
import { validate } from '../../src/core/validate';
import { workbookOf } from '../recognize/build-snapshot';
import { halfYear, TableBuilder } from './table-builder';

/**
 * A task whose name already states its goal (力争实施技改项目400个, 新增家政服务人员350人, 削减存量违建至30%) is
 * followed in the draft by what was done, not by the goal again ("全年目标400个", "占全年目标任务350人的"); with no goal
 * to state and the name as the lead, the staff's words lead (never "本项，…"); and a row held to a status the sheet
 * states (是否达序 “是”) is not called "完成情况尚未填报". Made-up rows; goals that are not in the name still read.
 */
function lineText(block: ReportBlock): string {
  return (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs);
}

function countOf(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('名称里已写明目标的任务，汇报稿不再重复目标数', () => {
  function fromWorkbook(rows: (string | number)[][]): string[] {
    const workbook = workbookOf('进展', [{ name: 'Sheet1', rows }]);
    const table = recognize(workbook).table!;
    return narrate(table, compute(table, validate(table, workbook))).blocks.map(lineText);
  }
  const lines = fromWorkbook([
    ['2024年上半年重点工作落实情况'],
    ['序号', '重点工作', '牵头责任单位', '上半年落实情况'],
    [1, '力争新建农村公益性公墓12个。', '县民政局', '1-6月,全县已选址18处,完成土地预审9处。'],
    [2, '新增城镇就业3000人。', '县人社局', '截至6月底,全县新增城镇就业1680人。'],
    [3, '围绕茶叶产业,力争综合产值增长9%以上。', '县农业农村局', '1-6月,茶产业综合产值12.5亿元,同比增长11%。'],
    [4, '完成农村改厕1200户。', '县卫健委', ''],
  ]);

  it('“力争新建农村公益性公墓12个”之后直接是员工的话，不再写“全年目标12个”', () => {
    const graves = lines.find((line) => line.includes('公墓'))!;
    expect(countOf(graves, '12个')).toBe(1);
    expect(graves).toContain('1—6月，全县已选址18处');
  });

  it('没有目标数可写时不以“本项，”开头', () => {
    expect(lines.join('\n')).not.toContain('本项');
    expect(lines.find((line) => line.includes('茶产业'))).toMatch(/9%以上。1—6月，茶产业/);
  });

  it('算出的完成比例照写（名称已写目标，写作“完成全年目标的…”），未填报的照旧写“完成情况尚未填报”', () => {
    expect(lines.find((line) => line.includes('城镇就业'))).toContain('完成全年目标的56%');
    expect(lines.find((line) => line.includes('改厕'))).toContain('完成情况尚未填报');
  });
});

describe('名称里已有目标数，完成比例不写成“占全年目标任务N的”', () => {
  const builder = new TableBuilder({ ...halfYear(2024), toMonth: 9, expectedProgress: 0.75, label: '1—9月' }, '某县民生办')
    .section(1, '一、', '就业与家政')
    .quantitative({ name: '城镇新增就业2450人', unit: '人', target: 2450, actual: 2712 })
    .quantitative({ name: '培训家政服务人员1100人次', unit: '人次', target: 1100, actual: 900 })
    .quantitative({ name: '新增家政服务人员350人', unit: '人', target: 350, actual: 300 })
    .quantitative({ name: '新建充电桩500个', unit: '个', target: 500, actual: 420 })
    .section(1, '二、', '目标不在名称里的')
    .quantitative({ name: '城镇新增就业', unit: '人', target: 2450, actual: 2712 })
    .quantitative({ name: '培训家政服务人员', unit: '人次', target: 1100, actual: 900 })
    .quantitative({ name: '新增家政服务人员', unit: '人', target: 350, actual: 300 })
    .quantitative({ name: '新建充电桩', unit: '个', target: 500, actual: 420 });
  const table = builder.table();
  const lines = narrate(table, builder.results()).blocks.map(lineText);

  it('每一项的目标数只出现一次（在名称里）', () => {
    for (const [name, goal] of [['城镇新增就业2450人', '2450人'], ['培训家政服务人员1100人次', '1100人次'], ['新增家政服务人员350人', '350人'], ['新建充电桩500个', '500个']]) {
      const line = lines.find((text) => text.includes(name))!;
      expect(countOf(line, goal)).toBe(1);
    }
  });

  it('不应变：名称里没有目标数的，仍可写出目标（“占全年目标任务…的”或“完成全年目标…的”）', () => {
    const plainNames = lines.filter((text) => /（[一二三四]）(城镇新增就业|培训家政服务人员|新增家政服务人员|新建充电桩)：/.test(text));
    expect(plainNames).toHaveLength(4);
    expect(plainNames.some((text) => /占全年目标任务\d+|完成全年目标\d+/.test(text))).toBe(true);
  });
});

describe('表中只写了“是否达序”的行，不说“完成情况尚未填报”', () => {
  const builder = new TableBuilder({ ...halfYear(2024), toMonth: 8, expectedProgress: 8 / 12, label: '1—8月' }, '某区市场监管局')
    .section(1, '一、', '食品与特种设备安全')
    .quantitative({ name: '抽检食品2000批次', unit: '批次', target: 2000, status: 'in-progress' })
    .quantitative({ name: '老旧电梯改造', unit: '台', target: 60, status: 'behind' })
    .quantitative({ name: '新建智慧食堂', unit: '个', target: 30 });
  const table = builder.table();
  const lines = narrate(table, builder.results()).blocks.map(lineText);

  it('推进中的一行写“正在有序推进”，滞后的一行写“进度滞后”并留出原因', () => {
    const food = lines.find((line) => line.includes('抽检食品'))!;
    expect(food).toContain('正在有序推进');
    expect(food).not.toContain('尚未填报');
    expect(countOf(food, '2000批次')).toBe(1);
    const lifts = lines.find((line) => line.includes('老旧电梯'))!;
    expect(lifts).toContain('全年目标60台');
    expect(lifts).toContain('进度滞后');
    expect(lifts).toContain('【待补充：滞后原因及下一步措施】');
    expect(lifts).not.toContain('尚未填报');
  });

  it('不应变：真没填的一行仍写“完成情况尚未填报”', () => {
    expect(lines.find((line) => line.includes('智慧食堂'))).toContain('全年目标30个，完成情况尚未填报');
  });
});
