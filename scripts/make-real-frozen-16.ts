/**
 * Writes batch 16 of the sixth round's frozen set of issue 18: test/fixtures/real-frozen-16/, each table as
 * NNN-<单位>-<表>.xlsx (numbered from 161) with its .expected.json beside it, and the README that lists every table's
 * source, from the hand-written specs in that directory's specs/ — the same transcription rules and the same writer
 * as the real corpus. Run with `npx tsx scripts/make-real-frozen-16.ts`; the files are committed once, and
 * test/recognize/real-frozen-16.test.ts checks that a rerun gives the same bytes. Scores are kept by hand in
 * bench/frozen-scores.md, outside the directory.
 */
import * as path from 'node:path';
import { REAL_FROZEN_16 } from '../test/fixtures/real-frozen-16/specs';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { corpusFiles, layoutCounts, tableList, TRANSCRIPTION_SECTIONS, writeCorpus } from './make-real-corpus';

export const REAL_FROZEN_16_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen-16');

/** The README: what batch 16 is, how it is scored and kept frozen, the shared transcription rules, every source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 第六轮冻结集第 16 批（frozen set, sixth round, batch 16，issue 18）',
    '',
    `市、县（区）政府及其部门在网上公开的 ${corpus.length} 张表（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '第六轮的冻结集分批建成：`test/fixtures/real-frozen-14`、`real-frozen-15` 与本第 16 批（编号从 161 起），各批不共用编号。本批的检索范围是“一行是一个部门要报告的事项”的其他政府文书：审计、巡察、督查的问题整改台账与整改清单，督查通报附表，人大建议、政协提案办理情况表，带分值与得分的考核评分表，以及前几批未用过省份的部门预算项目绩效目标表、自评表（2015–2026年）。',
    '这些表与真实表格语料（`test/fixtures/real-corpus`）、以前各轮冻结集、本轮其他批次、工作语料和 issue 19 的文本不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18P）。',
    '',
    '## 规矩',
    '',
    '- 只在第六轮开始和结束时各评一次分：`npm run bench:recognition -- --frozen`（只打印合计，不列出逐表的错项）；不要为看错项而另行运行，也不要据此调识别程序。',
    '- 分数记在 `bench/frozen-scores.md`（手写，在本目录之外）。本目录只提交一次，之后的任何提交都不碰它：转录或期望即使有错也照旧保留，在 `bench/frozen-scores.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen-16.ts` 根据 `specs/` 生成；重跑得到逐字节相同的文件（`test/recognize/real-frozen-16.test.ts` 检查，该测试不运行识别程序）。',
    '- 检索工具的存页只收网页的开头一段，所以能转录的多是整页就是一张表、或表在页面前段的页面；每张表写明转录到哪一行、哪一行被截断。没有找到政府自己存下的 .xlsx：八张表都是从存页逐格转录的。',
    '- 整改台账、整改清单、建议提案办理情况表与考核评分表在存页里几乎都写成叙述（“反馈问题25个，已完成整改19个”“已经解决或基本解决的（A类）54件”），成表而又在页面前段的一张也没找到：找到的整改表只有一页一项的销号公示（竖排键值，不是一行一项的表），考核评分表多是文档站上的空白模板或2008、2012年的表（超出本批的年份范围），未录。前几批未用过省份的绩效目标表、自评表在存页里也已几乎找不到（找到的几页在来源登记表里已有）：本批只录到一张湖北区级的项目支出绩效目标表（湖北的其他页面已被用过，这一页没有）。',
    '- 督查通报的附表找到了一类：市长信箱、12345热线的各承办单位办理情况表（每行一个单位：交办件数、办结数、办结率，有的带满意率与评分）。找到就录，没有挑选难易：铜川、汉中、渭南（两个季度：2021年第4季度的繁体转存页与2024年第二季度的简体转存页，同一栏目、不同的页）、盘锦（繁体转存页）、宁国（转存页，发布机关据正文所列乡镇街道推定）、宜春各一张。',
    '- 这类表读作“一个办理任务分到各单位”：单位是交叉表的地区，交办（承办、收到）的件数是目标，办结（按期回复、按时办结）的件数是完成，表上写的办结率（按时结案率）是完成率——与以前各批的“下达数 | 拨付数 | 拨付率”“年度计划投资 | 累计投资 | 完成百分比”同读；在办、超时、不满意等栏记在 `extraColumns`。没有合计行的表（汉中截断、盘锦、宁国截断），指标写在第一个单位那一行、全表数值为空，各单位的数在 `regions` 里。',
    '- 两张转存页（渭南2021年第4季度、盘锦）把页面转成繁体，还在部分字后面留下了括号拼音（如“區(qū)”“辦結(jié)率”）：拼音是存页上的字，照录，不删。',
    '- 存页把单元格压成一格一段或用“|”分隔的表，列位按表头推定，推定之处写在该表的“转录部分”；单元格首尾的空格（存页的缩进）未录入。',
    '',
    '期望键与前几批冻结集相同（见 `test/fixtures/real-frozen/README.md`）；`extraColumns` 里的键是读者对模型尚无字段的列的称呼（region 地区/单位、pending 在办/处理中、overdue 超时未办、lateClosed 超时办结、open 未办结、closeRate 结案率、dissatisfied 不满意数、dissatisfiedRate 不满意率、score 评分、structure 占比、monthGrowth 环比、longTermSubcategory 二级指标(长期) …），识别程序没有这一列时算读错。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of batch 16's directory (name → bytes), exactly as the script writes them. */
export async function realFrozen16Files(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN_16, readme(REAL_FROZEN_16));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_FROZEN_16_DIR, await realFrozen16Files());
  console.log(`第六轮冻结集第 16 批：已写入 ${REAL_FROZEN_16.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_16_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
