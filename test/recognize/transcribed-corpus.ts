import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { columnNumber, LAYOUT_CLASSES } from '../../src/core/model';
import type { Line, RawCell, SheetSpec } from '../fixtures/corpus/specs/workbook-spec';
import type { RealTableSpec } from '../fixtures/real-corpus/specs/real-table';
import type { CorpusEntry, ExpectedIndicator } from './corpus-expectation';

/*
 * Checks that keep a transcribed corpus honest (the real corpus and both frozen batches): rebuilt byte for byte
 * from its specs, every expectation well-formed, and every word it expects found in the transcribed table.
 * None of them runs the recognition engine.
 */

function cellsOf(line: Line): readonly RawCell[] {
  return Array.isArray(line) ? line : (line as { readonly cells: readonly RawCell[] }).cells;
}

function text(cell: RawCell | undefined): string {
  return typeof cell === 'string' || typeof cell === 'number' ? String(cell) : '';
}

function tableSheet(specs: readonly RealTableSpec[], file: string): SheetSpec {
  const spec = specs.find((s) => s.file === file);
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

/** The committed files of a corpus folder, by name, less those the generator does not write. */
export async function committedFiles(dir: string, notGenerated: ReadonlySet<string>): Promise<Map<string, Buffer>> {
  const committed = new Map<string, Buffer>();
  for (const name of await fs.readdir(dir)) {
    if (notGenerated.has(name)) continue;
    committed.set(name, await fs.readFile(path.join(dir, name)));
  }
  return committed;
}

/** The names of the rebuilt files whose bytes differ from the committed ones. */
export function differingFiles(committed: ReadonlyMap<string, Buffer>, rebuilt: ReadonlyMap<string, Uint8Array>): string[] {
  return [...rebuilt].filter(([name, bytes]) => !Buffer.from(bytes).equals(committed.get(name) ?? Buffer.alloc(0))).map(([name]) => name);
}

/** What is wrong with the committed expectations: header rows above the indicators, column letters inside the table, rows with content. */
export function expectationProblems(committed: ReadonlyMap<string, Buffer>, specs: readonly RealTableSpec[]): string[] {
  const problems: string[] = [];
  for (const [name, bytes] of committed) {
    if (!name.endsWith('.expected.json')) continue;
    const entry = JSON.parse(bytes.toString('utf8')) as CorpusEntry;
    if (entry.expect.kind !== 'table') {
      problems.push(`${name}: not a table expectation`);
      continue;
    }
    const table = entry.expect.table;
    const sheet = tableSheet(specs, entry.file);
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
  return problems;
}

/** Names, departments, words of targets and progress that an expectation has but its transcribed table does not. */
export function inventedWords(specs: readonly RealTableSpec[]): string[] {
  const invented: string[] = [];
  for (const spec of specs) {
    const sheet = tableSheet(specs, spec.file);
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
  return invented;
}
