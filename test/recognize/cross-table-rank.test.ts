import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/*
 * A table of places often ranks them (名次 | 区(县) | 完成额; 增速(%) | 增速排位): the rank column is named, never read as
 * an indicator's figure. Told by header and values together: whole numbers from 1, none repeated. Made-up tables.
 */

function read(rows: readonly (readonly CellValue[])[]) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }]));
  if (recognition.table === null) throw new Error(`no table was read: ${recognition.issues.map((i) => i.code).join(',')}`);
  return recognition.table;
}

describe('地区表里的名次一栏：单列出来，不当指标的数', () => {
  it('“县(区) | 1-9月增速(%) | 增速排名”：排名一栏', () => {
    const t = read([
      ['2021年1-9月各县区规模以上工业增加值增速', null, null],
      ['县(区)', '1-9月增速(%)', '增速排名'],
      ['全市', 7.2, null],
      ['东城区', 9.1, 1],
      ['西城区', 6.0, 3],
      ['南山县', 8.4, 2],
      ['北岭县', 5.2, 4],
    ]);
    expect(t.layoutClass).toBe('cross-table');
    expect(t.rankColumn?.letter).toBe('C');
    expect(t.indicators).toHaveLength(1);
  });

  it('不变：一栏写着“排名”，数却有重复或超出地区数时，不当名次', () => {
    const t = read([
      ['2021年1-9月各县区规模以上工业增加值增速', null, null],
      ['县(区)', '1-9月增速(%)', '增速排名'],
      ['全市', 7.2, null],
      ['东城区', 9.1, 1],
      ['西城区', 6.0, 1],
      ['南山县', 8.4, 12],
      ['北岭县', 5.2, 4],
    ]);
    expect(t.rankColumn).toBeUndefined();
  });
});
