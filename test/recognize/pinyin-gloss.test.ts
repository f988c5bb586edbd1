import '../../src/node/traditional-chinese';
import type { CellValue, MergeArea } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { readingForm, withoutPinyin } from '../../src/core/recognize/reading-form';
import { area, workbookOf } from './build-snapshot';

/**
 * Mirror pages that turn a government page into traditional characters sometimes gloss characters with pinyin
 * (責(zé)任單(dān)位, 鎮(zhèn)): recognition reads the words without the glosses, and quotes the cells as written.
 * Made-up tables.
 */

function tableOf(rows: readonly (readonly CellValue[])[], merges: readonly MergeArea[] = []) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }]));
  if (recognition.table === null) throw new Error('no table was read');
  return recognition.table;
}

describe('括号拼音', () => {
  it('读法里去掉字后带声调的拼音（責(zé)任單(dān)位 → 责任单位、完成(wan2)率）', () => {
    expect(readingForm('責(zé)任單(dān)位')).toBe('责任单位');
    expect(withoutPinyin('完成(wan2)率')).toBe('完成率');
  });

  it('不变的：括号里的字母不是拼音时照留（GDP、PM2.5、a、英文缩写后的括号）', () => {
    expect(withoutPinyin('地區生產總值(GDP)')).toBe('地區生產總值(GDP)');
    expect(withoutPinyin('細顆粒物(PM2.5)濃度')).toBe('細顆粒物(PM2.5)濃度');
    expect(withoutPinyin('方案(a)')).toBe('方案(a)');
    expect(withoutPinyin('5G(wǔ)')).toBe('5G(wǔ)');
  });

  it('表头夹着拼音的繁体表照样读出各列，名称与单位照原样引用（含拼音与折行）', () => {
    const table = tableOf([
      ['2024年社區(qū)服務(wù)項(xiàng)目分解表', null, null, null],
      ['序號(hào)', '項(xiàng)目名稱', '責(zé)任單(dān)位', '完成時(shí)限'],
      [1, '新建鄰(lín)里中心2個', '街道辦事處\n社區(qū)服務(wù)中心', '2024年10月底'],
      [2, '改造老年食堂(táng)5家', '民政局', '2024年12月底'],
    ]);
    expect(table.columns.name?.letter).toBe('B');
    expect(table.columns.department?.letter).toBe('C');
    expect(table.columns.deadline?.letter).toBe('D');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['新建鄰(lín)里中心2個', '改造老年食堂(táng)5家']);
    expect(table.indicators[0].department?.value).toBe('街道辦事處\n社區(qū)服務(wù)中心');
  });
});
