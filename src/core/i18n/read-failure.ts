import { t, type Locale } from './index';

/** The ways a workbook can fail to be read (the .xlsx host's XlsxReadFailure), as the words the CLI and the page show. */
export type ReadFailure = 'missing' | 'encrypted' | 'legacy-xls' | 'not-xlsx' | 'corrupt';

/** A legacy file SheetJS could not read says what it tripped on, so the user knows it is not a matter of the extension. */
export function readFailureReason(error: { readonly failure: ReadFailure; readonly detail: string; readonly sheet?: string | null }, locale: Locale): string {
  // One damaged sheet is named: the rest of the workbook may be fine, and the user knows where to look.
  if (error.failure === 'corrupt' && error.sheet) return t('read.failure.corrupt-sheet', locale, { sheet: error.sheet });
  const reason = t(`read.failure.${error.failure}`, locale);
  return error.failure === 'legacy-xls' ? `${reason}${locale === 'zh-CN' ? '：' : ': '}${error.detail}` : reason;
}
