import { EmulatedOfficeError } from './office-error';
import { assertWritable, EmulatedRange, parseAddress, rectToA1 } from './range';
import { EmulatedClientObject, type EmulatedRequestContext, type LoadSpec, loadNames } from './request-context';
import { compareVersions } from '../../src/excel/requirement-sets';
import { type ChartState, checkSheetName, MAX_COLUMNS, MAX_ROWS, type SheetState, usedRect } from './workbook-state';

/** Excel.Worksheet and the objects hanging off it (freeze panes, page layout, protection, charts, notes). */
export class EmulatedWorksheet extends EmulatedClientObject {
  private bound: SheetState | null = null;

  constructor(
    context: EmulatedRequestContext,
    private readonly find: () => SheetState | undefined,
    private readonly orNull = false,
  ) {
    super(context);
  }

  /** Binds to the sheet on first use, by identity: a later rename does not lose it. */
  sheet(): SheetState {
    if (!this.bound) {
      const found = this.find();
      if (!found) throw new EmulatedOfficeError('ItemNotFound', "The requested resource doesn't exist. (Worksheet)");
      this.bound = found;
    }
    if (!this.context.state.sheets.includes(this.bound)) throw new EmulatedOfficeError('ItemNotFound', `The worksheet "${this.bound.name}" was deleted.`);
    return this.bound;
  }

  protected override exists(): boolean {
    if (!this.orNull) return true;
    try {
      this.sheet();
      return true;
    } catch {
      return false;
    }
  }

  protected override snapshotProperty(name: string): unknown {
    const sheet = this.sheet();
    switch (name) {
      case 'name':
        return sheet.name;
      case 'visibility':
        return sheet.visibility;
      case 'position':
        return this.context.state.sheets.indexOf(sheet);
      case 'tabColor':
        return sheet.tabColor;
      case 'id':
        return `{${sheet.id}}`;
      default:
        throw new EmulatedOfficeError('InvalidArgument', `Worksheet property "${name}" is not emulated.`);
    }
  }

  load(propertyNames?: LoadSpec): this {
    this.queueLoad(loadNames(propertyNames));
    return this;
  }

  /** Used by the collection when it loads items: the item is born loaded. */
  adopt(sheet: SheetState, values: ReadonlyMap<string, unknown>): void {
    this.bound = sheet;
    this.acceptLoaded(values);
  }

  get name(): string {
    return this.readLoaded('name');
  }
  set name(value: string) {
    this.queueCall('name', value, () => {
      const sheet = this.sheet();
      checkSheetName(this.context.state, value, sheet);
      sheet.name = value;
    });
  }

  get visibility(): string {
    return this.readLoaded('visibility');
  }
  get position(): number {
    return this.readLoaded('position');
  }

  get tabColor(): string {
    return this.readLoaded('tabColor');
  }
  set tabColor(value: string) {
    this.queueCall('tabColor', value, () => {
      this.sheet().tabColor = value;
    });
  }

  getRange(address?: string): EmulatedRange {
    return new EmulatedRange(this.context, () => ({ sheet: this.sheet(), rect: parseAddress(address ?? 'A1:XFD1048576') }));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): EmulatedRange {
    return new EmulatedRange(this.context, () => {
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1 || startRow + rowCount > MAX_ROWS || startColumn + columnCount > MAX_COLUMNS) {
        throw new EmulatedOfficeError('InvalidArgument', `getRangeByIndexes(${startRow}, ${startColumn}, ${rowCount}, ${columnCount}) is outside the grid.`);
      }
      return { sheet: this.sheet(), rect: { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 } };
    });
  }

  /** A blank sheet's used range is A1, as Excel answers. */
  getUsedRange(valuesOnly?: boolean): EmulatedRange {
    return new EmulatedRange(this.context, () => {
      // valuesOnly is ExcelApi 1.2 (API reference); office.js passes it on unchecked, and what an ExcelApi 1.1
      // Excel makes of it is not documented, so this Excel refuses it rather than guess kindly.
      if (valuesOnly !== undefined && compareVersions(this.context.host.excelApi, '1.2') < 0) {
        throw new EmulatedOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (getUsedRange(valuesOnly) needs ExcelApi 1.2; this Excel has ${this.context.host.excelApi})`);
      }
      const sheet = this.sheet();
      return { sheet, rect: usedRect(sheet, valuesOnly === true) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  delete(): void {
    this.queueCall('delete', undefined, () => {
      const state = this.context.state;
      const sheet = this.sheet();
      const visible = state.sheets.filter((s) => s.visibility === 'Visible');
      if (visible.length === 1 && visible[0] === sheet) throw new EmulatedOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      if (state.activeSheetId === sheet.id) state.activeSheetId = state.sheets.find((s) => s.visibility === 'Visible')?.id ?? null;
      if (state.selection?.sheetId === sheet.id) state.selection = null;
    });
  }

  activate(): void {
    this.queueCall('activate', undefined, () => {
      const sheet = this.sheet();
      if (sheet.visibility !== 'Visible') throw new EmulatedOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.context.state.activeSheetId = sheet.id;
    });
  }

  get freezePanes(): EmulatedWorksheetFreezePanes {
    return new EmulatedWorksheetFreezePanes(this.context, this);
  }
  get pageLayout(): EmulatedPageLayout {
    return new EmulatedPageLayout(this.context, this);
  }
  get protection(): EmulatedWorksheetProtection {
    return new EmulatedWorksheetProtection(this.context, this);
  }
  get charts(): EmulatedChartCollection {
    return new EmulatedChartCollection(this.context, this);
  }
  get notes(): EmulatedNoteCollection {
    return new EmulatedNoteCollection(this.context, this);
  }
}

abstract class EmulatedSheetPart extends EmulatedClientObject {
  constructor(
    context: EmulatedRequestContext,
    protected readonly worksheet: EmulatedWorksheet,
  ) {
    super(context);
  }

  protected override snapshotProperty(name: string): unknown {
    throw new EmulatedOfficeError('InvalidArgument', `Loading ${this.className()}.${name} is not emulated.`);
  }
}

export class EmulatedWorksheetFreezePanes extends EmulatedSheetPart {
  freezeRows(count?: number): void {
    this.queueCall('freezeRows', count, () => {
      this.worksheet.sheet().freeze = { rows: count ?? 1, cols: 0 };
    });
  }
  freezeColumns(count?: number): void {
    this.queueCall('freezeColumns', count, () => {
      this.worksheet.sheet().freeze = { rows: 0, cols: count ?? 1 };
    });
  }
  freezeAt(frozenRange: EmulatedRange | string): void {
    this.queueCall('freezeAt', typeof frozenRange === 'string' ? frozenRange : 'range', () => {
      const rect = typeof frozenRange === 'string' ? parseAddress(frozenRange) : frozenRange.where().rect;
      this.worksheet.sheet().freeze = { rows: rect.bottom + 1, cols: rect.right + 1 };
    });
  }
}

export class EmulatedPageLayout extends EmulatedSheetPart {
  set orientation(value: string) {
    this.queueCall('orientation', value, () => {
      this.worksheet.sheet().pageLayout.orientation = value;
    });
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.queueCall('zoom', value, () => {
      const zoom: Record<string, number> = {};
      for (const [key, number] of Object.entries(value)) if (typeof number === 'number') zoom[key] = number;
      this.worksheet.sheet().pageLayout.zoom = zoom;
    });
  }
  setPrintTitleRows(rows: string): void {
    this.queueCall('setPrintTitleRows', rows, () => {
      if (!/^\$?\d+:\$?\d+$/.test(rows)) throw new EmulatedOfficeError('InvalidArgument', `Print title rows "${rows}" are not rows.`);
      this.worksheet.sheet().pageLayout.printTitleRows = rows;
    });
  }
}

export class EmulatedWorksheetProtection extends EmulatedSheetPart {
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.queueCall('protect', { options, password }, () => {
      const sheet = this.worksheet.sheet();
      if (sheet.protected) throw new EmulatedOfficeError('InvalidOperation', 'The worksheet is already protected.');
      sheet.protected = true;
      sheet.protectionOptions = { ...(options ?? {}) };
    });
  }
}

export class EmulatedChart extends EmulatedSheetPart {
  private record: ChartState | null = null;

  bind(record: ChartState): void {
    this.record = record;
  }

  private chart(): ChartState {
    if (!this.record) throw new EmulatedOfficeError('GeneralException', 'Chart used before it was added.');
    return this.record;
  }

  get title() {
    const set = (value: string) =>
      this.queueCall('title.text', value, () => {
        this.chart().title = value;
      });
    return {
      set text(value: string) {
        set(value);
      },
    };
  }

  setPosition(startCell: string, endCell?: string): void {
    this.queueCall('setPosition', { startCell, endCell }, () => {
      parseAddress(startCell);
      if (endCell) parseAddress(endCell);
      this.chart().position = { start: startCell, end: endCell ?? startCell };
    });
  }
}

export class EmulatedChartCollection extends EmulatedSheetPart {
  add(type: string, sourceData: EmulatedRange, seriesBy?: string): EmulatedChart {
    const chart = new EmulatedChart(this.context, this.worksheet);
    this.queueCall('add', { type, seriesBy }, () => {
      const located = sourceData.where();
      if (located.sheet.protected) throw new EmulatedOfficeError('AccessDenied', 'Cannot add a chart to a protected sheet.');
      const record: ChartState = { type, source: located.rect, seriesBy: seriesBy ?? 'Auto' };
      chart.bind(record);
      this.worksheet.sheet().charts.push(record);
    });
    return chart;
  }
}

export class EmulatedNoteCollection extends EmulatedSheetPart {
  add(cellAddress: EmulatedRange | string, content: unknown): void {
    this.queueCall('add', content, () => {
      const located = typeof cellAddress === 'string' ? { sheet: this.worksheet.sheet(), rect: parseAddress(cellAddress) } : cellAddress.where();
      assertWritable(located, 'notes.add');
      if (located.rect.top !== located.rect.bottom || located.rect.left !== located.rect.right) {
        throw new EmulatedOfficeError('InvalidArgument', `A note belongs to one cell, not ${rectToA1(located.rect)}.`);
      }
      located.sheet.notes.push({ row: located.rect.top, col: located.rect.left, text: String(content) });
    });
  }
}
