import { unitOfNamedFigure } from './name-target';
import { normalizeText } from './text-normalize';
import { convertUnit, isKnownUnit, splitUnit } from './unit-convert';

/**
 * The unit an indicator is measured in, from the most explicit statement to the least: its 单位 cell,
 * its name (城镇化率（%）), the column header (完成值（亿元）), the unit written with its figures (120亿元),
 * the unit the name writes after the row's own figure (新增就业1100人 · 1100), a line above the table (单位：万元).
 */
export interface UnitSources {
  readonly unitCell: string;
  readonly name: string;
  readonly headerUnit: string | null;
  readonly cellUnit: string | null;
  readonly tableUnit: string | null;
  /** Whether the row has any figure: a sheet-wide or column unit means nothing to 年底前完成. */
  readonly hasFigure: boolean;
  /** The row's target and actual as written, to find the one the name repeats with its unit (就业1100人 · 1100). */
  readonly figures?: readonly number[];
}

export interface IndicatorUnit {
  readonly unit: string | null;
  /** Stated by the 单位 column or the name, not inferred from figures or headers. */
  readonly stated: boolean;
}

export function indicatorUnit(sources: UnitSources): IndicatorUnit {
  const stated = cleanUnit(sources.unitCell) ?? unitInName(sources.name);
  if (stated !== null) return { unit: stated, stated: true };
  const { headerUnit, cellUnit, hasFigure } = sources;
  // A unit written in the cell wins over the column's when the two cannot be converted (95.5% under 完成值（亩）).
  const cellOverridesHeader = cellUnit !== null && headerUnit !== null && convertUnit(1, cellUnit, headerUnit).kind === 'incompatible';
  const columnUnit = hasFigure && !cellOverridesHeader ? headerUnit : null;
  const namedUnit = unitOfNamedFigure(sources.name, sources.figures ?? []);
  // 10000万 in the cell, 征缴基金10000万元 in the name: a bare magnitude is only part of a unit; the name completes it.
  const bareMagnitude = cellUnit !== null && splitUnit(cellUnit)?.base === '';
  if (bareMagnitude && namedUnit !== null && namedUnit.startsWith(cellUnit) && columnUnit === null) return { unit: namedUnit, stated: false };
  return { unit: columnUnit ?? cellUnit ?? namedUnit ?? (hasFigure ? sources.tableUnit : null), stated: false };
}

const NO_UNIT = /^(?:[-—–―/／\\、.。…·]+|无|空)$/;

/** A unit as written in a 单位 cell: （万元） → 万元. */
function cleanUnit(text: string): string | null {
  const unit = normalizeText(text).replace(/^[(（\[【]|[)）\]】]$/g, '').replace(/^单位[:：]/, '').trim();
  // -, /, 无: the unit cell left empty on purpose (a qualitative row), not a unit called “-”.
  return unit === '' || NO_UNIT.test(unit) ? null : unit;
}

/** 城镇化率（%） names its own unit. */
function unitInName(name: string): string | null {
  const m = /[(（]([^()（）]{1,8})[)）]\s*$/.exec(normalizeText(name));
  return m && isKnownUnit(m[1]) ? m[1] : null;
}
