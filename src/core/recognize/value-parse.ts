import type { Approximation, CellRef, CellValue, DateField, NumberField, TextField } from '../model';
import { isCellError } from '../model';
import { cellWords, formatDecimals, isPercentFormat, plainDecimals, shownNumber } from './cell-text';
import { excelSerialToIso, isDateFormat, parseDateText } from './date-text';
import { parseNumberText } from './number-text';
import { cleanText, normalizeText } from './text-normalize';
import { cleanFloat, convertUnit } from './unit-convert';

/**
 * A figure cell read as the department wrote it, before it is put into the indicator's unit:
 * a number cell (its cached value when it holds a formula), or text such as "120亿元", "≥95%", "300余人".
 */
export type RawRead =
  | { readonly kind: 'empty' }
  | { readonly kind: 'error'; readonly error: string; readonly cell: CellRef }
  /** Words without one clear figure (年底前完成, 推进中) — or with several (10个、5亿元): kept as text. */
  | { readonly kind: 'words'; readonly text: string; readonly cell: CellRef; readonly severalNumbers: boolean }
  | { readonly kind: 'figure'; readonly figure: RawFigure };

export interface RawFigure {
  readonly cell: CellRef;
  /** The number as shown: 45 for a 45% cell (even when the cell holds 0.45). */
  readonly shown: number;
  /** "%" when the cell shows a percentage; otherwise the unit written in the text, or null. */
  readonly unit: string | null;
  readonly approx: Approximation;
  readonly decimals: number;
  readonly text: string;
  /** Read from text: Excel holds no number here. */
  readonly fromText: boolean;
  /** A number cell under a % format: Excel holds shown ÷ 100. */
  readonly percentFormat: boolean;
  /** The number Excel holds (the cached value), or the figure read from text. */
  readonly cellNumber: number;
  /** The figure sat in a sentence (全年完成100亿元): the sentence is kept as text too. */
  readonly inSentence: boolean;
  readonly falling: boolean;
}

export function readRaw(value: CellValue, format: string, cell: CellRef): RawRead {
  if (value === null || typeof value === 'boolean') return { kind: 'empty' };
  if (isCellError(value)) return { kind: 'error', error: value.error, cell };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { kind: 'empty' };
    if (isDateFormat(format)) {
      const iso = excelSerialToIso(value);
      return iso ? { kind: 'words', text: iso, cell, severalNumbers: false } : { kind: 'empty' };
    }
    const percentFormat = isPercentFormat(format);
    const shown = percentFormat ? cleanFloat(value * 100) : value;
    const formatted = formatDecimals(format);
    return {
      kind: 'figure',
      figure: {
        cell,
        shown,
        unit: percentFormat ? '%' : null,
        approx: 'exact',
        decimals: formatted ?? plainDecimals(shown),
        text: shownNumber(value, format),
        fromText: false,
        percentFormat,
        cellNumber: value,
        inSentence: false,
        falling: false,
      },
    };
  }
  const text = cleanText(value);
  // Dashes or slashes alone (-, - - -, —, /) fill a cell that has nothing to say: they are no words.
  if (/^[\s\-－—–_/／\\…·.]*$/.test(normalizeText(text))) return { kind: 'empty' };
  const parsed = parseNumberText(text);
  switch (parsed.kind) {
    case 'none':
      return { kind: 'words', text, cell, severalNumbers: false };
    case 'several':
      return { kind: 'words', text, cell, severalNumbers: true };
    case 'number':
      return {
        kind: 'figure',
        figure: {
          cell,
          shown: parsed.value,
          unit: parsed.unit,
          approx: parsed.approx,
          decimals: parsed.decimals,
          text,
          fromText: true,
          percentFormat: false,
          cellNumber: parsed.value,
          inSentence: parsed.inSentence,
          falling: parsed.falling,
        },
      };
    default: {
      const unreachable: never = parsed;
      return unreachable;
    }
  }
}

export type UnitOutcome = 'same' | 'converted' | 'incompatible';

export interface Placed {
  readonly field: NumberField;
  readonly outcome: UnitOutcome;
}

function isPercentUnit(unit: string | null): boolean {
  return unit === '%' || unit === '个百分点' || unit === '百分点';
}

/** Built as one literal: this runs for every figure of a 50,000-row sheet. */
function numberField(raw: RawFigure, value: number, decimals: number, derived: boolean, unitInCell: string | null): NumberField {
  return unitInCell === null
    ? { value, cell: raw.cell, approx: raw.approx, text: raw.text, decimals, derived }
    : { value, cell: raw.cell, approx: raw.approx, text: raw.text, decimals, derived, unitInCell };
}

/**
 * A figure in the indicator's own unit. `plainIsFraction`: in this % indicator a bare 0.45 means 45%.
 * `columnUnit`: the unit the column's header gives (完成值（亿元）) for a bare number.
 * Conversions and rescaling make the value `derived`: Excel cannot reproduce it from the cell alone.
 */
export function placeFigure(raw: RawFigure, unit: string | null, plainIsFraction: boolean, columnUnit: string | null = null): Placed {
  // The unit a bare number is in comes from its column's header; it is not written in the cell.
  const writtenUnit = raw.unit ?? (columnUnit !== '%' ? columnUnit : null);
  const inCell = raw.unit;
  if (writtenUnit === '%') {
    // 45% (or 0.45 under a % format) in a % indicator is 45; the cell holds 0.45 or text, so it is derived.
    const compatible = unit === null || isPercentUnit(unit);
    return { field: numberField(raw, raw.shown, raw.decimals, true, inCell), outcome: compatible ? 'same' : 'incompatible' };
  }
  if (writtenUnit !== null && unit !== null) {
    // 不低于60元 for an indicator in 元/月/人: the figure is written in the rate's own first unit.
    if (unit.includes('/') && unit.split('/')[0] === writtenUnit) {
      return { field: numberField(raw, raw.shown, raw.decimals, raw.fromText, inCell), outcome: 'same' };
    }
    const conversion = convertUnit(raw.shown, writtenUnit, unit);
    switch (conversion.kind) {
      case 'same':
        return { field: numberField(raw, raw.shown, raw.decimals, raw.fromText, inCell), outcome: 'same' };
      case 'converted':
        return { field: numberField(raw, conversion.value, plainDecimals(conversion.value), true, inCell), outcome: 'converted' };
      case 'incompatible':
        return { field: numberField(raw, raw.shown, raw.decimals, raw.fromText, inCell), outcome: 'incompatible' };
      default: {
        const unreachable: never = conversion;
        return unreachable;
      }
    }
  }
  if (writtenUnit === null && isPercentUnit(unit) && plainIsFraction && Math.abs(raw.shown) <= 1) {
    return { field: numberField(raw, cleanFloat(raw.shown * 100), Math.max(0, raw.decimals - 2), true, inCell), outcome: 'same' };
  }
  return { field: numberField(raw, raw.shown, raw.decimals, raw.fromText, inCell), outcome: 'same' };
}

/**
 * A rate the sheet states (增幅, 完成率) as a fraction: 31.08% → 0.3108. A bare number counts as
 * percentage points when the header says % or the column writes rates above 1 (31.08).
 */
/**
 * Whether a figure can be a rate at all: a share (80%, 0.8, 80) or a change in points. 达到目标60元 in a
 * 占年任务之比 column is an amount of money, not 6000%.
 */
export function isRateFigure(raw: RawFigure): boolean {
  return raw.percentFormat || raw.unit === null || raw.unit === '%' || raw.unit === '‰' || /百分点$/.test(raw.unit);
}

export function placeRate(raw: RawFigure, plainArePoints: boolean): NumberField {
  const sign = raw.falling ? -1 : 1;
  // Under a % format the cell already holds the fraction; only 下降 words make it derived.
  if (raw.percentFormat) return numberField(raw, sign * raw.cellNumber, raw.decimals, raw.falling, raw.unit);
  if (raw.unit === '%' || plainArePoints) return numberField(raw, sign * cleanFloat(raw.shown / 100), raw.decimals, true, raw.unit);
  return numberField(raw, sign * raw.shown, raw.decimals, raw.fromText || raw.falling, raw.unit);
}

/** A text cell (names, 责任科室, 完成情况说明); numbers are kept as their digits. */
export function readTextField(value: CellValue, cell: CellRef): TextField | null {
  const text = typeof value === 'string' ? cleanText(value) : cellWords(value);
  return text === '' ? null : { value: text, cell };
}

/**
 * The leader in charge (分管领导, 责任领导) is quoted exactly as the table writes the name, padding and line
 * breaks kept (徐  平; 王 嵘⏎方 勇): a report names a leader only in the form the government published.
 */
export function leaderText(written: string): string {
  return written.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').replace(/\r\n?/g, '\n').trim();
}

export function readLeaderField(value: CellValue, cell: CellRef): TextField | null {
  if (typeof value !== 'string') return readTextField(value, cell);
  const text = leaderText(value);
  return text === '' ? null : { value: text, cell };
}

/** 李　伟: two-character names are padded to three with a full-width space so columns line up. */
const PADDED_NAME = /^[\u4e00-\u9fff](?:\s+[\u4e00-\u9fff]){1,2}$/;

/** A person (责任人): as written, except the padding inside a short name. */
export function readPersonField(value: CellValue, cell: CellRef): TextField | null {
  const field = readTextField(value, cell);
  return field && PADDED_NAME.test(field.value) ? { value: field.value.replace(/\s+/g, ''), cell } : field;
}

/** A deadline: an Excel date, a serial number in a General cell, or Chinese words (2024年12月底). */
export function readDateField(value: CellValue, format: string, cell: CellRef, defaultYear: number): DateField | null {
  if (typeof value === 'number') {
    const looksLikeSerial = isDateFormat(format) || (value > 20_000 && value < 80_000 && Number.isInteger(value));
    const iso = looksLikeSerial ? excelSerialToIso(value) : yearDotMonth(value, format);
    return iso ? { iso, cell, text: iso } : null;
  }
  if (typeof value !== 'string') return null;
  const text = cleanText(value);
  if (text === '' || severalDeadlines(text)) return null;
  const iso = parseDateText(text, defaultYear);
  return iso ? { iso, cell, text } : null;
}

/**
 * 2021.8 and 2021.12 typed as numbers in a deadline column (shown 2021.8, 2021.12 by their formats' decimals): a year and
 * a month, as the same words typed as text are read. The month is the one the cell shows (2021.10 under 0.00, 2021.1
 * under General: what the staff see is what they wrote).
 */
function yearDotMonth(value: number, format: string): string | null {
  if (value < 1990 || value >= 2100 || Number.isInteger(value)) return null;
  const places = /0\.(0+)/.exec(format)?.[1].length;
  const shown = places === undefined ? String(value) : value.toFixed(places);
  return /^(?:19|20)\d{2}\.(?:0?[1-9]|1[0-2])$/.test(shown) ? parseDateText(shown, Math.trunc(value)) : null;
}

/**
 * A list of parts each with its own date (1.2021年8月 2.2021年12月; 1、…7月1日投入试运营 2、…2022年12月底完成): no one
 * deadline for the row. Read as none rather than as a date made of two (8月 2 read as 8月2日).
 */
function severalDeadlines(text: string): boolean {
  const numbered = /^\s*(?:1|一|①)\s*[.．、)）]/.test(text) && /(?:^|[^\d.])(?:2|二|②)\s*[.．、)）]/.test(text);
  return numbered && (text.match(/\d{1,2}\s*月/g) ?? []).length >= 2;
}
