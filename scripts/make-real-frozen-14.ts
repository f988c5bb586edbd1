/**
 * Writes batch 14 of the sixth round's frozen set of issue 18: test/fixtures/real-frozen-14/, each table as
 * NNN-<单位>-<表>.xlsx (numbered from 141) with its .expected.json beside it, and the README that lists every table's
 * source, from the hand-written specs in that directory's specs/ — the same transcription rules and the same writer
 * as the real corpus. Run with `npx tsx scripts/make-real-frozen-14.ts`; the files are committed once, and
 * test/recognize/real-frozen-14.test.ts checks that a rerun gives the same bytes. Scores are kept by hand in
 * bench/frozen-scores.md, outside the directory.
 */
import * as path from 'node:path';
import { REAL_FROZEN_14 } from '../test/fixtures/real-frozen-14/specs';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { corpusFiles, layoutCounts, tableList, TRANSCRIPTION_SECTIONS, writeCorpus } from './make-real-corpus';

export const REAL_FROZEN_14_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen-14');

/** The README: what batch 14 is, how it is scored and kept frozen, the shared transcription rules, every source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 第六轮冻结集第 14 批（frozen set, sixth round, batch 14，issue 18）',
    '',
    `县、市与县级区在网上公开的 ${corpus.length} 张目标进度表与统计表（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '第六轮的冻结集分批建成：本第 14 批（编号从 141 起）与 `real-frozen-15`、`real-frozen-16`，各批不共用编号。本批要找的是县直部门、乡镇、街道的年度或半年目标任务完成情况表、目标责任书与目标管理考核自查表、绩效目标完成情况表和重点工作任务完成情况表（2015–2026年，不限省份），也查了保存县级政府网页与表格文件的公开 GitHub 仓库。',
    '这些表与真实表格语料（`test/fixtures/real-corpus`）、以前各轮冻结集、本轮其他批次、工作语料和 issue 19 的文本不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18N）。',
    '',
    '## 规矩',
    '',
    '- 只在第六轮开始和结束时各评一次分：`npm run bench:recognition -- --frozen`（只打印合计，不列出逐表的错项）；不要为看错项而另行运行，也不要据此调识别程序。',
    '- 分数记在 `bench/frozen-scores.md`（手写，在本目录之外）。本目录只提交一次，之后的任何提交都不碰它：转录或期望即使有错也照旧保留，在 `bench/frozen-scores.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen-14.ts` 根据 `specs/` 生成；重跑得到逐字节相同的文件（`test/recognize/real-frozen-14.test.ts` 检查，该测试不运行识别程序）。',
    '- 检索工具的存页只收网页的开头一段，所以能转录的多是整页就是一张表的页面；每张表写明转录到哪一行、哪一行被截断。没有找到能读出字节的政府 .xlsx：六张表都是转录的。',
    '- 本批的检索范围（部门与乡镇的目标完成情况表、目标责任书自查表、绩效目标完成情况表、重点工作完成情况表）在存页里找到的成表页面，几乎都已被以前各批用过（来源登记表里已有：象山县泗洲头镇、祁门县、苍南县、柯桥区、东城区、眉山市、越城区、各地财政绩效自评表等）；部门与乡镇的目标责任书自查表一张也没有找到成表的存页（只有考核办法、新闻和空白计分表）。找到就录，没有挑选难易：两张目标进度表（歙县的民生实事进展表、六安市的重点工作半年落实表）。',
    '- 公开 GitHub 仓库里只找到一个保存县级政府网页的存档：`changwu/pingtan-gov-zwgk-archive`（平潭综合实验区政府门户“政务公开”栏目，每页存 page.txt 与 page.html，附件里有 .xlsx）。其中的 .xlsx 是二进制，检索工具读不出，仓库本身也取不到快照，所以没能保留政府自己的文件字节；决算、预算页的绩效表都在 PDF 附件里。能读的成表页面只有统计局的月度“国民经济主要指标”，不是本批要找的目标表，但是从未被任何语料用过的县级公开表：取了四期（2018年12月、2020年6月、2021年12月、2022年6月），它们有两种版式（有无“上年同期累计”一栏），单位与名称也逐期有变。',
    '- 存页把单元格压成一格一段或用“|”分隔的表，列位按表头推定，推定之处写在该表的“转录部分”；单元格首尾的空格（存页的缩进）未录入。',
    '',
    '期望键与前几批冻结集相同（见 `test/fixtures/real-frozen/README.md`）；`extraColumns` 里的键是读者对模型尚无字段的列的称呼（monthValue 本月值、explanation 备注/说明 …），识别程序没有这一列时算读错。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of batch 14's directory (name → bytes), exactly as the script writes them. */
export async function realFrozen14Files(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN_14, readme(REAL_FROZEN_14));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_FROZEN_14_DIR, await realFrozen14Files());
  console.log(`第六轮冻结集第 14 批：已写入 ${REAL_FROZEN_14.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_14_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
