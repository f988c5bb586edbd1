/**
 * Can this webview run the pane? Asked by testing what the bundles need, never by reading the user agent.
 *
 * The manifests admit Excel as old as Office 2016 (manifest-basic.xml asks for ExcelApi 1.1 only), and Office
 * shows add-ins in whatever webview the machine has: Internet Explorer 11 (Trident), legacy Edge (EdgeHTML),
 * WKWebView of the Mac's Safari, or WebView2 (Chromium). The pane and its worker are compiled for ES2020
 * (webpack.config.js), and the engine's text rules use regular-expression lookbehind, which no compiler can
 * rewrite for an engine that lacks it (Safari before 16.4, EdgeHTML, Trident). A webview without any of the
 * features below cannot parse or run the bundles, and would show a blank pane; instead, this check — compiled
 * to ES5 and inlined in taskpane.html ahead of the bundles — shows in Chinese and English that the pane
 * cannot run here and that `huibao report`, the same engine on the command line, can.
 *
 * This file is compiled on its own (webpack.config.js, test/taskpane/webview-check.test.ts): no imports, and
 * nothing ES5 cannot express once TypeScript has compiled it. Its words cannot come from the message tables:
 * the bundle that holds them is what these webviews cannot run.
 */

export interface WebviewProbe {
  /** Compiles `body` as a function body and runs it; throws where the engine cannot parse or run it. */
  run(body: string): unknown;
  /** Whether `path` ("Array.prototype.flatMap") names a function or object here. */
  has(path: string): boolean;
}

/** Syntax the bundles are written in (ES2020 after compilation) and the regular expressions the engine uses. */
export const SYNTAX_TESTS: readonly { readonly name: string; readonly body: string }[] = [
  { name: 'async/await', body: 'var f = async function () { await 0; return 1; }; return f() instanceof Promise;' },
  { name: 'classes, arrows, let/const, destructuring', body: 'class A { constructor() { this.v = 1; } } const [a] = [new A()]; let f = ({ v }) => v; return f(a) === 1;' },
  { name: 'object spread', body: 'var a = { x: 1 }; var b = { ...a, y: 2 }; return b.x === 1 && b.y === 2;' },
  { name: 'optional chaining and ??', body: 'var o = { a: { b: 1 } }; return o?.a?.b === 1 && (null ?? true) === true;' },
  { name: 'regular-expression lookbehind', body: 'return new RegExp("(?<=a)b").test("ab") && new RegExp("(?<!a)b").test("cb");' },
  { name: 'regular-expression \\p{…} with the u flag', body: 'return new RegExp("^\\\\p{L}+$", "u").test("表");' },
];

/** Library functions the bundles call that no polyfill is shipped for. */
export const API_TESTS: readonly string[] = [
  'Promise',
  'Promise.prototype.finally',
  'Map',
  'Set',
  'WeakMap',
  'Symbol',
  'Proxy',
  'Reflect',
  'TextEncoder',
  'TextDecoder',
  'Blob',
  'URL.createObjectURL',
  'Intl.NumberFormat',
  'Object.entries',
  'Object.fromEntries',
  'Array.prototype.includes',
  'Array.prototype.flat',
  'Array.prototype.flatMap',
  'String.prototype.padStart',
  'String.prototype.trimStart',
  'String.prototype.matchAll',
  'queueMicrotask',
];

/** The names of what this webview lacks; empty when the pane can run. */
export function missingFeatures(probe: WebviewProbe): string[] {
  const missing: string[] = [];
  for (let i = 0; i < SYNTAX_TESTS.length; i++) {
    let passed = false;
    try {
      passed = probe.run(SYNTAX_TESTS[i].body) === true;
    } catch (error) {
      passed = false;
    }
    if (!passed) missing.push(SYNTAX_TESTS[i].name);
  }
  for (let i = 0; i < API_TESTS.length; i++) if (!probe.has(API_TESTS[i])) missing.push(API_TESTS[i]);
  return missing;
}

/** The probe of the window this runs in. */
export function windowProbe(global: Record<string, unknown>): WebviewProbe {
  return {
    run: (body) => new Function(body)(),
    has: (path) => {
      const parts = path.split('.');
      let at: unknown = global;
      for (let i = 0; i < parts.length; i++) {
        if (at === null || at === undefined) return false;
        at = (at as Record<string, unknown>)[parts[i]];
      }
      return typeof at === 'function' || (typeof at === 'object' && at !== null);
    },
  };
}

export const UNSUPPORTED_TITLE = '绩效汇报助手';
export const UNSUPPORTED_ZH =
  '这台电脑的 Office 用来显示加载项的网页控件太旧（例如 Internet Explorer 11、旧版 Edge，或 16.4 之前的 Safari），助手的窗格无法在其中运行。请用命令行 huibao report 文件.xlsx（同一引擎）生成汇报，或把 Office 升级到 Office 2021 / Microsoft 365、把 macOS 升级到 13.3 以上。';
export const UNSUPPORTED_EN =
  'The webview this Office uses for add-ins is too old (for example Internet Explorer 11, legacy Edge, or Safari before 16.4), so the assistant’s pane cannot run in it. Make the report with the command line, which runs the same engine (huibao report file.xlsx), or upgrade to Office 2021 / Microsoft 365, or macOS to 13.3 or later.';

/** Replaces the pane's "connecting" line with the message, and names what is missing for whoever supports the user. */
export function showUnsupported(doc: Document, missing: readonly string[]): void {
  const root = doc.getElementById('root');
  if (!root) return;
  root.setAttribute('data-state', 'legacy-webview');
  root.setAttribute('data-missing', missing.join('; '));
  while (root.firstChild) root.removeChild(root.firstChild);
  const heading = doc.createElement('h1');
  heading.appendChild(doc.createTextNode(UNSUPPORTED_TITLE));
  root.appendChild(heading);
  const texts: readonly (readonly [string, string])[] = [
    ['zh-CN', UNSUPPORTED_ZH],
    ['en', UNSUPPORTED_EN],
  ];
  for (let i = 0; i < texts.length; i++) {
    const paragraph = doc.createElement('p');
    paragraph.setAttribute('lang', texts[i][0]);
    paragraph.appendChild(doc.createTextNode(texts[i][1]));
    root.appendChild(paragraph);
  }
  const detail = doc.createElement('p');
  detail.setAttribute('style', 'color:#7f7f7f;font-size:12px');
  detail.appendChild(doc.createTextNode(`缺少 / missing: ${missing.join('; ')}`));
  root.appendChild(detail);
}

/** What taskpane.html runs: check, and say so when the pane cannot run. */
export function checkWebview(global: Record<string, unknown>, doc: Document): string[] {
  const missing = missingFeatures(windowProbe(global));
  if (missing.length > 0) showUnsupported(doc, missing);
  return missing;
}
