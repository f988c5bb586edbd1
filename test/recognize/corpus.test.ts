import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { recognize, type Recognition } from '../../src/core/recognize';
import { readXlsxSnapshot, XlsxReadError } from '../../src/node/xlsx-read';
import { compareRecognition, type CorpusEntry } from './corpus-expectation';

const CORPUS_DIR = path.join(__dirname, '..', 'fixtures', 'corpus');

/** The recognition corpus: every department workbook read exactly as its hand-written expectation says. */
describe('识别语料：各部门的真实写法', () => {
  let entries: CorpusEntry[] = [];
  beforeAll(async () => {
    const names = (await fs.readdir(CORPUS_DIR)).filter((name) => name.endsWith('.expected.json')).sort();
    entries = await Promise.all(names.map(async (name) => JSON.parse(await fs.readFile(path.join(CORPUS_DIR, name), 'utf8')) as CorpusEntry));
  });

  it('语料至少 30 个工作簿，涵盖财政、教育、卫健、环保、交通、住建、商务、农业、公安', () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
    const departments = entries.map((e) => e.department).join(' ');
    for (const word of ['财政', '教育', '卫生健康', '生态环境', '交通', '住房', '商务', '农业', '公安']) expect(departments).toContain(word);
  });

  it('每个工作簿的字段与数值全部识别对', async () => {
    const misses: string[] = [];
    for (const entry of entries) {
      let recognition: Recognition | null = null;
      let failure: string | null = null;
      try {
        recognition = recognize(await readXlsxSnapshot(path.join(CORPUS_DIR, entry.file)));
      } catch (error) {
        failure = error instanceof XlsxReadError ? error.failure : String(error);
      }
      for (const check of compareRecognition(entry, recognition, failure)) if (!check.ok) misses.push(`${entry.file} ${check.what}: ${check.detail}`);
    }
    expect(misses).toEqual([]);
  });
});
