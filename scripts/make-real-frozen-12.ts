/**
 * Writes batch 12 of the fifth round's frozen set of issue 18: test/fixtures/real-frozen-12/, each table as
 * NN-<单位>-<表>.xlsx (numbered from 121) with its .expected.json beside it, and the README that lists every table's
 * source, from the hand-written specs in that directory's specs/ — the same transcription rules and the same writer
 * as the real corpus. Run with `npx tsx scripts/make-real-frozen-12.ts`; the files are committed once, and
 * test/recognize/real-frozen-12.test.ts checks that a rerun gives the same bytes. Scores are kept by hand in
 * bench/frozen-scores.md, outside the directory.
 */
import * as path from 'node:path';
import { REAL_FROZEN_12 } from '../test/fixtures/real-frozen-12/specs';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { corpusFiles, layoutCounts, tableList, TRANSCRIPTION_SECTIONS, writeCorpus } from './make-real-corpus';

export const REAL_FROZEN_12_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen-12');

/** The README: what batch 12 is, how it is scored and kept frozen, the shared transcription rules, every source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 第五轮冻结集第 12 批（frozen set, fifth round, batch 12，issue 18）',
    '',
    `县、市与更高一级的政府、部门和办公室在网上公开的 ${corpus.length} 张分解表、考核指标表与目标完成表（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '第五轮的冻结集分批建成：`test/fixtures/real-frozen-11`、本第 12 批（编号从 121 起）与 `real-frozen-13`，各批不共用编号。本批要找的是县乡的目标任务分解表、重点工作台账、民生实事进度表和县直部门的年度目标考核表，优先华北、东北、西北、西南各省与2015–2026年。',
    '这些表与真实表格语料（`test/fixtures/real-corpus`）、以前各轮冻结集、本轮其他批次、工作语料和 issue 19 的文本不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18L）。',
    '',
    '## 规矩',
    '',
    '- 只在第五轮开始和结束时各评一次分：`npm run bench:recognition -- --frozen`（只打印合计，不列出逐表的错项）；不要为看错项而另行运行，也不要据此调识别程序。',
    '- 分数记在 `bench/frozen-scores.md`（手写，在本目录之外）。本目录只提交一次，之后的任何提交都不碰它：转录或期望即使有错也照旧保留，在 `bench/frozen-scores.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen-12.ts` 根据 `specs/` 生成；重跑得到逐字节相同的文件（`test/recognize/real-frozen-12.test.ts` 检查，该测试不运行识别程序）。',
    '- 检索工具的存页只收网页的开头一段，所以能转录的多是整页就是一张表的页面；每张表写明转录到哪一行、哪一行被截断。',
    '- 不足 8 张：检索到的县乡分解表、民生实事进度表、重点工作台账页面几乎都已被别的语料用过（来源登记表里已有，本轮另两批也在同时检索），优先的北方与西部省份的页面更少。本批只找到 7 张未用过的表，没有挑选难易，找到就录：一张县级繁体转存页（陕西洋县）、一张市级河长制任务分解表（河南平顶山），其余五张来自法律法规站的转存页（法搜网的各个镜像与一个法规站），是2007–2012年前后的文件，发布机构在市、省与国家部委一级。',
    '- 法律法规站把长文件分页存放（网址末尾的 `_1`、`_3` 是第几页），表常在后面的分页里，而发文机关、文号和日期在第一页：能从同一文件第一页的存页查到的写在来源里，查不到的写“未载明”。',
    '- 一张表来自把政府网页转成繁体字的转存站（这一页没有留括号拼音），繁体照录，不转简体。',
    '- 存页把单元格压成一格一段、用空格连写或丢掉空单元格的表，列位按表头与内容推定，推定之处写在该表的“转录部分”；单元格首尾的空格（存页的缩进）未录入。',
    '',
    '期望键与第一轮冻结集相同（见 `test/fixtures/real-frozen/README.md`）；`extraColumns` 里的键是读者对模型尚无字段的列的称呼（location 建设地点、constructionYear 建设时间、investment 年度投资、subcategory 主要任务、responsible 责任单位（下级党委政府）、developmentWeight 发展成效考核权重、dataSource 数据来源、scoring 计分上下限 …），识别程序没有这一列时算读错。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of batch 12's directory (name → bytes), exactly as the script writes them. */
export async function realFrozen12Files(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN_12, readme(REAL_FROZEN_12));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_FROZEN_12_DIR, await realFrozen12Files());
  console.log(`第五轮冻结集第 12 批：已写入 ${REAL_FROZEN_12.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_12_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
