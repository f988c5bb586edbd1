import { t } from '../i18n';
import type { CellStyle, ConditionalFormat, IndicatorTable, Rect, Status, WorkbookSnapshot } from '../model';

/** The look the three review sheets share: one screen-friendly CJK font, the status colours Excel users know. */
export const FONT = '微软雅黑';

export const TAB_COLOURS = { overview: '#1F4E79', measures: '#2E75B6', summary: '#548235', regions: '#7030A0' } as const;

export const TITLE_STYLE: CellStyle = { fontName: FONT, fontSize: 16, bold: true, horizontal: 'center', vertical: 'middle' };
export const INFO_STYLE: CellStyle = { fontName: FONT, fontSize: 10, fontColor: '#595959', vertical: 'middle' };
export const HEADER_STYLE: CellStyle = {
  fontName: FONT,
  fontSize: 10,
  bold: true,
  fontColor: '#FFFFFF',
  fill: '#1F4E79',
  horizontal: 'center',
  vertical: 'middle',
  wrap: true,
  border: true,
};
export const BODY_STYLE: CellStyle = { fontName: FONT, fontSize: 10, vertical: 'middle', border: true };
export const SECTION_STYLE: CellStyle = { fontName: FONT, fontSize: 10, bold: true, fill: '#DDEBF7', vertical: 'middle', border: true };
export const HEADING_STYLE: CellStyle = { fontName: FONT, fontSize: 12, bold: true, fontColor: '#1F4E79', vertical: 'middle' };
export const TOTAL_STYLE: CellStyle = { fontName: FONT, fontSize: 10, bold: true, fill: '#F2F2F2', vertical: 'middle', border: true };
/** The one column leaders type into: a pale yellow that says "write here". */
export const REVIEW_STYLE: CellStyle = { fill: '#FFF9E5', wrap: true, vertical: 'top' };

export const PERCENT = '0.00%';
/** +1.23% / -4.56%: the gap to 序时进度 reads as ahead or behind. */
export const SIGNED_PERCENT = '+0.00%;-0.00%;0.00%';
/** 增长 31.08% / 下降 5.00% / 持平, the words the report uses; the minus sign is dropped after 下降. */
export const GROWTH_PERCENT = '"增长"0.00%;"下降"0.00%;"持平"';
export const SCORE = '0.00';
export const COUNT = '0';

/** "#,##0.0" for one decimal: the source's own precision, never more. */
export function decimalFormat(decimals: number): string {
  const places = Math.max(0, Math.min(4, Math.floor(decimals)));
  return places === 0 ? '#,##0' : `#,##0.${'0'.repeat(places)}`;
}

interface StatusColour {
  readonly fill: string;
  readonly fontColor: string;
}

export const STATUS_COLOURS: Readonly<Record<Status, StatusColour>> = {
  exceeded: { fill: '#A9D08E', fontColor: '#375623' },
  completed: { fill: '#C6EFCE', fontColor: '#006100' },
  'on-track': { fill: '#DDEBF7', fontColor: '#1F4E79' },
  behind: { fill: '#FFC7CE', fontColor: '#9C0006' },
  'in-progress': { fill: '#FFEB9C', fontColor: '#9C5700' },
  'no-data': { fill: '#EDEDED', fontColor: '#595959' },
  'not-reported': { fill: '#EDEDED', fontColor: '#595959' },
  pending: { fill: '#F8CBAD', fontColor: '#833C0B' },
  unclear: { fill: '#E4DFEC', fontColor: '#5B3F86' },
};

export const ALL_STATUSES: readonly Status[] = ['exceeded', 'completed', 'on-track', 'behind', 'in-progress', 'no-data', 'not-reported', 'pending', 'unclear'];

/** The status as the sheet writes it (超额完成 …): formulas, COUNTIFS criteria and colours all key on this text. */
export function statusLabel(status: Status): string {
  return t(`status.${status}`);
}

/** One text-equals rule per status, so a cell changes colour when a formula's status changes. */
export function statusColourRules(rect: Rect): ConditionalFormat[] {
  return ALL_STATUSES.map((status) => ({ kind: 'text-equals', rect, text: statusLabel(status), ...STATUS_COLOURS[status] }));
}

export function rect(top: number, left: number, bottom: number, right: number): Rect {
  return { top, left, bottom, right };
}

/** 0.5 → "50.00%", for text lines (formulas carry their own number formats). */
export function percentText(fraction: number): string {
  return `${(fraction * 100).toFixed(2)}%`;
}

/** 填报单位：… from the table, or, since a title is not a 填报单位, which table this is when the sheet names no unit. */
export function sourceLine(table: IndicatorTable, snapshot: WorkbookSnapshot): string {
  return table.unitName
    ? t('sheet.overview.unit', 'zh-CN', { unit: table.unitName })
    : t('sheet.overview.table', 'zh-CN', { table: table.title ?? snapshot.name });
}

/** "2009-07-01 09:30" in the machine's own time zone, from the ISO timestamp the pipeline passes. */
export function generatedAtText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
