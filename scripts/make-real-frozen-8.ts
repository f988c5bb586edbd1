/**
 * Writes batch 8 of the fourth round's frozen set of issue 18: test/fixtures/real-frozen-8/, each table as
 * NN-<单位>-<表>.xlsx (numbered from 81) with its .expected.json beside it, and the README that lists every table's
 * source, from the hand-written specs in that directory's specs/ — the same transcription rules and the same writer
 * as the real corpus. Run with `npx tsx scripts/make-real-frozen-8.ts`; the files are committed once, and
 * test/recognize/real-frozen-8.test.ts checks that a rerun gives the same bytes. Scores are kept by hand in
 * bench/frozen-scores.md, outside the directory.
 */
import * as path from 'node:path';
import { REAL_FROZEN_8 } from '../test/fixtures/real-frozen-8/specs';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { corpusFiles, layoutCounts, tableList, TRANSCRIPTION_SECTIONS, writeCorpus } from './make-real-corpus';

export const REAL_FROZEN_8_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen-8');

/** The README: what batch 8 is, how it is scored and kept frozen, the shared transcription rules, every source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 第四轮冻结集第 8 批（frozen set, fourth round, batch 8，issue 18）',
    '',
    `一个县自己的河长制平台上公开的考核细则，随专项资金下达通知附上的绩效目标表（含按区县、乡镇、村分栏的交叉表），旗县部门的绩效目标申报表，和文档站转存的县级市部门、市属中学的财政绩效自评表，共 ${corpus.length} 张（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '第四轮的冻结集分批建成：`test/fixtures/real-frozen-8`（本批，编号从 81 起）、`real-frozen-9`、`real-frozen-10`，各批不共用编号。',
    '这些表与真实表格语料（`test/fixtures/real-corpus`）、第一至三轮冻结集、本轮其他批次、工作语料和 issue 19 的文本不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18H）。',
    '',
    '## 规矩',
    '',
    '- 只在第四轮开始和结束时各评一次分：`npm run bench:recognition -- --frozen`（只打印合计，不列出逐表的错项）；不要为看错项而另行运行，也不要据此调识别程序。',
    '- 分数记在 `bench/frozen-scores.md`（手写，在本目录之外）。本目录只提交一次，之后的任何提交都不碰它：转录或期望即使有错也照旧保留，在 `bench/frozen-scores.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen-8.ts` 根据 `specs/` 生成；重跑得到逐字节相同的文件（`test/recognize/real-frozen-8.test.ts` 检查，该测试不运行识别程序）。',
    '- 检索工具的存页只收网页的开头一段；每张表写明转录到哪一行、哪一行被截断。',
    '- 检索到的乡镇/街道完成情况表、民生实事进度表、项目进度表、单位自己页面上的绩效自评表，几乎都已登记在来源登记表里（前三轮用了约 380 个页面）。本批用上的是：公开代码仓库里一个县河长制平台的页面源文件（表题写明县名与年度，来源记 GitHub 路径）、财政局/主管部门“下达…专项资金的通知”所附的绩效目标表、旗县部门的绩效目标申报表、文档站转存的自评表；没有挑选难易，找到发布机构与年度清楚的就录。',
    '- 文档站转存的表是从 PDF 或扫描件抽出的文字：单元格被拆散、识别错字很多（“项Fl实施”“IO”“M.8万元”）。错字照录，列位按模板与分值推定，推定之处写在该表的“转录部分”；检索到并登记了的另外三份（稷山县翟店镇卫生院、宁乡市坝塘镇、原州区边销茶项目）前几行的数字连写或错位，无法确定各归哪一格，未收。',
    '- 代码仓库里的页面源文件：一个 `<p>` 段落录成格内一行（折行），首尾空白不录；合并单元格按 `rowspan`/`colspan` 录。',
    '',
    '期望键与第一轮冻结集相同（见 `test/fixtures/real-frozen/README.md`）；`extraColumns` 里的键是读者对模型尚无字段的列的称呼（subcategory 二级指标、score 得分/自评分、reviewScore 复核分、scoring 评分标准/评价标准、assessor 负责考核部门 …），识别程序没有这一列时算读错。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of batch 8's directory (name → bytes), exactly as the script writes them. */
export async function realFrozen8Files(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN_8, readme(REAL_FROZEN_8));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_FROZEN_8_DIR, await realFrozen8Files());
  console.log(`第四轮冻结集第 8 批：已写入 ${REAL_FROZEN_8.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_8_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
