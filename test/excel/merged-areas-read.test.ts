import { MARKER_PREFIX } from '../../src/core/layout/generated-sheets';
import type { MergeArea, SheetSnapshot, WorkbookSnapshot } from '../../src/core/model';
import { ExcelHost } from '../../src/excel/excel-host';
import { EMULATOR_PROFILES, ExcelEmulator, profileVersion } from '../emulator/excel-emulator';

/**
 * Excel answers at most 512 merged areas per getMergedAreasOrNullObject (API reference). The read asks for
 * merges only on the department's own sheets, and splits a sheet that has more.
 */

/** A 分解表 whose every row merges its 指标名称 over B:C, and whose 分类 column merges groups of three rows. */
function crowdedSheet(rows: number): SheetSnapshot {
  const values = Array.from({ length: rows }, (_, i) => [i % 3 === 0 ? `类别${i / 3 + 1}` : null, `指标${i + 1}`, null, i + 1]);
  const merges: MergeArea[] = [];
  for (let r = 1; r <= rows; r++) merges.push({ top: r, left: 2, bottom: r, right: 3 });
  for (let r = 1; r + 2 <= rows; r += 3) merges.push({ top: r, left: 1, bottom: r + 2, right: 1 });
  return { name: '目标分解表', visible: true, position: 0, values, formulas: [], numberFormats: [], merges };
}

/** What an earlier run left: a 指标测算 with its marker and 600 merged areas. */
function generatedSheet(): SheetSnapshot {
  const values = Array.from({ length: 600 }, (_, i) => [`行${i + 1}`, null, null, i === 0 ? `${MARKER_PREFIX}measures` : null]);
  const merges = Array.from({ length: 600 }, (_, i) => ({ top: i + 1, left: 1, bottom: i + 1, right: 3 }));
  return { name: '指标测算', visible: true, position: 1, values, formulas: [], numberFormats: [], merges };
}

const sorted = (areas: readonly MergeArea[]) => [...areas].sort((a, b) => a.top - b.top || a.left - b.left);

describe('读合并区域：只读需要的表，超过 512 个就分段读', () => {
  it('一张表 1,300 行、1,733 个合并区域：分段读回全部，跨段的三行合并也不丢', async () => {
    const sheet = crowdedSheet(1300);
    expect(sheet.merges.length).toBe(1733);
    const excel = ExcelEmulator.fromSnapshot({ name: '大表', sheets: [sheet] });
    const { snapshot } = await new ExcelHost(excel.run, excel.capabilities()).read();
    expect(sorted(snapshot.sheets[0].merges)).toEqual(sorted(sheet.merges));
  });

  it('上次生成的表（有标记）不读合并区域：600 个合并区域的指标测算不会让读取失败，也不占往返', async () => {
    const own = crowdedSheet(30);
    const book: WorkbookSnapshot = { name: '重跑', sheets: [own, generatedSheet()] };
    const excel = ExcelEmulator.fromSnapshot(book);
    const host = new ExcelHost(excel.run, excel.capabilities());
    const { snapshot } = await host.read();
    expect(excel.stats.syncs.filter((sync) => sync.failed !== null)).toEqual([]);
    expect(host.counts.syncs).toBe(2);
    expect(sorted(snapshot.sheets[0].merges)).toEqual(sorted(own.merges));
    expect(snapshot.sheets[1].merges).toEqual([]);
  });

  it('生成的表被人改了名（名字看不出来）、又是活动表：仍读成功，合并区域照样只给部门自己的表', async () => {
    const own = crowdedSheet(30);
    const renamed = { ...generatedSheet(), name: '我的测算' };
    const excel = ExcelEmulator.fromSnapshot({ name: '改名', sheets: [own, renamed] });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('我的测算').activate();
      await context.sync();
    });
    const { snapshot } = await new ExcelHost(excel.run, excel.capabilities()).read();
    expect(sorted(snapshot.sheets[0].merges)).toEqual(sorted(own.merges));
    expect(snapshot.sheets[1].merges).toEqual([]);
    expect(snapshot.sheets[1].values[0][3]).toBe(`${MARKER_PREFIX}measures`);
  });

  it.each(EMULATOR_PROFILES)('ExcelApi %s：读取不用 1.1 没有的 getUsedRange(valuesOnly)，内容一样', async (profile) => {
    const own = crowdedSheet(12);
    const excel = ExcelEmulator.fromSnapshot({ name: '各版本', sheets: [own] }, { excelApi: profileVersion(profile) });
    const { snapshot } = await new ExcelHost(excel.run, excel.capabilities()).read();
    expect(snapshot.sheets[0].values[11]).toEqual([null, '指标12', null, 12]);
  });
});
