/**
 * Writes batch 19 of the seventh round's frozen set of issue 18: test/fixtures/real-frozen-19/, each table as
 * NNN-<单位>-<表>.xlsx (numbered from 191) with its .expected.json beside it, and the README that lists every table's
 * source, from the hand-written specs in that directory's specs/ — the same transcription rules and the same writer
 * as the real corpus. Run with `npx tsx scripts/make-real-frozen-19.ts`; the files are committed once, and
 * test/recognize/real-frozen-19.test.ts checks that a rerun gives the same bytes. Scores are kept by hand in
 * bench/frozen-scores.md, outside the directory.
 */
import * as path from 'node:path';
import { REAL_FROZEN_19 } from '../test/fixtures/real-frozen-19/specs';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { corpusFiles, layoutCounts, tableList, TRANSCRIPTION_SECTIONS, writeCorpus } from './make-real-corpus';

export const REAL_FROZEN_19_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen-19');

/** The README: what batch 19 is, how it is scored and kept frozen, the shared transcription rules, every source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 第七轮冻结集第 19 批（frozen set, seventh round, batch 19，issue 18）',
    '',
    `镇、区（县）部门与县级议事机构在网上公开的 ${corpus.length} 张一行一个任务、指标或地区的表（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '第七轮的冻结集分批建成：`test/fixtures/real-frozen-18`、本第 19 批（编号从 191 起）与 `real-frozen-20`，各批不共用编号。本批的检索范围是华东、华中（江苏、浙江、安徽、福建、江西、山东、河南、湖北、湖南）与上海的区，找的是县直部门或乡镇的目标任务分解表、考核指标、民生实事与重点项目进展、整改台账与实事清单（2015–2026年）。',
    '这些表与真实表格语料（`test/fixtures/real-corpus`）、以前各轮冻结集、本轮其他批次、工作语料和 issue 19 的文本不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18S）。',
    '',
    '## 规矩',
    '',
    '- 只在第七轮开始和结束时各评一次分：`npm run bench:recognition -- --frozen`（只打印合计，不列出逐表的错项）；不要为看错项而另行运行，也不要据此调识别程序。',
    '- 分数记在 `bench/frozen-scores.md`（手写，在本目录之外）。本目录只提交一次，之后的任何提交都不碰它：转录或期望即使有错也照旧保留，在 `bench/frozen-scores.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen-19.ts` 根据 `specs/` 生成；重跑得到逐字节相同的文件（`test/recognize/real-frozen-19.test.ts` 检查，该测试不运行识别程序）。',
    '- 检索工具的网页存页（`pages`）在本区域几乎用尽：本批约八十次检索里，看来合用的表页十之八九已在来源登记表里（会昌、苍南、昌江、青阳、南陵、柯桥、绍兴、淮南、上城、普陀、象山、崇川、宁波江北等）。只有两张来自 `pages` 存页：高青县木李镇（191，用“目标任务 执行措施、实施步骤 工作进展、取得成效 后续举措 责任分工 监督方式”这样的表头原文才找到）与上海徐汇区（192，来自转存站 axdbkk.com 对区发改委报告的转载，原页未在登记表中）。',
    '- 其余三张来自公开 GitHub 仓库 `changwu/pingtan-gov-zwgk-archive`（平潭综合实验区政务公开网站的存档，每页有 page.txt 与 page.html；以前的批次与本轮另一批次用过它的统计、医疗卫生与乡村振兴栏目）。本批取的是“保障性住房”与“涉农补贴”两个栏目里正文直接排出的表：交通与建设局的整改清单（193）与专项整治进度表（194，合并范围据 page.html），乡村振兴办的资金安排表（195）。该仓库的多数表格只在附件（.xls、.xlsx、.pdf）里，附件是二进制，检索工具读不出，这台机器也取不到该仓库的快照（`fetch` 答“没有快照”），所以没有找到政府自己存下、能读出的 .xlsx：五张表都是逐格转录的。',
    '- 找到就录，没有挑选难易；同一发布机构不超过两张（平潭交通与建设局两张，来自两个不同的页面、两种版式）。存页或存档只给出表的开头一段的，只录到最后一个完整的行（191、192），竖向合并也只录到该行。',
    '',
    '期望键与前几批冻结集相同（见 `test/fixtures/real-frozen/README.md`）；`extraColumns` 里的键是读者对模型尚无字段的列的称呼（measures 执行措施、plan 后续举措、supervision 监督方式、company 物业服务企业、region 地区 …），识别程序没有这一列时算读错。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of batch 19's directory (name → bytes), exactly as the script writes them. */
export async function realFrozen19Files(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN_19, readme(REAL_FROZEN_19));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_FROZEN_19_DIR, await realFrozen19Files());
  console.log(`第七轮冻结集第 19 批：已写入 ${REAL_FROZEN_19.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_19_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
