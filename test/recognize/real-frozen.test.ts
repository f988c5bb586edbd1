import { REAL_FROZEN_DIR, realFrozenFiles } from '../../scripts/make-real-frozen';
import { REAL_CORPUS } from '../fixtures/real-corpus/specs';
import { REAL_FROZEN } from '../fixtures/real-frozen/specs';
import { committedFiles, differingFiles, expectationProblems, inventedWords } from './transcribed-corpus';

/*
 * The frozen set of issue 18 is scored only by `npm run bench:recognition` (totals only), at the start and at the
 * end of the issue. These tests never run the recognition engine on it: they keep the set itself honest — rebuilt
 * byte for byte from its specs, every expectation well-formed and drawn from what the transcribed table says, and
 * no source shared with the real corpus the engine is tuned on.
 */

/** Files in the frozen directory that the generator does not write. */
const NOT_GENERATED = new Set(['specs', 'SCORES.md']);

describe('冻结集：未被识别程序读过的公开发布表，期望先于运行写好', () => {
  let committed: Map<string, Buffer>;
  beforeAll(async () => {
    committed = await committedFiles(REAL_FROZEN_DIR, NOT_GENERATED);
  });

  it('重新生成的每个文件与提交的逐字节相同，且没有多余或缺少的文件', async () => {
    const rebuilt = await realFrozenFiles();
    expect([...committed.keys()].sort()).toEqual([...rebuilt.keys()].sort());
    expect(differingFiles(committed, rebuilt)).toEqual([]);
  });

  it('至少20张表，每张都写明来源、发布机构、日期与转录部分，且来源不与真实表格语料重复', () => {
    expect(REAL_FROZEN.length).toBeGreaterThanOrEqual(20);
    const realUrls = new Set(REAL_CORPUS.map((s) => s.source.url));
    for (const spec of REAL_FROZEN) {
      expect(spec.source.url).toMatch(/^https?:\/\/\S+$/);
      expect(realUrls.has(spec.source.url)).toBe(false);
      expect(spec.source.publisher.length).toBeGreaterThan(0);
      expect(spec.source.published.length).toBeGreaterThan(0);
      expect(spec.source.part.length).toBeGreaterThan(0);
      expect(spec.covers.length).toBeGreaterThan(0);
      expect(spec.file).toMatch(/^\d{2}-.+\.xlsx$/);
    }
    expect(new Set(REAL_FROZEN.map((s) => s.file)).size).toBe(REAL_FROZEN.length);
  });

  it('每份期望格式完整：表头行在指标之前，列字母在表内，指标行确有内容', () => {
    expect(expectationProblems(committed, REAL_FROZEN)).toEqual([]);
  });

  it('期望里的名称、部门、文字目标与完成情况都出自转录的表（不编造）', () => {
    expect(inventedWords(REAL_FROZEN)).toEqual([]);
  });
});
