/**
 * Stands in for office.js when the bench opens the task pane in headless Chromium: the Excel emulator
 * (test/emulator), holding the bench workbook, is put where Office and Excel would be, so the pane starts
 * as it does inside Excel. Bundled for the browser by measure/taskpane.ts; the snapshot is compiled in.
 */
import type { WorkbookSnapshot } from '../../src/core/model';
import { ExcelEmulator } from '../../test/emulator/excel-emulator';

declare const BENCH_SNAPSHOT: WorkbookSnapshot;

const emulator = ExcelEmulator.fromSnapshot(BENCH_SNAPSHOT, { displayLanguage: 'zh-CN', platform: 'OfficeOnline' });
Object.assign(globalThis, { Office: emulator.office(), Excel: { run: emulator.run } });
