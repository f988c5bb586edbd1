import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import '../../src/node/traditional-chinese';
import { area, workbookOf, type SheetSpec } from './build-snapshot';

/**
 * A traditional sheet is read with the spaces inside its short cells' words taken out (推進暖心 養老服務 → 推进暖心养老服务);
 * the group a row sits in is still quoted as the cell writes it, spaces and characters kept. Made-up sheet.
 */
function read(spec: SheetSpec): IndicatorTable {
  const recognition = recognize(workbookOf('民生實事', [spec]));
  if (!recognition.table) throw new Error(`no table: ${recognition.issues.map((i) => i.code).join(', ')}`);
  return recognition.table;
}

const sheet: SheetSpec = {
  name: 'Sheet1',
  rows: [
    ['序號', '項目類別', '實事內容', '完成情況'],
    [1, '推進暖心 養老服務', '新建居家養老服務中心12家。', '已建成8家。'],
    [2, null, '為3000名高齡老人提供助餐服務。', '已服務2100名。'],
    [3, '改善農村 交通條件', '新改建農村公路45公里。', '已完工30公里。'],
    [4, null, '新增農村客運班線6條。', '已開通4條。'],
  ],
  merges: [area('B2:B3'), area('B4:B5')],
};

describe('繁体表的分类名照原样引用，词中的空格也保留', () => {
  it('“推進暖心 養老服務”“改善農村 交通條件”是各行的分类，照原文', () => {
    const table = read(sheet);
    expect(table.indicators.map((i) => i.path)).toEqual([['推進暖心 養老服務'], ['推進暖心 養老服務'], ['改善農村 交通條件'], ['改善農村 交通條件']]);
  });
});

describe('繁体表里分两行写的分类名，引用时保留换行', () => {
  it('“養老\\n服務”“農村\\n交通”照原样分行，和简体表的路径一样', () => {
    const lined: SheetSpec = {
      ...sheet,
      rows: sheet.rows.map((row, i) => (i === 1 ? [1, '養老\n服務', ...row.slice(2)] : i === 3 ? [3, '農村\n交通', ...row.slice(2)] : row)),
    };
    const table = read(lined);
    expect(table.indicators.map((i) => i.path)).toEqual([['養老\n服務'], ['養老\n服務'], ['農村\n交通'], ['農村\n交通']]);
  });
});
