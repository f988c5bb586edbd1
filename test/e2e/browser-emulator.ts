import type { WorkbookSnapshot } from '../../src/core/model';
import { ExcelEmulator, type EmulatorOptions } from '../emulator/excel-emulator';
import { touchCell } from '../emulator/workbook-state';

/**
 * Bundled for the browser and served in place of office.js: it puts the emulator where the pane expects
 * `Office` and `Excel`, loaded with the workbook the test chose (window.__huibaoE2E, set before the page runs).
 * `window.__huibaoExcel` lets the test look inside "Excel" afterwards.
 */
interface E2EConfig {
  readonly snapshot: WorkbookSnapshot;
  readonly fileName: string;
  readonly options: EmulatorOptions;
}

interface E2EWindow {
  __huibaoE2E?: E2EConfig;
  __huibaoExcel?: ExcelEmulator;
  __huibaoCells?: (sheet: string) => { row: number; col: number; value: unknown; formula: string | null }[];
  __huibaoSetCell?: (sheet: string, row: number, col: number, value: string) => void;
  __huibaoWritten?: (sheet: string) => WrittenFeatures;
  Office?: unknown;
  Excel?: unknown;
}

/** What a generated sheet got beyond its values: the parts older Excels leave out. */
export interface WrittenFeatures {
  readonly merges: number;
  readonly protected: boolean;
  readonly conditionalFormats: number;
  readonly frozen: boolean;
  readonly printSet: boolean;
  readonly notes: number;
  readonly tabColor: string;
  readonly columnWidths: number;
  readonly hyperlinks: number;
}

const scope = window as unknown as E2EWindow;
const config = scope.__huibaoE2E;
if (config) {
  const excel = ExcelEmulator.fromSnapshot(config.snapshot, config.options);
  excel.state.name = config.fileName;
  scope.__huibaoExcel = excel;
  scope.Office = excel.office();
  // Excel.run and the shipped office.js's classes, so the pane's loaded-library check sees what office.js has.
  scope.Excel = excel.excelNamespace();
  scope.__huibaoCells = (sheet) => {
    const cells: { row: number; col: number; value: unknown; formula: string | null }[] = [];
    for (const [row, line] of excel.sheet(sheet).rows) for (const [col, cell] of line) cells.push({ row, col, value: cell.value, formula: cell.formula });
    return cells;
  };
  scope.__huibaoWritten = (sheet) => {
    const state = excel.sheet(sheet);
    return {
      merges: state.merges.length,
      protected: state.protected,
      conditionalFormats: state.conditionalFormats.length,
      frozen: state.freeze !== null,
      printSet: state.pageLayout.orientation !== undefined,
      notes: state.notes.length,
      tabColor: state.tabColor,
      columnWidths: state.columnWidths.size,
      hyperlinks: [...state.rows.values()].reduce((sum, line) => sum + [...line.values()].filter((cell) => cell.hyperlink !== undefined).length, 0),
    };
  };
  // A person typing into a cell (a 审阅意见), outside any add-in batch.
  scope.__huibaoSetCell = (sheet, row, col, value) => {
    touchCell(excel.sheet(sheet), row, col).value = value;
  };
}
