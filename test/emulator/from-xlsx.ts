import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { readCustomProperties } from '../../src/node/xlsx-package/custom-properties';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import { ExcelEmulator, type EmulatorOptions } from './excel-emulator';
import { workbookFromSnapshot } from './workbook-state';

/** Opens any .xlsx "in Excel": read by the file host, then loaded into the emulator, custom document properties included. */
export async function emulatorFromXlsx(file: string, options: EmulatorOptions = {}): Promise<ExcelEmulator> {
  const snapshot = await readXlsxSnapshot(file);
  const state = workbookFromSnapshot(snapshot, path.basename(file));
  if (/\.(xlsx|xlsm)$/i.test(file)) {
    const custom = unzipSync(readFileSync(file), { filter: (entry) => entry.name === 'docProps/custom.xml' })['docProps/custom.xml'];
    if (custom) for (const [key, value] of readCustomProperties(strFromU8(custom))) state.customProperties.set(key, value);
  }
  return new ExcelEmulator(state, options);
}

export const SAMPLE_WORKBOOK = path.join(__dirname, '..', '..', 'assets', 'samples', '2009-灌南县发改委-目标任务分解表.xlsx');
