import { workbookNameOf } from '../xlsx-read/workbook-bytes';

/** "2009-灌南县发改委-目标任务分解表" from the input (.xlsx, .xlsm, or a legacy .xls / .et) or from an earlier report of it ("…-汇报.xlsx"). */
export function reportBaseName(file: string): string {
  return workbookNameOf(file).replace(/-汇报$/, '');
}

/** The report keeps the department's package, macros included, so a macro workbook stays .xlsm. */
export function reportExtension(file: string): '.xlsx' | '.xlsm' {
  return /\.xlsm$/i.test(file) ? '.xlsm' : '.xlsx';
}
