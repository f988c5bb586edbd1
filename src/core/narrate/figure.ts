import type { CellRef, NumberField } from '../model';
import { measureWordFor } from './measure-word';
import { decimalsNeeded, formatPercent, formatPoints, formatQuantity, percentDecimals, quantityText, STAFF_DECIMALS, type WrittenBound } from './number-format';

/** A figure ready to print: its text with unit, the digits alone (to find it in staff text), and its cells. */
export interface Figure {
  readonly text: string;
  readonly digits: string;
  readonly value: number;
  readonly unit: string | null;
  readonly sources: readonly CellRef[];
}

function sourceDecimals(field: NumberField): number {
  return Number.isFinite(field.decimals) && field.decimals >= 0 ? field.decimals : decimalsNeeded(field.value, STAFF_DECIMALS);
}

/** The unit a figure prints with: the indicator's, else the cell's own, else a measure word the name implies. */
export function figureUnit(field: NumberField, unit: string | null, name: string): string | null {
  if (unit !== null && unit.trim() !== '') return unit.trim();
  if (field.unitInCell !== undefined && field.unitInCell.trim() !== '') return field.unitInCell.trim();
  return Number.isInteger(field.value) ? measureWordFor(name) : null;
}

const BOUND_BEFORE = /(低于|少于|小于|高于|多于|大于|不超过|不高于|不大于|不多于|不低于|不少于|不小于|控制在|至少|最多|最高|最低|最少)\s*[-+]?\d/u;
const BOUND_AFTER = /\d[^\d]{0,4}?(及以下|及以上|以内|以下|以上|之内)/u;

/** The comparator word the cell was typed with, so the draft quotes it rather than a synonym the parser chose. */
function writtenBound(text: string): WrittenBound | null {
  const before = BOUND_BEFORE.exec(text)?.[1];
  if (before !== undefined) return { before };
  const after = BOUND_AFTER.exec(text)?.[1];
  return after === undefined ? null : { after };
}

/**
 * A value read from a cell, in the indicator's unit: 39.9亿元, 300余人, 45%. `restate: false` keeps the staff's
 * unit, for a figure that must read in the same unit as another in its sentence.
 */
export function fieldFigure(field: NumberField, unit: string | null, name: string, restate = true): Figure | null {
  const shownUnit = figureUnit(field, unit, name);
  const quantity = formatQuantity(field.value, shownUnit === '％' ? '%' : shownUnit, sourceDecimals(field), field.approx, restate);
  if (quantity === null) return null;
  return {
    text: quantityText(quantity, field.approx, writtenBound(field.text)),
    digits: quantity.digits,
    value: quantity.value,
    unit: quantity.unit === '' ? null : quantity.unit,
    sources: [field.cell],
  };
}

/** A computed rate (completion, growth) as a percentage with two decimals at most. */
export function rateFigure(fraction: number, sources: readonly CellRef[]): Figure | null {
  const text = formatPercent(fraction);
  if (text === null) return null;
  return { text, digits: text.slice(0, -1), value: fraction * 100, unit: '%', sources };
}

/** A rate the sheet states itself, printed with the decimals it shows (31.08%, 45%). */
export function statedRateFigure(field: NumberField): Figure | null {
  const text = formatPercent(Math.abs(field.value), percentDecimals(field.value));
  if (text === null) return null;
  return { text, digits: text.slice(0, -1), value: Math.abs(field.value) * 100, unit: '%', sources: [field.cell] };
}

/** A growth rate's size, without its sign (the sentence says 增长 or 下降). */
export function growthFigure(fraction: number, sources: readonly CellRef[]): Figure | null {
  return rateFigure(Math.abs(fraction), sources);
}

/** Percentage points: "2.66个百分点". */
export function pointsFigure(fraction: number, sources: readonly CellRef[]): Figure | null {
  const digits = formatPoints(fraction);
  if (digits === null) return null;
  return { text: `${digits}个百分点`, digits, value: Math.abs(fraction) * 100, unit: '个百分点', sources };
}
