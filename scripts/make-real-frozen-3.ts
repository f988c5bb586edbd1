/**
 * Writes the second round's frozen set of issue 18, batch A: test/fixtures/real-frozen-3/NN-<地方>-<表>.xlsx with
 * its .expected.json beside it, and the directory's README listing every table's source, from the hand-written specs
 * in test/fixtures/real-frozen-3/specs/ — the same transcription rules and the same writer as the real corpus and the
 * first round's frozen set. Run with `npx tsx scripts/make-real-frozen-3.ts`; the files are committed once, and
 * test/recognize/real-frozen-3.test.ts checks that a rerun gives the same bytes. The scores are written by hand in
 * bench/frozen-scores.md, outside this directory.
 */
import * as path from 'node:path';
import { REAL_FROZEN_3 } from '../test/fixtures/real-frozen-3/specs';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { corpusFiles, layoutCounts, tableList, TRANSCRIPTION_SECTIONS, writeCorpus } from './make-real-corpus';

export const REAL_FROZEN_3_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen-3');

/** The batch's README: what it is, how it is scored and kept, the shared transcription rules, every source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 第二轮冻结集 A 批（frozen set, second round, batch A，issue 18）',
    '',
    `华北、华东、东北的区、县、市、开发区在网上公开发布的 ${corpus.length} 张表（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '第一轮的冻结集（`test/fixtures/real-frozen`、`real-frozen-2`）已打开用于调试，所以第二轮另建冻结集：本批（A 批）与 B 批（`test/fixtures/real-frozen-4`，华中、华南、西南、西北）合起来是第二轮的冻结集。',
    '这些表与真实表格语料（`test/fixtures/real-corpus`）、第一轮冻结集和 B 批不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18B）。',
    '',
    '## 规矩',
    '',
    '- 只用 `npm run bench:recognition -- --frozen` 评分，只在第二轮开始和结束时各评一次；只看合计，不列出逐表的错项，不为看错项另行运行，也不据此调识别程序。',
    '- 分数记在 `bench/frozen-scores.md`（手写，在本目录之外）。本目录只提交一次，之后的任何提交都不碰它：转录或期望即使有错也照旧保留，在 `bench/frozen-scores.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen-3.ts` 根据 `specs/` 生成；重跑得到逐字节相同的文件（`test/recognize/real-frozen-3.test.ts` 检查，该测试从不运行识别程序）。',
    '- 检索工具的存页只收网页的开头一段，所以能转录的多是整页就是一张表、或表就在通知正文后面的页面；长表只录存页所载的连续一段。',
    '- 同一发布机构有几张表（苏州市 2011 年的任务分解表、2015、2017、2018 年的三张半年进展汇总表与 2018 年的指标分解汇总表）：各是一张独立发布、年份或用途不同的表，分别写明来源。',
    '',
    '期望键与第一轮冻结集相同（见 `test/fixtures/real-frozen/README.md` 与 `real-frozen-2/README.md`）：写成百分点的变化读作 `changePoints`，写成增速的目标读作 `targetGrowth`，“与上年持平”读作零增长（`targetGrowth` 0，约数）。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of the batch's directory (name → bytes), exactly as the script writes them. */
export async function realFrozen3Files(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN_3, readme(REAL_FROZEN_3));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_FROZEN_3_DIR, await realFrozen3Files());
  console.log(`第二轮冻结集 A 批：已写入 ${REAL_FROZEN_3.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_3_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
