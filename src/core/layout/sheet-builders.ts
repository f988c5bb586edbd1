import { checksSheet } from './checks-sheet';
import { draftSheet } from './draft-sheet';
import type { SheetBuilder } from './index';
import { measuresSheet } from './measures-sheet';
import { overviewSheet } from './overview-sheet';
import { regionsSheet } from './regions-sheet';
import { summarySheet } from './summary-sheet';

/** The generated sheets, in the order they appear in the workbook. Each builder lives in its own file. */
export const SHEET_BUILDERS: readonly SheetBuilder[] = [overviewSheet, measuresSheet, summarySheet, regionsSheet, draftSheet, checksSheet];
