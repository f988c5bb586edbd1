import { draftLines } from '../../src/core/layout/draft-lines';
import { EXCEL_LIMITS } from '../../src/core/limits';
import { ExcelHost } from '../../src/excel/excel-host';
import { generateReport } from '../../src/excel/generate-report';
import { EMULATOR_PROFILES, profileVersion } from '../emulator/excel-emulator';
import { emulatorFromXlsx, SAMPLE_WORKBOOK } from '../emulator/from-xlsx';

/**
 * The shipped sample's 生成汇报 in every Excel the emulator plays, with Excel's limits enforced: it is
 * written, no row is taller than 409 pt (the sample's draft needs 435 and 464 pt for two paragraphs on the
 * newest Excel), and each paragraph of the 汇报稿 sits whole in one cell, merged
 * down over its continuation rows where this Excel can merge.
 */
describe('样例在每个版本的 Excel 里生成汇报：不越过 Excel 的限制', () => {
  it.each(EMULATOR_PROFILES.map((profile) => [profileVersion(profile), profile] as const))('ExcelApi %s', async (_version, profile) => {
    const excel = await emulatorFromXlsx(SAMPLE_WORKBOOK, { excelApi: profileVersion(profile) });
    const result = await generateReport(new ExcelHost(excel.run, excel.capabilities()), { generatedAt: '2009-07-01T09:00:00.000Z' });
    if (result.kind !== 'written') throw new Error(`expected written, got ${result.kind}: ${String((result as { error?: unknown }).error)}`);
    const draft = excel.sheet('汇报稿');
    for (const name of excel.sheetNames()) {
      const heights = [...excel.sheet(name).rowHeights.values()];
      expect(heights.every((height) => height <= EXCEL_LIMITS.rowHeight.value)).toBe(true);
    }
    // Column A of the 汇报稿, read top to bottom, is the draft paragraph by paragraph, none cut.
    const texts: string[] = [];
    for (const row of [...draft.rows.keys()].sort((a, b) => a - b)) {
      const value = draft.rows.get(row)?.get(0)?.value;
      if (typeof value === 'string' && value !== '') texts.push(value);
    }
    const report = result.outcome.report;
    if (report === null) throw new Error('no report');
    expect(texts).toEqual(draftLines(report).map((line) => line.text));
    // Every paragraph taller than one row is merged down over its rows, as planned, where this Excel merges.
    const planned = result.outcome.plan.sheets.find((sheet) => sheet.role === 'draft')?.merges ?? [];
    const written = draft.merges.map((m) => ({ top: m.top + 1, left: m.left + 1, bottom: m.bottom + 1, right: m.right + 1 }));
    expect(written).toEqual(excel.capabilities().has('merge-cells') ? planned : []);
    if (profile === 'shipped') expect(planned.length).toBeGreaterThanOrEqual(4);
  });
});
