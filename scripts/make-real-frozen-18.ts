/**
 * Writes batch 18 of the seventh round's frozen set of issue 18: test/fixtures/real-frozen-18/, each table as
 * NNN-<单位>-<表>.xlsx (numbered from 181) with its .expected.json beside it, and the README that lists every table's
 * source, from the hand-written specs in that directory's specs/ — the same transcription rules and the same writer
 * as the real corpus. Run with `npx tsx scripts/make-real-frozen-18.ts`; the files are committed once, and
 * test/recognize/real-frozen-18.test.ts checks that a rerun gives the same bytes. Scores are kept by hand in
 * bench/frozen-scores.md, outside the directory.
 */
import * as path from 'node:path';
import { REAL_FROZEN_18 } from '../test/fixtures/real-frozen-18/specs';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { corpusFiles, layoutCounts, tableList, TRANSCRIPTION_SECTIONS, writeCorpus } from './make-real-corpus';

export const REAL_FROZEN_18_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen-18');

/** The README: what batch 18 is, how it is scored and kept frozen, the shared transcription rules, every source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 第七轮冻结集第 18 批（frozen set, seventh round, batch 18，issue 18）',
    '',
    `县（区）部门、县级单位（另有一张设区的市的局）在网上公开的 ${corpus.length} 张一行一个任务、指标或项目的表（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '第七轮的冻结集分批建成，本批编号从 181 起，与本轮其他批次不共用编号。本批的检索范围是华北、东北、西北（河北、山西、内蒙古、辽宁、吉林、黑龙江、陕西、甘肃、青海、宁夏、新疆）与北京、天津的区：乡镇/街道目标责任书的指标分解、部门绩效目标表、年度重点工作任务分解、半年/季度进度表、考核细则与项目投资进度（2015–2026年）。',
    '这些表与真实表格语料（`test/fixtures/real-corpus`）、以前各轮冻结集、本轮其他批次、工作语料和 issue 19 的文本不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18R）。',
    '',
    '## 规矩',
    '',
    '- 只在第七轮开始和结束时各评一次分：`npm run bench:recognition -- --frozen`（只打印合计，不列出逐表的错项）；不要为看错项而另行运行，也不要据此调识别程序。',
    '- 分数记在 `bench/frozen-scores.md`（手写，在本目录之外）。本目录只提交一次，之后的任何提交都不碰它：转录或期望即使有错也照旧保留，在 `bench/frozen-scores.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen-18.ts` 根据 `specs/` 生成；重跑得到逐字节相同的文件（`test/recognize/real-frozen-18.test.ts` 检查，该测试不运行识别程序）。',
    '- 检索范围内的网页存页（`pages`）几乎用尽：用省名、旗/区/县、年份与“台账、清单、推进表、分解表、一览表、进展情况、自评表、绩效目标表”等说法查到的表页，绝大多数已在来源登记表里（辽中、沈河、北京东城/西城/怀柔、通州一季度表、新疆、陕西各区县等）。范围内只找到三张：两张宁夏固原市原州区的自评表（181、182）都来自转存站——181 来自查策网，存页把整张表连成一串文字、没有分隔；182 来自文档站，是扫描件的 OCR 文字，有乱码（≥ 成了 2、^、5=、工）——格位按宁夏自评表模板推定，推定之处写在该表的“转录部分”，乱码照录、读作文字；183 是北京市通州区的上半年进展表，与 real-frozen-5 用过的一季度表（另一页面）同一系列、不同一期。',
    '- 为凑足张数，另录了范围外的三张资金分配表：福建德化县的两张（184 来自查策网转存，原页在德化县政府网站，两处都已登记；185 来自转存站），与福建龙岩市民族与宗教事务局的一张（186，设区的市的局，下拨给县）。找到就录，没有挑选难易；同一发布机构不超过两张。没有找到政府自己存下、能读出的 .xlsx：六张表都是逐格转录的。',
    '- 存页只收网页的开头一段：181、182、183 三张表在存页中被截断，只录到最后一个完整的行；存页把单元格压成“|”分隔、一格一段或连成一串的，列位按表头推定，推定之处写在该表的“转录部分”；单元格首尾的空格（存页的缩进）未录入。',
    '',
    '期望键与前几批冻结集相同（见 `test/fixtures/real-frozen/README.md`）；`extraColumns` 里的键是读者对模型尚无字段的列的称呼（subcategory 二级指标、score 得分、scoreMethod 得分计算方法、cityTaskNo 市折子号、region 地区/单位、rowTotal 行合计、funds 下达资金、subsidy 补助金额 …），识别程序没有这一列时算读错。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of batch 18's directory (name → bytes), exactly as the script writes them. */
export async function realFrozen18Files(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN_18, readme(REAL_FROZEN_18));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_FROZEN_18_DIR, await realFrozen18Files());
  console.log(`第七轮冻结集第 18 批：已写入 ${REAL_FROZEN_18.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_18_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
