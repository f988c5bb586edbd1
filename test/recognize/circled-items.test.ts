import type { CellValue, IndicatorTable, MergeArea } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf } from './build-snapshot';

/*
 * ① ② ③ are the last rung of 公文 numbering (一、 （一） 1. （1） ①): they number items, never a heading over the rows
 * below. A sub-task numbered ② with nothing yet beside it is an item like its siblings ① and ③, not a category over
 * ③ and everything after it. Headings numbered 一、 or （一） are unchanged. Made-up tables in words other than any
 * published one.
 */

type Row = readonly CellValue[];

function read(rows: readonly Row[], merges: readonly MergeArea[] = []): IndicatorTable {
  const table = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }])).table;
  if (table === null) throw new Error('no table was read');
  return table;
}

describe('①②③编号的子任务是条目，不是类别', () => {
  it('②一行旁边还没填进展：仍是一项任务，③及以后的行不挂在它下面', () => {
    const table = read([
      ['年度重点工作', '细化任务', '责任科室', '推进情况'],
      ['1.提升农村供水保障水平', '①新建集中供水工程3处', '水利股', '已完工2处。'],
      [null, '②改造老旧供水管网40公里', '水利股', null],
      [null, '③开展水质监测全覆盖', '水利股', '每月抽检一次。'],
      ['2.加强河湖管护', '①清理河道垃圾', '河长办', '清理12条河道。'],
    ], [area('A2:A4'), area('C2:C4')]);
    expect(table.sections).toEqual([]);
    expect(table.indicators.map((i) => i.name.value)).toEqual(['新建集中供水工程3处', '改造老旧供水管网40公里', '开展水质监测全覆盖', '清理河道垃圾']);
    expect(table.indicators[2].path).not.toContain('改造老旧供水管网40公里');
    expect(table.indicators[3].path).toEqual(['加强河湖管护']);
  });
});

describe('不能改的表', () => {
  it('“一、”“（一）”编号的标题行仍是类别', () => {
    const table = read([
      ['序号', '工作任务', '责任科室', '推进情况'],
      ['一、', '农村供水', null, null],
      [1, '新建集中供水工程3处', '水利股', '已完工2处。'],
      ['（一）', '河湖管护', null, null],
      [2, '清理河道垃圾', '河长办', '清理12条河道。'],
    ]);
    expect(table.sections.map((s) => s.title)).toEqual(['农村供水', '河湖管护']);
    expect(table.indicators.map((i) => i.name.value)).toEqual(['新建集中供水工程3处', '清理河道垃圾']);
  });
});
