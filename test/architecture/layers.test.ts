import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/**
 * Imports run one way: ui (taskpane, commands, cli) → hosts (excel, node, docx) → core.
 * The core imports no library and no platform: it runs the same in Excel, in Node and in a test.
 */
const SRC = path.join(__dirname, '..', '..', 'src');

type Layer = 'core' | 'host' | 'ui';
const LAYER_OF_FOLDER: Record<string, Layer> = {
  core: 'core',
  excel: 'host',
  node: 'host',
  docx: 'host',
  taskpane: 'ui',
  commands: 'ui',
  cli: 'ui',
  runtime: 'ui',
};
const RANK: Record<Layer, number> = { core: 0, host: 1, ui: 2 };

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return sourceFiles(full);
      return Promise.resolve(/\.(ts|tsx)$/.test(entry.name) ? [full] : []);
    }),
  );
  return nested.flat();
}

function importsOf(source: string): string[] {
  const found: string[] = [];
  const pattern = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of source.matchAll(pattern)) found.push(match[1] ?? match[2] ?? match[3]);
  return found;
}

function folderOf(file: string): string {
  return path.relative(SRC, file).split(path.sep)[0];
}

describe('分层：导入只能由界面到宿主再到核心', () => {
  it('每个源文件夹都归属一个层', async () => {
    const folders = (await fs.readdir(SRC, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name);
    expect(folders.filter((folder) => !(folder in LAYER_OF_FOLDER))).toEqual([]);
  });

  it('没有一个导入逆着层的方向，核心不引用任何库或平台', async () => {
    const violations: string[] = [];
    for (const file of await sourceFiles(SRC)) {
      const fromFolder = folderOf(file);
      const fromLayer = LAYER_OF_FOLDER[fromFolder];
      const source = await fs.readFile(file, 'utf8');
      for (const spec of importsOf(source)) {
        const where = `${path.relative(SRC, file)} → ${spec}`;
        if (!spec.startsWith('.')) {
          if (fromLayer === 'core') violations.push(`${where}（核心不得引用外部包）`);
          continue;
        }
        const target = path.resolve(path.dirname(file), spec);
        if (!target.startsWith(SRC + path.sep)) {
          violations.push(`${where}（不得引用 src 之外）`);
          continue;
        }
        const toLayer = LAYER_OF_FOLDER[folderOf(target)];
        if (RANK[toLayer] > RANK[fromLayer]) violations.push(`${where}（${fromLayer} 不得引用 ${toLayer}）`);
        if (fromLayer === 'host' && toLayer === 'host' && folderOf(target) !== fromFolder && folderOf(target) !== 'docx') {
          violations.push(`${where}（宿主之间互不引用）`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('这条规则自己会报错：一个逆向导入被认出来', () => {
    expect(importsOf(`import { x } from '../taskpane/app';\nconst y = require('exceljs');`)).toEqual(['../taskpane/app', 'exceljs']);
  });
});
