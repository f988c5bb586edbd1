import { rmSync } from 'node:fs';
import { Inflate, strFromU8 } from 'fflate';
import type { OutputPlan, SheetPlan } from '../../core/model';
import { updateAppProperties } from './app-properties';
import { chartDrawingXml, chartXml } from './chart-parts';
import { commentsVml, commentsXml, usedVmlBlocks } from './comment-parts';
import { SheetCellStyles } from './sheet-cell-styles';
import { assertDisjointMerges, worksheetXml, type PreparedSheet } from './sheet-xml';
import { REL_TYPES, relativeTarget, relsPartOf, SourcePackage, type Relationship } from './source-package';
import { StyleBook } from './style-book';
import { WorkbookPart } from './workbook-part';
import { compressedBytes } from './zip-archive';
import { ZipWriter } from './zip-writer';
import { attribute, childElements, element, parseXml, removeChild, serializeXml, type XmlElement } from './xml-tree';

const CONTENT_TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  relationships: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A part we write ourselves, from text produced piece by piece. */
interface NewPart {
  readonly name: string;
  readonly contentType: string | null;
  readonly pieces: () => Iterable<string>;
}

function relationshipsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  const items = rels.map((rel) => `<Relationship Id="${rel.id}" Type="${rel.type}" Target="${rel.target}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${RELS_NS}">${items}</Relationships>`;
}

/** Reads a sheet's opening (up to its cell data) without inflating the rest: enough to see its view settings. */
function sheetHead(pkg: SourcePackage, part: string): string {
  const entry = pkg.entry(part);
  if (!entry) return '';
  const data = compressedBytes(pkg.file, entry);
  if (entry.method === 0) return strFromU8(data.subarray(0, 1 << 20), true);
  let head = '';
  let done = false;
  const inflate = new Inflate((chunk) => {
    if (!done) head += strFromU8(chunk, true);
    if (/sheetData|<\/(?:\w+:)?sheetViews>/.test(head) || head.length > 1 << 20) done = true;
  });
  try {
    for (let at = 0; at < data.length && !done; at += 1 << 14) inflate.push(data.subarray(at, at + (1 << 14)), at + (1 << 14) >= data.length);
  } catch {
    return head;
  }
  return head;
}

/** Lowest free "prefix{n}suffix" among the names taken (compared without case). */
function freeName(taken: Set<string>, prefix: string, suffix: string): string {
  for (let n = 1; ; n++) {
    const name = `${prefix}${n}${suffix}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

function freeRelId(used: Set<string>): string {
  for (let n = 1; ; n++) {
    const id = `rId${n}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}

/**
 * The report workbook: the department's package with the plan's sheets added.
 *
 * Every part of theirs is copied as stored (same compressed bytes), except the four that list what a
 * package holds: the workbook (sheets, defined names, calculation on load), its relationships, the
 * content types and docProps/app.xml; and styles.xml, which gains our cell formats after theirs. Sheets an
 * earlier run generated (plan.removeSheets, found by marker) are dropped with the parts only they used.
 */
export async function writeReportPackage(input: Uint8Array, plan: OutputPlan, outPath: string): Promise<void> {
  const pkg = new SourcePackage(input);
  const relsCache = new Map<string, ReturnType<SourcePackage['relationships']>>();
  const relationshipsOf = (part: string) => {
    if (!relsCache.has(part)) relsCache.set(part, pkg.relationships(part));
    return relsCache.get(part) ?? null;
  };
  const workbookRel = relationshipsOf('')?.list.find((rel) => rel.type === REL_TYPES.officeDocument || rel.type.endsWith('/officeDocument'));
  if (!workbookRel) throw new Error('the package has no workbook (_rels/.rels names no officeDocument)');
  const workbookPartName = workbookRel.target;
  const workbookXml = pkg.text(workbookPartName);
  if (workbookXml === null) throw new Error(`the package has no ${workbookPartName}`);
  const workbook = new WorkbookPart(parseXml(workbookXml, workbookPartName));
  const workbookRelsName = relsPartOf(workbookPartName);
  const workbookRels = relationshipsOf(workbookPartName) ?? { root: parseXml(relationshipsXml([]), workbookRelsName), list: [] };
  const contentTypesXml = pkg.text('[Content_Types].xml');
  if (contentTypesXml === null) throw new Error('the package has no [Content_Types].xml');
  const contentTypes = parseXml(contentTypesXml, '[Content_Types].xml');

  // Sheets to replace, and the parts only they reach.
  const sheetsBefore = workbook.sheets();
  const removing = new Set(plan.removeSheets.filter((name) => sheetsBefore.some((sheet) => sheet.name === name)));
  const relById = new Map(workbookRels.list.map((rel) => [rel.id, rel]));
  const removedParts = new Set(sheetsBefore.filter((sheet) => removing.has(sheet.name)).map((sheet) => relById.get(sheet.relId)?.target ?? ''));
  removedParts.delete('');
  const reach = (cut: ReadonlySet<string>): Set<string> => {
    const seen = new Set<string>();
    const queue = [''];
    while (queue.length > 0) {
      const part = queue.pop()!;
      for (const rel of relationshipsOf(part)?.list ?? []) {
        if (rel.external || cut.has(rel.target) || seen.has(rel.target)) continue;
        seen.add(rel.target);
        queue.push(rel.target);
      }
    }
    return seen;
  };
  const dropped = new Set<string>();
  if (removedParts.size > 0) {
    const after = reach(removedParts);
    for (const part of reach(new Set())) if (!after.has(part)) dropped.add(part);
    const removedIds = new Set(sheetsBefore.filter((sheet) => removing.has(sheet.name)).map((sheet) => String(sheet.sheetId)));
    // calcChain lists formula cells by sheet id: entries for a dropped sheet make Excel repair the file.
    const calcChain = workbookRels.list.find((rel) => rel.type === REL_TYPES.calcChain);
    const chainXml = calcChain ? pkg.text(calcChain.target) : null;
    if (calcChain && chainXml !== null && [...chainXml.matchAll(/\bi="(\d+)"/g)].some((match) => removedIds.has(match[1]))) dropped.add(calcChain.target);
  }
  for (const rel of workbookRels.list) {
    if (!rel.external && (removedParts.has(rel.target) || dropped.has(rel.target))) removeChild(workbookRels.root, rel.element);
  }
  const sheetNamesBefore = sheetsBefore.map((sheet) => sheet.name);
  workbook.removeSheets(removing);
  const keptSheets = workbook.sheets();

  const droppedNames = new Set<string>();
  for (const part of [...dropped, ...removedParts]) droppedNames.add(part.toLowerCase()).add(relsPartOf(part).toLowerCase());
  // Names taken in the output: every entry kept, and everything allocated below.
  const taken = new Set<string>();
  for (const entry of pkg.entries) if (!droppedNames.has(entry.name.toLowerCase())) taken.add(entry.name.toLowerCase());
  const usedRelIds = new Set(childElements(workbookRels.root, 'Relationship').map((rel) => attribute(rel, 'Id') ?? ''));
  const xlDir = workbookPartName.slice(0, workbookPartName.lastIndexOf('/') + 1);

  // Styles: theirs, with ours appended.
  let stylesRel: Relationship | undefined = workbookRels.list.find((rel) => rel.type === REL_TYPES.styles && !dropped.has(rel.target));
  const stylesPartName = stylesRel?.target ?? `${xlDir}styles.xml`;
  const book = new StyleBook(stylesRel ? pkg.text(stylesRel.target) : null);
  const newParts: NewPart[] = [];
  if (!stylesRel) {
    const id = freeRelId(usedRelIds);
    workbookRels.root.children.push(element('Relationship', [['Id', id], ['Type', REL_TYPES.styles], ['Target', relativeTarget(workbookPartName, stylesPartName)]]));
    stylesRel = { id, type: REL_TYPES.styles, target: stylesPartName, external: false, element: element('none') };
    taken.add(stylesPartName.toLowerCase());
  }

  // Our sheet is opened first only when no sheet of theirs is marked selected: two selected tabs would open grouped.
  const theirsSelected = keptSheets.findIndex((sheet) => /\btabSelected="(1|true)"/.test(sheetHead(pkg, relById.get(sheet.relId)?.target ?? '')));
  const activate = theirsSelected < 0 ? plan.activate : null;
  if (theirsSelected >= 0 && workbook.activeTab() !== theirsSelected) workbook.setActiveTab(theirsSelected);

  let vmlBlock = Math.max(
    0,
    ...pkg.entries.filter((entry) => /\.vml$/i.test(entry.name) && !dropped.has(entry.name)).flatMap((entry) => usedVmlBlocks(pkg.text(entry.name) ?? '')),
  );
  const prepared: PreparedSheet[] = [];
  for (const sheetPlan of plan.sheets) {
    assertDisjointMerges(sheetPlan.merges);
    const part = freeName(taken, `${xlDir}worksheets/sheet`, '.xml');
    const sheetRels: { id: string; type: string; target: string }[] = [];
    let drawingRelId: string | null = null;
    let commentsVmlRelId: string | null = null;
    if (sheetPlan.chart) {
      const chart = sheetPlan.chart;
      const drawingPart = freeName(taken, `${xlDir}drawings/drawing`, '.xml');
      const chartPart = freeName(taken, `${xlDir}charts/chart`, '.xml');
      drawingRelId = `rId${sheetRels.length + 1}`;
      sheetRels.push({ id: drawingRelId, type: REL_TYPES.drawing, target: relativeTarget(part, drawingPart) });
      newParts.push(
        { name: drawingPart, contentType: CONTENT_TYPES.drawing, pieces: () => [chartDrawingXml(chart, 'rId1')] },
        { name: relsPartOf(drawingPart), contentType: null, pieces: () => [relationshipsXml([{ id: 'rId1', type: REL_TYPES.chart, target: relativeTarget(drawingPart, chartPart) }])] },
        { name: chartPart, contentType: CONTENT_TYPES.chart, pieces: () => [chartXml(sheetPlan, chart)] },
      );
    }
    if (sheetPlan.notes.length > 0) {
      const commentsPart = freeName(taken, `${xlDir}comments`, '.xml');
      const vmlPart = freeName(taken, `${xlDir}drawings/vmlDrawing`, '.vml');
      const block = ++vmlBlock;
      commentsVmlRelId = `rId${sheetRels.length + 1}`;
      sheetRels.push(
        { id: commentsVmlRelId, type: REL_TYPES.vmlDrawing, target: relativeTarget(part, vmlPart) },
        { id: `rId${sheetRels.length + 2}`, type: REL_TYPES.comments, target: relativeTarget(part, commentsPart) },
      );
      newParts.push(
        { name: commentsPart, contentType: CONTENT_TYPES.comments, pieces: () => [commentsXml(sheetPlan.notes)] },
        { name: vmlPart, contentType: null, pieces: () => [commentsVml(sheetPlan.notes, block)] },
      );
    }
    const sheet: PreparedSheet = {
      plan: sheetPlan,
      styles: new SheetCellStyles(sheetPlan, book),
      dxfIds: sheetPlan.conditionalFormats.map((format) => (format.kind === 'data-bar' ? null : book.differentialFormat(format.fill, format.fontColor))),
      drawingRelId,
      commentsVmlRelId,
      selected: activate === sheetPlan.name,
    };
    prepared.push(sheet);
    newParts.push({ name: part, contentType: CONTENT_TYPES.worksheet, pieces: () => worksheetXml(sheet) });
    if (sheetRels.length > 0) newParts.push({ name: relsPartOf(part), contentType: null, pieces: () => [relationshipsXml(sheetRels)] });
    const relId = freeRelId(usedRelIds);
    workbookRels.root.children.push(element('Relationship', [['Id', relId], ['Type', REL_TYPES.worksheet], ['Target', relativeTarget(workbookPartName, part)]]));
    const position = workbook.addSheet(sheetPlan.name, relId);
    workbook.addPrintTitles(sheetPlan, position);
    if (activate === sheetPlan.name) workbook.setActiveTab(position);
  }
  workbook.calculateOnLoad();
  newParts.sort((a, b) => sheetOrder(a.name) - sheetOrder(b.name));

  updateContentTypes(contentTypes, dropped, newParts, stylesPartName, pkg.has(stylesPartName));
  const appPart = relationshipsOf('')?.list.find((rel) => rel.type === REL_TYPES.extendedProperties)?.target;
  const appXml = appPart ? pkg.text(appPart) : null;
  const newApp = appXml !== null ? safely(() => updateAppProperties(appXml, sheetNamesBefore, workbook.sheets().map((sheet) => sheet.name))) : null;

  const replaced = new Map<string, { name: string; text: string }>();
  const replace = (name: string, text: string) => replaced.set(name.toLowerCase(), { name, text });
  replace('[Content_Types].xml', serializeXml(contentTypes));
  replace(workbookPartName, workbook.serialize());
  replace(workbookRelsName, serializeXml(workbookRels.root));
  replace(stylesPartName, book.serialize());
  if (appPart && newApp) replace(appPart, newApp);

  const writer = new ZipWriter(outPath);
  try {
    const written = new Set<string>();
    for (const entry of pkg.entries) {
      const key = entry.name.toLowerCase();
      if (droppedNames.has(key) || written.has(key)) continue;
      written.add(key);
      const text = replaced.get(key)?.text;
      if (text !== undefined) await writer.addText(entry.name, [text]);
      else writer.copy(entry, compressedBytes(pkg.file, entry));
    }
    for (const [key, part] of replaced) if (!written.has(key)) await writer.addText(part.name, [part.text]);
    for (const part of newParts) await writer.addText(part.name, part.pieces());
    writer.finish();
  } catch (error) {
    writer.abandon();
    rmSync(outPath, { force: true });
    throw error;
  }
}

/** Worksheets first, then the parts they point to: the order Excel writes and readers that stream expect. */
function sheetOrder(name: string): number {
  return /\/worksheets\/sheet\d+\.xml$/.test(name) ? 0 : 1;
}

function safely<T>(work: () => T): T | null {
  try {
    return work();
  } catch {
    return null;
  }
}

function updateContentTypes(root: XmlElement, dropped: ReadonlySet<string>, parts: readonly NewPart[], stylesPart: string, stylesExisted: boolean): void {
  const droppedNames = new Set([...dropped].map((part) => `/${part}`.toLowerCase()));
  for (const override of childElements(root, 'Override')) {
    if (droppedNames.has((attribute(override, 'PartName') ?? '').toLowerCase())) removeChild(root, override);
  }
  const overridden = new Set(childElements(root, 'Override').map((override) => (attribute(override, 'PartName') ?? '').toLowerCase()));
  const defaults = new Set(childElements(root, 'Default').map((item) => (attribute(item, 'Extension') ?? '').toLowerCase()));
  const prefix = root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':') + 1) : '';
  const addDefault = (extension: string, type: string) => {
    if (defaults.has(extension)) return;
    defaults.add(extension);
    root.children.unshift(element(`${prefix}Default`, [['Extension', extension], ['ContentType', type]]));
  };
  const addOverride = (part: string, type: string) => {
    if (overridden.has(`/${part}`.toLowerCase())) return;
    root.children.push(element(`${prefix}Override`, [['PartName', `/${part}`], ['ContentType', type]]));
  };
  addDefault('rels', CONTENT_TYPES.relationships);
  if (!stylesExisted) addOverride(stylesPart, CONTENT_TYPES.styles);
  for (const part of parts) {
    if (part.name.endsWith('.vml')) addDefault('vml', CONTENT_TYPES.vml);
    else if (part.contentType) addOverride(part.name, part.contentType);
  }
}
