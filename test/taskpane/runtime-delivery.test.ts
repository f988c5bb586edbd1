import * as fs from 'node:fs';
import * as path from 'node:path';
import { ribbonHandler } from '../../src/commands/ribbon-actions';
import type { WorkbookSnapshot } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { generateReport, inThreadEngine } from '../../src/excel/generate-report';
import { ExcelHost } from '../../src/excel/excel-host';
import { detectCapabilities } from '../../src/excel/requirement-sets';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import type { EngineReply, EngineRequest } from '../../src/runtime/engine-messages';
import { type EngineWorker, WorkerEngine } from '../../src/runtime/worker-engine';
import { aboutLines } from '../../src/taskpane/about-lines';
import { deliveryNote } from '../../src/taskpane/delivery-message';
import { DialogGuard } from '../../src/taskpane/dialog-guard';
import { deliverDocx, deliveryContextOf } from '../../src/taskpane/docx-delivery';
import { createRuntime, type OfficeGlobal } from '../../src/taskpane/office-runtime';
import { decodeReportLink, encodeReportLink, REPORT_LINK_LIMIT, reportLinkUrl } from '../../src/taskpane/report-link';
import { emulatorFromXlsx, SAMPLE_WORKBOOK } from '../emulator/from-xlsx';
import { DIALOG_ALREADY_OPEN, DIALOG_CLOSE_MS } from '../emulator/office-stub';

const FIXED = { generatedAt: '2009-07-01T09:00:00.000Z' };
let sample: WorkbookSnapshot;

beforeAll(async () => {
  sample = await readXlsxSnapshot(SAMPLE_WORKBOOK);
});

/**
 * A worker stand-in that behaves as the browser's does where it matters: every message crosses by structured
 * clone (so anything that would not survive postMessage fails here), replies arrive asynchronously, and the
 * engine runs the same code as src/runtime/engine-worker.ts.
 */
class ClonedWorker implements EngineWorker {
  onmessage: ((event: MessageEvent<EngineReply>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  readonly received: EngineRequest[] = [];

  constructor(private readonly behaviour: 'work' | 'fail-to-load') {}

  postMessage(message: EngineRequest): void {
    const request = structuredClone(message);
    this.received.push(request);
    setTimeout(() => {
      if (this.behaviour === 'fail-to-load') {
        this.onerror?.(new Event('error'));
        return;
      }
      const reply = (data: EngineReply) => this.onmessage?.({ data: structuredClone(data) } as MessageEvent<EngineReply>);
      try {
        const outcome = runPipeline(request.snapshot, { ...request.options, onStep: (step, ms) => reply({ type: 'step', id: request.id, step, ms }) });
        reply({ type: 'done', id: request.id, outcome });
      } catch (error) {
        const failure = error as Error;
        reply({ type: 'failed', id: request.id, name: failure.name, message: failure.message, stack: failure.stack ?? '' });
      }
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

function kindsOfObject(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'function') found.add('function');
  if (value === null || typeof value !== 'object') return found;
  found.add(Object.getPrototypeOf(value)?.constructor?.name ?? 'null-prototype');
  for (const inner of Object.values(value)) kindsOfObject(inner, found);
  return found;
}

describe('引擎在后台线程（Web Worker）中运行', () => {
  it('快照经结构化克隆进出 Worker，结果与本线程运行完全相同，各步进度照常报告', async () => {
    const workers: ClonedWorker[] = [];
    const engine = new WorkerEngine('https://host/addin/engine-worker.js', () => {
      const worker = new ClonedWorker('work');
      workers.push(worker);
      return worker;
    });
    const steps: string[] = [];
    const viaWorker = await engine.run(sample, FIXED, (step) => steps.push(step));
    const here = await inThreadEngine(sample, FIXED, () => undefined);
    expect(viaWorker).toEqual(here);
    // Only plain objects and arrays: nothing whose class or methods a structured clone would drop.
    expect(kindsOfObject(here)).toEqual(new Set(['Object', 'Array']));
    expect(steps).toEqual(['recognize', 'validate', 'compute', 'narrate', 'layout']);
    expect(engine.thread).toEqual({ kind: 'worker' });
    expect(workers).toHaveLength(1);
    expect(workers[0].received[0].snapshot).toEqual(sample);
  });

  it('生成汇报走 Worker：写入的工作表与本线程生成的一致', async () => {
    const inWorker = await emulatorFromXlsx(SAMPLE_WORKBOOK);
    const inThread = await emulatorFromXlsx(SAMPLE_WORKBOOK);
    const engine = new WorkerEngine('engine-worker.js', () => new ClonedWorker('work'));
    const a = await generateReport(new ExcelHost(inWorker.run, detectCapabilities(inWorker.isSetSupported, inWorker.loadedLibrary)), { ...FIXED, engine: engine.run });
    const b = await generateReport(new ExcelHost(inThread.run, detectCapabilities(inThread.isSetSupported, inThread.loadedLibrary)), FIXED);
    expect(a.kind).toBe('written');
    expect(inWorker.sheetNames()).toEqual(inThread.sheetNames());
    for (const name of ['指标测算', '汇报稿']) expect([...inWorker.sheet(name).rows]).toEqual([...inThread.sheet(name).rows]);
    expect(a.syncs).toBe(b.syncs);
  });

  it('Worker 脚本加载失败：改在本线程算完这一次，并记下原因', async () => {
    const worker = new ClonedWorker('fail-to-load');
    const engine = new WorkerEngine('missing.js', () => worker);
    const outcome = await engine.run(sample, FIXED, () => undefined);
    expect(outcome.recognition.table).not.toBeNull();
    expect(engine.thread).toEqual({ kind: 'in-thread', reason: 'worker-failed' });
    expect(worker.terminated).toBe(true);
  });

  it('没有 Worker 或构建没写明脚本时在本线程运行，并说明原因', async () => {
    expect(new WorkerEngine('engine-worker.js', null).thread).toEqual({ kind: 'in-thread', reason: 'no-worker-support' });
    expect(new WorkerEngine(null, () => new ClonedWorker('work')).thread).toEqual({ kind: 'in-thread', reason: 'no-worker-script' });
    // Node has no Worker global: forPage falls back, as an old webview would.
    expect(WorkerEngine.forPage('engine-worker.js').thread.kind).toBe('in-thread');
  });

  it('引擎在 Worker 里出错：作为引擎错误报告，工作簿不动', async () => {
    const excel = await emulatorFromXlsx(SAMPLE_WORKBOOK);
    const before = excel.sheetNames();
    const engine = new WorkerEngine('engine-worker.js', () => new ClonedWorker('work'));
    const broken = { ...sample, sheets: null } as unknown as WorkbookSnapshot;
    const host = new ExcelHost(excel.run, detectCapabilities(excel.isSetSupported, excel.loadedLibrary));
    const result = await generateReport({ counts: host.counts, read: async () => ({ snapshot: broken, chunked: false }), apply: (plan, snap) => host.apply(plan, snap) }, { engine: engine.run });
    expect(result.kind).toBe('failed');
    if (result.kind === 'failed') expect(result.errorKind).toBe('engine');
    expect(excel.sheetNames()).toEqual(before);
  });
});

describe('Word 文件：Mac 经浏览器窗口，数据放在链接的 # 之后', () => {
  it('汇报稿压缩进链接再原样取回；链接在部署的子路径之下', () => {
    const report = runPipeline(sample, FIXED).report;
    if (!report) throw new Error('no report');
    const url = reportLinkUrl('https://huibao.example.gov.cn/addin/taskpane.html?_host_Info=Excel', { fileName: '样例-汇报.docx', report }, 'zh-CN');
    const parsed = new URL(url);
    expect(`${parsed.origin}${parsed.pathname}`).toBe('https://huibao.example.gov.cn/addin/download.html');
    expect(parsed.searchParams.get('lang')).toBe('zh-CN');
    expect(decodeReportLink(parsed.hash)).toStrictEqual({ fileName: '样例-汇报.docx', report });
    // The sample's draft: far under the limit (figure for the README).
    expect(url.length).toBeLessThan(REPORT_LINK_LIMIT / 4);
  });

  it('截断或不是本助手的链接：认不出，不抛错', () => {
    const report = runPipeline(sample, FIXED).report;
    if (!report) throw new Error('no report');
    const whole = encodeReportLink({ fileName: 'a.docx', report });
    expect(decodeReportLink(`#${whole.slice(0, whole.length / 2)}`)).toBeNull();
    expect(decodeReportLink('#r1.not-base64!')).toBeNull();
    expect(decodeReportLink('#something-else')).toBeNull();
    expect(decodeReportLink('')).toBeNull();
    expect(decodeReportLink(`#${encodeReportLink({ fileName: 'a.exe', report })}`)).toBeNull();
  });

  it('按运行时选路：Mac 与 Windows 桌面版有 OpenBrowserWindowApi 时打开浏览器（地址记在 Office 那里），网页版用链接', async () => {
    const routes: Record<string, string> = {};
    for (const platform of ['Mac', 'PC', 'OfficeOnline']) {
      const excel = await emulatorFromXlsx(SAMPLE_WORKBOOK, { platform });
      const runtime = createRuntime(excel.office() as unknown as OfficeGlobal, excel.run, { pageUrl: 'https://h/addin/taskpane.html', loaded: excel.loadedLibrary });
      const context = deliveryContextOf(runtime);
      routes[platform] = context.route;
      if (platform === 'Mac') {
        context.openBrowserWindow('https://h/addin/download.html#r1.x');
        expect(excel.office().recorded.browserWindows).toEqual(['https://h/addin/download.html#r1.x']);
      }
    }
    expect(routes).toEqual({ Mac: 'browser-window', PC: 'browser-window', OfficeOnline: 'link' });
  });

  it('太大的汇报稿不交给浏览器，说明长度与上限', async () => {
    const report = runPipeline(sample, FIXED).report;
    if (!report) throw new Error('no report');
    // Text that does not compress: random characters, so the link outgrows the limit.
    const noise = Array.from({ length: 60000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('');
    const big = { ...report, blocks: [...report.blocks, { kind: 'paragraph' as const, runs: [{ kind: 'text' as const, text: noise }] }] };
    const opened: string[] = [];
    const delivery = await deliverDocx(big, '大表', { route: 'browser-window', pageUrl: 'https://h/addin/taskpane.html', locale: 'zh-CN', openBrowserWindow: (url) => opened.push(url), linkFallback: false });
    expect(delivery.kind).toBe('too-large');
    if (delivery.kind === 'too-large') expect(delivery.length).toBeGreaterThan(delivery.limit);
    expect(opened).toEqual([]);
    const small = await deliverDocx(report, '样例', { route: 'browser-window', pageUrl: 'https://h/addin/taskpane.html', locale: 'zh-CN', openBrowserWindow: (url) => opened.push(url), linkFallback: false });
    expect(small).toEqual({ kind: 'browser-window', fileName: '样例-汇报.docx' });
    expect(opened[0]).toMatch(/^https:\/\/h\/addin\/download\.html\?lang=zh-CN#r1\./);
  });
});

describe('对话框一次只开一个（对话框守卫）', () => {
  it('通知未关时再按功能区：旧通知换成新通知，而不是 12007 静默失败', async () => {
    const excel = await emulatorFromXlsx(SAMPLE_WORKBOOK);
    const office = excel.office();
    const runtime = createRuntime(office as unknown as OfficeGlobal, excel.run, { pageUrl: 'https://h/addin/taskpane.html', loaded: excel.loadedLibrary });
    const press = () => new Promise<void>((resolve) => ribbonHandler(Promise.resolve(runtime))({ completed: resolve }));
    await press();
    await press();
    expect(office.recorded.dialogs.map((dialog) => dialog.closed)).toEqual([true, false]);
    expect(new URL(office.recorded.dialogs[1].url).pathname).toBe('/addin/notice.html');
    expect(runtime.store.getState().notice).toBeNull();
  });

  it('别的对话框占着窗口（Office 回 12007）：任务窗格说明原因并打开，显示结果', async () => {
    const excel = await emulatorFromXlsx(SAMPLE_WORKBOOK, { displayLanguage: 'zh-CN' });
    const office = excel.office();
    // A dialog this runtime does not know about (opened before a reload, or by Office for someone else).
    office.context.ui.displayDialogAsync('https://h/other.html', {}, () => undefined);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const runtime = createRuntime(office as unknown as OfficeGlobal, excel.run, { pageUrl: 'https://h/addin/taskpane.html', loaded: excel.loadedLibrary });
    await new Promise<void>((resolve) => ribbonHandler(Promise.resolve(runtime))({ completed: resolve }));
    // Office refused the notice (12007), so only the other dialog was ever open.
    expect(office.recorded.dialogs.map((dialog) => dialog.url)).toEqual(['https://h/other.html']);
    expect(runtime.store.getState().notice).toBe('结果通知未能弹出：另一个对话框（其他加载项或本助手先前打开的窗口）仍开着，Excel 一次只能开一个对话框。请先关闭它，再试一次。结果已显示在任务窗格中。');
    expect(office.recorded.taskpaneShown).toBe(1);
    expect(runtime.store.getState().result?.kind).toBe('written');
  });

  it('守卫本身：另一用途的对话框开着时拒绝并说出是哪个；用户关掉后可以再开', async () => {
    const excel = await emulatorFromXlsx(SAMPLE_WORKBOOK);
    const office = excel.office();
    const guard = new DialogGuard(office.context.ui as unknown as OfficeGlobal['context']['ui']);
    const first = await guard.openDialog({ purpose: 'notice', url: 'https://h/n1', options: {}, onMessage: () => undefined });
    expect(first.kind).toBe('opened');
    expect(guard.openPurpose).toBe('notice');
    office.recorded.dialogs[0].event(12006);
    expect(guard.openPurpose).toBeNull();
    const second = await guard.openDialog({ purpose: 'notice', url: 'https://h/n2', options: {}, onMessage: (message, close) => message === 'close' && close() });
    expect(second.kind).toBe('opened');
    office.recorded.dialogs[1].send('close');
    // dialog.close() is asynchronous: closed a moment later, not at once.
    expect(office.recorded.dialogs[1].closed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, DIALOG_CLOSE_MS + 10));
    expect(office.recorded.dialogs[1].closed).toBe(true);
    expect(DIALOG_ALREADY_OPEN).toBe(12007);
  });
});

describe('每个运行时一个入口', () => {
  it('任务窗格的代码不引用 src/commands（功能区与窗格由 src/runtime 的入口接在一起）', () => {
    const dir = path.join(__dirname, '..', '..', 'src', 'taskpane');
    const offenders = fs.readdirSync(dir).filter((name) => /\.tsx?$/.test(name) && /from '\.\.\/commands\//.test(fs.readFileSync(path.join(dir, name), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('共享运行时的入口在加载时就关联功能区动作，不等 Office.onReady', () => {
    const associated: string[] = [];
    const scope = globalThis as unknown as { Office?: unknown; document?: unknown };
    // office.js loaded, Office not ready yet (onReady never answers here), and a page with no pane root.
    scope.Office = { actions: { associate: (id: string) => associated.push(id) }, onReady: () => new Promise(() => undefined) };
    scope.document = { getElementById: () => null };
    try {
      jest.isolateModules(() => {
        require('../../src/runtime/shared-runtime');
      });
      expect(associated).toEqual(['generateReport']);
    } finally {
      delete scope.Office;
      delete scope.document;
    }
  });
});

describe('窗格里说的话：下载结果、引擎线程、office.js 来源', () => {
  it('每种下载结果都有中英文说明；窗格内下载另给一个可再点的保存链接', () => {
    expect(deliveryNote({ kind: 'link', fileName: 'a-汇报.docx', url: 'blob:x' }, 'zh-CN')).toEqual({
      text: '已开始下载“a-汇报.docx”。',
      link: { href: 'blob:x', fileName: 'a-汇报.docx', label: '如果没有开始下载，请点此保存“a-汇报.docx”' },
    });
    expect(deliveryNote({ kind: 'browser-window', fileName: 'a.docx' }, 'en-US').text).toBe('A page that saves “a.docx” opened in your browser; save it there.');
    expect(deliveryNote({ kind: 'too-large', fileName: 'a.docx', length: 70000, limit: 65536 }, 'zh-CN').text).toMatch(/链接 70000 个字符，上限 65536/);
    expect(deliveryNote({ kind: 'unsupported', fileName: 'a.docx' }, 'zh-CN').text).toMatch(/^这个版本的 Excel 既不能/);
  });

  it('“关于”写明 office.js 的来源与版本、Excel 版本、引擎在哪个线程', () => {
    expect(aboutLines({ kind: 'self-hosted', version: '1.1.110' }, { platform: 'PC', version: '16.0.18429.20040' }, { kind: 'worker' }, 'zh-CN')).toEqual([
      'office.js：本站自带 @microsoft/office-js 1.1.110（不联网）',
      'Excel：PC 16.0.18429.20040',
      '测算在后台线程中进行，Excel 保持响应。',
    ]);
    expect(aboutLines({ kind: 'cdn', url: 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js' }, { platform: 'Mac', version: '' }, { kind: 'in-thread', reason: 'worker-failed' }, 'en-US')).toEqual([
      'office.js: Microsoft’s CDN (https://appsforoffice.microsoft.com/lib/1/hosted/office.js), kept up to date by Microsoft',
      'Excel: Mac',
      'The background thread did not start, so the engine runs in the pane’s thread; with a large table the pane pauses until it is done.',
    ]);
  });
});

describe('对话框守卫：关闭是异步的', () => {
  it('换一个通知：旧的关闭尚未完成时 Office 回 12007，守卫等它关完再开，不当作“被占用”', async () => {
    const excel = await emulatorFromXlsx(SAMPLE_WORKBOOK);
    const office = excel.office();
    const guard = new DialogGuard(office.context.ui as unknown as OfficeGlobal['context']['ui']);
    const first = await guard.openDialog({ purpose: 'notice', url: 'https://h/n1', options: {}, onMessage: () => undefined });
    expect(first.kind).toBe('opened');
    const second = await guard.openDialog({ purpose: 'notice', url: 'https://h/n2', options: {}, onMessage: () => undefined });
    expect(second.kind).toBe('opened');
    expect(office.recorded.dialogs.map((dialog) => [dialog.url, dialog.closed])).toEqual([
      ['https://h/n1', true],
      ['https://h/n2', false],
    ]);
  });
});

describe('Windows 桌面版的 Word 下载：优先走微软文档的 openBrowserWindow', () => {
  it('在 Windows 的“Excel”里按下载：系统浏览器打开本站 download.html（汇报稿在 # 之后），不在窗格里点 blob 链接', async () => {
    const excel = await emulatorFromXlsx(SAMPLE_WORKBOOK, { platform: 'PC' });
    const runtime = createRuntime(excel.office() as unknown as OfficeGlobal, excel.run, { pageUrl: 'https://h/addin/taskpane.html', loaded: excel.loadedLibrary });
    const report = runPipeline(sample, FIXED).report;
    if (!report) throw new Error('no report');
    const delivery = await deliverDocx(report, '样例', deliveryContextOf(runtime));
    expect(delivery).toEqual({ kind: 'browser-window', fileName: '样例-汇报.docx' });
    const [opened] = excel.office().recorded.browserWindows;
    expect(opened).toMatch(/^https:\/\/h\/addin\/download\.html\?lang=zh-CN#r1\./);
    expect(decodeReportLink(new URL(opened).hash)?.report.title).toBe(report.title);
  });
});
