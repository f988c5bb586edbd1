import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { columnNumber, LAYOUT_CLASSES } from '../../src/core/model';
import { REAL_CORPUS_DIR, realCorpusFiles } from '../../scripts/make-real-corpus';
import { REAL_CORPUS } from '../fixtures/real-corpus/specs';
import type { Line, RawCell, SheetSpec } from '../fixtures/corpus/specs/workbook-spec';
import type { CorpusEntry, ExpectedIndicator } from './corpus-expectation';

/*
 * The real corpus is measured by `npm run bench:recognition`, not passed or failed here: the engine is being
 * improved against it. These tests keep the corpus itself honest: rebuilt byte for byte from its specs, and
 * every expectation well-formed and drawn from what the transcribed table actually says.
 */

function cellsOf(line: Line): readonly RawCell[] {
  return Array.isArray(line) ? line : (line as { readonly cells: readonly RawCell[] }).cells;
}

function text(cell: RawCell | undefined): string {
  return typeof cell === 'string' || typeof cell === 'number' ? String(cell) : '';
}

function tableSheet(file: string): SheetSpec {
  const spec = REAL_CORPUS.find((s) => s.file === file);
  const sheet = spec?.sheets.find((s) => s.isTable);
  if (!sheet) throw new Error(`${file}: no table sheet`);
  return sheet;
}

/** The texts a reader sees for a row: its own cells and, for merged cells, the ones above in the same column. */
function rowTexts(sheet: SheetSpec, row: number): string[] {
  const lines = sheet.lines.map(cellsOf);
  const own = lines[row - 1] ?? [];
  const above = lines.slice(0, row - 1).flatMap((cells) => cells.map(text));
  return [...own.map(text), ...above];
}

describe('真实表格语料：政府公开发布的表，逐格转录', () => {
  let committed: Map<string, Buffer>;
  beforeAll(async () => {
    committed = new Map();
    for (const name of await fs.readdir(REAL_CORPUS_DIR)) {
      if (name === 'specs') continue;
      committed.set(name, await fs.readFile(path.join(REAL_CORPUS_DIR, name)));
    }
  });

  it('重新生成的每个文件与提交的逐字节相同，且没有多余或缺少的文件', async () => {
    const rebuilt = await realCorpusFiles();
    expect([...committed.keys()].sort()).toEqual([...rebuilt.keys()].sort());
    const differing = [...rebuilt].filter(([name, bytes]) => !Buffer.from(bytes).equals(committed.get(name) ?? Buffer.alloc(0))).map(([name]) => name);
    expect(differing).toEqual([]);
  });

  it('至少25张表，六种版式都有，每张都写明来源、发布机构、日期与转录部分', () => {
    expect(REAL_CORPUS.length).toBeGreaterThanOrEqual(25);
    const layouts = new Set(REAL_CORPUS.map((s) => s.expect.table.layoutClass));
    for (const layout of LAYOUT_CLASSES) expect(layouts).toContain(layout);
    for (const spec of REAL_CORPUS) {
      expect(spec.source.url).toMatch(/^https?:\/\/\S+$/);
      expect(spec.source.publisher.length).toBeGreaterThan(0);
      expect(spec.source.published.length).toBeGreaterThan(0);
      expect(spec.source.part.length).toBeGreaterThan(0);
      expect(spec.covers.length).toBeGreaterThan(0);
      expect(spec.file).toMatch(/^\d{2,3}-.+\.xlsx$/);
    }
  });

  it('每份期望格式完整：表头行在指标之前，列字母在表内，指标行确有内容', () => {
    const problems: string[] = [];
    for (const [name, bytes] of committed) {
      if (!name.endsWith('.expected.json')) continue;
      const entry = JSON.parse(bytes.toString('utf8')) as CorpusEntry;
      if (entry.expect.kind !== 'table') {
        problems.push(`${name}: not a table expectation`);
        continue;
      }
      const table = entry.expect.table;
      const sheet = tableSheet(entry.file);
      const width = Math.max(...sheet.lines.map((line) => cellsOf(line).length));
      if (!entry.source) problems.push(`${name}: no source`);
      if (!table.layoutClass || !LAYOUT_CLASSES.includes(table.layoutClass)) problems.push(`${name}: layout class ${table.layoutClass}`);
      if (table.indicators.length === 0) problems.push(`${name}: no indicators`);
      const firstIndicator = Math.min(...table.indicators.map((i) => i.row));
      if (table.headerRows.length === 0 || Math.max(...table.headerRows) >= firstIndicator) problems.push(`${name}: header rows ${table.headerRows.join(',')} not above row ${firstIndicator}`);
      for (const [key, letter] of Object.entries({ ...table.columns, ...(table.extraColumns ?? {}) })) {
        if (letter === undefined || !/^[A-Z]+$/.test(letter) || columnNumber(letter) > width) problems.push(`${name}: column ${key} → ${letter}`);
      }
      for (const indicator of table.indicators) {
        if (indicator.row > sheet.lines.length || cellsOf(sheet.lines[indicator.row - 1]).every((c) => c === null)) problems.push(`${name}: row ${indicator.row} is empty`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('期望里的名称、部门、文字目标与完成情况都出自转录的表（不编造）', () => {
    const invented: string[] = [];
    for (const spec of REAL_CORPUS) {
      const sheet = tableSheet(spec.file);
      const headerTexts = spec.expect.table.headerRows.flatMap((row) => cellsOf(sheet.lines[row - 1]).map(text));
      const indicators: ExpectedIndicator[] = sheet.lines.flatMap((line, i) => {
        if (Array.isArray(line) || !('expect' in line)) return [];
        const withRow = (e: Omit<ExpectedIndicator, 'row'>): ExpectedIndicator => ({ row: i + 1, ...e });
        return [withRow(line.expect), ...(line.more ?? []).map(withRow)];
      });
      for (const indicator of indicators) {
        const seen = [...rowTexts(sheet, indicator.row), ...headerTexts];
        const words: [string, string | null | undefined][] = [
          ['name', indicator.name],
          ['department', indicator.department],
          ['leader', indicator.leader],
          ['targetText', indicator.targetText],
          ['actualText', indicator.actualText],
          ['progressText', indicator.progressText],
          ...(indicator.path ?? []).map((p): [string, string] => ['path', p]),
        ];
        for (const [what, value] of words) {
          if (value && !seen.some((t) => t.includes(value))) invented.push(`${spec.file} row ${indicator.row} ${what} “${value}”`);
        }
      }
    }
    expect(invented).toEqual([]);
  });
});
