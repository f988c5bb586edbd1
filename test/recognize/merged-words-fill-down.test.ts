import type { CellValue, MergeArea } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf } from './build-snapshot';

/**
 * Words merged down over several indicator rows — a target that is a rule for judging (年底按全市排名考核), one status
 * (稳步推进), one account of progress — belong to every row the merge covers. A lone figure merged down is not shared
 * out: it may be the rows' joint total. A 分管领导 or 配合单位 merged down, like a 责任单位, is every row's. Made-up tables,
 * none copied from a published one.
 */

function read(rows: readonly (readonly CellValue[])[], merges: readonly MergeArea[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }]));
  if (recognition.table === null) throw new Error('no table was read');
  return recognition.table;
}

describe('向下合并的文字属于它跨过的每一行', () => {
  it('目标一格写“年底按全市排名考核”、合并两行：两行的目标文字都是它；合并两行的裸数不分给第二行', () => {
    const table = read([
      ['类别', '指标名称', '目标值', '责任单位'],
      ['经济运行', '税收收入增幅', '年底按全市排名考核', '县税务局'],
      [null, '非税收入增幅', null, '县财政局'],
      [null, '招商引资到位资金', 85, '县商务局'],
      [null, '外资到位资金', null, '县商务局'],
    ], [area('A2:A5'), area('C2:C3'), area('C4:C5')]);
    const byRow = new Map(table.indicators.map((i) => [i.row, i]));
    expect(byRow.get(2)?.targetText?.value).toBe('年底按全市排名考核');
    expect(byRow.get(3)?.targetText?.value).toBe('年底按全市排名考核');
    expect(byRow.get(3)?.targetText?.cell).toEqual({ sheet: 'Sheet1', row: 2, col: 3 });
    expect(byRow.get(4)?.target?.value).toBe(85);
    expect(byRow.get(5)?.target).toBeNull();
  });

  it('一项占两行，状态与进展说明各合并两行：两行都读出这段说明', () => {
    const table = read([
      ['序号', '工作任务', '进展说明', '完成情况'],
      [1, '新建城市书房3家', '两家已开放,一家正在装修,预计9月底前开放。', '稳步推进'],
      [null, '改造社区阅览室12个', null, null],
      [2, '新增公共停车位800个', '已建成停车位520个。', '稳步推进'],
    ], [area('A2:A3'), area('C2:C3'), area('D2:D3')]);
    const byRow = new Map(table.indicators.map((i) => [i.row, i]));
    expect(byRow.get(3)?.progressText?.value).toBe('两家已开放,一家正在装修,预计9月底前开放。');
    expect(byRow.get(3)?.actualText?.value).toBe('稳步推进');
  });

  it('分管领导、配合单位合并几行：每一行都读出它们', () => {
    const table = read([
      ['序号', '工作任务', '分管领导', '牵头单位', '配合单位'],
      [1, '城镇新增就业5000人。', '郑国华', '县人社局', '各乡镇\n县财政局'],
      [2, '新增普惠托位400个。', null, '县卫健局', null],
      [3, '新建城市书房6家。', '冯丽', '县文旅局', '县教育局'],
    ], [area('C2:C3'), area('E2:E3')]);
    const byRow = new Map(table.indicators.map((i) => [i.row, i]));
    expect(byRow.get(3)?.leader?.value).toBe('郑国华');
    expect(byRow.get(3)?.leader?.cell).toEqual({ sheet: 'Sheet1', row: 2, col: 3 });
    expect(byRow.get(3)?.cooperating?.value).toBe('各乡镇\n县财政局');
  });
});

