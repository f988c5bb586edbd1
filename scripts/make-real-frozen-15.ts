/**
 * Writes batch 15 of the sixth round's frozen set of issue 18: test/fixtures/real-frozen-15/, each table as
 * NNN-<单位>-<表>.xlsx (numbered from 151) with its .expected.json beside it, and the README that lists every table's
 * source, from the hand-written specs in that directory's specs/ — the same transcription rules and the same writer
 * as the real corpus. Run with `npx tsx scripts/make-real-frozen-15.ts`; the files are committed once, and
 * test/recognize/real-frozen-15.test.ts checks that a rerun gives the same bytes. Scores are kept by hand in
 * bench/frozen-scores.md, outside the directory.
 */
import * as path from 'node:path';
import { REAL_FROZEN_15 } from '../test/fixtures/real-frozen-15/specs';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { corpusFiles, layoutCounts, tableList, TRANSCRIPTION_SECTIONS, writeCorpus } from './make-real-corpus';

export const REAL_FROZEN_15_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen-15');

/** The README: what batch 15 is, how it is scored and kept frozen, the shared transcription rules, every source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 第六轮冻结集第 15 批（frozen set, sixth round, batch 15，issue 18）',
    '',
    `区、县和市在网上公开的 ${corpus.length} 张项目、民生实事与任务表（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '第六轮的冻结集分批建成：`test/fixtures/real-frozen-14`、本第 15 批（编号从 151 起）与 `real-frozen-16`，各批不共用编号。本批找的是重点项目建设进度表、民生实事（为民办实事）进展或完成情况表、年度计划完成情况表和只有计划、还没有报告的任务分解表（序号 | 任务 | 牵头单位 | 完成时限）。',
    '这些表与真实表格语料（`test/fixtures/real-corpus`）、以前各轮冻结集、本轮其他批次、工作语料和 issue 19 的文本不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18O）。',
    '',
    '## 规矩',
    '',
    '- 只在第六轮开始和结束时各评一次分：`npm run bench:recognition -- --frozen`（只打印合计，不列出逐表的错项）；不要为看错项而另行运行，也不要据此调识别程序。',
    '- 分数记在 `bench/frozen-scores.md`（手写，在本目录之外）。本目录只提交一次，之后的任何提交都不碰它：转录或期望即使有错也照旧保留，在 `bench/frozen-scores.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen-15.ts` 根据 `specs/` 生成；重跑得到逐字节相同的文件（`test/recognize/real-frozen-15.test.ts` 检查，该测试不运行识别程序）。',
    '- 检索工具的存页只收网页的开头一段，所以能转录的多是整页就是一张表、或表在正文前面的页面；每张表写明转录到哪一行、哪一行被截断。没有找到政府自己存下的 .xlsx（公开仓库里找到一个区政务公开的网页存档，存的是页面文字与 PDF/Word/xls 附件，其中的项目名单只有名称一栏），五张表都是从存页逐格转录的。',
    '- 本批的检索范围是重点项目建设进度表、民生实事进展或完成情况表、年度投资计划完成情况和只有计划的任务分解/责任清单，2015–2026年，区、县、市，优先浙江、江苏以外的省份。存页里项目投资进度多写成叙述文字（“1-6月完成投资…占年计划…%”），成表的页面大多已被别的语料用过（来源登记表里已有，包括柯桥、崇川、苍南、泰顺、眉山、岳阳、湘西、达州、辽中区、霍山县、大竹县、芙蓉区等页）；任务分解表多是“1.…（牵头单位:…）”的条目文字，不是表。找到就录，没有挑选难易：三张县、区级的表（新昌县、松阳县、长沙市雨花区）和两张市级的表（淮南市两张），浙江两张、湖南一张、安徽两张。',
    '- 另登记过两页而没有转录：福州市园林中心《2021年为民办实事项目进展情况月报表(11月份)》是三张竖排的“项目名称/任务/进展情况/存在困难和问题/进度是否滞后”卡片，每张只有一个项目，期望的格式（按列读指标）写不出它的读法；浦江县一页的存页从第1行数据开始，表题与表头都不在存页里，补写表头就是编造。两页都留在来源登记表里，别的语料也不要再用。',
    '- 存页把单元格压成一格一段或用“|”分隔的表，列位按表头推定，推定之处写在该表的“转录部分”；单元格首尾的空格（存页的缩进）未录入。',
    '',
    '期望键与前几批冻结集相同（见 `test/fixtures/real-frozen/README.md`）；`extraColumns` 里的键是读者对模型尚无字段的列的称呼（location 实施点位/所在街道、content 实施内容、nextPlan 下步计划、remark 备注 …；status 是状态词一栏），识别程序没有这一列时算读错。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of batch 15's directory (name → bytes), exactly as the script writes them. */
export async function realFrozen15Files(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN_15, readme(REAL_FROZEN_15));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_FROZEN_15_DIR, await realFrozen15Files());
  console.log(`第六轮冻结集第 15 批：已写入 ${REAL_FROZEN_15.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_15_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
