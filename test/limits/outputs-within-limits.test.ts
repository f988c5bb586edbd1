import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { continuesParagraph } from '../../src/core/layout/draft-edits';
import { describeViolations, planViolations } from '../../src/core/limits';
import { runPipeline } from '../../src/core/pipeline';
import { readXlsxSnapshot, XlsxReadError } from '../../src/node/xlsx-read';
import { SAMPLE_PATH } from '../../scripts/make-sample';
import { batchWorkbookSpec, sizeWorkbookSpec } from '../../bench/make-workbooks';
import { writeBenchWorkbook } from '../../bench/workbook/write-workbook';

/**
 * Every output of every workbook we hold — the shipped sample, the synthetic corpus, the real corpus, the
 * layout and fidelity fixtures — run through Excel's limits table. Excel refuses a row taller than 409 pt
 * (the run rolls back) or clips it; an empty list is the only pass.
 */

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');
const DIRS = ['corpus', 'real-corpus', 'layouts', 'fidelity'];

async function workbooks(): Promise<string[]> {
  const files = [SAMPLE_PATH];
  for (const dir of DIRS) {
    for (const name of (await fs.readdir(path.join(FIXTURES, dir))).sort()) if (name.endsWith('.xlsx')) files.push(path.join(FIXTURES, dir, name));
  }
  return files;
}

describe('Excel 的限制：每个样表的输出都不越界', () => {
  it('样例、语料、真实语料、版式与保真样表：零违规', async () => {
    const files = await workbooks();
    expect(files.length).toBeGreaterThan(60);
    const report: string[] = [];
    let sheets = 0;
    const unreadable: string[] = [];
    for (const file of files) {
      // The two corpus files made to be unreadable (damaged, encrypted) has no output to check.
      const snapshot = await readXlsxSnapshot(file).catch((error: unknown) => {
        if (error instanceof XlsxReadError) return null;
        throw error;
      });
      if (snapshot === null) {
        unreadable.push(path.basename(file));
        continue;
      }
      const { plan } = runPipeline(snapshot, { generatedAt: '2026-07-01T00:00:00Z' });
      sheets += plan.sheets.length;
      const violations = planViolations(plan);
      if (violations.length > 0) report.push(`${path.basename(file)}:\n${describeViolations(violations)}`);
    }
    expect(sheets).toBeGreaterThan(files.length);
    expect(unreadable).toEqual(['28-损坏的文件.xlsx', '29-加密的工作簿.xlsx']);
    expect(report.join('\n')).toBe('');
  }, 300_000);

  it('基准测试生成的工作簿（100、300、1,000 个指标，及 10 个各科室的表）：零违规，长段落确实跨行续排', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'huibao-limits-bench-'));
    try {
      const specs = [...[100, 300, 1000].map((n) => sizeWorkbookSpec(n)), ...Array.from({ length: 10 }, (_, i) => batchWorkbookSpec(i).spec)];
      const report: string[] = [];
      let flowed = 0;
      for (const [i, spec] of specs.entries()) {
        const file = path.join(dir, `bench-${i}.xlsx`);
        await writeBenchWorkbook(file, spec);
        const { plan } = runPipeline(await readXlsxSnapshot(file), { generatedAt: '2026-07-01T00:00:00Z' });
        const violations = planViolations(plan);
        if (violations.length > 0) report.push(`bench-${i}:\n${describeViolations(violations)}`);
        flowed += plan.sheets.find((sheet) => sheet.role === 'draft')?.rows.filter(continuesParagraph).length ?? 0;
      }
      expect(report.join('\n')).toBe('');
      expect(flowed).toBeGreaterThan(0);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
