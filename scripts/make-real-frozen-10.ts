/**
 * Writes batch 10 of the fourth round's frozen set of issue 18: test/fixtures/real-frozen-10/, each table as
 * NN-<单位>-<表>.xlsx (numbered from 101) with its .expected.json beside it, and the README that lists every table's
 * source, from the hand-written specs in that directory's specs/ — the same transcription rules and the same writer
 * as the real corpus. Run with `npx tsx scripts/make-real-frozen-10.ts`; the files are committed once, and
 * test/recognize/real-frozen-10.test.ts checks that a rerun gives the same bytes. Scores are kept by hand in
 * bench/frozen-scores.md, outside the directory.
 */
import * as path from 'node:path';
import { REAL_FROZEN_10 } from '../test/fixtures/real-frozen-10/specs';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { corpusFiles, layoutCounts, tableList, TRANSCRIPTION_SECTIONS, writeCorpus } from './make-real-corpus';

export const REAL_FROZEN_10_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen-10');

/** The README: what batch 10 is, how it is scored and kept frozen, the shared transcription rules, every source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 第四轮冻结集第 10 批（frozen set, fourth round, batch 10，issue 18）',
    '',
    `区、县的部门与政府办公室在网上公开的 ${corpus.length} 张计划表与进度表（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '第四轮的冻结集分批建成：`test/fixtures/real-frozen-8`、`real-frozen-9`（编号91–100）与本第 10 批（编号从 101 起），各批不共用编号。第 9 批多是财政绩效表，本批避开财政表，找的是分解到乡镇的任务表、地区×指标交叉表、只有分工没有进度的计划表和被转存页转成繁体字的表。',
    '这些表与真实表格语料（`test/fixtures/real-corpus`）、以前各轮冻结集、本轮其他批次、工作语料和 issue 19 的文本不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18J）。',
    '',
    '## 规矩',
    '',
    '- 只在第四轮开始和结束时各评一次分：`npm run bench:recognition -- --frozen`（只打印合计，不列出逐表的错项）；不要为看错项而另行运行，也不要据此调识别程序。',
    '- 分数记在 `bench/frozen-scores.md`（手写，在本目录之外）。本目录只提交一次，之后的任何提交都不碰它：转录或期望即使有错也照旧保留，在 `bench/frozen-scores.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen-10.ts` 根据 `specs/` 生成；重跑得到逐字节相同的文件（`test/recognize/real-frozen-10.test.ts` 检查，该测试不运行识别程序）。',
    '- 检索工具的存页只收网页的开头一段，所以能转录的多是整页就是一张表的页面；每张表写明转录到哪一行、哪一行被截断。',
    '- 民生实事进度表、重点工作进展表、各镇街完成情况排名表在检索到的存页里几乎都已被别的语料用过（来源登记表里已有，本轮另一批也在同时检索）；本批找到的未用过的页面是五张计划或分解表（只有目标、没有完成，其中两张按乡镇分解、一张地区×指标交叉表）和三张月度进展表（宁波市北仑区两个月份、余姚市一期）；没有挑选难易，找到就录。',
    '- 两张表来自把政府网页转成繁体字的转存站，转存时还在部分字后面留下了括号拼音（序號(hào)、區(qū)）：拼音是存页上的字，照录，不删。',
    '- 存页把单元格压成一格一段、连写或把空单元格挪到行末的表，列位按表头与合计推定，推定之处写在该表的“转录部分”；单元格首尾的空格（存页的缩进）未录入。',
    '',
    '期望键与第一轮冻结集相同（见 `test/fixtures/real-frozen/README.md`）；`extraColumns` 里的键是读者对模型尚无字段的列的称呼（region 地区、springTarget 春种任务、summerTarget 夏种任务、investment 总投资、plantableArea 可种植面积、plan 季度计划目标/工作计划、status 进度状态、explanation 情况说明、progress 形象进度 …），识别程序没有这一列时算读错。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of batch 10's directory (name → bytes), exactly as the script writes them. */
export async function realFrozen10Files(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN_10, readme(REAL_FROZEN_10));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_FROZEN_10_DIR, await realFrozen10Files());
  console.log(`第四轮冻结集第 10 批：已写入 ${REAL_FROZEN_10.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_10_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
