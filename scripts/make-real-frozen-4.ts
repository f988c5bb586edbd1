/**
 * Writes batch B of the second round's frozen set of issue 18: test/fixtures/real-frozen-4/, each table as
 * NN-<地方>-<表>.xlsx (numbered from 51) with its .expected.json beside it, and the README that lists every table's
 * source, from the hand-written specs in that directory's specs/ — the same transcription rules and the same writer
 * as the real corpus. Run with `npx tsx scripts/make-real-frozen-4.ts`; the files are committed once, and
 * test/recognize/real-frozen-4.test.ts checks that a rerun gives the same bytes. Scores are kept by hand in
 * bench/frozen-scores.md, outside the directory.
 */
import * as path from 'node:path';
import { REAL_FROZEN_4 } from '../test/fixtures/real-frozen-4/specs';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { corpusFiles, layoutCounts, tableList, TRANSCRIPTION_SECTIONS, writeCorpus } from './make-real-corpus';

export const REAL_FROZEN_4_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen-4');

/** The README: what batch B is, how it is scored and kept frozen, the shared transcription rules, every source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 第二轮冻结集 B 批（frozen set, second round, batch B，issue 18）',
    '',
    `华中、华南、西南、西北的区、乡镇、自治州、市和省级部门在网上公开发布的 ${corpus.length} 张表（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '第一轮的冻结集（`test/fixtures/real-frozen`、`real-frozen-2`）在第一轮首尾评分之后已打开调试，所以第二轮另建冻结集：A 批（`test/fixtures/real-frozen-3`，华北、华东、东北）与本 B 批同时建成，合起来是第二轮的冻结集；本批编号从 51 起，两批不共用编号。',
    '这些表与真实表格语料（`test/fixtures/real-corpus`）、第一轮冻结集、A 批、工作语料和 issue 19 的文本不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18B）。',
    '',
    '## 规矩',
    '',
    '- 只在第二轮开始和结束时各评一次分：`npm run bench:recognition -- --frozen`（只打印合计，不列出逐表的错项）；不要为看错项而另行运行，也不要据此调识别程序。',
    '- 分数记在 `bench/frozen-scores.md`（手写，在本目录之外）。本目录只提交一次，之后的任何提交都不碰它：转录或期望即使有错也照旧保留，在 `bench/frozen-scores.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen-4.ts` 根据 `specs/` 生成；重跑得到逐字节相同的文件（`test/recognize/real-frozen-4.test.ts` 检查，该测试不运行识别程序）。',
    '- 检索工具的存页只收网页的开头一段，所以能转录的多是整页就是一张表的页面；同一网页上的几张分表各录成一张（黔西南州的表1至表3、中山市的第1、第5张分表），各自写明转录部分。',
    '- 本区域能找到、又未被别的语料用过的县直部门目标表和财政绩效表很少：本批没有财政表，省级统计表占4张（湖南2张、宁夏、青海），中山市两张与第一轮冻结集（已打开）的中山市表同一栏目同一版式。59号表里不写时段，期望中的1-4月是按发布日期推定的，见该表“难点”。',
    '',
    '期望键与第一轮冻结集相同（见 `test/fixtures/real-frozen/README.md`）；`extraColumns` 里的键是读者对模型尚无字段的列的称呼（rank 排位、fundsInPlace 到位资金、periodCompletionRate 完成序时目标的比例、monthValue 当月值 …），识别程序没有这一列时算读错。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of batch B's directory (name → bytes), exactly as the script writes them. */
export async function realFrozen4Files(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN_4, readme(REAL_FROZEN_4));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_FROZEN_4_DIR, await realFrozen4Files());
  console.log(`第二轮冻结集 B 批：已写入 ${REAL_FROZEN_4.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_4_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
