import type { SheetBuilder } from './index';

/** The 校验结果 (issue 5) sheet — not built yet. */
export const checksSheet: SheetBuilder = () => null;
