import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { WebEngineReply, WebEngineRequest } from '../../src/web/web-messages';
import { WebEngine, type PageWorker } from '../../src/web/web-engine';
import { recallAnswers, rememberAnswers, type AnswerStore } from '../../src/web/remembered-answers';
import type { WebReportRequest } from '../../src/web/web-report';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', '2009-灌南县发改委-目标任务分解表.xlsx');

function request(): WebReportRequest {
  return { fileName: path.basename(SAMPLE), bytes: new Uint8Array(readFileSync(SAMPLE)), settings: {}, locale: 'zh-CN' };
}

/** A Worker that fails to start, as a browser reports it: an error event after it was made. */
class BrokenWorker implements PageWorker {
  onmessage: ((event: MessageEvent<WebEngineReply>) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  postMessage(_message: WebEngineRequest): void {
    setTimeout(() => this.onerror?.(new Event('error')), 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

class MapStore implements AnswerStore {
  readonly map = new Map<string, string>();
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
}

describe('网页版的引擎线程：Worker 起不来时在页面线程中完成，并说明原因', () => {
  it('浏览器没有 Worker：在页面线程中生成汇报，理由是不支持', async () => {
    const engine = new WebEngine(null, true);
    expect(engine.thread).toEqual({ kind: 'in-thread', reason: 'no-worker-support' });
    const result = await engine.run(request(), () => undefined);
    expect(result.kind).toBe('report');
  }, 60_000);

  it('页面没有可交给 Worker 的脚本：在页面线程中生成，理由是缺脚本', () => {
    expect(new WebEngine(() => new BrokenWorker(), false).thread).toEqual({ kind: 'in-thread', reason: 'no-worker-script' });
  });

  it('Worker 启动失败：等着的任务改在页面线程完成，之后都在页面线程', async () => {
    const broken = new BrokenWorker();
    const engine = new WebEngine(() => broken, true);
    expect(engine.thread.kind).toBe('worker');
    const result = await engine.run(request(), () => undefined);
    expect(result.kind).toBe('report');
    if (result.kind === 'report') {
      expect(result.files.xlsxName).toBe('2009-灌南县发改委-目标任务分解表-汇报.xlsx');
      expect(result.files.xlsx.size).toBeGreaterThan(20_000);
      expect(result.files.docx.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    }
    expect(broken.terminated).toBe(true);
    expect(engine.thread).toEqual({ kind: 'in-thread', reason: 'worker-failed' });
  }, 60_000);

  it('读不了的文件说明原因，而不是抛错', async () => {
    const engine = new WebEngine(null, false);
    const result = await engine.run({ ...request(), fileName: '名单.xlsx', bytes: new TextEncoder().encode('姓名,电话') }, () => undefined);
    expect(result).toEqual({ kind: 'unreadable', message: '文件内容不是 Excel 工作簿' });
  });
});

describe('网页版记住回答：按工作簿名存在浏览器里', () => {
  it('存了再取，同名工作簿拿回同样的回答；别的工作簿拿不到', () => {
    const store = new MapStore();
    rememberAnswers(store, '2009-灌南县发改委-目标任务分解表', { layoutClass: 'breakdown', columnMap: { target: 'E' } });
    expect(recallAnswers(store, '2009-灌南县发改委-目标任务分解表')).toEqual({ layoutClass: 'breakdown', columnMap: { target: 'E' } });
    expect(recallAnswers(store, '别的表')).toEqual({});
  });

  it('不认得的内容不被信任：坏的版式、坏的列号被丢掉', () => {
    const store = new MapStore();
    store.setItem('huibao.settings:表', JSON.stringify({ layoutClass: 'whatever', columnMap: { target: '=HYPERLINK("x")', actual: 'F' } }));
    expect(recallAnswers(store, '表')).toEqual({ columnMap: { actual: 'F' } });
    store.setItem('huibao.settings:坏', '{not json');
    expect(recallAnswers(store, '坏')).toEqual({});
  });

  it('回答清空后记录也删掉；浏览器不许存时不报错', () => {
    const store = new MapStore();
    rememberAnswers(store, '表', { layoutClass: 'sentence' });
    rememberAnswers(store, '表', {});
    expect(store.map.size).toBe(0);
    const refusing: AnswerStore = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    expect(() => rememberAnswers(refusing, '表', { layoutClass: 'sentence' })).not.toThrow();
    expect(recallAnswers(null, '表')).toEqual({});
  });
});
