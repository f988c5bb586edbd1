import { compute } from '../../src/core/compute';
import type { ReportBlock, ReportDoc } from '../../src/core/model';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { recognize } from '../../src/core/recognize';
import { validate } from '../../src/core/validate';
import { workbookOf, type SheetSpec } from '../recognize/build-snapshot';
import { halfYear, TableBuilder } from './table-builder';

function blockText(block: ReportBlock): string {
  return (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs);
}

function opening(doc: ReportDoc): string {
  return blockText(doc.blocks[0]);
}

function closing(doc: ReportDoc): string {
  return blockText(doc.blocks[doc.blocks.length - 1]);
}

/** The counts the opening states after 截至…，: they must add up to the number of indicators. */
function statedCounts(text: string): number {
  const counts = text.slice(text.indexOf('截至')).match(/(\d+)项/g) ?? [];
  return counts.map((count) => Number.parseInt(count, 10)).reduce((sum, count) => sum + count, 0);
}

/** A bureau's table where a third of the tasks are not done, judged by the real judgement and compute. */
function thirdNotDone(): TableBuilder {
  return new TableBuilder(halfYear(2023), '某县住房和城乡建设局')
    .section(1, '一、', '重点工作')
    .qualitative({ name: '年度工作方案', progressText: '已印发实施' })
    .qualitative({ name: '智慧工地平台', progressText: '平台已正式上线运行' })
    .qualitative({ name: '背街小巷改造', progressText: '已全部完工，通过验收' })
    .qualitative({ name: '保障房申报', progressText: '没有完成，材料未报齐' })
    .qualitative({ name: '安全隐患整改', progressText: '问题整改未落实到位' })
    .quantitative({ name: '新开工保障性住房', unit: '套', target: 1000, actual: 300 })
    .qualitative({ name: '燃气管网改造', progressText: '方案已完成，正在报批' })
    .qualitative({ name: '物业管理提升', progressText: '按要求做好相关工作' })
    .quantitative({ name: '棚户区改造', unit: '户', target: 100, actual: 60 });
}

describe('汇报稿跟着数据走：三分之一的任务没有完成', () => {
  const builder = thirdNotDone();
  const table = builder.table();
  const results = compute(table, []);
  const doc = narrate(table, results);

  it('判断结果本身：3项完成、3项滞后、1项推进、1项达序时、1项需人工确认', () => {
    expect(results.indicators.map((result) => result.status)).toEqual(['completed', 'completed', 'completed', 'behind', 'behind', 'behind', 'in-progress', 'unclear', 'on-track']);
  });

  it('开头段各项数之和等于指标总数，每类数等于状态数', () => {
    const text = opening(doc);
    expect(text).toContain('共确定绩效指标9项');
    expect(text).toContain('已完成或超额完成3项');
    expect(text).toContain('达到或超过序时进度1项');
    expect(text).toContain('正在有序推进1项');
    expect(text).toContain('滞后于序时进度3项');
    expect(text).toContain('1项完成情况需人工确认');
    expect(statedCounts(text)).toBe(9);
  });

  it('不说“总体进展顺利”“各项指标均达到或超过序时进度”“完成或超额完成了各项工作任务”', () => {
    const all = doc.blocks.map(blockText).join('\n');
    expect(all).not.toContain('总体进展顺利');
    expect(all).not.toContain('均达到或超过序时进度');
    expect(all).not.toMatch(/完成或超额完成了各项/);
    expect(closing(doc)).toContain('推进不平衡');
  });

  it('结尾段点名滞后的3项和需人工确认的1项', () => {
    const text = closing(doc);
    expect(text).toContain('“保障房申报”、“安全隐患整改”、“新开工保障性住房”等3项指标滞后于序时进度');
    expect(text).toContain('“物业管理提升”指标的完成情况从填报的内容还不能确定是否已完成，【待确认：是否已完成】');
    expect(text).toContain('9项指标中已完成或超额完成3项、达到或超过序时进度1项');
  });

  it('需人工确认的一项照录原话，并标出待确认', () => {
    const item = doc.blocks.map(blockText).find((text) => text.includes('按要求做好相关工作')) ?? '';
    expect(item).toContain('【待确认：是否已完成】');
    expect(item).not.toContain('已按要求完成');
  });
});

describe('全部完成或达到序时时才说“总体进展顺利”', () => {
  const builder = new TableBuilder(halfYear(2023), '某县住房和城乡建设局')
    .section(1, '一、', '重点工作')
    .qualitative({ name: '年度工作方案', progressText: '已印发实施' })
    .quantitative({ name: '棚户区改造', unit: '户', target: 100, actual: 60 });
  const table = builder.table();
  const doc = narrate(table, compute(table, []));

  it('结尾段：总体进展顺利，各项指标均达到或超过序时进度', () => {
    expect(closing(doc)).toContain('总体进展顺利');
    expect(closing(doc)).toContain('各项指标均达到或超过序时进度');
  });
});

/** A district-wide list of 民生实事-like tasks, as a government office publishes it. */
function districtList(): SheetSpec {
  return {
    name: 'Sheet1',
    merges: [],
    formats: {},
    rows: [
      ['2023年《政府工作报告》重点任务分解表'],
      ['序号', '重点任务', '牵头单位', '完成时限', '完成情况'],
      [1, '新建城区幼儿园2所', '区教育局', '2023年12月底', '已建成1所，另1所正在施工'],
      [2, '改造老旧小区10个', '区住建局', '2023年12月底', '已全部完工'],
      [3, '新增停车泊位500个', '区城管局', '2023年6月底', '没有完成，选址未落实'],
      [4, '建设社区养老服务站3个', '区民政局', '2023年12月底', '按要求做好相关工作'],
    ],
  };
}

describe('全区性的任务清单不写成一个局的自述', () => {
  const workbook = workbookOf('2023年重点任务', [districtList()]);
  const result = recognize(workbook);
  const table = result.table;

  it('不把《政府当成发文单位', () => {
    expect(table).not.toBeNull();
    // The title names no department; the old reading took 《政府 from 《政府工作报告》.
    expect(table?.unitName).toBeNull();
  });

  it('用“全区/各责任单位”的口吻，不用我委、全委、我局', () => {
    if (table === null) throw new Error('the list was not recognised');
    const results = compute(table, validate(table, workbook));
    const doc = narrate(table, results);
    const text = [opening(doc), closing(doc)].join('\n');
    expect(text).not.toMatch(/我委|全委|我局|全局|我单位/);
    expect(text).toContain('各责任单位');
    expect(statedCounts(opening(doc))).toBe(table.indicators.length);
  });

  it('标题写明“XX区”的民生实事表：全区紧紧围绕…，在区委、区政府的领导下', () => {
    const sheet = districtList();
    const titled: SheetSpec = { ...sheet, rows: [['某某区2023年民生实事项目推进情况表'], ...sheet.rows.slice(1)] };
    const titledBook = workbookOf('民生实事', [titled]);
    const list = recognize(titledBook).table;
    if (list === null) throw new Error('the list was not recognised');
    const doc = narrate(list, compute(list, validate(list, titledBook)));
    expect(opening(doc)).toMatch(/^今年以来，在区委、区政府的正确领导下，全区紧紧围绕/);
    expect(closing(doc)).toContain('全区将在区委、区政府的领导下');
    expect([opening(doc), closing(doc)].join('\n')).not.toMatch(/我委|全委|我局|全局|我单位/);
  });
});
