import type { ReportBlock } from '../../src/core/model';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { halfYear, TableBuilder } from './table-builder';

/**
 * A table of one task (a hotline's 办结数, a township's one planting task) is common: its opening and closing must
 * not say “1项均尚未填报”, “各项绩效指标”, nor “1项指标中已完成或超额完成1项。各项指标均达到或超过序时进度” beside
 * 总体进展顺利. And after “各项绩效指标” the words do not say 指标 again (…部分指标有进展). Made-up tables; two tasks
 * keep the plural words.
 */
function text(block: ReportBlock): string {
  return (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs);
}

function draft(builder: TableBuilder): string[] {
  return narrate(builder.table(), builder.results()).blocks.map(text);
}

const yearEnd = { ...halfYear(2023), toMonth: 12, expectedProgress: 1, label: '全年' };

describe('只有一项任务的表', () => {
  it('未填报：不说“1项均”“各项任务”', () => {
    const lines = draft(new TableBuilder(yearEnd, '某镇农业服务中心').section(1, '一、', '种植任务').quantitative({ name: '新种油茶', unit: '亩', target: 700 }));
    const all = lines.join('\n');
    expect(all).not.toMatch(/1项均|1项工作均|各项任务/);
    expect(lines[0]).toContain('该项任务尚未填报完成情况');
    expect(lines[lines.length - 1]).toContain('以上工作尚未填报完成情况');
  });

  it('已完成：结尾不重复“1项指标中已完成或超额完成1项”，不说“各项”', () => {
    const lines = draft(new TableBuilder(halfYear(2024), '某市12345热线办').section(1, '一、', '办理情况').quantitative({ name: '按期办结', unit: '件', target: 120, actual: 120 }));
    const closing = lines[lines.length - 1];
    expect(closing).toContain('总体进展顺利');
    expect(closing).not.toMatch(/1项指标中|各项/);
  });
});

describe('不应变：两项以上的表照旧', () => {
  it('未填报的两项：“2项均尚未填报”，“以上2项工作均尚未填报”', () => {
    const lines = draft(new TableBuilder(yearEnd, '某镇农业服务中心').section(1, '一、', '种植任务').quantitative({ name: '新种油茶', unit: '亩', target: 700 }).quantitative({ name: '低改茶园', unit: '亩', target: 300 }));
    expect(lines[0]).toContain('2项均尚未填报完成情况');
    expect(lines[lines.length - 1]).toContain('以上2项工作均尚未填报完成情况');
  });

  it('已完成的两项：“2项指标中已完成或超额完成2项”，“各项指标均达到或超过序时进度”', () => {
    const lines = draft(new TableBuilder(halfYear(2024), '某市12345热线办').section(1, '一、', '办理情况').quantitative({ name: '按期办结', unit: '件', target: 120, actual: 120 }).quantitative({ name: '回访', unit: '件', target: 100, actual: 100 }));
    const closing = lines[lines.length - 1];
    expect(closing).toContain('各项绩效指标总体进展顺利，2项指标中已完成或超额完成2项');
    expect(closing).toContain('各项指标均达到或超过序时进度');
  });
});

describe('多数未填报时的总体评价不重复“指标”', () => {
  it('“各项绩效指标部分有进展，多数完成情况尚待填报或确认”', () => {
    const lines = draft(
      new TableBuilder(halfYear(2024), '某县住建局')
        .section(1, '一、', '重点工作')
        .quantitative({ name: '棚户区改造', unit: '户', target: 100, actual: 60 })
        .quantitative({ name: '新建保障房', unit: '套', target: 200 })
        .quantitative({ name: '老旧小区改造', unit: '个', target: 12 }),
    );
    const closing = lines[lines.length - 1];
    expect(closing).toContain('各项绩效指标部分有进展，多数完成情况尚待填报或确认');
    expect(closing).not.toContain('指标部分指标');
  });
});

describe('全部“需人工确认”时，结尾不说完成情况“尚未掌握”', () => {
  it('“已填报进展情况，是否完成尚待确认”', () => {
    const lines = draft(
      new TableBuilder(halfYear(2023), '某市政府办公室')
        .section(1, '一、', '重点任务')
        .qualitative({ name: '落实第一议题制度', progressText: '召开常务会15次，学习重要讲话精神40项', status: 'unclear' })
        .qualitative({ name: '政务公开', progressText: '按要求做好相关工作', status: 'unclear' }),
    );
    const closing = lines[lines.length - 1];
    expect(closing).toContain('各项绩效指标已填报进展情况，是否完成尚待确认');
    expect(closing).not.toContain('尚未掌握');
  });

  it('不应变：全部待核实的仍说“尚未掌握”', () => {
    const lines = draft(
      new TableBuilder(halfYear(2023), '某市政府办公室')
        .section(1, '一、', '重点任务')
        .quantitative({ name: '新增市场主体', unit: '户', target: 500, actual: 320, status: 'pending' })
        .quantitative({ name: '培训个体工商户', unit: '人次', target: 300, actual: 260, status: 'pending' }),
    );
    expect(lines[lines.length - 1]).toContain('各项绩效指标的完成情况尚未掌握');
  });
});
