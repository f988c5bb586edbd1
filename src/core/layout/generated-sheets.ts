import type { PlannedValue, SheetPlan, SheetRole, SheetSnapshot, WorkbookSnapshot } from '../model';
import { cellAt } from '../model';
import { t } from '../i18n';

/**
 * Generated sheets carry a marker in row 1 of a hidden column at their right edge:
 * "huibao:generated:v1:<role>". Reruns find earlier output by this marker, never by the sheet's name,
 * so a person's own sheet called 汇总 is never touched.
 */
export const MARKER_PREFIX = 'huibao:generated:v1:';

const ROLES: readonly SheetRole[] = ['checks', 'measures', 'summary', 'overview', 'draft', 'draft-backup', 'notes', 'regions'];

/** Default sheet names, Chinese as the department reads them. */
export const DEFAULT_SHEET_NAMES: Record<SheetRole, string> = {
  overview: '总览',
  measures: '指标测算',
  summary: '汇总',
  regions: t('sheet.regions.name'),
  draft: '汇报稿',
  'draft-backup': '汇报稿（修改稿）',
  checks: '校验结果',
  notes: '测算说明',
};

/** The role of a sheet an earlier run generated, or null for a sheet a person made. */
export function generatedRole(sheet: SheetSnapshot): SheetRole | null {
  const firstRow = sheet.values[0] ?? [];
  for (let col = firstRow.length; col >= 1; col--) {
    const value = cellAt(sheet, 1, col);
    if (typeof value === 'string' && value.startsWith(MARKER_PREFIX)) {
      const role = value.slice(MARKER_PREFIX.length) as SheetRole;
      return ROLES.includes(role) ? role : null;
    }
  }
  return null;
}

export function generatedSheets(snapshot: WorkbookSnapshot): SheetSnapshot[] {
  return snapshot.sheets.filter((sheet) => generatedRole(sheet) !== null);
}

/** The department's own sheets: everything an earlier run did not generate. */
export function ownSheets(snapshot: WorkbookSnapshot): SheetSnapshot[] {
  return snapshot.sheets.filter((sheet) => generatedRole(sheet) === null);
}

/**
 * Names for this run's sheets. A name a person already uses gets a suffix (汇总 → 汇总（报告）), because
 * their sheet stays; a name used only by an earlier generated sheet is free, since that sheet is replaced.
 */
export function resolveSheetNames(snapshot: WorkbookSnapshot): Record<SheetRole, string> {
  const taken = new Set(ownSheets(snapshot).map((sheet) => sheet.name));
  const names = {} as Record<SheetRole, string>;
  for (const role of ROLES) {
    let name = DEFAULT_SHEET_NAMES[role];
    for (let n = 2; taken.has(name); n++) name = `${DEFAULT_SHEET_NAMES[role]}（${n}）`;
    taken.add(name);
    names[role] = name;
  }
  return names;
}

/** Puts the marker into row 1 of a hidden column right of everything the sheet holds. */
export function withMarker(plan: SheetPlan): SheetPlan {
  let width = plan.columnWidths.length;
  for (const row of plan.rows) if (row.length > width) width = row.length;
  const markerCol = width + 1;
  const firstRow: PlannedValue[] = [...(plan.rows[0] ?? [])];
  while (firstRow.length < markerCol - 1) firstRow.push(null);
  firstRow[markerCol - 1] = { kind: 'text', text: MARKER_PREFIX + plan.role };
  return {
    ...plan,
    rows: [firstRow, ...plan.rows.slice(1)],
    hiddenColumns: [...plan.hiddenColumns, markerCol],
  };
}
