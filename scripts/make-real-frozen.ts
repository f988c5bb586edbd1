/**
 * Writes the frozen set of issue 18 in its two batches: test/fixtures/real-frozen/ (21 tables) and
 * test/fixtures/real-frozen-2/ (the second batch, frozen later so the set reaches 25), each table as
 * NN-<地方>-<表>.xlsx with its .expected.json beside it, and each directory's README listing every table's source,
 * from the hand-written specs in that directory's specs/ — the same transcription rules and the same writer as the
 * real corpus. Run with `npx tsx scripts/make-real-frozen.ts`; the files are committed, and
 * test/recognize/real-frozen.test.ts and real-frozen-2.test.ts check that a rerun gives the same bytes. SCORES.md
 * in the first directory and bench/frozen-scores.md are written by hand from `npm run bench:recognition` and are
 * left alone here.
 */
import * as path from 'node:path';
import { REAL_FROZEN } from '../test/fixtures/real-frozen/specs';
import { REAL_FROZEN_2 } from '../test/fixtures/real-frozen-2/specs';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { corpusFiles, layoutCounts, tableList, TRANSCRIPTION_SECTIONS, writeCorpus } from './make-real-corpus';

export const REAL_FROZEN_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen');
export const REAL_FROZEN_2_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen-2');

/** The frozen set's README: why it is frozen, how it is scored, the shared transcription rules, every source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 冻结集（frozen set，issue 18）',
    '',
    `县直部门、乡镇、区、市（另有一张省级、一张台湾地区的表）在网上公开发布的 ${corpus.length} 张表（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '这些表与真实表格语料（`test/fixtures/real-corpus`）、工作语料和 issue 19 的文本不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18）。',
    '',
    '## 规矩',
    '',
    '- 只在 issue 18 开始和结束时各评一次分，分数记在本目录的 `SCORES.md`（手写，不由脚本生成，重跑脚本不会抹掉）。',
    '- `npm run bench:recognition` 对本集只打印合计，不列出逐表的错项；不要为看错项而另行运行，也不要据此调识别程序。',
    '- 提交之后不再修改 `specs/` 或本目录的任何 .xlsx、.expected.json：转录或期望即使有错也照旧保留，在 `SCORES.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen.ts` 根据 `specs/` 生成；重跑得到逐字节相同的文件（`test/recognize/real-frozen.test.ts` 检查）。',
    '- 同一网页上的几张分表可以各录成一张（中山市统计局的三张），各自写明转录部分。',
    '',
    '本集比真实表格语料多用一个期望键（只在给出时才检查）：',
    '',
    '| 键 | 位置 | 含义 |',
    '| --- | --- | --- |',
    '| `changePoints` | 指标 | 写成百分点的变化（增减百分点 0.4、1.54个百分点），以百分点计；从 `statedChangePoints` 读 |',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/**
 * The second batch's README: why a second batch, that it is frozen like the first, where its scores are kept (outside
 * the directory, which is committed once), the shared transcription rules, every source.
 */
function secondReadme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 冻结集第二批（frozen set, second batch，issue 18）',
    '',
    `乡镇、区、市直部门和一个市在网上公开发布的 ${corpus.length} 张表（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '第一批（`test/fixtures/real-frozen`，21 张）不足 issue 18 要求的 25 张，本批补足；两批合起来是 issue 18 的冻结集，编号接着第一批往下排（22 起）。',
    '这些表与第一批、真实表格语料（`test/fixtures/real-corpus`）、工作语料和 issue 19 的文本不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18）。',
    '',
    '## 规矩',
    '',
    '- 只在 issue 18 开始和结束时各评一次分，分数记在 `bench/frozen-scores.md`（手写，在本目录之外：本目录只提交一次，之后的任何提交都不应碰它）。',
    '- `npm run bench:recognition` 对本批只打印合计（本批、第一批、两批合起来），不列出逐表的错项；不要为看错项而另行运行，也不要据此调识别程序。',
    '- 提交之后不再修改 `specs/` 或本目录的任何文件：转录或期望即使有错也照旧保留，在 `bench/frozen-scores.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen.ts` 根据 `specs/` 生成（与第一批同一个脚本）；重跑得到逐字节相同的文件（`test/recognize/real-frozen-2.test.ts` 检查）。',
    '- 检索工具的存页只收网页的开头一段，所以能转录的多是整页就是一张表的页面；第一批缺的版式（只有进度、无表头、写成“个百分点”的变化）本批仍未找到，见 `bench/frozen-scores.md`。',
    '',
    '期望键与第一批相同（见 `test/fixtures/real-frozen/README.md`）；`extraColumns` 里的键是读者对模型尚无字段的列的称呼（progressQ1 一季度进展、midTermName 中期三级指标 …），识别程序没有这一列时算读错。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of the frozen directory (name → bytes), exactly as the script writes them. */
export async function realFrozenFiles(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN, readme(REAL_FROZEN));
}

/** Every file of the second batch's directory (name → bytes), exactly as the script writes them. */
export async function realFrozen2Files(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN_2, secondReadme(REAL_FROZEN_2));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_FROZEN_DIR, await realFrozenFiles());
  console.log(`冻结集：已写入 ${REAL_FROZEN.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_DIR)}`);
  await writeCorpus(REAL_FROZEN_2_DIR, await realFrozen2Files());
  console.log(`冻结集第二批：已写入 ${REAL_FROZEN_2.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_2_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
