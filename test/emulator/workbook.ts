import { EmulatedOfficeError } from './office-error';
import { EmulatedClientObject, type EmulatedRequestContext, type LoadSpec, loadNames, payloadBytes } from './request-context';
import { EmulatedWorksheet } from './worksheet';
import { checkSheetName, newSheet, sheetByName, type SheetState } from './workbook-state';

/** Excel.Workbook, its worksheet collection and Excel.Application. */
export class EmulatedWorkbook extends EmulatedClientObject {
  protected override snapshotProperty(name: string): unknown {
    if (name === 'name') return this.context.state.name;
    throw new EmulatedOfficeError('InvalidArgument', `Workbook property "${name}" is not emulated.`);
  }

  load(propertyNames?: LoadSpec): this {
    this.queueLoad(loadNames(propertyNames));
    return this;
  }

  get name(): string {
    return this.readLoaded('name');
  }

  get worksheets(): EmulatedWorksheetCollection {
    return new EmulatedWorksheetCollection(this.context);
  }

  get application(): EmulatedApplication {
    return new EmulatedApplication(this.context);
  }
}

export class EmulatedApplication extends EmulatedClientObject {
  protected override snapshotProperty(name: string): unknown {
    throw new EmulatedOfficeError('InvalidArgument', `Application property "${name}" is not emulated.`);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.queueCall('suspendApiCalculationUntilNextSync', undefined, () => {
      this.context.state.calculationSuspensions += 1;
    });
  }
}

export class EmulatedWorksheetCollection extends EmulatedClientObject {
  private loadedItems: EmulatedWorksheet[] | null = null;

  protected override snapshotProperty(name: string): unknown {
    throw new EmulatedOfficeError('InvalidArgument', `WorksheetCollection property "${name}" is not emulated.`);
  }

  /** Loads "items/name,items/visibility,…": one proxy per sheet, born loaded. */
  load(propertyNames?: LoadSpec): this {
    const names = loadNames(propertyNames).map((name) => name.replace(/^items\//, ''));
    this.context.enqueue('WorksheetCollection.load', names, () => {
      const state = this.context.state;
      const rows = state.sheets.map((sheet) => {
        const values = new Map<string, unknown>();
        for (const name of names) values.set(name, itemProperty(state.sheets, sheet, name));
        return { sheet, values };
      });
      return {
        bytes: payloadBytes(rows.map((row) => Object.fromEntries(row.values))),
        commit: () => {
          this.loadedItems = rows.map(({ sheet, values }) => {
            const proxy = new EmulatedWorksheet(this.context, () => sheet);
            proxy.adopt(sheet, values);
            return proxy;
          });
        },
      };
    });
    return this;
  }

  get items(): EmulatedWorksheet[] {
    if (!this.loadedItems) return this.readLoaded('items');
    return this.loadedItems;
  }

  getItem(key: string): EmulatedWorksheet {
    return new EmulatedWorksheet(this.context, () => sheetByName(this.context.state, key));
  }

  getItemOrNullObject(key: string): EmulatedWorksheet {
    return new EmulatedWorksheet(this.context, () => sheetByName(this.context.state, key), true);
  }

  getActiveWorksheet(): EmulatedWorksheet {
    return new EmulatedWorksheet(this.context, () => this.context.state.sheets.find((sheet) => sheet.id === this.context.state.activeSheetId));
  }

  /** Appends a sheet at the end, as Excel does; the returned proxy is bound to it once the batch runs. */
  add(name?: string): EmulatedWorksheet {
    let created: SheetState | undefined;
    const proxy = new EmulatedWorksheet(this.context, () => created);
    this.queueCall('add', name, () => {
      const state = this.context.state;
      const finalName = name ?? `Sheet${state.sheets.length + 1}`;
      checkSheetName(state, finalName);
      created = newSheet(state, finalName);
      state.sheets.push(created);
    });
    return proxy;
  }
}

function itemProperty(sheets: SheetState[], sheet: SheetState, name: string): unknown {
  switch (name) {
    case 'name':
      return sheet.name;
    case 'visibility':
      return sheet.visibility;
    case 'position':
      return sheets.indexOf(sheet);
    case 'tabColor':
      return sheet.tabColor;
    default:
      throw new EmulatedOfficeError('InvalidArgument', `Worksheet property "${name}" is not emulated.`);
  }
}
