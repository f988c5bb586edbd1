import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { GENERATE_ACTION } from '../../src/commands/ribbon-actions';
import { child, descendants, parseXml, path, type XmlElement } from './manifest-tree';

/**
 * Both manifests checked offline, since the online validator (office-addin-manifest validate) needs the
 * internet: well-formed, every resid resolves, every URL and icon exists, every string in Chinese with an
 * English override, and the ribbon, permissions and runtime each promises. manifest.xml is the shared-runtime
 * add-in; manifest-basic.xml installs where SharedRuntime 1.1 is missing (Office 2016/2019, older Mac).
 */
const ROOT = nodePath.join(__dirname, '..', '..');
const BASE = 'https://localhost:3000';
const CJK = /[\u4e00-\u9fff]/;

function loadManifest(file: string) {
  const source = fs.readFileSync(nodePath.join(ROOT, file), 'utf8');
  const manifest = parseXml(source);
  const resources = child(child(manifest, 'VersionOverrides') as XmlElement, 'Resources') as XmlElement;
  const resourceIds = (group: string) =>
    new Map((child(resources, group)?.children ?? []).map((element) => [element.attributes.id, element] as const));
  const images = resourceIds('Images');
  const urls = resourceIds('Urls');
  const shortStrings = resourceIds('ShortStrings');
  const longStrings = resourceIds('LongStrings');
  const stringOf = (resid: string): string => (shortStrings.get(resid) ?? longStrings.get(resid))?.attributes.DefaultValue ?? '';
  return { source, manifest, images, urls, shortStrings, longStrings, stringOf };
}

/** Where each served path comes from in the repository, read from the webpack config itself. */
async function servedFiles(): Promise<Map<string, string>> {
  const makeConfig = require(nodePath.join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<{ plugins: object[] }>;
  const config = await makeConfig({}, { mode: 'production' });
  const served = new Map<string, string>();
  for (const plugin of config.plugins) {
    const options = (plugin as { userOptions?: { filename?: string; template?: string } }).userOptions;
    if (options?.filename && options.template) served.set(options.filename, nodePath.join(ROOT, options.template));
    const patterns = (plugin as { patterns?: { from: string; to?: string; context?: string }[] }).patterns;
    for (const pattern of patterns ?? []) {
      if (pattern.context) continue;
      if (pattern.from.includes('*')) {
        const dir = nodePath.dirname(pattern.from);
        for (const name of fs.readdirSync(nodePath.join(ROOT, dir))) served.set(`${dir}/${name}`, nodePath.join(ROOT, dir, name));
      } else served.set(pattern.to ?? pattern.from, nodePath.join(ROOT, pattern.from));
    }
  }
  return served;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe.each(['manifest.xml', 'manifest-basic.xml'])('%s：离线校验', (file) => {
  const { source: SOURCE, manifest, images, urls, shortStrings, longStrings } = loadManifest(file);

  it('是合式的 XML，根元素是任务窗格加载项', () => {
    expect(manifest.name).toBe('OfficeApp');
    expect(manifest.attributes['xsi:type']).toBe('TaskPaneApp');
    expect(() => parseXml(SOURCE.replace('</OfficeApp>', ''))).toThrow();
  });

  it('默认语言 zh-CN，读写文档权限，加载项 Id 是 GUID', () => {
    expect(child(manifest, 'DefaultLocale')?.text).toBe('zh-CN');
    expect(child(manifest, 'Permissions')?.text).toBe('ReadWriteDocument');
    expect(child(manifest, 'Id')?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(child(manifest, 'Version')?.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it('每个 resid 都指向同类资源（图片、网址、短字符串、长字符串）', () => {
    const problems: string[] = [];
    for (const element of descendants(manifest)) {
      const resid = element.attributes.resid;
      if (resid === undefined) continue;
      if (resid.length > 32) problems.push(`${resid}: longer than 32 characters`);
      const table =
        element.name === 'Image' ? images : ['SourceLocation', 'Runtime', 'FunctionFile', 'LearnMoreUrl'].includes(element.name) ? urls : element.name === 'Description' ? longStrings : shortStrings;
      if (!table.has(resid)) problems.push(`${element.name} resid="${resid}" does not resolve`);
    }
    expect(problems).toEqual([]);
  });

  it('定义的每项资源都有用处', () => {
    const used = new Set(descendants(manifest).map((element) => element.attributes.resid).filter(Boolean));
    const unused = [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()].filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  it('每个字符串都有中文默认值和 en-US 覆盖，并在长度限制之内', () => {
    const problems: string[] = [];
    const check = (element: XmlElement, label: string, limit: number) => {
      const value = element.attributes.DefaultValue ?? '';
      if (!CJK.test(value)) problems.push(`${label}: default "${value}" is not Chinese`);
      if (value.length > limit) problems.push(`${label}: ${value.length} > ${limit}`);
      const override = element.children.find((o) => o.name === 'Override' && o.attributes.Locale === 'en-US');
      if (!override?.attributes.Value) problems.push(`${label}: no en-US override`);
      else if (override.attributes.Value.length > limit) problems.push(`${label}: en-US ${override.attributes.Value.length} > ${limit}`);
    };
    check(child(manifest, 'DisplayName') as XmlElement, 'DisplayName', 125);
    check(child(manifest, 'Description') as XmlElement, 'Description', 250);
    for (const [id, element] of shortStrings) check(element, id, 125);
    for (const [id, element] of longStrings) check(element, id, 250);
    expect(problems).toEqual([]);
  });

  it('每个网址都在同一来源之下，指向构建会提供的文件', async () => {
    const served = await servedFiles();
    const problems: string[] = [];
    const addresses = descendants(manifest).flatMap((element) => [element.attributes.DefaultValue, element.attributes.Value].filter((v): v is string => /^https?:/.test(v ?? '')));
    expect(addresses.length).toBeGreaterThan(10);
    for (const address of addresses) {
      if (!address.startsWith(`${BASE}/`)) {
        problems.push(`${address} is not under ${BASE}`);
        continue;
      }
      const file = served.get(address.slice(BASE.length + 1));
      if (!file || !fs.existsSync(file)) problems.push(`${address}: nothing in the build serves it`);
    }
    expect(problems).toEqual([]);
  });

  it('每个图标都是真实的 PNG，尺寸与清单所写一致（16/32/64/80）', () => {
    const sized = descendants(manifest, 'Image').filter((image) => image.attributes.size);
    expect(new Set(sized.map((image) => image.attributes.size))).toEqual(new Set(['16', '32', '80']));
    const expectations: [string, number][] = sized.map((image) => [images.get(image.attributes.resid)?.attributes.DefaultValue ?? '', Number(image.attributes.size)]);
    expectations.push([child(manifest, 'IconUrl')?.attributes.DefaultValue ?? '', 32], [child(manifest, 'HighResolutionIconUrl')?.attributes.DefaultValue ?? '', 64]);
    for (const [address, size] of expectations) {
      const file = nodePath.join(ROOT, address.slice(BASE.length + 1));
      expect([address, pngSize(file)]).toEqual([address, { width: size, height: size }]);
    }
  });

  it('构建时所有网址都取自同一个设置（HUIBAO_ADDIN_URL）', async () => {
    const previous = process.env.HUIBAO_ADDIN_URL;
    process.env.HUIBAO_ADDIN_URL = 'https://huibao.example.gov.cn:8443/addin/';
    try {
      let built = '';
      await jest.isolateModulesAsync(async () => {
        const makeConfig = require(nodePath.join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<{ plugins: object[] }>;
        const config = await makeConfig({}, { mode: 'production' });
        for (const plugin of config.plugins) {
          const patterns = (plugin as { patterns?: { from: string; transform?: (content: Buffer) => string }[] }).patterns ?? [];
          for (const pattern of patterns) if (pattern.from === file && pattern.transform) built = pattern.transform(Buffer.from(SOURCE));
        }
      });
      expect(built).not.toContain('localhost');
      const addresses = descendants(parseXml(built)).flatMap((e) => [e.attributes.DefaultValue, e.attributes.Value].filter((v): v is string => /^https?:/.test(v ?? '')));
      expect(addresses.length).toBeGreaterThan(10);
      expect(addresses.every((address) => address.startsWith('https://huibao.example.gov.cn:8443/addin/'))).toBe(true);
    } finally {
      if (previous === undefined) delete process.env.HUIBAO_ADDIN_URL;
      else process.env.HUIBAO_ADDIN_URL = previous;
    }
  });
});

describe('manifest.xml：共享运行时，功能区一键生成', () => {
  const { manifest, urls, stringOf } = loadManifest('manifest.xml');

  it('“开始”选项卡有“绩效汇报”组：生成汇报（执行函数）与打开助手（显示任务窗格）', () => {
    const tab = descendants(manifest, 'OfficeTab').find((candidate) => candidate.attributes.id === 'TabHome') as XmlElement;
    expect(tab).toBeDefined();
    const group = child(tab, 'Group') as XmlElement;
    expect(stringOf(child(group, 'Label')?.attributes.resid ?? '')).toBe('绩效汇报');
    const controls = group.children.filter((element) => element.name === 'Control');
    const byLabel = new Map(controls.map((control) => [stringOf(child(control, 'Label')?.attributes.resid ?? ''), control]));
    const generate = child(byLabel.get('生成汇报') as XmlElement, 'Action') as XmlElement;
    expect(generate.attributes['xsi:type']).toBe('ExecuteFunction');
    expect(child(generate, 'FunctionName')?.text).toBe(GENERATE_ACTION);
    const open = child(byLabel.get('打开助手') as XmlElement, 'Action') as XmlElement;
    expect(open.attributes['xsi:type']).toBe('ShowTaskpane');
  });

  it('按钮与任务窗格共用一个运行时（SharedRuntime），指向同一页面', () => {
    const sets = descendants(manifest, 'Set').map((set) => set.attributes.Name);
    expect(sets).toEqual(expect.arrayContaining(['SharedRuntime', 'ExcelApi']));
    const runtime = descendants(manifest, 'Runtime')[0];
    expect(runtime.attributes.lifetime).toBe('long');
    const page = runtime.attributes.resid;
    expect(descendants(manifest, 'FunctionFile')[0].attributes.resid).toBe(page);
    for (const action of descendants(manifest, 'Action').filter((a) => a.attributes['xsi:type'] === 'ShowTaskpane')) {
      expect(child(action, 'SourceLocation')?.attributes.resid).toBe(page);
    }
    expect(path(manifest, 'DefaultSettings', 'SourceLocation')?.attributes.DefaultValue).toBe(urls.get(page)?.attributes.DefaultValue);
  });

});

describe('manifest-basic.xml：没有共享运行时的 Excel 也能安装', () => {
  const basic = loadManifest('manifest-basic.xml');
  const shared = loadManifest('manifest.xml');
  const { manifest, urls, stringOf } = basic;

  it('不要求 SharedRuntime，ExcelApi 只要求 1.1（Office 2016 批量授权版也能装）', () => {
    const sets = descendants(manifest, 'Set').map((set) => [set.attributes.Name, set.attributes.MinVersion]);
    expect(sets).toEqual([['ExcelApi', '1.1']]);
    expect(descendants(manifest, 'Runtimes')).toEqual([]);
    expect(descendants(manifest, 'FunctionFile')).toEqual([]);
  });

  it('功能区只有“打开助手”，打开本版本自己的窗格页（不带功能区动作的入口）', () => {
    const actions = descendants(manifest, 'Action');
    expect(actions.map((action) => action.attributes['xsi:type'])).toEqual(['ShowTaskpane']);
    const control = descendants(manifest, 'Control')[0];
    expect(stringOf(child(control, 'Label')?.attributes.resid ?? '')).toBe('打开助手');
    const page = urls.get(child(actions[0], 'SourceLocation')?.attributes.resid ?? '')?.attributes.DefaultValue;
    expect(page).toBe(`${BASE}/taskpane-basic.html`);
    expect(path(manifest, 'DefaultSettings', 'SourceLocation')?.attributes.DefaultValue).toBe(page);
  });

  it('与 manifest.xml 的 Id 不同、名称标明“兼容版”，两者可并存于一个目录', () => {
    expect(child(manifest, 'Id')?.text).not.toBe(child(shared.manifest, 'Id')?.text);
    expect(child(manifest, 'DisplayName')?.attributes.DefaultValue).toBe('绩效汇报助手（兼容版）');
    expect(child(manifest, 'Version')?.text).toBe(child(shared.manifest, 'Version')?.text);
  });
});

describe('office.js 的来源：默认本站自带，构建选项可改用微软 CDN', () => {
  type PageOptions = { filename?: string; templateParameters?: (compilation: object) => Record<string, string> };
  async function pagesAndCopies(mode: string | undefined) {
    const previous = process.env.HUIBAO_OFFICE_JS;
    if (mode === undefined) delete process.env.HUIBAO_OFFICE_JS;
    else process.env.HUIBAO_OFFICE_JS = mode;
    try {
      let result: { pages: Record<string, Record<string, string>>; copied: string[] } = { pages: {}, copied: [] };
      await jest.isolateModulesAsync(async () => {
        const makeConfig = require(nodePath.join(ROOT, 'webpack.config.js')) as (env: object, argv: object) => Promise<{ plugins: object[] }>;
        const config = await makeConfig({}, { mode: 'production' });
        const compilation = { namedChunks: new Map([['engine-worker', { files: new Set(['engine-worker.0123abcd.js']) }]]) };
        for (const plugin of config.plugins) {
          const options = (plugin as { userOptions?: PageOptions }).userOptions;
          if (options?.filename && typeof options.templateParameters === 'function') result.pages[options.filename] = options.templateParameters(compilation);
          const patterns = (plugin as { patterns?: { from: string; to?: string }[] }).patterns ?? [];
          result.copied.push(...patterns.map((pattern) => `${pattern.to ?? ''}${pattern.from}`));
        }
      });
      return result;
    } finally {
      if (previous === undefined) delete process.env.HUIBAO_OFFICE_JS;
      else process.env.HUIBAO_OFFICE_JS = previous;
    }
  }

  it('默认：页面从本站加载 office.js 并注明版本，office.js 文件随构建复制', async () => {
    const { pages, copied } = await pagesAndCopies(undefined);
    const version = (JSON.parse(fs.readFileSync(nodePath.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'package.json'), 'utf8')) as { version: string }).version;
    for (const page of ['taskpane.html', 'taskpane-basic.html', 'notice.html']) {
      const { webviewCheck, ...rest } = pages[page] as Record<string, string>;
      expect(rest).toEqual({ officeJsSrc: 'office-js/office.js', officeJsMeta: `self-hosted:${version}`, engineWorker: 'engine-worker.0123abcd.js' });
      // The feature check inlined ahead of the bundles (src/taskpane/webview-check.ts, compiled to ES5).
      expect(webviewCheck).toContain('checkWebview');
    }
    expect(copied).toContain('office-js/office.js');
  });

  it('HUIBAO_OFFICE_JS=cdn：页面改从微软 CDN 加载，不再复制 office.js；其他取值直接报错', async () => {
    const { pages, copied } = await pagesAndCopies('cdn');
    expect(pages['taskpane.html'].officeJsSrc).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(pages['taskpane.html'].officeJsMeta).toBe('cdn:https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(copied.filter((entry) => entry.startsWith('office-js/'))).toEqual([]);
    await expect(pagesAndCopies('intranet')).rejects.toThrow(/HUIBAO_OFFICE_JS must be "self-hosted" or "cdn"/);
  });
});
