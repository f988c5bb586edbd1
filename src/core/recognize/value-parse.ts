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
        inSentence: false,
        falling: false,
      },
    };
  }
  const text = cleanText(value);
  if (normalizeText(text) === '') return { kind: 'empty' };
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

/**
 * A figure in the indicator's own unit. `plainIsFraction`: in this % indicator a bare 0.45 means 45%.
 * Conversions and rescaling make the value `derived`: Excel cannot reproduce it from the cell alone.
 */
export function placeFigure(raw: RawFigure, unit: string | null, plainIsFraction: boolean, columnUnit: string | null = null): Placed {
  // A bare number under 完成值（亿元） is in 亿元; the unit is the column's, not the cell's own words.
  if (raw.unit === null && columnUnit !== null && columnUnit !== '%') {
    const placed = placeFigure({ ...raw, unit: columnUnit }, unit, plainIsFraction);
    const { unitInCell: _columns, ...field } = placed.field;
    return { field, outcome: placed.outcome };
  }
  const base = { cell: raw.cell, approx: raw.approx, text: raw.text, ...(raw.unit ? { unitInCell: raw.unit } : {}) };
  if (raw.unit === '%') {
    // 45% (or 0.45 under a % format) in a % indicator is 45; the cell holds 0.45 or text, so it is derived.
    const compatible = unit === null || isPercentUnit(unit);
    return {
      field: { ...base, value: raw.shown, decimals: raw.decimals, derived: true },
      outcome: compatible ? 'same' : 'incompatible',
    };
  }
  if (raw.unit !== null && unit !== null) {
    const conversion = convertUnit(raw.shown, raw.unit, unit);
    switch (conversion.kind) {
      case 'same':
        return { field: { ...base, value: raw.shown, decimals: raw.decimals, derived: raw.fromText }, outcome: 'same' };
      case 'converted':
        return {
          field: { ...base, value: conversion.value, decimals: plainDecimals(conversion.value), derived: true },
          outcome: 'converted',
        };
      case 'incompatible':
        return { field: { ...base, value: raw.shown, decimals: raw.decimals, derived: raw.fromText }, outcome: 'incompatible' };
      default: {
        const unreachable: never = conversion;
        return unreachable;
      }
    }
  }
  if (raw.unit === null && isPercentUnit(unit) && plainIsFraction && Math.abs(raw.shown) <= 1) {
    const value = cleanFloat(raw.shown * 100);
    return { field: { ...base, value, decimals: Math.max(0, raw.decimals - 2), derived: true }, outcome: 'same' };
  }
  return { field: { ...base, value: raw.shown, decimals: raw.decimals, derived: raw.fromText }, outcome: 'same' };
}

/**
 * A rate the sheet states (增幅, 完成率) as a fraction: 31.08% → 0.3108. A bare number counts as
 * percentage points when the header says % or the column writes rates above 1 (31.08).
 */
export function placeRate(raw: RawFigure, plainArePoints: boolean): NumberField {
  const base = { cell: raw.cell, approx: raw.approx, text: raw.text, ...(raw.unit ? { unitInCell: raw.unit } : {}) };
  const sign = raw.falling ? -1 : 1;
  if (raw.percentFormat) return { ...base, value: sign * cleanFloat(raw.shown / 100), decimals: raw.decimals, derived: raw.falling };
  if (raw.unit === '%' || plainArePoints) {
    return { ...base, value: sign * cleanFloat(raw.shown / 100), decimals: raw.decimals, derived: true };
  }
  return { ...base, value: sign * raw.shown, decimals: raw.decimals, derived: raw.fromText || raw.falling };
}

/** A text cell (names, 责任科室, 完成情况说明); numbers are kept as their digits. */
export function readTextField(value: CellValue, cell: CellRef): TextField | null {
  const text = typeof value === 'string' ? cleanText(value) : cellWords(value);
  return text === '' ? null : { value: text, cell };
}

/** A deadline: an Excel date, a serial number in a General cell, or Chinese words (2024年12月底). */
export function readDateField(value: CellValue, format: string, cell: CellRef, defaultYear: number): DateField | null {
  if (typeof value === 'number') {
    const looksLikeSerial = isDateFormat(format) || (value > 20_000 && value < 80_000 && Number.isInteger(value));
    const iso = looksLikeSerial ? excelSerialToIso(value) : null;
    return iso ? { iso, cell, text: iso } : null;
  }
  if (typeof value !== 'string') return null;
  const text = cleanText(value);
  if (text === '') return null;
  const iso = parseDateText(text, defaultYear);
  return iso ? { iso, cell, text } : null;
}
