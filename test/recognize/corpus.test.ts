import * as path from 'node:path';
import { loadEntries, runTable } from '../../bench/corpus-run';
import type { CorpusEntry } from './corpus-expectation';

const CORPUS_DIR = path.join(__dirname, '..', 'fixtures', 'corpus');

/** The recognition corpus: every department workbook read exactly as its hand-written expectation says. */
describe('识别语料：各部门的真实写法', () => {
  let entries: CorpusEntry[] = [];
  beforeAll(async () => {
    entries = await loadEntries(CORPUS_DIR);
  });

  it('语料至少 30 个工作簿，涵盖财政、教育、卫健、环保、交通、住建、商务、农业、公安', () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
    const departments = entries.map((e) => e.department).join(' ');
    for (const word of ['财政', '教育', '卫生健康', '生态环境', '交通', '住房', '商务', '农业', '公安']) expect(departments).toContain(word);
  });

  it('每个工作簿的字段与数值全部识别对', async () => {
    const misses: string[] = [];
    for (const entry of entries) {
      for (const check of (await runTable(CORPUS_DIR, entry)).checks) if (!check.ok) misses.push(`${entry.file} ${check.what}: ${check.detail}`);
    }
    expect(misses).toEqual([]);
  });
});
