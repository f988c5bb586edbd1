import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { describeViolations, planViolations } from '../../src/core/limits';
import { ExcelHost } from '../../src/excel/excel-host';
import { generateReport } from '../../src/excel/generate-report';
import { SAMPLE_PATH } from '../../scripts/make-sample';
import { emulatorFromXlsx } from '../emulator/from-xlsx';

/**
 * The same workbooks as outputs-within-limits.test.ts, generated in the emulated Excel (newest profile and
 * ExcelApi 1.8, whose reads differ) with Excel's limits enforced: each run is written, or stops for a reason
 * of its own — never for crossing a limit — and what was planned holds no violation.
 */

const FIXTURES = path.resolve(__dirname, '..', 'fixtures');

async function workbooks(): Promise<string[]> {
  const files = [SAMPLE_PATH];
  for (const dir of ['corpus', 'real-corpus', 'layouts']) {
    for (const name of (await fs.readdir(path.join(FIXTURES, dir))).sort()) if (name.endsWith('.xlsx')) files.push(path.join(FIXTURES, dir, name));
  }
  return files;
}

describe('在模拟的 Excel 里为每个样表生成汇报：不越过 Excel 的限制', () => {
  it.each(['shipped', '1.8'])('ExcelApi %s', async (profile) => {
    const report: string[] = [];
    let written = 0;
    for (const file of await workbooks()) {
      const excel = await emulatorFromXlsx(file, profile === 'shipped' ? {} : { excelApi: profile }).catch(() => null);
      // The damaged and the encrypted corpus files do not open, in Excel or here.
      if (excel === null) continue;
      const result = await generateReport(new ExcelHost(excel.run, excel.capabilities()), { generatedAt: '2009-07-01T09:00:00.000Z' });
      if (result.kind === 'written') {
        written++;
        const violations = planViolations(result.outcome.plan);
        if (violations.length > 0) report.push(`${path.basename(file)}:\n${describeViolations(violations)}`);
      } else if (result.kind === 'failed') report.push(`${path.basename(file)}: ${String(result.error)}`);
    }
    expect(report.join('\n')).toBe('');
    expect(written).toBeGreaterThan(50);
  }, 600_000);
});
