import { LAYOUT_CLASSES } from '../../src/core/model';
import { REAL_CORPUS_DIR, realCorpusFiles } from '../../scripts/make-real-corpus';
import { REAL_CORPUS } from '../fixtures/real-corpus/specs';
import { committedFiles, differingFiles, expectationProblems, inventedWords } from './transcribed-corpus';

/*
 * The real corpus is measured by `npm run bench:recognition`, not passed or failed here: the engine is being
 * improved against it. These tests keep the corpus itself honest: rebuilt byte for byte from its specs, and
 * every expectation well-formed and drawn from what the transcribed table actually says.
 */

describe('真实表格语料：政府公开发布的表，逐格转录', () => {
  let committed: Map<string, Buffer>;
  beforeAll(async () => {
    committed = await committedFiles(REAL_CORPUS_DIR, new Set(['specs']));
  });

  it('重新生成的每个文件与提交的逐字节相同，且没有多余或缺少的文件', async () => {
    const rebuilt = await realCorpusFiles();
    expect([...committed.keys()].sort()).toEqual([...rebuilt.keys()].sort());
    expect(differingFiles(committed, rebuilt)).toEqual([]);
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
    expect(expectationProblems(committed, REAL_CORPUS)).toEqual([]);
  });

  it('期望里的名称、部门、文字目标与完成情况都出自转录的表（不编造）', () => {
    expect(inventedWords(REAL_CORPUS)).toEqual([]);
  });
});
