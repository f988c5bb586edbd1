import { t, type Locale } from '../core/i18n';
import { CONFIRMABLE_STATUSES, type ConfirmationItem } from '../core/layout/confirmed-statuses';
import { statusLabel } from '../core/layout/sheet-styles';
import type { CellRef, Status } from '../core/model';
import type { PaneConfirmation } from './pane-store';
import { statusText } from './status-counts';

/** One 需人工确认 indicator as the pane lists it: its name, why the engine could not say, and the choices. */
export interface ConfirmRow {
  readonly key: string;
  readonly indicatorRow: number;
  readonly name: string;
  readonly evidence: string;
  /** The status confirmed so far (in the workbook, or in the pane since the run), or null. */
  readonly confirmed: Status | null;
  /** 已由张三确认为“已完成”（2026-12-08 08:40）: the status with who and when, as far as they were recorded. */
  readonly confirmedText: string | null;
  readonly choices: readonly { readonly status: Status; readonly text: string }[];
  readonly cell: CellRef;
}

/** The confirmation in words: who and when where 确认人 and 确认时间 hold them, never a name that is not there. */
export function confirmedWords(status: Status, by: string, at: string, locale: Locale): string {
  const params = { status: statusText(status, locale), by, at };
  if (by && at) return t('ui.confirm.done-by-at', locale, params);
  if (by) return t('ui.confirm.done-by', locale, params);
  if (at) return t('ui.confirm.done-at', locale, params);
  return t('ui.confirm.done', locale, params);
}

export function confirmRows(items: readonly ConfirmationItem[], confirmedNow: ReadonlyMap<number, PaneConfirmation>, locale: Locale): ConfirmRow[] {
  const choices = CONFIRMABLE_STATUSES.map((status) => ({ status, text: statusText(status, locale) }));
  return items.map((item) => {
    const now = confirmedNow.get(item.indicatorRow);
    const confirmed = now?.status ?? item.confirmed;
    const by = now ? now.by : item.by;
    const at = now ? now.at : item.at;
    return {
      key: `${item.cell.sheet}!${item.cell.row}`,
      indicatorRow: item.indicatorRow,
      name: item.name,
      evidence: item.evidence === '' ? '' : t('ui.confirm.evidence', locale, { evidence: item.evidence }),
      confirmed,
      confirmedText: confirmed === null ? null : confirmedWords(confirmed, by, at, locale),
      choices,
      cell: item.cell,
    };
  });
}

/** What goes into the 确认状态 cell: the sheet's own (zh-CN) label, which the drop-down, formulas and rerun read. */
export function cellLabel(status: Status): string {
  return statusLabel(status);
}
