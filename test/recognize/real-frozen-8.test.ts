import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { REAL_FROZEN_8_DIR, realFrozen8Files } from '../../scripts/make-real-frozen-8';
import { REAL_CORPUS } from '../fixtures/real-corpus/specs';
import { REAL_FROZEN } from '../fixtures/real-frozen/specs';
import { REAL_FROZEN_2 } from '../fixtures/real-frozen-2/specs';
import { REAL_FROZEN_8 } from '../fixtures/real-frozen-8/specs';
import type { CorpusEntry } from './corpus-expectation';
import { committedFiles, differingFiles, expectationProblems, inventedWords } from './transcribed-corpus';

/*
 * Batch 8 of the fourth round's frozen set of issue 18 (test/fixtures/real-frozen-8): a county's 河长制 scoring rules
 * from its own platform and finance self-review forms as document sites stored them, which the recognition engine has
 * never run on. Scored only by `npm run bench:recognition -- --frozen`, at the start and at the end of the round;
 * these tests never run the engine on it. They keep the batch honest: rebuilt byte for byte from its specs, every
 * expectation well-formed and drawn from what the transcribed table says, and no source shared with the real corpus
 * or any other frozen batch.
 */

/** Files in the directory that the generator does not write. */
const NOT_GENERATED = new Set(['specs']);

/** The other frozen batches that are transcribed sets of their own (second, third and this round); any may be absent on a branch. */
const OTHER_BATCHES = ['real-frozen-3', 'real-frozen-4', 'real-frozen-5', 'real-frozen-6', 'real-frozen-7', 'real-frozen-9', 'real-frozen-10'].map((name) => path.join(__dirname, '..', 'fixtures', name));

/** The sources of the other batches, read from their committed expectations (only the source addresses). */
async function otherBatchSources(): Promise<string[]> {
  const urls: string[] = [];
  for (const dir of OTHER_BATCHES) {
    if (!existsSync(dir)) continue;
    for (const name of await fs.readdir(dir)) {
      if (!name.endsWith('.expected.json')) continue;
      const entry = JSON.parse(await fs.readFile(path.join(dir, name), 'utf8')) as CorpusEntry;
      if (entry.source) urls.push(entry.source.url);
    }
  }
  return urls;
}

describe('第四轮冻结集第 8 批：未被识别程序读过的公开表，期望先于运行写好', () => {
  let committed: Map<string, Buffer>;
  beforeAll(async () => {
    committed = await committedFiles(REAL_FROZEN_8_DIR, NOT_GENERATED);
  });

  it('重新生成的每个文件与提交的逐字节相同，且没有多余或缺少的文件', async () => {
    const rebuilt = await realFrozen8Files();
    expect([...committed.keys()].sort()).toEqual([...rebuilt.keys()].sort());
    expect(differingFiles(committed, rebuilt)).toEqual([]);
  });

  it('至少10张表，每张都写明来源、发布机构、日期与转录部分，编号从81起依次排列', () => {
    expect(REAL_FROZEN_8.length).toBeGreaterThanOrEqual(10);
    REAL_FROZEN_8.forEach((spec, i) => {
      expect(spec.source.url).toMatch(/^https?:\/\/\S+$/);
      expect(spec.source.publisher.length).toBeGreaterThan(0);
      expect(spec.source.published.length).toBeGreaterThan(0);
      expect(spec.source.part.length).toBeGreaterThan(0);
      expect(spec.covers.length).toBeGreaterThan(0);
      expect(spec.file).toMatch(/^\d{2}-.+\.xlsx$/);
      expect(spec.file.startsWith(`${81 + i}-`)).toBe(true);
    });
    expect(new Set(REAL_FROZEN_8.map((s) => s.source.url)).size).toBe(REAL_FROZEN_8.length);
  });

  it('来源不与真实表格语料、第一轮冻结集或其他冻结批次（real-frozen-3…7、9、10，若已提交）共用', async () => {
    const taken = new Set([...REAL_CORPUS, ...REAL_FROZEN, ...REAL_FROZEN_2].map((s) => s.source.url));
    for (const url of await otherBatchSources()) taken.add(url);
    expect(REAL_FROZEN_8.filter((s) => taken.has(s.source.url)).map((s) => s.file)).toEqual([]);
  });

  it('每份期望格式完整：表头行在指标之前，列字母在表内，指标行确有内容', () => {
    expect(expectationProblems(committed, REAL_FROZEN_8)).toEqual([]);
  });

  it('期望里的名称、部门、领导、文字目标与完成情况都出自转录的表（不编造）', () => {
    expect(inventedWords(REAL_FROZEN_8)).toEqual([]);
  });
});
