import type { CellValue, MergeArea } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf } from './build-snapshot';

/**
 * A table cut into sections by the leader in charge (某某副县长分管工作), each section followed by the header written
 * again: the line above the first header is the first section, not a second title, and each section's heading names
 * the leader of the rows under it where no column does. Made-up table.
 */

function read(rows: readonly (readonly CellValue[])[], merges: readonly MergeArea[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }]));
  if (recognition.table === null) throw new Error('no table was read');
  return recognition.table;
}

describe('按分管领导分节、每节重复表头的表', () => {
  const table = read([
    ['2024年县政府重点工作上半年推进情况', null, null],
    ['孙明辉县长主抓重点工作', null, null],
    ['序号', '目标任务', '推进情况'],
    [1, '一般公共预算收入增长5%左右。', '1-6月完成一般公共预算收入8.6亿元,增长5.8%。'],
    ['高建华常务副县长分管重点工作', null, null],
    ['序号', '目标任务', '推进情况'],
    [2, '固定资产投资增长7%。', '1-6月固定资产投资增长7.5%。'],
    [3, '新建改建农村公路60公里。', '已完成38公里。'],
  ], [area('A1:C1'), area('A2:C2'), area('A5:C5')]);

  it('表头上面那一行是第一节，不是标题', () => {
    expect(table.title).toBe('2024年县政府重点工作上半年推进情况');
    expect(table.sections.map((s) => [s.row, s.title])).toEqual([[2, '孙明辉县长主抓重点工作'], [5, '高建华常务副县长分管重点工作']]);
    expect(table.indicators.map((i) => i.path)).toEqual([['孙明辉县长主抓重点工作'], ['高建华常务副县长分管重点工作'], ['高建华常务副县长分管重点工作']]);
  });

  it('节标题里的领导是各行的分管领导', () => {
    expect(table.indicators.map((i) => i.leader?.value)).toEqual(['孙明辉', '高建华', '高建华']);
  });

  it('节标题不是“某某领导分管”的，不读领导', () => {
    const plain = read([
      ['序号', '目标任务', '推进情况'],
      ['一、经济发展', null, null],
      [1, '一般公共预算收入增长5%左右。', '完成8.6亿元,增长5.8%。'],
      ['二、县委书记主抓重点工作', null, null],
      [2, '固定资产投资增长7%。', '增长7.5%。'],
    ], [area('A2:C2'), area('A4:C4')]);
    expect(plain.indicators.map((i) => i.leader)).toEqual([null, null]);
  });
});

describe('编号的第一节写在表头上面（一、…在表头上，二、…在表中）', () => {
  const table = read([
    ['2025年镇政府重点工作责任分工'],
    ['一、镇长刘海峰负责事项'],
    ['序号', '工作任务', '责任办公室', '完成时限'],
    [1, '完成集镇污水管网改造', '村建办', '2025年10月底'],
    [2, '新建村级养老服务站3个', '社会事务办', '2025年12月底'],
    ['二、副镇长何静分管事项'],
    ['序号', '工作任务', '责任办公室', '完成时限'],
    [1, '开展耕地保护专项检查', '农业办', '2025年6月底'],
  ], []);

  it('表头上面的“一、…”是第一节；各行的路径、编号按节', () => {
    expect(table.sections.map((s) => [s.row, s.outline, s.title])).toEqual([[2, '一、', '镇长刘海峰负责事项'], [6, '二、', '副镇长何静分管事项']]);
    expect(table.indicators.map((i) => i.path[0])).toEqual(['镇长刘海峰负责事项', '镇长刘海峰负责事项', '副镇长何静分管事项']);
    expect(table.indicators.map((i) => i.id)).toEqual(['一.1', '一.2', '二.1']);
  });

  it('职务在前、名字在后的节标题（镇长刘海峰负责、副镇长何静分管）也读出分管领导', () => {
    expect(table.indicators.map((i) => i.leader?.value)).toEqual(['刘海峰', '刘海峰', '何静']);
  });

  it('不变的：表头上面的“一、…”下面没有“二、…”接着编号时，仍是标题行，不作分节', () => {
    const single = read([
      ['一、2025年重点工作任务清单'],
      ['序号', '工作任务', '责任办公室', '完成时限'],
      [1, '完成集镇污水管网改造', '村建办', '2025年10月底'],
      [2, '新建村级养老服务站3个', '社会事务办', '2025年12月底'],
    ], []);
    expect(single.sections).toEqual([]);
    expect(single.indicators.map((i) => i.path)).toEqual([[], []]);
  });

  it('不变的：节标题是职务加一个词而非人名（镇长办公会议定事项）时不读领导', () => {
    const notAName = read([
      ['一、镇长办公会议定事项'],
      ['序号', '工作任务', '责任办公室'],
      [1, '完成集镇污水管网改造', '村建办'],
      ['二、党委会议定事项'],
      ['序号', '工作任务', '责任办公室'],
      [2, '开展耕地保护专项检查', '农业办'],
    ], []);
    expect(notAName.sections.map((s) => s.title)).toEqual(['镇长办公会议定事项', '党委会议定事项']);
    expect(notAName.indicators.map((i) => i.leader)).toEqual([null, null]);
  });
});
