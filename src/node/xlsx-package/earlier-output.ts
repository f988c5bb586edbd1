import type { Relationship, SourcePackage } from './source-package';
import { REL_TYPES } from './source-package';
import type { WorkbookSheet } from './workbook-part';

/**
 * What goes with the sheets an earlier run generated: the sheets' parts, and every part only they reach
 * (their drawings, charts, notes, printer settings …), found by walking the package's relationships from
 * its root with and without them. Parts the department's own sheets also reach stay, and so do parts no
 * relationship reaches at all, since they were in the file as it came.
 */
export function partsOfEarlierOutput(
  pkg: SourcePackage,
  relationshipsOf: (part: string) => readonly Relationship[],
  removedSheets: readonly WorkbookSheet[],
  workbookRels: readonly Relationship[],
): { sheetParts: Set<string>; dropped: Set<string> } {
  const byId = new Map(workbookRels.map((rel) => [rel.id, rel]));
  const sheetParts = new Set<string>();
  for (const sheet of removedSheets) {
    const target = byId.get(sheet.relId)?.target;
    if (target) sheetParts.add(target);
  }
  const dropped = new Set<string>();
  if (sheetParts.size === 0) return { sheetParts, dropped };
  const reach = (cut: ReadonlySet<string>): Set<string> => {
    const seen = new Set<string>();
    const queue = [''];
    while (queue.length > 0) {
      for (const rel of relationshipsOf(queue.pop()!)) {
        if (rel.external || cut.has(rel.target) || seen.has(rel.target)) continue;
        seen.add(rel.target);
        queue.push(rel.target);
      }
    }
    return seen;
  };
  const kept = reach(sheetParts);
  for (const part of reach(new Set())) if (!kept.has(part)) dropped.add(part);
  // calcChain lists formula cells by sheet id: entries for a dropped sheet make Excel repair the file, and
  // Excel rebuilds a missing chain, so it goes only when it names one of the dropped sheets.
  const removedIds = new Set(removedSheets.map((sheet) => String(sheet.sheetId)));
  const calcChain = workbookRels.find((rel) => rel.type === REL_TYPES.calcChain);
  const chainXml = calcChain ? pkg.text(calcChain.target) : null;
  if (calcChain && chainXml !== null && [...chainXml.matchAll(/\bi="(\d+)"/g)].some((match) => removedIds.has(match[1]))) dropped.add(calcChain.target);
  return { sheetParts, dropped };
}
