import type { SheetBuilder } from './index';

/** The 指标测算 (issue 6) sheet — not built yet. */
export const measuresSheet: SheetBuilder = () => null;
