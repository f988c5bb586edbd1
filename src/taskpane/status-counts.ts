import { t, type Locale, type MessageKey } from '../core/i18n';
import type { Results, Status } from '../core/model';

/** Counts by status after a run, in the order a report reads them; statuses with none are left out. */
export interface StatusCount {
  readonly status: Status;
  readonly label: string;
  readonly count: number;
}

const ORDER: readonly Status[] = ['exceeded', 'completed', 'on-track', 'in-progress', 'behind', 'no-data', 'not-reported', 'pending', 'unclear'];

function statusKey(status: Status): MessageKey {
  switch (status) {
    case 'exceeded':
      return 'status.exceeded';
    case 'completed':
      return 'status.completed';
    case 'on-track':
      return 'status.on-track';
    case 'behind':
      return 'status.behind';
    case 'no-data':
      return 'status.no-data';
    case 'in-progress':
      return 'status.in-progress';
    case 'not-reported':
      return 'status.not-reported';
    case 'pending':
      return 'status.pending';
    case 'unclear':
      return 'status.unclear';
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

/** A status in the pane's language (the sheets always write zh-CN; the pane follows Office's display language). */
export function statusText(status: Status, locale: Locale): string {
  return t(statusKey(status), locale);
}

export function statusCounts(results: Results, locale: Locale): StatusCount[] {
  const counts = new Map<Status, number>();
  for (const indicator of results.indicators) counts.set(indicator.status, (counts.get(indicator.status) ?? 0) + 1);
  return ORDER.filter((status) => (counts.get(status) ?? 0) > 0).map((status) => ({
    status,
    label: t(statusKey(status), locale),
    count: counts.get(status) ?? 0,
  }));
}
