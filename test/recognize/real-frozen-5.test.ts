import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { REAL_FROZEN_5_DIR, realFrozen5Files } from '../../scripts/make-real-frozen-5';
import { REAL_CORPUS } from '../fixtures/real-corpus/specs';
import { REAL_FROZEN } from '../fixtures/real-frozen/specs';
import { REAL_FROZEN_2 } from '../fixtures/real-frozen-2/specs';
import { REAL_FROZEN_3 } from '../fixtures/real-frozen-3/specs';
import { REAL_FROZEN_4 } from '../fixtures/real-frozen-4/specs';
import { REAL_FROZEN_5 } from '../fixtures/real-frozen-5/specs';
import type { CorpusEntry } from './corpus-expectation';
import { committedFiles, differingFiles, expectationProblems, inventedWords } from './transcribed-corpus';

/*
 * The third round's frozen set of issue 18, batch A (test/fixtures/real-frozen-5): published tables the engine has
 * never read, scored only by `npm run bench:recognition -- --frozen` at the start and at the end of the round. These
 * tests never run the recognition engine on it: they keep the batch honest — rebuilt byte for byte from its specs,
 * every expectation well-formed and drawn from what the transcribed table says, and no source shared with the real
 * corpus, the first and second rounds' frozen sets or the other batch of this round.
 */

/** Files in the batch's directory that the generator does not write (its scores live in bench/). */
const NOT_GENERATED = new Set(['specs']);

/** The other batch of the third round, built at the same time from other provinces; it may not exist yet. */
const BATCH_B_DIR = path.join(__dirname, '..', 'fixtures', 'real-frozen-6');

/** The sources of batch B, read from its committed expectations (its specs' export names are its own business). */
async function batchBSources(): Promise<string[]> {
  if (!existsSync(BATCH_B_DIR)) return [];
  const urls: string[] = [];
  for (const name of await fs.readdir(BATCH_B_DIR)) {
    if (!name.endsWith('.expected.json')) continue;
    const entry = JSON.parse(await fs.readFile(path.join(BATCH_B_DIR, name), 'utf8')) as CorpusEntry;
    if (entry.source) urls.push(entry.source.url);
  }
  return urls;
}

/** An address without its scheme, “www.” and trailing slash, so that an http/https or www mirror counts as the same page. */
function pageKey(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');
}

describe('第三轮冻结集 A 批：未被识别程序读过的公开发布表，期望先于运行写好', () => {
  let committed: Map<string, Buffer>;
  beforeAll(async () => {
    committed = await committedFiles(REAL_FROZEN_5_DIR, NOT_GENERATED);
  });

  it('重新生成的每个文件与提交的逐字节相同，且没有多余或缺少的文件', async () => {
    const rebuilt = await realFrozen5Files();
    expect([...committed.keys()].sort()).toEqual([...rebuilt.keys()].sort());
    expect(differingFiles(committed, rebuilt)).toEqual([]);
  });

  it('每张表都写明来源、发布机构、日期与转录部分，文件按 01 起编号，来源各不相同', () => {
    // At least twelve tables in this batch; the round's total is reached together with batch B.
    expect(REAL_FROZEN_5.length).toBeGreaterThanOrEqual(12);
    REAL_FROZEN_5.forEach((spec, i) => {
      expect(spec.source.url).toMatch(/^https?:\/\/\S+$/);
      expect(spec.source.publisher.length).toBeGreaterThan(0);
      expect(spec.source.published.length).toBeGreaterThan(0);
      expect(spec.source.part.length).toBeGreaterThan(0);
      expect(spec.covers.length).toBeGreaterThan(0);
      expect(spec.file.startsWith(`${String(i + 1).padStart(2, '0')}-`)).toBe(true);
      expect(spec.file).toMatch(/^\d{2}-.+\.xlsx$/);
    });
    expect(new Set(REAL_FROZEN_5.map((s) => pageKey(s.source.url))).size).toBe(REAL_FROZEN_5.length);
  });

  it('来源不与真实表格语料、第一轮与第二轮冻结集（real-frozen-3、real-frozen-4）或 B 批（real-frozen-6）重复', async () => {
    const taken = new Set([...REAL_CORPUS, ...REAL_FROZEN, ...REAL_FROZEN_2, ...REAL_FROZEN_3, ...REAL_FROZEN_4].map((s) => pageKey(s.source.url)));
    for (const url of await batchBSources()) taken.add(pageKey(url));
    expect(REAL_FROZEN_5.filter((s) => taken.has(pageKey(s.source.url))).map((s) => s.file)).toEqual([]);
  });

  it('每份期望格式完整：表头行在指标之前，列字母在表内，指标行确有内容', () => {
    expect(expectationProblems(committed, REAL_FROZEN_5)).toEqual([]);
  });

  it('期望里的名称、部门、责任领导、文字目标与完成情况都出自转录的表（不编造）', () => {
    expect(inventedWords(REAL_FROZEN_5)).toEqual([]);
  });
});
