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

  get properties(): EmulatedDocumentProperties {
    return new EmulatedDocumentProperties(this.context);
  }
}

/** Excel.DocumentProperties: only its custom properties are emulated. */
export class EmulatedDocumentProperties extends EmulatedClientObject {
  protected override snapshotProperty(name: string): unknown {
    throw new EmulatedOfficeError('InvalidArgument', `DocumentProperties property "${name}" is not emulated.`);
  }

  get custom(): EmulatedCustomPropertyCollection {
    return new EmulatedCustomPropertyCollection(this.context);
  }
}

/**
 * Excel's limit outside Excel on the web: a custom property's key and value are cut to 255 characters
 * (Excel.Interfaces.CustomPropertyData). The emulator plays desktop Excel, the stricter one.
 */
const CUSTOM_PROPERTY_LIMIT = 255;

/** Excel.CustomPropertyCollection: keys are case-insensitive; add() replaces a property of the same key. */
export class EmulatedCustomPropertyCollection extends EmulatedClientObject {
  private loadedItems: EmulatedCustomProperty[] | null = null;

  protected override snapshotProperty(name: string): unknown {
    throw new EmulatedOfficeError('InvalidArgument', `CustomPropertyCollection property "${name}" is not emulated.`);
  }

  load(propertyNames?: LoadSpec): this {
    const names = loadNames(propertyNames).map((name) => name.replace(/^items\//, ''));
    this.context.enqueue('CustomPropertyCollection.load', names, () => {
      const rows = [...this.context.state.customProperties].map(([key, value]) => {
        const values = new Map<string, unknown>();
        for (const name of names) {
          if (name === 'key') values.set('key', key);
          else if (name === 'value') values.set('value', value);
          else if (name === 'type') values.set('type', 'String');
          else throw new EmulatedOfficeError('InvalidArgument', `CustomProperty property "${name}" is not emulated.`);
        }
        return { key, values };
      });
      return {
        bytes: payloadBytes(rows.map((row) => Object.fromEntries(row.values))),
        commit: () => {
          this.loadedItems = rows.map(({ key, values }) => {
            const proxy = new EmulatedCustomProperty(this.context, key);
            proxy.acceptLoaded(values);
            return proxy;
          });
        },
      };
    });
    return this;
  }

  get items(): EmulatedCustomProperty[] {
    if (!this.loadedItems) return this.readLoaded('items');
    return this.loadedItems;
  }

  add(key: string, value: unknown): EmulatedCustomProperty {
    const cutKey = key.slice(0, CUSTOM_PROPERTY_LIMIT);
    this.queueCall('add', [key, value], () => {
      const properties = this.context.state.customProperties;
      for (const existing of [...properties.keys()]) if (existing.toLowerCase() === cutKey.toLowerCase()) properties.delete(existing);
      properties.set(cutKey, String(value).slice(0, CUSTOM_PROPERTY_LIMIT));
    });
    return new EmulatedCustomProperty(this.context, cutKey);
  }
}

export class EmulatedCustomProperty extends EmulatedClientObject {
  constructor(
    context: EmulatedRequestContext,
    private readonly propertyKey: string,
  ) {
    super(context);
  }

  protected override exists(): boolean {
    return [...this.context.state.customProperties.keys()].some((key) => key.toLowerCase() === this.propertyKey.toLowerCase());
  }

  protected override snapshotProperty(name: string): unknown {
    if (name === 'key') return this.propertyKey;
    if (name === 'value') return this.context.state.customProperties.get(this.propertyKey);
    throw new EmulatedOfficeError('InvalidArgument', `CustomProperty property "${name}" is not emulated.`);
  }

  get key(): string {
    return this.readLoaded('key');
  }

  get value(): unknown {
    return this.readLoaded('value');
  }

  delete(): void {
    this.queueCall('delete', undefined, () => {
      for (const key of [...this.context.state.customProperties.keys()]) if (key.toLowerCase() === this.propertyKey.toLowerCase()) this.context.state.customProperties.delete(key);
    });
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
