import type { CellValue, SheetSnapshot } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';

/** A big table read right end to end; the time it takes is measured by `npm run bench:recognition`, not here. */
describe('大表：两万行指标照样逐行读对', () => {
  it('每一行都读出，编号、路径、数值与来源正确', () => {
    const rows = 20_000;
    const values: CellValue[][] = [['序号', '指标名称', '单位', '全年目标', '1—6月完成', '责任科室']];
    let section = 0;
    for (let i = 0; i < rows; i++) {
      if (i % 50 === 0) values.push([`${++section}、`, `第${section}组`]);
      values.push([i + 1, `指标${i + 1}`, '万元', i % 2 === 0 ? 100 + i : `${(100 + i) / 10000}亿元`, 50 + i, `科室${i % 7}`]);
    }
    const sheet: SheetSnapshot = { name: '大表', visible: true, position: 0, values, formulas: [], numberFormats: [], merges: [] };
    const table = recognize({ name: 'wb', sheets: [sheet] }).table!;
    expect(table.indicators).toHaveLength(rows);
    expect(table.sections).toHaveLength(rows / 50);
    const last = table.indicators[rows - 1];
    expect(last).toMatchObject({ id: `${section}.${rows}`, path: [`第${section}组`], unit: '万元' });
    expect(last.target).toMatchObject({ value: 100 + rows - 1, derived: true });
    expect(table.indicators[0].target).toMatchObject({ value: 100, derived: false, cell: { row: 3, col: 4 } });
  });
});
