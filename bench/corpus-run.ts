/**
 * Reading one transcribed table and holding it against its hand-written expectation: the one way the recognition
 * bench, the per-table score script and the tuning ratchet test read a corpus, so all three count the same checks.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { recognize, type Recognition } from '../src/core/recognize';
import { readXlsxSnapshot, XlsxReadError } from '../src/node/xlsx-read';
import { compareRecognition, type Check, type CorpusEntry } from '../test/recognize/corpus-expectation';

/** Every expectation in a corpus directory, in file-name order (optionally only the file names `only` matches). */
export async function loadEntries(dir: string, only?: RegExp): Promise<CorpusEntry[]> {
  const names = (await fs.readdir(dir)).filter((name) => name.endsWith('.expected.json') && (only === undefined || only.test(name))).sort();
  const entries: CorpusEntry[] = [];
  for (const name of names) entries.push(JSON.parse(await fs.readFile(path.join(dir, name), 'utf8')) as CorpusEntry);
  return entries;
}

export interface TableRun {
  readonly recognition: Recognition | null;
  /** Why the file could not be read, or null. */
  readonly failure: string | null;
  readonly checks: readonly Check[];
}

/** Reads the entry's workbook through the .xlsx host, recognises it, and compares the reading with the expectation. */
export async function runTable(dir: string, entry: CorpusEntry): Promise<TableRun> {
  let recognition: Recognition | null = null;
  let failure: string | null = null;
  try {
    recognition = recognize(await readXlsxSnapshot(path.join(dir, entry.file)));
  } catch (error) {
    failure = error instanceof XlsxReadError ? error.failure : `error: ${String(error)}`;
  }
  return { recognition, failure, checks: compareRecognition(entry, recognition, failure) };
}
