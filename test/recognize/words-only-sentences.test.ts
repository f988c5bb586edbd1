import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/**
 * A table whose goals and accounts are all words (确保…, 一是…二是…) is a table of sentences, and its 完成情况 column,
 * reporting no figure on any row, is the account in words, not the actual. One whose 完成情况 reports figures is
 * read for them as the actual, and is still a table of sentences. Made-up tables.
 */

function read(rows: readonly (readonly CellValue[])[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]));
  if (recognition.table === null) throw new Error('no table was read');
  return recognition.table;
}

describe('目标与完成情况都只有文字：句子表', () => {
  it('没有一个数：sentence，完成情况是进展文字', () => {
    const table = read([
      ['序号', '任务名称', '年度任务及目标', '全年完成情况'],
      [1, '安全生产', '压实企业主体责任,坚决遏制重特大事故', '一是开展隐患排查整治。二是加强执法检查,督促企业落实整改。'],
      [2, '河湖治理', '全面落实河长制,保持河道水质稳定', '一是常态化开展巡河。二是推进岸线清理,完成年度整治任务。'],
    ]);
    expect(table.layoutClass).toBe('sentence');
    expect(table.columns.progressText?.letter).toBe('D');
    expect(table.columns.actual).toBeUndefined();
  });

  it('完成情况里报了数：仍是句子表，数从完成情况里读', () => {
    const table = read([
      ['序号', '任务名称', '年度任务及目标', '全年完成情况'],
      [1, '稳定就业', '城镇新增就业1.5万人', '全年城镇新增就业1.62万人,完成年度目标。'],
      [2, '农房改造', '完成农村危房改造300户', '全年完成农村危房改造326户。'],
    ]);
    expect(table.layoutClass).toBe('sentence');
    expect(table.columns.actual?.letter).toBe('D');
    expect(table.indicators[1].actual?.value).toBe(326);
  });
});
