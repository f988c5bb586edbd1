import type { SheetBuilder } from './index';

/** The 汇报稿 (issue 7) sheet — not built yet. */
export const draftSheet: SheetBuilder = () => null;
