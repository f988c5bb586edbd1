import * as vm from 'node:vm';
import { parse } from 'acorn';
import { missingFeatures, SYNTAX_TESTS, windowProbe, type WebviewProbe } from '../../src/taskpane/webview-check';

const { webviewCheckScript, BUNDLE_TARGET } = require('../../webpack.config.js') as { webviewCheckScript: () => string; BUNDLE_TARGET: string };

/**
 * The pane's first script asks the webview for what the bundles need, feature by feature. These tests play
 * webviews by what they can and cannot do — never by a user agent — and run the very script the build
 * inlines, compiled to ES5, in an engine that has nothing but ES5's globals.
 */

/** A webview that parses nothing newer than `refuse` allows and lacks the APIs named. */
function webview(refuse: (body: string) => boolean, lacks: readonly string[] = []): WebviewProbe {
  const here = windowProbe(globalThis as unknown as Record<string, unknown>);
  return {
    run: (body) => {
      if (refuse(body)) throw new SyntaxError('Unexpected token');
      return here.run(body);
    },
    has: (path) => !lacks.includes(path) && here.has(path),
  };
}

/** A DOM just big enough for the message: elements with attributes and children, text nodes. */
class FakeNode {
  readonly attributes = new Map<string, string>();
  readonly children: FakeNode[] = [];
  constructor(
    readonly tag: string,
    readonly text = '',
  ) {}
  get firstChild(): FakeNode | null {
    return this.children[0] ?? null;
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  getAttribute(name: string): string | null {
    return this.attributes.get(name) ?? null;
  }
  appendChild(child: FakeNode): void {
    this.children.push(child);
  }
  removeChild(child: FakeNode): void {
    this.children.splice(this.children.indexOf(child), 1);
  }
  get textContent(): string {
    return this.text + this.children.map((child) => child.textContent).join('\n');
  }
}

function fakeDocument(): { doc: unknown; root: FakeNode } {
  const root = new FakeNode('div');
  root.appendChild(new FakeNode('#text', '正在连接 Excel… / Connecting to Excel…'));
  root.setAttribute('data-state', 'loading');
  return {
    root,
    doc: { getElementById: (id: string) => (id === 'root' ? root : null), createElement: (tag: string) => new FakeNode(tag), createTextNode: (text: string) => new FakeNode('#text', text) },
  };
}

describe('旧网页控件：按功能检测，不看 user agent', () => {
  it('这里的引擎（Node，与 WebView2 同一个 V8）什么都不缺', () => {
    expect(missingFeatures(windowProbe(globalThis as unknown as Record<string, unknown>))).toEqual([]);
  });

  it('16.4 之前的 Safari：只缺正则后行断言，也就无法运行', () => {
    expect(missingFeatures(webview((body) => body.includes('(?<')))).toEqual(['regular-expression lookbehind']);
  });

  it('旧版 Edge（EdgeHTML 18）：缺对象展开、可选链与后行断言，也缺 flat/flatMap、matchAll 等', () => {
    const probe = webview((body) => /\.\.\.a|\?\.|\?\?|\(\?</.test(body), ['Object.fromEntries', 'Array.prototype.flat', 'Array.prototype.flatMap', 'String.prototype.matchAll', 'queueMicrotask']);
    expect(missingFeatures(probe)).toEqual([
      'object spread',
      'optional chaining and ??',
      'regular-expression lookbehind',
      'Object.fromEntries',
      'Array.prototype.flat',
      'Array.prototype.flatMap',
      'String.prototype.matchAll',
      'queueMicrotask',
    ]);
  });

  it('Internet Explorer 11：语法一样都没有', () => {
    const missing = missingFeatures(webview(() => true, ['Proxy', 'TextEncoder']));
    expect(missing.slice(0, SYNTAX_TESTS.length)).toEqual(SYNTAX_TESTS.map((test) => test.name));
    expect(missing).toEqual(expect.arrayContaining(['Proxy', 'TextEncoder']));
  });

  it(`构建内联的脚本是 ES5（IE11 能解析），包和 worker 编译到 ${BUNDLE_TARGET}`, () => {
    expect(BUNDLE_TARGET).toBe('es2020');
    expect(() => parse(webviewCheckScript(), { ecmaVersion: 5 })).not.toThrow();
  });

  it('只有 ES5 内置对象的引擎里运行内联脚本：窗格换成中英文说明，指向 huibao report，并列出缺什么', () => {
    const { doc, root } = fakeDocument();
    const window = vm.createContext({ document: doc });
    vm.runInContext(`var window = this; ${webviewCheckScript()}`, window);
    expect(root.getAttribute('data-state')).toBe('legacy-webview');
    expect(root.textContent).toMatch(/网页控件太旧[\s\S]*huibao report 文件\.xlsx[\s\S]*too old[\s\S]*huibao report file\.xlsx/);
    expect(root.getAttribute('data-missing')).toContain('TextEncoder');
    expect(root.textContent).not.toContain('正在连接');
  });

  it('什么都有的引擎里运行内联脚本：不动窗格', () => {
    const { doc, root } = fakeDocument();
    const g = globalThis as unknown as Record<string, unknown>;
    const names = ['TextEncoder', 'TextDecoder', 'Blob', 'URL', 'Intl', 'queueMicrotask'];
    const window = vm.createContext({ document: doc, ...Object.fromEntries(names.map((name) => [name, g[name]])) });
    vm.runInContext(`var window = this; ${webviewCheckScript()}`, window);
    expect(root.getAttribute('data-state')).toBe('loading');
  });
});
