import { assertWithinLimits } from '../../core/limits';
import type { OutputPlan, WorkbookSettings } from '../../core/model';
import { CUSTOM_PROPERTIES_PART, CUSTOM_PROPERTIES_REL, CUSTOM_PROPERTIES_TYPE, withSettingsProperties } from './custom-properties';
import { updateAppProperties } from './app-properties';
import { usedVmlBlocks } from './comment-parts';
import { partsOfEarlierOutput } from './earlier-output';
import { CONTENT_TYPES, generatedSheetParts, relationshipsXml, type NewPart } from './generated-sheet-parts';
import { freeRelId, PartNames } from './part-names';
import { relsPartOf } from '../zip/part-paths';
import { REL_TYPES, relativeTarget, SourcePackage, type Relationship } from './source-package';
import { StyleBook } from './style-book';
import { WorkbookPart } from './workbook-part';
import { compressedBytes } from '../zip/entry-data';
import type { PackageHost } from './package-host';
import { ZipWriter } from './zip-writer';
import { attribute, childElements, element, parseXml, removeChild, serializeXml, type XmlElement } from './xml-tree';

/** Where a sheet's view settings are over: the tab selection is known by then. */
const SHEET_VIEWS_END = /sheetData|<\/(?:\w+:)?sheetViews>/;
/** Where a VML drawing's shape-id blocks (o:idmap) are declared. */
const SHAPE_LAYOUT_END = /<\/o:shapelayout>|<v:shape[\s>]/;

/** The package's small listing parts, parsed for editing. */
interface Listings {
  readonly workbookPart: string;
  readonly workbook: WorkbookPart;
  readonly workbookRels: { readonly root: XmlElement; readonly list: Relationship[] };
  readonly contentTypes: XmlElement;
}

function readListings(pkg: SourcePackage, relationshipsOf: (part: string) => Relationship[]): Listings {
  const workbookRel = relationshipsOf('').find((rel) => rel.type === REL_TYPES.officeDocument || rel.type.endsWith('/officeDocument'));
  if (!workbookRel) throw new Error('the package has no workbook (_rels/.rels names no officeDocument)');
  const workbookPart = workbookRel.target;
  const workbookXml = pkg.text(workbookPart);
  if (workbookXml === null) throw new Error(`the package has no ${workbookPart}`);
  const contentTypesXml = pkg.text('[Content_Types].xml');
  if (contentTypesXml === null) throw new Error('the package has no [Content_Types].xml');
  return {
    workbookPart,
    workbook: new WorkbookPart(parseXml(workbookXml, workbookPart)),
    workbookRels: pkg.relationships(workbookPart) ?? { root: parseXml(relationshipsXml([]), relsPartOf(workbookPart)), list: [] },
    contentTypes: parseXml(contentTypesXml, '[Content_Types].xml'),
  };
}

/**
 * The report workbook: the department's package with the plan's sheets added.
 *
 * Every part of theirs is copied as stored (same compressed bytes), except the four that list what a
 * package holds: the workbook (sheets, defined names, calculation on load), its relationships, the
 * content types and docProps/app.xml; and styles.xml, which gains our cell formats after theirs. Sheets an
 * earlier run generated (plan.removeSheets, found by marker) are dropped with the parts only they used.
 * The user's answers (settings) go into docProps/custom.xml beside any custom properties of theirs; when
 * the package had none, the part is added with its relationship (_rels/.rels) and content type.
 */
export async function writeReportPackage(input: Uint8Array, plan: OutputPlan, host: PackageHost, settings: WorkbookSettings = {}): Promise<void> {
  // Excel would refuse or clip what crosses its limits (src/core/limits): nothing is written then.
  assertWithinLimits(plan);
  const pkg = new SourcePackage(input);
  const relsCache = new Map<string, Relationship[]>();
  const relationshipsOf = (part: string): Relationship[] => {
    let list = relsCache.get(part);
    if (!list) relsCache.set(part, (list = pkg.relationships(part)?.list ?? []));
    return list;
  };
  const { workbookPart, workbook, workbookRels, contentTypes } = readListings(pkg, relationshipsOf);

  const sheetsBefore = workbook.sheets();
  const removing = new Set(plan.removeSheets);
  const earlier = partsOfEarlierOutput(pkg, relationshipsOf, sheetsBefore.filter((sheet) => removing.has(sheet.name)), workbookRels.list);
  const gone = new Set([...earlier.sheetParts, ...earlier.dropped]);
  for (const rel of workbookRels.list) if (!rel.external && gone.has(rel.target)) removeChild(workbookRels.root, rel.element);
  workbook.removeSheets(removing);
  const droppedEntries = new Set<string>();
  for (const part of gone) droppedEntries.add(part.toLowerCase()).add(relsPartOf(part).toLowerCase());

  const names = new PartNames(pkg.entries.map((entry) => entry.name).filter((name) => !droppedEntries.has(name.toLowerCase())));
  const usedRelIds = new Set(childElements(workbookRels.root, 'Relationship').map((rel) => attribute(rel, 'Id') ?? ''));
  const dir = workbookPart.slice(0, workbookPart.lastIndexOf('/') + 1);
  const relate = (type: string, part: string) => {
    const id = freeRelId(usedRelIds);
    workbookRels.root.children.push(element('Relationship', [['Id', id], ['Type', type], ['Target', relativeTarget(workbookPart, part)]]));
    return id;
  };

  const stylesRel = workbookRels.list.find((rel) => rel.type === REL_TYPES.styles && !gone.has(rel.target));
  const stylesPart = stylesRel?.target ?? `${dir}styles.xml`;
  const book = new StyleBook(stylesRel ? pkg.text(stylesRel.target) : null);
  if (!stylesRel) {
    names.claim(stylesPart);
    relate(REL_TYPES.styles, stylesPart);
  }

  // Our sheet opens first only when no sheet of theirs is marked selected: two selected tabs open grouped.
  const relById = new Map(workbookRels.list.map((rel) => [rel.id, rel]));
  const theirsSelected = workbook.sheets().findIndex((sheet) => /\btabSelected="(1|true)"/.test(pkg.head(relById.get(sheet.relId)?.target ?? '', SHEET_VIEWS_END)));
  const activate = theirsSelected < 0 ? plan.activate : null;
  if (theirsSelected >= 0 && workbook.activeTab() !== theirsSelected) workbook.setActiveTab(theirsSelected);

  let vmlBlock = Math.max(0, ...pkg.entries.filter((entry) => /\.vml$/i.test(entry.name) && !droppedEntries.has(entry.name.toLowerCase())).flatMap((entry) => usedVmlBlocks(pkg.head(entry.name, SHAPE_LAYOUT_END))));
  const newParts: NewPart[] = [];
  for (const sheetPlan of plan.sheets) {
    const { worksheet, parts } = generatedSheetParts(sheetPlan, { names, dir, book, selected: activate === sheetPlan.name, vmlBlock: () => ++vmlBlock });
    newParts.push(...parts);
    const position = workbook.addSheet(sheetPlan.name, relate(REL_TYPES.worksheet, worksheet));
    workbook.addPrintTitles(sheetPlan, position);
    if (activate === sheetPlan.name) workbook.setActiveTab(position);
  }
  workbook.calculateOnLoad();
  updateContentTypes(contentTypes, gone, newParts, stylesRel ? null : stylesPart);

  const replaced = new Map<string, { name: string; text: string }>();
  const replace = (name: string, text: string) => replaced.set(name.toLowerCase(), { name, text });
  keepSettings(pkg, relationshipsOf(''), settings, contentTypes, replace);
  replace('[Content_Types].xml', serializeXml(contentTypes));
  replace(workbookPart, workbook.serialize());
  replace(relsPartOf(workbookPart), serializeXml(workbookRels.root));
  replace(stylesPart, book.serialize());
  const appPart = relationshipsOf('').find((rel) => rel.type === REL_TYPES.extendedProperties)?.target;
  const appXml = appPart ? pkg.text(appPart) : null;
  const app = appXml !== null ? safely(() => updateAppProperties(appXml, sheetsBefore.map((sheet) => sheet.name), workbook.sheets().map((sheet) => sheet.name))) : null;
  if (appPart && app) replace(appPart, app);

  await writeZip(pkg, host, droppedEntries, replaced, newParts);
}

/** Their entries in their order (dropped ones left out, listing parts rewritten), then ours. */
async function writeZip(pkg: SourcePackage, host: PackageHost, dropped: ReadonlySet<string>, replaced: ReadonlyMap<string, { name: string; text: string }>, parts: readonly NewPart[]): Promise<void> {
  const writer = new ZipWriter(host);
  try {
    const written = new Set<string>();
    for (const entry of pkg.entries) {
      const key = entry.name.toLowerCase();
      if (dropped.has(key) || written.has(key)) continue;
      written.add(key);
      const text = replaced.get(key)?.text;
      if (text !== undefined) await writer.addText(entry.name, [text]);
      else writer.copy(entry, compressedBytes(pkg.file, entry));
    }
    for (const [key, part] of replaced) if (!written.has(key)) await writer.addText(part.name, [part.text]);
    for (const part of parts) await writer.addText(part.name, part.pieces());
    writer.finish();
  } catch (error) {
    writer.abandon();
    throw error;
  }
}

/** The answers into the custom properties part (theirs updated in place, or ours added and listed). */
function keepSettings(pkg: SourcePackage, rootRels: readonly Relationship[], settings: WorkbookSettings, contentTypes: XmlElement, replace: (name: string, text: string) => void): void {
  const customPart = rootRels.find((rel) => !rel.external && rel.type === CUSTOM_PROPERTIES_REL)?.target;
  const existing = customPart ? pkg.text(customPart) : null;
  const part = existing !== null && customPart ? customPart : CUSTOM_PROPERTIES_PART;
  const xml = safely(() => withSettingsProperties(existing, settings));
  // Unreadable custom properties of theirs are left as they are rather than replaced.
  if (xml === null || (existing === null && pkg.has(part))) return;
  replace(part, xml);
  if (existing !== null) return;
  const rels = pkg.relationships('');
  const root = rels?.root ?? parseXml(relationshipsXml([]), '_rels/.rels');
  const usedIds = new Set(childElements(root, 'Relationship').map((rel) => attribute(rel, 'Id') ?? ''));
  const relPrefix = root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':') + 1) : '';
  root.children.push(element(`${relPrefix}Relationship`, [['Id', freeRelId(usedIds)], ['Type', CUSTOM_PROPERTIES_REL], ['Target', part]]));
  replace('_rels/.rels', serializeXml(root));
  const prefix = contentTypes.name.includes(':') ? contentTypes.name.slice(0, contentTypes.name.indexOf(':') + 1) : '';
  const listed = childElements(contentTypes, 'Override').some((override) => (attribute(override, 'PartName') ?? '').toLowerCase() === `/${part}`.toLowerCase());
  if (!listed) contentTypes.children.push(element(`${prefix}Override`, [['PartName', `/${part}`], ['ContentType', CUSTOM_PROPERTIES_TYPE]]));
}

function safely<T>(work: () => T): T | null {
  try {
    return work();
  } catch {
    return null;
  }
}

function updateContentTypes(root: XmlElement, gone: ReadonlySet<string>, parts: readonly NewPart[], newStylesPart: string | null): void {
  const goneNames = new Set([...gone].map((part) => `/${part}`.toLowerCase()));
  for (const override of childElements(root, 'Override')) {
    if (goneNames.has((attribute(override, 'PartName') ?? '').toLowerCase())) removeChild(root, override);
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
  if (newStylesPart) addOverride(newStylesPart, CONTENT_TYPES.styles);
  for (const part of parts) {
    if (part.name.endsWith('.vml')) addDefault('vml', CONTENT_TYPES.vml);
    else if (part.contentType) addOverride(part.name, part.contentType);
  }
}
