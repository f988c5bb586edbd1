import type { SheetPlan } from '../../core/model';
import { quoteSheetName } from '../../core/model';
import {
  attribute,
  attributeByLocal,
  childElements,
  element,
  firstChild,
  insertInSequence,
  prefixFor,
  prefixOf,
  removeAttribute,
  removeChild,
  serializeXml,
  setAttribute,
  type XmlElement,
} from './xml-tree';

/** CT_Workbook's sequence, for the children we may have to add. */
const WORKBOOK_ORDER = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface WorkbookSheet {
  readonly element: XmlElement;
  readonly name: string;
  readonly relId: string;
  readonly sheetId: number;
}

/** xl/workbook.xml as the writer edits it: the sheet list, defined names, views and calculation settings. */
export class WorkbookPart {
  private readonly prefix: string;
  private readonly sheetsElement: XmlElement;

  constructor(private readonly root: XmlElement) {
    this.prefix = prefixOf(root);
    const sheets = firstChild(root, 'sheets');
    if (!sheets) throw new Error('xl/workbook.xml has no <sheets>');
    this.sheetsElement = sheets;
  }

  sheets(): WorkbookSheet[] {
    return childElements(this.sheetsElement, 'sheet').map((sheet) => ({
      element: sheet,
      name: attribute(sheet, 'name') ?? '',
      relId: attributeByLocal(sheet, 'id') ?? '',
      sheetId: Number(attribute(sheet, 'sheetId')) || 0,
    }));
  }

  private child(local: string): XmlElement {
    let found = firstChild(this.root, local);
    if (!found) {
      found = element(`${this.prefix}${local}`);
      insertInSequence(this.root, found, WORKBOOK_ORDER);
    }
    return found;
  }

  /**
   * Drops sheets (an earlier run's output). Sheet-local defined names follow their sheet's new position;
   * those of a dropped sheet go with it. Returns old position → new position for the sheets kept.
   */
  removeSheets(names: ReadonlySet<string>): Map<number, number> {
    const moved = new Map<number, number>();
    let kept = 0;
    this.sheets().forEach((sheet, index) => {
      if (names.has(sheet.name)) removeChild(this.sheetsElement, sheet.element);
      else moved.set(index, kept++);
    });
    const definedNames = firstChild(this.root, 'definedNames');
    if (definedNames) {
      for (const name of childElements(definedNames, 'definedName')) {
        const local = attribute(name, 'localSheetId');
        if (local === undefined) continue;
        const target = moved.get(Number(local));
        if (target === undefined) removeChild(definedNames, name);
        else setAttribute(name, 'localSheetId', String(target));
      }
      if (childElements(definedNames).length === 0) removeChild(this.root, definedNames);
    }
    for (const view of childElements(firstChild(this.root, 'bookViews') ?? element('none'), 'workbookView')) {
      for (const key of ['activeTab', 'firstSheet']) {
        const value = attribute(view, key);
        if (value === undefined) continue;
        const target = moved.get(Number(value));
        if (target === undefined) removeAttribute(view, key);
        else setAttribute(view, key, String(target));
      }
    }
    return moved;
  }

  addSheet(name: string, relId: string): number {
    const sheetId = Math.max(0, ...this.sheets().map((sheet) => sheet.sheetId)) + 1;
    const rPrefix = prefixFor(this.root, REL_NS);
    const attributes: [string, string][] = [
      ['name', name],
      ['sheetId', String(sheetId)],
    ];
    if (rPrefix === null) attributes.push(['xmlns:r', REL_NS], ['r:id', relId]);
    else attributes.push([`${rPrefix}id`, relId]);
    this.sheetsElement.children.push(element(`${this.prefix}sheet`, attributes));
    return this.sheets().length - 1;
  }

  /** Rows repeated on each printed page, as Excel stores them: a sheet-local _xlnm.Print_Titles. */
  addPrintTitles(plan: SheetPlan, position: number): void {
    const rows = plan.print?.repeatRows;
    if (!rows) return;
    const names = this.child('definedNames');
    const value = `${quoteSheetName(plan.name)}!$${rows.first}:$${rows.last}`;
    names.children.push(element(`${this.prefix}definedName`, [['name', '_xlnm.Print_Titles'], ['localSheetId', String(position)]], [{ kind: 'text', text: value }]));
  }

  /** Excel and LibreOffice recalculate every formula on open, ours included, whatever their cached values. */
  calculateOnLoad(): void {
    setAttribute(this.child('calcPr'), 'fullCalcOnLoad', '1');
  }

  activeTab(): number {
    const view = firstChild(firstChild(this.root, 'bookViews') ?? element('none'), 'workbookView');
    return Number((view && attribute(view, 'activeTab')) ?? 0) || 0;
  }

  serialize(): string {
    return serializeXml(this.root);
  }

  setActiveTab(position: number): void {
    const views = this.child('bookViews');
    let view = firstChild(views, 'workbookView');
    if (!view) {
      view = element(`${this.prefix}workbookView`);
      views.children.push(view);
    }
    setAttribute(view, 'activeTab', String(position));
    const first = Number(attribute(view, 'firstSheet') ?? 0);
    if (first > position) setAttribute(view, 'firstSheet', String(position));
  }
}
