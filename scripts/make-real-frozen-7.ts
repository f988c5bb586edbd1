/**
 * Writes batch C of the third round's frozen set of issue 18: test/fixtures/real-frozen-7/, each table as
 * NN-<单位>-<表>.xlsx (numbered from 71) with its .expected.json beside it, and the README that lists every table's
 * source, from the hand-written specs in that directory's specs/ — the same transcription rules and the same writer
 * as the real corpus. Run with `npx tsx scripts/make-real-frozen-7.ts`; the files are committed once, and
 * test/recognize/real-frozen-7.test.ts checks that a rerun gives the same bytes. Scores are kept by hand in
 * bench/frozen-scores.md, outside the directory.
 */
import * as path from 'node:path';
import { REAL_FROZEN_7 } from '../test/fixtures/real-frozen-7/specs';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { corpusFiles, layoutCounts, tableList, TRANSCRIPTION_SECTIONS, writeCorpus } from './make-real-corpus';

export const REAL_FROZEN_7_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen-7');

/** The README: what batch C is, how it is scored and kept frozen, the shared transcription rules, every source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 第三轮冻结集 C 批（frozen set, third round, batch C，issue 18）',
    '',
    `县直部门、县属学校、区属事业单位和区直部门自己在网上公开的 ${corpus.length} 张表（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '第三轮的冻结集分批建成：`test/fixtures/real-frozen-5`、`real-frozen-6` 与本 C 批（编号从 71 起，三批不共用编号）。页首就是统计表的网页多已被别的批次用过，本批专找单位自己留存的表——项目支出绩效自评表、部门整体支出绩效自评表、绩效目标表，以及部门的任务分解表。',
    '这些表与真实表格语料（`test/fixtures/real-corpus`）、第一、二轮冻结集、本轮其他批次、工作语料和 issue 19 的文本不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18E）。',
    '',
    '## 规矩',
    '',
    '- 只在第三轮开始和结束时各评一次分：`npm run bench:recognition -- --frozen`（只打印合计，不列出逐表的错项）；不要为看错项而另行运行，也不要据此调识别程序。',
    '- 分数记在 `bench/frozen-scores.md`（手写，在本目录之外）。本目录只提交一次，之后的任何提交都不碰它：转录或期望即使有错也照旧保留，在 `bench/frozen-scores.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen-7.ts` 根据 `specs/` 生成；重跑得到逐字节相同的文件（`test/recognize/real-frozen-7.test.ts` 检查，该测试不运行识别程序）。',
    '- 检索工具的存页只收网页的开头一段，所以能转录的多是整页就是一张表的页面；每张表写明转录到哪一行、哪一行被截断。',
    `- 乡镇、街道的目标任务完成情况表、民生实事进度表和项目投资进度表，在检索到的存页里几乎都已被别的语料用过（来源登记表里已有），本批找到的未用过的页面是财政绩效表（${corpus.filter((s) => s.expect.table.layoutClass === 'finance-form').length} 张）和一张县直部门的任务分解表；没有挑选难易，找到就录。`,
    '- 存页把单元格压成一格一段（或丢掉了空单元格）的表，列位按表头与模板推定，推定之处写在该表的“转录部分”；单元格首尾的空格（存页的缩进）未录入。',
    '',
    '期望键与第一轮冻结集相同（见 `test/fixtures/real-frozen/README.md`）；`extraColumns` 里的键是读者对模型尚无字段的列的称呼（subcategory 二级指标、score 得分、comparator 指标性质/计算符号、explanation 指标值说明 …），识别程序没有这一列时算读错。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of batch C's directory (name → bytes), exactly as the script writes them. */
export async function realFrozen7Files(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN_7, readme(REAL_FROZEN_7));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_FROZEN_7_DIR, await realFrozen7Files());
  console.log(`第三轮冻结集 C 批：已写入 ${REAL_FROZEN_7.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_7_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
