import { existsSync, promises as fs, readdirSync } from 'node:fs';
import * as path from 'node:path';
import type { RealTableSpec } from '../fixtures/real-corpus/specs/real-table';
import { REAL_CORPUS } from '../fixtures/real-corpus/specs';
import { REAL_FROZEN } from '../fixtures/real-frozen/specs';
import { REAL_FROZEN_2 } from '../fixtures/real-frozen-2/specs';
import type { CorpusEntry } from './corpus-expectation';
import { committedFiles, differingFiles, expectationProblems, inventedWords } from './transcribed-corpus';

/**
 * The shape checks every transcribed frozen batch of issue 18 gets (one call per batch, never running the engine):
 * rebuilt byte for byte from its specs, every expectation well-formed and drawn from what the transcribed table says,
 * ids in order from the batch's first, and no source shared with the real corpus or any other batch.
 */
export interface FrozenBatch {
  readonly title: string;
  readonly dir: string;
  readonly specs: readonly RealTableSpec[];
  readonly rebuild: () => Promise<Map<string, Uint8Array>>;
  readonly firstId: number;
  readonly minTables: number;
  /**
   * Other batches' folder names under test/fixtures; any may be absent on a branch. Left out, every other
   * real-frozen-N folder there is checked.
   */
  readonly otherBatches?: readonly string[];
}

/** Every real-frozen-N folder (N ≥ 3) under test/fixtures but the batch's own: the first two are read from their specs. */
function otherFrozenBatches(own: string): string[] {
  const fixtures = path.join(__dirname, '..', 'fixtures');
  return readdirSync(fixtures).filter((name) => /^real-frozen-\d+$/.test(name) && Number(name.slice('real-frozen-'.length)) >= 3 && name !== own);
}

/** Files in a batch's directory that its generator does not write. */
const NOT_GENERATED = new Set(['specs']);

/** The sources of other batches, read from their committed expectations (only the source addresses). */
async function sourcesOf(batches: readonly string[]): Promise<string[]> {
  const urls: string[] = [];
  for (const name of batches) {
    const dir = path.join(__dirname, '..', 'fixtures', name);
    if (!existsSync(dir)) continue;
    for (const file of await fs.readdir(dir)) {
      if (!file.endsWith('.expected.json')) continue;
      const entry = JSON.parse(await fs.readFile(path.join(dir, file), 'utf8')) as CorpusEntry;
      if (entry.source) urls.push(entry.source.url);
    }
  }
  return urls;
}

export function describeFrozenBatch(batch: FrozenBatch): void {
  const { specs } = batch;
  describe(batch.title, () => {
    let committed: Map<string, Buffer>;
    beforeAll(async () => {
      committed = await committedFiles(batch.dir, NOT_GENERATED);
    });

    it('重新生成的每个文件与提交的逐字节相同，且没有多余或缺少的文件', async () => {
      const rebuilt = await batch.rebuild();
      expect([...committed.keys()].sort()).toEqual([...rebuilt.keys()].sort());
      expect(differingFiles(committed, rebuilt)).toEqual([]);
    });

    it(`至少${batch.minTables}张表，每张都写明来源、发布机构、日期与转录部分，编号从${batch.firstId}起依次排列`, () => {
      expect(specs.length).toBeGreaterThanOrEqual(batch.minTables);
      specs.forEach((spec, i) => {
        expect(spec.source.url).toMatch(/^https?:\/\/\S+$/);
        expect(spec.source.publisher.length).toBeGreaterThan(0);
        expect(spec.source.published.length).toBeGreaterThan(0);
        expect(spec.source.part.length).toBeGreaterThan(0);
        expect(spec.covers.length).toBeGreaterThan(0);
        expect(spec.file).toMatch(/^\d{2,3}-.+\.xlsx$/);
        // Ids of one digit are written 01-, 02- … (the second and third rounds' first batches).
        expect(spec.file.startsWith(`${String(batch.firstId + i).padStart(2, '0')}-`)).toBe(true);
      });
      expect(new Set(specs.map((s) => s.source.url)).size).toBe(specs.length);
    });

    const others = batch.otherBatches ?? otherFrozenBatches(path.basename(batch.dir));
    it(`来源不与真实表格语料、第一、二轮冻结集或其他冻结批次（${others.join('、')}，若已提交）共用`, async () => {
      const taken = new Set([...REAL_CORPUS, ...REAL_FROZEN, ...REAL_FROZEN_2].map((s) => s.source.url));
      for (const url of await sourcesOf(others)) taken.add(url);
      expect(specs.filter((s) => taken.has(s.source.url)).map((s) => s.file)).toEqual([]);
    });

    it('每份期望格式完整：表头行在指标之前，列字母在表内，指标行确有内容', () => {
      expect(expectationProblems(committed, specs)).toEqual([]);
    });

    it('期望里的名称、部门、领导、文字目标与完成情况都出自转录的表（不编造）', () => {
      expect(inventedWords(specs)).toEqual([]);
    });
  });
}
