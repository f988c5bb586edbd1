import { t, type Locale } from '../core/i18n';
import { CONFIRMABLE_STATUSES, type ConfirmationItem } from '../core/layout/confirmed-statuses';
import { statusLabel } from '../core/layout/sheet-styles';
import type { CellRef, Status } from '../core/model';
import { statusText } from './status-counts';

/** One 需人工确认 indicator as the pane lists it: its name, why the engine could not say, and the choices. */
export interface ConfirmRow {
  readonly key: string;
  readonly indicatorRow: number;
  readonly name: string;
  readonly evidence: string;
  /** The status confirmed so far (in the workbook, or in the pane since the run), or null. */
  readonly confirmed: Status | null;
  readonly confirmedText: string | null;
  readonly choices: readonly { readonly status: Status; readonly text: string }[];
  readonly cell: CellRef;
}

export function confirmRows(items: readonly ConfirmationItem[], confirmedNow: ReadonlyMap<number, Status>, locale: Locale): ConfirmRow[] {
  const choices = CONFIRMABLE_STATUSES.map((status) => ({ status, text: statusText(status, locale) }));
  return items.map((item) => {
    const confirmed = confirmedNow.get(item.indicatorRow) ?? item.confirmed;
    return {
      key: `${item.cell.sheet}!${item.cell.row}`,
      indicatorRow: item.indicatorRow,
      name: item.name,
      evidence: item.evidence === '' ? '' : t('ui.confirm.evidence', locale, { evidence: item.evidence }),
      confirmed,
      confirmedText: confirmed === null ? null : t('ui.confirm.done', locale, { status: statusText(confirmed, locale) }),
      choices,
      cell: item.cell,
    };
  });
}

/** What goes into the 确认状态 cell: the sheet's own (zh-CN) label, which the drop-down, formulas and rerun read. */
export function cellLabel(status: Status): string {
  return statusLabel(status);
}
