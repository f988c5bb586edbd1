/**
 * Writes batch 21 of the seventh round's frozen set of issue 18: test/fixtures/real-frozen-21/, each table as
 * NNN-<单位>-<表>.xlsx (numbered from 211) with its .expected.json beside it, and the README that lists every table's
 * source, from the hand-written specs in that directory's specs/ — the same transcription rules and the same writer
 * as the real corpus. Run with `npx tsx scripts/make-real-frozen-21.ts`; the files are committed once, and
 * test/recognize/real-frozen-21.test.ts checks that a rerun gives the same bytes. Scores are kept by hand in
 * bench/frozen-scores.md, outside the directory.
 */
import * as path from 'node:path';
import { REAL_FROZEN_21 } from '../test/fixtures/real-frozen-21/specs';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { corpusFiles, layoutCounts, tableList, TRANSCRIPTION_SECTIONS, writeCorpus } from './make-real-corpus';

export const REAL_FROZEN_21_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-frozen-21');

/** The README: what batch 21 is, how it is scored and kept frozen, the shared transcription rules, every source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 第七轮冻结集第 21 批（frozen set, seventh round, batch 21，issue 18）',
    '',
    `县级的区、县级市、开发区与两个地级市的局在网上公开的 ${corpus.length} 张一行一个项目或单位的表（${layoutCounts(corpus)}），在识别程序从未读过它们之前逐格转录成 .xlsx，并先写好期望读法、提交之后才第一次运行识别程序。`,
    '第七轮的冻结集分批建成：`test/fixtures/real-frozen-18`、`real-frozen-19`、`real-frozen-20` 与本第 21 批（编号从 211 起），各批不共用编号。本批的检索范围是别的收集者没有用的表种与说法：乡镇/街道年度目标考核评分表、政府工作报告重点任务分解（2015–2019年）、部门整体支出绩效自评表、建议提案办理情况表、巡察/审计整改台账、河长制/林长制任务清单、乡村振兴衔接资金项目、营商环境指标任务、双减/教育重点工作清单，以及存放政府表格的公开仓库（`code` 语料）。',
    '这些表与真实表格语料（`test/fixtures/real-corpus`）、以前各轮冻结集、本轮其他批次、工作语料和 issue 19 的文本不共用任何来源（来源登记在 `/work/claims/sources.txt`，标记 FROZEN18U）。',
    '',
    '## 规矩',
    '',
    '- 只在第七轮开始和结束时各评一次分：`npm run bench:recognition -- --frozen`（只打印合计，不列出逐表的错项）；不要为看错项而另行运行，也不要据此调识别程序。',
    '- 分数记在 `bench/frozen-scores.md`（手写，在本目录之外）。本目录只提交一次，之后的任何提交都不碰它：转录或期望即使有错也照旧保留，在 `bench/frozen-scores.md` 里说明。',
    '- 由 `npx tsx scripts/make-real-frozen-21.ts` 根据 `specs/` 生成；重跑得到逐字节相同的文件（`test/recognize/real-frozen-21.test.ts` 检查，该测试不运行识别程序）。',
    '- 检索范围内的多数表种在网页存页里找不到能录的表：考核评分表、整改台账、任务分解表、办理情况表、绩效自评表多在附件（.doc、.xls、.pdf）里，存页只收正文开头，而正文只说“详见附件”；找到的几张不是已被别的语料用过（登记表里有），就是表只剩表头。`code` 语料里只有考核、审计系统的网页模板（空表单），没有政府存下的表，也没有找到政府自己存下、能读出的 .xlsx：各表都是逐格转录的。',
    '- 能录的都是扶贫资金、乡村振兴衔接资金或市级专项资金的分配公示与下达通知的附件（多是“资金分配情况表”的格式：序号 | 项目名称 | 建设地点 | 建设内容 | 投资规模 | 责任单位；北塔区的一张分村列项目、带两个小计；舟山、海东两张是分给县区的钱；大冶市的一张是十八栏、两行表头的项目计划表，带预期绩效目标；婺城区的一张也有两行表头）：表在正文里直接排出，存页载得到。找到就录，没有挑选难易；各表出自不同的发布机构。海东市的一张来自转存站（hds.smeqh.com），存页把整张表压成一行。',
    '- 存页只收网页的开头一段：偃师区与濮阳经开区两张表在存页中被截断，只录到最后一个完整的行；存页把单元格压成“|”分隔或一格一段的，列位按表头推定，推定之处写在该表的“转录部分”；单元格首尾的空格（存页的缩进）未录入。',
    '',
    '期望键与前几批冻结集相同（见 `test/fixtures/real-frozen/README.md`）；`extraColumns` 里的键是读者对模型尚无字段的列的称呼（location 建设地点、funds 下达/分配资金、investment 投资规模 …），识别程序没有这一列时算读错。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of batch 21's directory (name → bytes), exactly as the script writes them. */
export async function realFrozen21Files(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_FROZEN_21, readme(REAL_FROZEN_21));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_FROZEN_21_DIR, await realFrozen21Files());
  console.log(`第七轮冻结集第 21 批：已写入 ${REAL_FROZEN_21.length} 张表到 ${path.relative(process.cwd(), REAL_FROZEN_21_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
