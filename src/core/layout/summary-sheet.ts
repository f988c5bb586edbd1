import type { SheetBuilder } from './index';

/** The 汇总 (issue 6) sheet — not built yet. */
export const summarySheet: SheetBuilder = () => null;
