/**
 * Writes batch 13 of the fifth round's frozen set of issue 18: test/fixtures/real-frozen-13/, each table as
 * NNN-<单位>-<表>.xlsx (numbered from 131) with its .expected.json beside it, and the README that lists every table's
 * source, from the hand-written specs in that directory's specs/ — the same transcription rules and the same writer
 * as the real corpus. Run with `npx tsx scripts/make-real-frozen-13.ts`; the files are committed once, and
 * test/recognize/real-frozen-13.test.ts checks that a rerun gives the same bytes. Scores are kept by hand in
 * bench/frozen-scores.md, outside the directory.
 */
import * as path from 'node:path';
import { REAL_FROZEN_13 } from '../test/fixtures/real-frozen-13/specs';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { corpusFiles, layoutCounts, tableList, TRANSCRIPTION_SECTIONS, writeCorpus } from './make-real-corpus';

export const REAL_FROZEN_13_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen-13');

/** The README: what batch 13 is, how it is scored and kept frozen, the shared transcription rules, every source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 第五轮冻结集第 13 批（frozen set, fifth round, batch 13，issue 18）',
    '',
    `统计局与区县在网上公开的 ${corpus.length} 张统计表与进度表（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '第五轮的冻结集分批建成：`test/fixtures/real-frozen-11`、`real-frozen-12` 与本第 13 批（编号从 131 起），各批不共用编号。本批找的是统计月报、季报与统计公报里的表（1—N月累计、本月与累计并列、本期与上年同期并列）、区的年度计划完成表和乡镇×指标表。',
    '这些表与真实表格语料（`test/fixtures/real-corpus`）、以前各轮冻结集、本轮其他批次、工作语料和 issue 19 的文本不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18M）。',
    '',
    '## 规矩',
    '',
    '- 只在第五轮开始和结束时各评一次分：`npm run bench:recognition -- --frozen`（只打印合计，不列出逐表的错项）；不要为看错项而另行运行，也不要据此调识别程序。',
    '- 分数记在 `bench/frozen-scores.md`（手写，在本目录之外）。本目录只提交一次，之后的任何提交都不碰它：转录或期望即使有错也照旧保留，在 `bench/frozen-scores.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen-13.ts` 根据 `specs/` 生成；重跑得到逐字节相同的文件（`test/recognize/real-frozen-13.test.ts` 检查，该测试不运行识别程序）。',
    '- 检索工具的存页只收网页的开头一段，所以能转录的多是整页就是一张表的页面；每张表写明转录到哪一行、哪一行被截断。没有找到政府自己存下的 .xlsx：九张表都是从存页逐格转录的。',
    '- 本批的检索范围是县（区）主要经济指标完成情况表、1—N月统计月报/快报、重点项目投资进度表、部门半年目标管理考核自查表（带得分）和乡镇×指标、部门×任务交叉表，优先华东、华中、华南与2015–2026年。存页里这些表大多写成叙述文字（“1-6月完成投资…占年计划…%”），成表的很少；项目投资进度表和乡镇完成情况表找到的几页已被别的语料用过（来源登记表里已有），部门的自查评分表一张也没找到（只找到考核办法和空白的评分细则）。找到就录，没有挑选难易：五张区县级的表（福田区、龙岗区、驿城区、怀柔区、平江县）和四张省级统计局的表（上海三张、江苏一张）。',
    '- 两张上海的表来自把政府网页转成繁体字的转存站（转存时还在部分字后面留下了括号拼音，如“消費(fèi)”“產(chǎn)業(yè)”），驿城区的统计公报也来自这样的转存站：拼音是存页上的字，照录，不删。同一版式的上海月报在存页里还有几个月份的转存页，本批只取三种不同的表（商品销售总额、社会消费品零售总额、生产总值），各一期。',
    '- 存页把单元格压成一格一段或用“|”分隔的表，列位按表头推定，推定之处写在该表的“转录部分”；单元格首尾的空格（存页的缩进）未录入。',
    '',
    '期望键与前几批冻结集相同（见 `test/fixtures/real-frozen/README.md`）；`extraColumns` 里的键是读者对模型尚无字段的列的称呼（monthValue 本月/本季值、monthGrowth 本月/本季增速、targetGrowth 计划增速、structure 结构(%)、salesRate 产销率、region 地区 …），识别程序没有这一列时算读错。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of batch 13's directory (name → bytes), exactly as the script writes them. */
export async function realFrozen13Files(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN_13, readme(REAL_FROZEN_13));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_FROZEN_13_DIR, await realFrozen13Files());
  console.log(`第五轮冻结集第 13 批：已写入 ${REAL_FROZEN_13.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_13_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
