import type { SheetBuilder } from './index';

/** The 总览 (issue 6) sheet — not built yet. */
export const overviewSheet: SheetBuilder = () => null;
