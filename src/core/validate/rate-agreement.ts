import type { NumberField } from '../model';

/** Half a unit of the last decimal the cell shows, in the value's own scale ("31.08%" → 0.00005). */
export function roundingOf(field: NumberField): number {
  const decimals = Number.isInteger(field.decimals) && field.decimals >= 0 && field.decimals <= 12 ? field.decimals : 2;
  const half = 0.5 * 10 ** -decimals;
  return typeof field.text === 'string' && (/[%％]/.test(field.text) || writtenInPoints(field)) ? half / 100 : half;
}

/** 80 in a 完成比例(%) column holds 0.8: its last digit is a hundredth of the value's scale. */
function writtenInPoints(field: NumberField): boolean {
  const written = Number(String(field.text).trim());
  return Number.isFinite(written) && written !== field.value && Math.abs(written / 100 - Math.abs(field.value)) < 1e-9;
}

/** A rate computed from rounded figures is only as exact as they are; ignore differences within that. */
const SLACK = 0.001;

/**
 * Whether a rate the sheet states (a fraction) agrees with the one its own figures give, allowing for the
 * rounding of every figure involved. A stated 31.08 where 0.3108 is meant (a percentage typed without %)
 * counts as agreeing: recognition's business, not a wrong figure.
 */
export function ratesAgree(stated: number, statedRounding: number, computed: number, computedTolerance: number): boolean {
  const tolerance = SLACK + statedRounding + computedTolerance;
  return Math.abs(stated - computed) <= tolerance || Math.abs(stated / 100 - computed) <= tolerance;
}

/** How far a quotient a ÷ b may be off when a and b are rounded by ea and eb. */
export function quotientTolerance(a: number, ea: number, b: number, eb: number): number {
  return ea / Math.abs(b) + (Math.abs(a) * eb) / (b * b);
}
