import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { settingsFromProperties, type WorkbookSettings } from '../../src/core/model';
import { ExcelHost } from '../../src/excel/excel-host';
import { PaneStore } from '../../src/taskpane/pane-store';
import { ReportRunner } from '../../src/taskpane/report-runner';
import { webReport } from '../../src/web/web-report';
import { emulatorFromXlsx, SAMPLE_WORKBOOK } from '../emulator/from-xlsx';
import type { ExcelEmulator } from '../emulator/excel-emulator';

/**
 * The add-in reads the answers the 网页版 (or the CLI) kept in the report workbook's custom document
 * properties (workbook.properties.custom, ExcelApi 1.7), uses them beneath its own document settings,
 * and writes a changed answer back there, so the CLI and the page see it too.
 */
const ANSWERS: WorkbookSettings = { layoutClass: 'progress-only', columnMap: { department: 'J', owner: 'I' } };
const FIXED = '2009-07-01T09:00:00.000Z';

let dir = '';
let report = '';
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'huibao-addin-answers-'));
  const outcome = await webReport({ fileName: path.basename(SAMPLE_WORKBOOK), bytes: new Uint8Array(readFileSync(SAMPLE_WORKBOOK)), settings: ANSWERS, locale: 'zh-CN', generatedAt: FIXED });
  if (outcome.kind !== 'report') throw new Error(outcome.kind);
  report = path.join(dir, outcome.files.xlsxName);
  writeFileSync(report, Buffer.concat(outcome.files.xlsx.map((piece) => Buffer.from(piece))));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runnerOf(excel: ExcelEmulator): { runner: ReportRunner; store: PaneStore; host: ExcelHost } {
  const host = new ExcelHost(excel.run, excel.capabilities());
  const store = new PaneStore();
  return { runner: new ReportRunner({ host, settings: excel.settings, store, generatedAt: () => FIXED }), store, host };
}

describe('加载项读写工作簿自定义属性里的回答（与命令行、网页版同一处）', () => {
  it('在“Excel”中打开网页版的汇报：读到网页版的回答，生成时按它识别', async () => {
    const excel = await emulatorFromXlsx(report);
    const { runner, store, host } = runnerOf(excel);
    expect(host.capabilities.has('custom-properties')).toBe(true);
    // Read with the sheet list, in the same round trip: the run still takes at most 4.
    expect((await host.read()).snapshot.settings).toEqual(ANSWERS);
    const before = excel.syncCount();
    const result = await runner.run();
    if (result.kind !== 'written') throw new Error(`expected written, got ${result.kind}`);
    expect(excel.syncCount() - before).toBeLessThanOrEqual(4);
    expect(result.outcome.recognition.table?.layoutClass).toBe('progress-only');
    expect(result.outcome.recognition.table?.columns.department?.letter).toBe('J');
    expect(store.getState().settings).toEqual(ANSWERS);
  });

  it('加载项自己的文档设置优先于工作簿里的回答', async () => {
    const excel = await emulatorFromXlsx(report, { settings: { 'huibao.settings': { layoutClass: 'breakdown' } } });
    const { runner, store } = runnerOf(excel);
    const result = await runner.run();
    if (result.kind !== 'written') throw new Error(`expected written, got ${result.kind}`);
    expect(result.outcome.recognition.table?.layoutClass).toBe('breakdown');
    expect(store.getState().settings).toEqual({ layoutClass: 'breakdown', columnMap: ANSWERS.columnMap });
  });

  it('在窗格里改了回答：同时写进自定义属性，超过 255 字符分段，旧分段不留', async () => {
    const excel = await emulatorFromXlsx(report);
    const { runner } = runnerOf(excel);
    const longSheet = '目标分解表'.repeat(60);
    await runner.changeSettings({ sheet: longSheet, layoutClass: 'sentence' });
    const kept = excel.state.customProperties;
    expect([...kept.keys()].length).toBeGreaterThan(1);
    expect([...kept.values()].every((value) => value.length <= 255)).toBe(true);
    expect(settingsFromProperties(kept)).toEqual({ sheet: longSheet, layoutClass: 'sentence' });
    await runner.changeSettings({ layoutClass: 'multi-level' });
    expect([...kept.keys()]).toEqual(['huibao.settings']);
    expect(settingsFromProperties(kept)).toEqual({ layoutClass: 'multi-level' });
  });

  it('模拟器与桌面版 Excel 一样把超过 255 字符的属性值截断（模拟器不比 Excel 宽松）', async () => {
    const excel = await emulatorFromXlsx(SAMPLE_WORKBOOK);
    await excel.run(async (context) => {
      context.workbook.properties.custom.add('长值', 'x'.repeat(300));
      await context.sync();
    });
    expect(excel.state.customProperties.get('长值')).toHaveLength(255);
  });

  it('ExcelApi 1.6 的 Excel 没有自定义属性接口：照常只用文档设置，不报错', async () => {
    const excel = await emulatorFromXlsx(report, { excelApi: '1.6' });
    const { runner, host } = runnerOf(excel);
    expect(host.capabilities.has('custom-properties')).toBe(false);
    expect((await host.read()).snapshot.settings).toBeUndefined();
    const result = await runner.run();
    if (result.kind !== 'written') throw new Error(`expected written, got ${result.kind}`);
    expect(result.outcome.recognition.table?.layoutClass).toBe('breakdown');
    // Calling the API anyway fails as Excel would (ApiNotFound), never silently works.
    await expect(
      excel.run(async (context) => {
        context.workbook.properties.custom.load('items');
        await context.sync();
      }),
    ).rejects.toThrow();
  });
});
