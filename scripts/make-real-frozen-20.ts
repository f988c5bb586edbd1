/**
 * Writes batch 20 of the seventh round's frozen set of issue 18: test/fixtures/real-frozen-20/, each table as
 * NNN-<单位>-<表>.xlsx (numbered from 201) with its .expected.json beside it, and the README that lists every table's
 * source, from the hand-written specs in that directory's specs/ — the same transcription rules and the same writer
 * as the real corpus. Run with `npx tsx scripts/make-real-frozen-20.ts`; the files are committed once, and
 * test/recognize/real-frozen-20.test.ts checks that a rerun gives the same bytes. Scores are kept by hand in
 * bench/frozen-scores.md, outside the directory.
 */
import * as path from 'node:path';
import { REAL_FROZEN_20 } from '../test/fixtures/real-frozen-20/specs';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { corpusFiles, layoutCounts, tableList, TRANSCRIPTION_SECTIONS, writeCorpus } from './make-real-corpus';

export const REAL_FROZEN_20_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen-20');

/** The README: what batch 20 is, how it is scored and kept frozen, the shared transcription rules, every source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 第七轮冻结集第 20 批（frozen set, seventh round, batch 20，issue 18）',
    '',
    `县级单位（平潭综合实验区的局、一个乡）在网上公开的 ${corpus.length} 张一行一个指标、单位、村或案件的表（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '第七轮的冻结集分批建成：`test/fixtures/real-frozen-18`、`real-frozen-19` 与本第 20 批（编号从 201 起），各批不共用编号。本批的检索范围是华南、西南（广东、广西、海南、重庆、四川、贵州、云南、西藏）的网页存页，以及存档政府网站或存放政府表格的公开 GitHub 仓库。',
    '这些表与真实表格语料（`test/fixtures/real-corpus`）、以前各轮冻结集、本轮其他批次、工作语料和 issue 19 的文本不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18T）。',
    '',
    '## 规矩',
    '',
    '- 只在第七轮开始和结束时各评一次分：`npm run bench:recognition -- --frozen`（只打印合计，不列出逐表的错项）；不要为看错项而另行运行，也不要据此调识别程序。',
    '- 分数记在 `bench/frozen-scores.md`（手写，在本目录之外）。本目录只提交一次，之后的任何提交都不碰它：转录或期望即使有错也照旧保留，在 `bench/frozen-scores.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen-20.ts` 根据 `specs/` 生成；重跑得到逐字节相同的文件（`test/recognize/real-frozen-20.test.ts` 检查，该测试不运行识别程序）。',
    '- 网页存页（`pages`）里华南、西南的县级表格几乎都已在来源登记表里（眉山市民生工程完成情况表、肇庆市民生实事落实表、黔西南州重点项目表等都已被别的批次用过），按省份、表的种类（任务分解、民生实事、重点项目、绩效目标、乡镇任务完成率）换了十几种说法，命中的多是叙述文字、政府工作报告或已登记的页，没有找到能用的新表。',
    '- 十张表都来自公开 GitHub 仓库 `changwu/pingtan-gov-zwgk-archive`（平潭综合实验区政务公开网站的存档，每页有 page.txt 与 page.html；平潭综合实验区同时管平潭县，按县级看待）。上一轮已用过这份存档的统计月报与两张卫计局的表（2018年1-12月）；本批翻检了存档的医疗卫生、乡村振兴、生态环境、教育、社会保障、财政资金、建议提案、年度计划等栏目，只收正文里直接排出的表：卫计局同一套公示的其他各期（2018年上半年、1～9月、第三、第四季度与2019年上半年，各期一页，每页只取第一张表或唯一的表）、财政金融局的村级集体经济试点补助表、自然资源与生态环境局的群众举报办结清单、中楼乡的三公经费月报。',
    '- 没有政府自己存下、能读出的 .xlsx：存档里有政府附件 .xlsx（如社会事业局《2020年平潭综合实验区普通高中招生计划公示.xlsx》），但附件是二进制，检索工具读不出，这台机器也取不到该仓库的快照；十张表都是逐格转录的。存档里多数表格只在附件（.xls、.xlsx、.pdf）里，正文里的表有的把各格连在一起、不留空格（如2018年第二季度质量表、危险废物贮存量调度表），切不开的没有收；2019年上半年表的各格连写，按两位小数与正文所述的数切分，写在该表的“转录部分”。',
    '- 同一发布机构的表较多（卫计局七张）：这是存档里能读出的表的实际分布，没有挑选难易；同一套公示各期的数、写法（“元”写不写在格里、全角半角冒号、有无目标一栏、增长率带不带正号）各不相同，都照录。',
    '',
    '期望键与前几批冻结集相同（见 `test/fixtures/real-frozen/README.md`）；`extraColumns` 里的键是读者对模型尚无字段的列的称呼（targetGrowth 目标增速、monthValue 本月数、funds 补助资金、provincialFunds 省级资金、countyFunds 区配套资金、region 地区、caseNo 举报编号、reportDate 举报时间、subject 举报对象、address 地址、pollutionType 污染类型、industry 行业类别、verified 是否属实 …），识别程序没有这一列时算读错。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of batch 20's directory (name → bytes), exactly as the script writes them. */
export async function realFrozen20Files(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN_20, readme(REAL_FROZEN_20));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_FROZEN_20_DIR, await realFrozen20Files());
  console.log(`第七轮冻结集第 20 批：已写入 ${REAL_FROZEN_20.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_20_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
