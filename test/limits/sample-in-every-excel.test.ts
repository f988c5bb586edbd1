import { CONTINUATION_MARK, DRAFT_MARK_COL } from '../../src/core/layout/draft-edits';
import { draftLines } from '../../src/core/layout/draft-lines';
import { EXCEL_LIMITS } from '../../src/core/limits';
import { ExcelHost } from '../../src/excel/excel-host';
import { generateReport } from '../../src/excel/generate-report';
import { EMULATOR_PROFILES, profileVersion } from '../emulator/excel-emulator';
import { emulatorFromXlsx, SAMPLE_WORKBOOK } from '../emulator/from-xlsx';

/**
 * The shipped sample's 生成汇报 in every Excel the emulator plays, with Excel's limits enforced: it is
 * written, no row is taller than 409 pt, and column A of the 汇报稿, its continuation cells joined to the
 * paragraph above (a paragraph too long for one cell is written as several, draft-sheet.ts), is the draft.
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
      const continues = draft.rows.get(row)?.get(DRAFT_MARK_COL - 1)?.value === CONTINUATION_MARK;
      if (continues && texts.length > 0) texts[texts.length - 1] += typeof value === 'string' ? value : '';
      else if (typeof value === 'string' && value !== '') texts.push(value);
    }
    const report = result.outcome.report;
    if (report === null) throw new Error('no report');
    expect(texts).toEqual(draftLines(report).map((line) => line.text));
    // Nothing is merged in the 汇报稿: a merged block split by a page break prints a line cut in two.
    expect(draft.merges).toEqual([]);
  });
});
