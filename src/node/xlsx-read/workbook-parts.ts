import { attribute, readXmlPart } from './xml-part';
import { directoryOf, relsPartOf, resolveTarget } from '../zip/part-paths';
import type { ZipPackage } from '../zip/zip-package';

/** One sheet as workbook.xml lists it, with the part that holds its cells. */
export interface SheetPart {
  readonly name: string;
  readonly visible: boolean;
  readonly part: string;
}

/** Where the workbook keeps what the reader needs, resolved through the package's relationships. */
export interface WorkbookParts {
  /** Worksheets in the workbook's order; chart sheets, dialog and macro sheets have no cells and are left out. */
  readonly sheets: readonly SheetPart[];
  readonly sharedStrings: string | null;
  readonly styles: string | null;
  /** The 1904 date system (old Mac workbooks): serial 0 is 1904-01-01. */
  readonly date1904: boolean;
  /** docProps/custom.xml or wherever the package's relationships put it: the user's answers live there. */
  readonly customProperties: string | null;
}

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

const DEFAULT_WORKBOOK = 'xl/workbook.xml';

function readRelationships(zip: ZipPackage, part: string): Relationship[] {
  const relationships: Relationship[] = [];
  readXmlPart(zip, relsPartOf(part), {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.TargetMode === 'External') return;
      relationships.push({ id: attributes.Id ?? '', type: attributes.Type ?? '', target: attributes.Target ?? '' });
    },
    close() {},
    text() {},
  });
  return relationships;
}

/** Relationship types end the same in transitional and strict OOXML; only the namespace before differs. */
function hasType(relationship: Relationship, kind: string): boolean {
  return relationship.type.toLowerCase().endsWith(`/${kind.toLowerCase()}`);
}

function customPropertiesPart(zip: ZipPackage): string | null {
  const related = readRelationships(zip, '').find((relationship) => hasType(relationship, 'custom-properties'));
  const part = related ? resolveTarget('', related.target) : null;
  return part && zip.has(part) ? part : null;
}

function officeDocumentPart(zip: ZipPackage): string {
  const main = readRelationships(zip, '').find((relationship) => hasType(relationship, 'officeDocument'));
  const part = main ? resolveTarget('', main.target) : DEFAULT_WORKBOOK;
  return zip.has(part) ? part : DEFAULT_WORKBOOK;
}

/** A part the relationships name, else the part at its usual place, else none. */
function optionalPart(zip: ZipPackage, relationships: readonly Relationship[], workbook: string, kind: string, usual: string): string | null {
  const related = relationships.find((relationship) => hasType(relationship, kind));
  const part = related ? resolveTarget(workbook, related.target) : null;
  if (part && zip.has(part)) return part;
  return zip.has(usual) ? usual : null;
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value?.toLowerCase() === 'true';
}

/** null when the package has no workbook part at all (a .docx or any other zip renamed to .xlsx). */
export function readWorkbookParts(zip: ZipPackage): WorkbookParts | null {
  const workbook = officeDocumentPart(zip);
  if (!zip.has(workbook)) return null;
  const relationships = readRelationships(zip, workbook);
  const byId = new Map(relationships.map((relationship) => [relationship.id, relationship]));
  const sheets: SheetPart[] = [];
  let date1904 = false;
  readXmlPart(zip, workbook, {
    open(name, attributes) {
      if (name === 'workbookPr') date1904 = isTrue(attributes.date1904);
      if (name !== 'sheet') return;
      const relationship = byId.get(attribute(attributes, 'id') ?? '');
      if (!relationship || !hasType(relationship, 'worksheet')) return;
      const part = resolveTarget(workbook, relationship.target);
      if (!zip.has(part)) return;
      const state = attributes.state;
      sheets.push({ name: attributes.name ?? '', visible: state === undefined || state === 'visible', part });
    },
    close() {},
    text() {},
  });
  const folder = directoryOf(workbook);
  return {
    sheets,
    sharedStrings: optionalPart(zip, relationships, workbook, 'sharedStrings', `${folder}sharedStrings.xml`),
    styles: optionalPart(zip, relationships, workbook, 'styles', `${folder}styles.xml`),
    date1904,
    customProperties: customPropertiesPart(zip),
  };
}
