/**
 * Writes batch 11 of the fifth round's frozen set of issue 18: test/fixtures/real-frozen-11/, each table as
 * NNN-<单位>-<表>.xlsx (numbered from 111) with its .expected.json beside it, and the README that lists every table's
 * source, from the hand-written specs in that directory's specs/ — the same transcription rules and the same writer
 * as the real corpus. Run with `npx tsx scripts/make-real-frozen-11.ts`; the files are committed once, and
 * test/recognize/real-frozen-11.test.ts checks that a rerun gives the same bytes. Scores are kept by hand in
 * bench/frozen-scores.md, outside the directory.
 */
import * as path from 'node:path';
import { REAL_FROZEN_11 } from '../test/fixtures/real-frozen-11/specs';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { corpusFiles, layoutCounts, tableList, TRANSCRIPTION_SECTIONS, writeCorpus } from './make-real-corpus';

export const REAL_FROZEN_11_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen-11');

/** The README: what batch 11 is, how it is scored and kept frozen, the shared transcription rules, every source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 第五轮冻结集第 11 批（frozen set, fifth round, batch 11，issue 18）',
    '',
    `县、区、街道和它们的部门（以及下达资金给区县的财政局）公开的 ${corpus.length} 张财政绩效表（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '第五轮的冻结集分批建成：本第 11 批（编号从 111 起）与 `real-frozen-12`、`real-frozen-13`，各批不共用编号。本批找的是以前各批没有用过的省份与模板的财政绩效表：陕西（县财政局附表里的绩效目标申报表）、重庆（街道的部门整体绩效目标表）、安徽（县直部门项目支出绩效自评表）、山西（县医保局自评表）、天津（市财政局下达给区的中央预算内投资绩效目标表）、广东（县级市财政局的助学金绩效目标表）、河北（把预期指标值拆成符号、值、单位三栏的自评表）、湖南（县直部门的自评指标计分表）、甘肃（2023年省级新模板的项目支出绩效目标表）。',
    '这些表与真实表格语料（`test/fixtures/real-corpus`）、以前各轮冻结集、本轮其他批次、工作语料和 issue 19 的文本不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18K）。',
    '',
    '## 规矩',
    '',
    '- 只在第五轮开始和结束时各评一次分：`npm run bench:recognition -- --frozen`（只打印合计，不列出逐表的错项）；不要为看错项而另行运行，也不要据此调识别程序。',
    '- 分数记在 `bench/frozen-scores.md`（手写，在本目录之外）。本目录只提交一次，之后的任何提交都不碰它：转录或期望即使有错也照旧保留，在 `bench/frozen-scores.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen-11.ts` 根据 `specs/` 生成；重跑得到逐字节相同的文件（`test/recognize/real-frozen-11.test.ts` 检查，该测试不运行识别程序）。',
    '- 检索工具的存页只收网页的开头一段，所以能转录的多是整页就是一张表的页面；每张表写明转录到哪一行、哪一行被截断。',
    '- 检索到的县级部门整体支出绩效自评表、项目支出绩效自评表与绩效目标申报表，大多已登记在来源登记表里（前四轮用了约 430 个页面：检索到的云南临翔区、隆阳区、昌宁县、永德县，四川青神县、井研县、中江县，安徽金寨县、濉溪县，湖南岳阳县、南岳区等页面都已在表上）；本批用上的是还没人登记的九个页面，其中县、区、街道政府网站上的四张，转存站上的三张（一张安徽县网站的镜像、一张天津市财政局页面的转存、一张把广东县级市页面转成繁体并留下括号拼音的转存），文档站上的两张（山西县医保局的 xlsx、甘肃市属博物馆的扫描件）；没有挑选难易，找到发布机构与年度清楚的就录。',
    '- 公开代码仓库里没有找到县级部门保存的绩效表 .xlsx 或 .csv（检索了 find_string 与 code 语料）：本批全是从存页转录，没有保留政府原文件的字节。',
    '- 文档站与转存页上的表：单元格被拆散、连写或打乱，扫描识别的错字（“项目完成H期”“二100百分比”）照录；列位按模板、表头与分值推定，推定之处写在该表的“转录部分”；转存页留下的括号拼音（學(xué)校）是存页上的字，照录。',
    '',
    '期望键与第一轮冻结集相同（见 `test/fixtures/real-frozen/README.md`）；`extraColumns` 里的键是读者对模型尚无字段的列的称呼（subcategory 二级指标、score 得分/自评分/单项指标得分、comparator 指标性质/符号、explanation 指标解释/具体指标、scoring 评价标准、status 单项指标完成情况、weightedScore 单项指标折算得分 …），识别程序没有这一列时算读错。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of batch 11's directory (name → bytes), exactly as the script writes them. */
export async function realFrozen11Files(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN_11, readme(REAL_FROZEN_11));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_FROZEN_11_DIR, await realFrozen11Files());
  console.log(`第五轮冻结集第 11 批：已写入 ${REAL_FROZEN_11.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_11_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
