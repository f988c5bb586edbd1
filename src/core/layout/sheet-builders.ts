import type { SheetBuilder } from './index';

/**
 * The generated sheets, in the order they appear in the workbook: 总览, 指标测算, 汇总, 汇报稿, 校验结果.
 * Each builder lives in its own file (overview-sheet.ts, measures-sheet.ts …).
 */
export const SHEET_BUILDERS: readonly SheetBuilder[] = [];
