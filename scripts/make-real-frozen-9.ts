/**
 * Writes batch 9 of the fourth round's frozen set of issue 18: test/fixtures/real-frozen-9/, each table as
 * NN-<单位>-<表>.xlsx (numbered from 91) with its .expected.json beside it, and the README that lists every table's
 * source, from the hand-written specs in that directory's specs/ — the same transcription rules and the same writer
 * as the real corpus. Run with `npx tsx scripts/make-real-frozen-9.ts`; the files are committed once, and
 * test/recognize/real-frozen-9.test.ts checks that a rerun gives the same bytes. Scores are kept by hand in
 * bench/frozen-scores.md, outside the directory.
 */
import * as path from 'node:path';
import { REAL_FROZEN_9 } from '../test/fixtures/real-frozen-9/specs';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { corpusFiles, layoutCounts, tableList, TRANSCRIPTION_SECTIONS, writeCorpus } from './make-real-corpus';

export const REAL_FROZEN_9_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen-9');

/** The README: what batch 9 is, how it is scored and kept frozen, the shared transcription rules, every source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 第四轮冻结集第 9 批（frozen set, fourth round, batch 9，issue 18）',
    '',
    `县直部门、区直部门、县属开发区在网上公开的、单位自己留存的 ${corpus.length} 张表（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '第四轮的冻结集分批建成：`test/fixtures/real-frozen-8`、本第 9 批（编号从 91 起）与 `real-frozen-10`，各批不共用编号。本批找的是部门自己的表——季度进展汇总表、部门整体绩效目标自评表、自评指标计分表、绩效评价指标表与绩效目标表，尽量挑有完成情况一栏和有两行表头的。',
    '这些表与真实表格语料（`test/fixtures/real-corpus`）、以前各轮冻结集、本轮其他批次、工作语料和 issue 19 的文本不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18I）。',
    '',
    '## 规矩',
    '',
    '- 只在第四轮开始和结束时各评一次分：`npm run bench:recognition -- --frozen`（只打印合计，不列出逐表的错项）；不要为看错项而另行运行，也不要据此调识别程序。',
    '- 分数记在 `bench/frozen-scores.md`（手写，在本目录之外）。本目录只提交一次，之后的任何提交都不碰它：转录或期望即使有错也照旧保留，在 `bench/frozen-scores.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen-9.ts` 根据 `specs/` 生成；重跑得到逐字节相同的文件（`test/recognize/real-frozen-9.test.ts` 检查，该测试不运行识别程序）。',
    '- 检索工具的存页只收网页的开头一段，所以能转录的多是整页就是一张表的页面；每张表写明转录到哪一行、哪一行被截断。',
    `- 乡镇、街道和县直部门的目标任务完成情况表、季度进展表、民生实事进度表，在检索到的存页里大多已被别的语料用过（来源登记表里已有，本轮另一批也在同时检索）；本批找到的未用过的页面是两张县直部门的进展表（季度、上半年）、两张分工或考核项目表和几张财政绩效表（${corpus.filter((s) => s.expect.table.layoutClass === 'finance-form').length} 张）；没有挑选难易，找到就录。`,
    '- 存页把单元格压成一格一段、连写或丢掉了空单元格的表，列位按表头与模板推定，推定之处写在该表的“转录部分”；单元格首尾的空格（存页的缩进）未录入。',
    '',
    '期望键与第一轮冻结集相同（见 `test/fixtures/real-frozen/README.md`）；`extraColumns` 里的键是读者对模型尚无字段的列的称呼（subcategory 二级指标、score 得分、explanation 指标解释/说明、scoring 评分规则、measure 评价指标、standard 标准值、measureValue 评价指标值、mainUnit 主体责任单位、evaluation 工作评价、plan 下季度进度安排 …），识别程序没有这一列时算读错。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of batch 9's directory (name → bytes), exactly as the script writes them. */
export async function realFrozen9Files(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN_9, readme(REAL_FROZEN_9));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_FROZEN_9_DIR, await realFrozen9Files());
  console.log(`第四轮冻结集第 9 批：已写入 ${REAL_FROZEN_9.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_9_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
