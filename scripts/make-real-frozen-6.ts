/**
 * Writes batch B of the third round's frozen set of issue 18: test/fixtures/real-frozen-6/, each table as
 * NN-<地方>-<表>.xlsx (numbered from 51) with its .expected.json beside it, and the README that lists every table's
 * source, from the hand-written specs in that directory's specs/ — the same transcription rules and the same writer
 * as the real corpus. Run with `npx tsx scripts/make-real-frozen-6.ts`; the files are committed once, and
 * test/recognize/real-frozen-6.test.ts checks that a rerun gives the same bytes. Scores are kept by hand in
 * bench/frozen-scores.md, outside the directory.
 */
import * as path from 'node:path';
import { REAL_FROZEN_6 } from '../test/fixtures/real-frozen-6/specs';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { corpusFiles, layoutCounts, tableList, TRANSCRIPTION_SECTIONS, writeCorpus } from './make-real-corpus';

export const REAL_FROZEN_6_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen-6');

/** The README: what batch B is, how it is scored and kept frozen, the shared transcription rules, every source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 第三轮冻结集 B 批（frozen set, third round, batch B，issue 18）',
    '',
    `华中、华南、西南、西北的区、市直部门（达州市发改委、乌鲁木齐市贸易发展局）和省级统计部门在网上公开发布的 ${corpus.length} 张表（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '第二轮的冻结集（`test/fixtures/real-frozen-3`、`real-frozen-4`）在第二轮首尾评分之后已打开调试，所以第三轮另建冻结集：A 批（`test/fixtures/real-frozen-5`，其余省份）与本 B 批同时建成，合起来是第三轮的冻结集；本批编号从 51 起，两批不共用编号。',
    '这些表与真实表格语料（`test/fixtures/real-corpus`）、第一、二轮冻结集、A 批、工作语料和 issue 19 的文本不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18D）。',
    '',
    '## 规矩',
    '',
    '- 只在第三轮开始和结束时各评一次分：`npm run bench:recognition -- --frozen`（只打印合计，不列出逐表的错项）；不要为看错项而另行运行，也不要据此调识别程序。',
    '- 分数记在 `bench/frozen-scores.md`（手写，在本目录之外）。本目录只提交一次，之后的任何提交都不碰它：转录或期望即使有错也照旧保留，在 `bench/frozen-scores.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen-6.ts` 根据 `specs/` 生成；重跑得到逐字节相同的文件（`test/recognize/real-frozen-6.test.ts` 检查，该测试不运行识别程序）。',
    '- 检索工具的存页只收网页的开头一段，所以能转录的多是整页就是一张表、或表在页首不远处的页面。本区域的这类页面大多已被前几批和别的语料用过（来源登记里已有的一律不用），所以本批只有 7 张，少于原定的 12 张：在 110 次的检索预算内（用了 108 次）找到的未用过的表就是这些，没有为凑数去转录非政府机构整理的排行表或百科页。',
    '- 本批没有县直部门的目标表和财政绩效表（找到的都已登记）；省级统计表占3张（湖南、广东、海南），乌鲁木齐一张是 2006 年的（早于 2015–2026 的首选年份，因为是区域内唯一找到的市直部门表而收入）。郧阳区一张的存页只载一项。',
    '',
    '期望键与前几批冻结集相同（见 `test/fixtures/real-frozen/README.md`）；`extraColumns` 里的键是读者对模型尚无字段的列的称呼（rank 名次、region 地区、monthValue 当月值、monthGrowth 当月增速、periodCompletionRate 完成序时目标的比例 …），识别程序没有这一列时算读错。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of batch B's directory (name → bytes), exactly as the script writes them. */
export async function realFrozen6Files(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN_6, readme(REAL_FROZEN_6));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_FROZEN_6_DIR, await realFrozen6Files());
  console.log(`第三轮冻结集 B 批：已写入 ${REAL_FROZEN_6.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_6_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
