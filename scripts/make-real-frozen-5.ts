/**
 * Writes the third round's frozen set of issue 18, batch A: test/fixtures/real-frozen-5/NN-<地方>-<表>.xlsx with
 * its .expected.json beside it, and the directory's README listing every table's source, from the hand-written specs
 * in test/fixtures/real-frozen-5/specs/ — the same transcription rules and the same writer as the real corpus and the
 * earlier frozen sets. Run with `npx tsx scripts/make-real-frozen-5.ts`; the files are committed once, and
 * test/recognize/real-frozen-5.test.ts checks that a rerun gives the same bytes. The scores are written by hand in
 * bench/frozen-scores.md, outside this directory.
 */
import * as path from 'node:path';
import { REAL_FROZEN_5 } from '../test/fixtures/real-frozen-5/specs';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { corpusFiles, layoutCounts, tableList, TRANSCRIPTION_SECTIONS, writeCorpus } from './make-real-corpus';

export const REAL_FROZEN_5_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen-5');

/** The batch's README: what it is, how it is scored and kept, the shared transcription rules, every source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 第三轮冻结集 A 批（frozen set, third round, batch A，issue 18）',
    '',
    `华北、华东、东北的区、县、市和县直单位在网上公开发布的 ${corpus.length} 张表（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '第二轮的冻结集（`test/fixtures/real-frozen-3`、`real-frozen-4`）在第二轮首尾评分之后已打开调试，所以第三轮另建冻结集：本批（A 批）与 B 批（`test/fixtures/real-frozen-6`，其他省区）同时建成，合起来是第三轮的冻结集。',
    '这些表与真实表格语料（`test/fixtures/real-corpus`）、第一轮与第二轮冻结集和 B 批不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18C）。',
    '',
    '## 规矩',
    '',
    '- 只用 `npm run bench:recognition -- --frozen` 评分，只在第三轮开始和结束时各评一次；只看合计，不列出逐表的错项，不为看错项另行运行，也不据此调识别程序。',
    '- 分数记在 `bench/frozen-scores.md`（手写，在本目录之外）。本目录只提交一次，之后的任何提交都不碰它：转录或期望即使有错也照旧保留，在 `bench/frozen-scores.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen-5.ts` 根据 `specs/` 生成；重跑得到逐字节相同的文件（`test/recognize/real-frozen-5.test.ts` 检查，该测试从不运行识别程序）。',
    '- 检索工具的存页只收网页的开头一段，所以能转录的多是整页就是一张表、或表就在通知正文后面的页面；长表只录存页所载的连续一段，最后一格被截断的那一项起不录。',
    '- 同一发布机构有两张表（常州市钟楼区 2022 年与 2024 年的政府工作报告责任分解表）：各是一张独立发布、年份不同的表，分别写明来源。',
    '',
    '期望键与前两轮冻结集相同（见 `test/fixtures/real-frozen/README.md`、`real-frozen-2/README.md` 与 `real-frozen-3/README.md`）：写成增速的目标读作 `targetGrowth`，单元格里的编号（“1.”“(1)”“指标1:”）与标记（“*”）不算名称；表里没有年份的读作 `period.year: null`。本批新用了两个 `extraColumns` 键：`plan`（下月工作计划）与 `explanation`（项目的具体内容）。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of the batch's directory (name → bytes), exactly as the script writes them. */
export async function realFrozen5Files(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN_5, readme(REAL_FROZEN_5));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_FROZEN_5_DIR, await realFrozen5Files());
  console.log(`第三轮冻结集 A 批：已写入 ${REAL_FROZEN_5.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_5_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
