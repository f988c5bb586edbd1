import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { PipelineOutcome } from '../../src/core/pipeline';
import { runPipeline } from '../../src/core/pipeline';
import type { WorkbookSnapshot } from '../../src/core/model';
import { reportDocxBuffer } from '../../src/node/docx-write';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import { openDocx } from '../docx/docx-package';
import { hygieneProblems } from './draft-hygiene';

/**
 * Done when: over the whole recognition corpus (test/fixtures/corpus, many departments and layouts), no
 * draft — 汇报稿 sheet or .docx — prints a raw float, NaN, null, undefined or a Latin word the program wrote.
 * Words the department typed itself (PM2.5) are theirs, so tokens found in the workbook's own text pass.
 */
const CORPUS = path.join(__dirname, '..', 'fixtures', 'corpus');

interface Drafted {
  readonly file: string;
  readonly snapshot: WorkbookSnapshot;
  readonly outcome: PipelineOutcome;
}

function ownTexts(snapshot: WorkbookSnapshot): string[] {
  // Only text: a number cell (3.14159) must still print with the source's shown decimals, never raw.
  return snapshot.sheets.flatMap((sheet) => sheet.values.flat().filter((value): value is string => typeof value === 'string'));
}

function sheetText(outcome: PipelineOutcome): string {
  return outcome.plan.sheets
    .filter((sheet) => sheet.role === 'draft')
    .flatMap((sheet) => sheet.rows.map((row) => (row[0]?.kind === 'text' ? row[0].text : '')))
    .join('\n');
}

describe('语料里每个工作簿的汇报稿都干净', () => {
  const drafted: Drafted[] = [];
  let files: string[] = [];

  beforeAll(async () => {
    files = (await fs.readdir(CORPUS)).filter((name) => name.endsWith('.xlsx')).sort();
    for (const file of files) {
      let snapshot: WorkbookSnapshot;
      try {
        snapshot = await readXlsxSnapshot(path.join(CORPUS, file));
      } catch {
        continue; // corrupt or password-protected fixtures: nothing to draft, by design
      }
      drafted.push({ file, snapshot, outcome: runPipeline(snapshot, { generatedAt: '2024-07-01T08:00:00.000Z' }) });
    }
  });

  it('语料在，且大多数工作簿成了稿', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(drafted.filter((d) => d.outcome.report !== null).length).toBeGreaterThanOrEqual(25);
  });

  it('汇报稿工作表：没有浮点尾数、NaN、null、undefined 或程序写的英文词', () => {
    const problems = drafted.flatMap((d) => hygieneProblems(sheetText(d.outcome), ownTexts(d.snapshot)).map((problem) => `${d.file}: ${problem}`));
    expect(problems).toEqual([]);
  });

  it('.docx：同样干净', async () => {
    const problems: string[] = [];
    for (const d of drafted) {
      if (d.outcome.report === null) continue;
      const docx = await openDocx(await reportDocxBuffer(d.outcome.report));
      for (const problem of hygieneProblems(docx.paragraphs.join('\n'), ownTexts(d.snapshot))) problems.push(`${d.file}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });

  it('每个成稿的工作簿都有标题、开头段、至少一节和结尾段，数字都有来源', () => {
    for (const d of drafted) {
      const report = d.outcome.report;
      if (report === null) continue;
      expect(report.title).toMatch(/^\d{4}年.+绩效指标完成情况汇报$/);
      expect(report.blocks.some((block) => block.kind === 'heading' && block.level === 1)).toBe(true);
      const last = report.blocks[report.blocks.length - 1];
      expect(last.runs.map((run) => run.text).join('')).toMatch(/^总之/);
      for (const block of report.blocks) for (const run of block.runs) if (run.kind === 'number') expect(run.sources.length).toBeGreaterThan(0);
    }
  });
});
