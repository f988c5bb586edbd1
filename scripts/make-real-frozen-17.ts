/**
 * Writes batch 17 of the sixth round's frozen set of issue 18: test/fixtures/real-frozen-17/, each table as
 * NNN-<单位>-<表>.xlsx (numbered from 171) with its .expected.json beside it, and the README that lists every table's
 * source, from the hand-written specs in that directory's specs/ — the same transcription rules and the same writer
 * as the real corpus. Run with `npx tsx scripts/make-real-frozen-17.ts`; the files are committed once, and
 * test/recognize/real-frozen-17.test.ts checks that a rerun gives the same bytes. Scores are kept by hand in
 * bench/frozen-scores.md, outside the directory.
 */
import * as path from 'node:path';
import { REAL_FROZEN_17 } from '../test/fixtures/real-frozen-17/specs';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { corpusFiles, layoutCounts, tableList, TRANSCRIPTION_SECTIONS, writeCorpus } from './make-real-corpus';

export const REAL_FROZEN_17_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen-17');

/** The README: what batch 17 is, how it is scored and kept frozen, the shared transcription rules, every source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 第六轮冻结集第 17 批（frozen set, sixth round, batch 17，issue 18）',
    '',
    `县（区）部门、县级议事机构在网上公开的 ${corpus.length} 张一行一个任务、指标或项目的表（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '第六轮的冻结集分批建成：`test/fixtures/real-frozen-14`、`real-frozen-15`、`real-frozen-16` 与本第 17 批（编号从 171 起），各批不共用编号。本批找的是县（区）部门或乡镇报的目标分解表、进度/完成情况表、任务清单与考核表（2015–2026年）。',
    '这些表与真实表格语料（`test/fixtures/real-corpus`）、以前各轮冻结集、本轮其他批次、工作语料和 issue 19 的文本不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18Q）。',
    '',
    '## 规矩',
    '',
    '- 只在第六轮开始和结束时各评一次分：`npm run bench:recognition -- --frozen`（只打印合计，不列出逐表的错项）；不要为看错项而另行运行，也不要据此调识别程序。',
    '- 分数记在 `bench/frozen-scores.md`（手写，在本目录之外）。本目录只提交一次，之后的任何提交都不碰它：转录或期望即使有错也照旧保留，在 `bench/frozen-scores.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen-17.ts` 根据 `specs/` 生成；重跑得到逐字节相同的文件（`test/recognize/real-frozen-17.test.ts` 检查，该测试不运行识别程序）。',
    '- 前三批的收集者发现检索工具的网页存页（`pages`）几乎用尽（命中的多已在来源登记表里），本批先走别的路：公开 GitHub 仓库里存档的政府网站。`changwu/pingtan-gov-zwgk-archive`（平潭综合实验区政务公开网站的存档，每页有 page.txt 与 page.html）里多数表格只在附件（.xls、.xlsx、.pdf）里，而附件是二进制，检索工具读不出，这台机器也取不到该仓库的快照；能读的只有正文里直接排出的表：两张平潭综合实验区卫生和计划生育局的表（171、172）就来自这份存档的 page.txt，合并范围参照 page.html。另有 `find_string`、`find_repos` 查过“责任单位 完成时限”“牵头单位 序号”“目标任务,完成情况”和 gov、zwgk、xxgk、archive、spider、政府等名字，没有找到别的存县级表格的仓库。没有找到政府自己存下、能读出的 .xlsx：六张表都是逐格转录的。',
    '- 其余四张来自 `pages` 存页（融安县、崇川区城市管理局、汶上县、中山市农业农村局），用了“任务分解表 乡镇”“重点工作任务落实清单 是否达序”“进度评价 主办单位”“衔接资金 绩效目标 镇街”等不常见的说法才找到；中山市的一张来自转存站（xzcfzzxw.org.cn），发布机构是不设县的地级市的局，镇街直属市，按县级看待并在该表写明；用“工作台账、推进表、任务书、挂图作战、督办事项、销号”和繁体字查到的页多是叙述文字或已被别的语料用过。找到就录，没有挑选难易；同一发布机构不超过两张（平潭卫计局两张，来自两个不同的页面、两种版式）。',
    '- 存页只收网页的开头一段：崇川、汶上与中山三张表在存页中被截断，只录到最后一个完整的行，竖向合并也只录到该行；存页把单元格压成“|”分隔或一格一段的，列位按表头推定，推定之处写在该表的“转录部分”；单元格首尾的空格（存页的缩进）未录入。',
    '',
    '期望键与前几批冻结集相同（见 `test/fixtures/real-frozen/README.md`）；`extraColumns` 里的键是读者对模型尚无字段的列的称呼（targetGrowth 目标增速、plan 季度节点目标、explanation 说明、region 地区、funds 下达资金、villageType 示范村类别、project 项目名称 …），识别程序没有这一列时算读错。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of batch 17's directory (name → bytes), exactly as the script writes them. */
export async function realFrozen17Files(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN_17, readme(REAL_FROZEN_17));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_FROZEN_17_DIR, await realFrozen17Files());
  console.log(`第六轮冻结集第 17 批：已写入 ${REAL_FROZEN_17.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_17_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
