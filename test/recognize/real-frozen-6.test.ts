import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { REAL_FROZEN_6_DIR, realFrozen6Files } from '../../scripts/make-real-frozen-6';
import { REAL_CORPUS } from '../fixtures/real-corpus/specs';
import { REAL_FROZEN } from '../fixtures/real-frozen/specs';
import { REAL_FROZEN_2 } from '../fixtures/real-frozen-2/specs';
import { REAL_FROZEN_6 } from '../fixtures/real-frozen-6/specs';
import type { CorpusEntry } from './corpus-expectation';
import { committedFiles, differingFiles, expectationProblems, inventedWords } from './transcribed-corpus';

/*
 * Batch B of the third round's frozen set of issue 18 (test/fixtures/real-frozen-6): published tables from
 * 华中、华南、西南、西北 that the recognition engine has never run on. Scored only by
 * `npm run bench:recognition -- --frozen`, at the start and at the end of the round; these tests never run the
 * engine on it. They keep the batch honest: rebuilt byte for byte from its specs, every expectation well-formed and
 * drawn from what the transcribed table says, and no source shared with the real corpus, the earlier frozen sets
 * (real-frozen, real-frozen-2, real-frozen-3, real-frozen-4) or batch A (real-frozen-5).
 */

/** Files in the directory that the generator does not write. */
const NOT_GENERATED = new Set(['specs']);

/** Frozen sets read from their committed expectations, when they are there: the second round's and batch A of this round. */
const OTHER_FROZEN_DIRS = ['real-frozen-3', 'real-frozen-4', 'real-frozen-5'].map((name) => path.join(__dirname, '..', 'fixtures', name));

async function committedSources(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const names = (await fs.readdir(dir)).filter((name) => name.endsWith('.expected.json'));
  const entries = await Promise.all(names.map(async (name) => JSON.parse(await fs.readFile(path.join(dir, name), 'utf8')) as CorpusEntry));
  return entries.map((entry) => entry.source?.url ?? '');
}

describe('第三轮冻结集 B 批：未被识别程序读过的公开发布表，期望先于运行写好', () => {
  let committed: Map<string, Buffer>;
  beforeAll(async () => {
    committed = await committedFiles(REAL_FROZEN_6_DIR, NOT_GENERATED);
  });

  it('重新生成的每个文件与提交的逐字节相同，且没有多余或缺少的文件', async () => {
    const rebuilt = await realFrozen6Files();
    expect([...committed.keys()].sort()).toEqual([...rebuilt.keys()].sort());
    expect(differingFiles(committed, rebuilt)).toEqual([]);
  });

  it('每张表都写明来源、发布机构、日期与转录部分，编号从51起且不重复', () => {
    expect(REAL_FROZEN_6.length).toBeGreaterThan(0);
    for (const spec of REAL_FROZEN_6) {
      expect(spec.source.url).toMatch(/^https?:\/\/\S+$/);
      expect(spec.source.publisher.length).toBeGreaterThan(0);
      expect(spec.source.published.length).toBeGreaterThan(0);
      expect(spec.source.part.length).toBeGreaterThan(0);
      expect(spec.covers.length).toBeGreaterThan(0);
      expect(spec.file).toMatch(/^\d{2}-.+\.xlsx$/);
      expect(Number(spec.file.slice(0, 2))).toBeGreaterThanOrEqual(51);
    }
    expect(new Set(REAL_FROZEN_6.map((s) => s.file.slice(0, 2))).size).toBe(REAL_FROZEN_6.length);
  });

  it('来源不与真实表格语料、第一、二轮冻结集或 A 批（real-frozen-5，若已提交）共用', async () => {
    const taken = new Set([...REAL_CORPUS, ...REAL_FROZEN, ...REAL_FROZEN_2].map((s) => s.source.url));
    for (const dir of OTHER_FROZEN_DIRS) for (const url of await committedSources(dir)) taken.add(url);
    expect(REAL_FROZEN_6.filter((s) => taken.has(s.source.url)).map((s) => s.file)).toEqual([]);
  });

  it('每份期望格式完整：表头行在指标之前，列字母在表内，指标行确有内容', () => {
    expect(expectationProblems(committed, REAL_FROZEN_6)).toEqual([]);
  });

  it('期望里的名称、部门、文字目标与完成情况都出自转录的表（不编造）', () => {
    expect(inventedWords(REAL_FROZEN_6)).toEqual([]);
  });
});
