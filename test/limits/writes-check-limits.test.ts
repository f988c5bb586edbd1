import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ExcelLimitError } from '../../src/core/limits';
import type { OutputPlan } from '../../src/core/model';
import { ExcelHost } from '../../src/excel/excel-host';
import { HostError } from '../../src/excel/office-errors';
import { filePackageHost } from '../../src/node/xlsx-package/node-package-host';
import { writeReportPackage } from '../../src/node/xlsx-package/package-write';
import { ExcelEmulator } from '../emulator/excel-emulator';
import { departmentBook, sheetPlan, text } from '../excel/plan-fixtures';
import { SAMPLE_PATH } from '../../scripts/make-sample';

/**
 * Both hosts check a plan against Excel's limits table before they send or save anything: a plan that
 * crosses one is refused whole, with the place named, and the workbook stays as it was.
 */

const tooTall: OutputPlan = {
  removeSheets: [],
  sheets: [sheetPlan('汇报稿', 'draft', [[text('一段很长的话')]], { rowHeights: [{ row: 1, height: 410 }] })],
  activate: null,
};

const badName: OutputPlan = { removeSheets: [], sheets: [sheetPlan('History', 'summary', [[text('x')]])], activate: null };

describe('每次写入前先查 Excel 的限制表', () => {
  it('Office.js 宿主：410 磅的行不发送，一次往返都没有，说出是哪张表哪一行', async () => {
    const excel = ExcelEmulator.fromSnapshot(departmentBook(false));
    const host = new ExcelHost(excel.run, excel.capabilities());
    const { snapshot } = await host.read();
    const names = excel.sheetNames();
    excel.resetStats();
    const error = await host.apply(tooTall, snapshot).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HostError);
    expect((error as HostError).kind).toBe('over-limit');
    expect((error as HostError).detail).toContain('汇报稿!row 1: rowHeight (410 points');
    expect(excel.syncCount()).toBe(0);
    expect(excel.sheetNames()).toEqual(names);
  });

  it('.xlsx 宿主：名为 History 的表不写文件', async () => {
    const out = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'huibao-limits-')), 'out.xlsx');
    const input = new Uint8Array(await fs.readFile(SAMPLE_PATH));
    await expect(writeReportPackage(input, badName, filePackageHost(out))).rejects.toBeInstanceOf(ExcelLimitError);
    await expect(fs.access(out)).rejects.toThrow();
  });
});
