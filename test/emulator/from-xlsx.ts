import * as path from 'node:path';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import { ExcelEmulator, type EmulatorOptions } from './excel-emulator';
import { workbookFromSnapshot } from './workbook-state';

/** Opens any .xlsx "in Excel": read by the file host, then loaded into the emulator. */
export async function emulatorFromXlsx(file: string, options: EmulatorOptions = {}): Promise<ExcelEmulator> {
  const snapshot = await readXlsxSnapshot(file);
  return new ExcelEmulator(workbookFromSnapshot(snapshot, path.basename(file)), options);
}

export const SAMPLE_WORKBOOK = path.join(__dirname, '..', '..', 'assets', 'samples', '2009-灌南县发改委-目标任务分解表.xlsx');
