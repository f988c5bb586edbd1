/**
 * Writes the real corpus: test/fixtures/real-corpus/NN-<地方>-<表>.xlsx, each with its .expected.json beside it,
 * and the README that lists every table's source, from the hand-written specs in test/fixtures/real-corpus/specs/.
 * Run with `npx tsx scripts/make-real-corpus.ts`; the files are committed, and test/recognize/real-corpus.test.ts
 * checks that a rerun gives the same bytes.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { LAYOUT_CLASSES, type LayoutClass } from '../src/core/model';
import { REAL_CORPUS } from '../test/fixtures/real-corpus/specs';
import { THIRD_ROUND_CORRECTIONS, THIRD_ROUND_LEFT } from '../test/fixtures/real-corpus/specs/corrections-third-round';
import { FIRST_RUN_SCORES, FIRST_RUN_TOTAL } from '../test/fixtures/real-corpus/specs/first-run-scores';
import type { RealTableSpec } from '../test/fixtures/real-corpus/specs/real-table';
import { buildFixture, entryJson } from './corpus-workbook';

export const REAL_CORPUS_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real-corpus');

export const CLASS_NAMES: Readonly<Record<LayoutClass, string>> = {
  breakdown: 'breakdown（一行一个指标）',
  'multi-level': 'multi-level（多级指标/类别+指标/子项）',
  'progress-only': 'progress-only（只有进度或状态）',
  sentence: 'sentence（目标与完成写在句子里）',
  'finance-form': 'finance-form（财政部绩效自评表/目标表）',
  'cross-table': 'cross-table（地区×指标交叉表）',
};

export function layoutOf(spec: RealTableSpec): LayoutClass {
  const layout = spec.expect.table.layoutClass;
  if (!layout) throw new Error(`${spec.file}: a real table must name its layout class`);
  return layout;
}

export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** How the tables were transcribed and what the expectation keys mean: shared by the real corpus and the frozen set. */
export const TRANSCRIPTION_SECTIONS: readonly string[] = [
  '## 转录规则',
  '',
  '- 来源是检索工具保存的网页文本（`search` 的 pages 语料）。表格在存页里往往被压平成一格一行或用“|”分隔，按原表的行列重建；合并单元格按原表写成合并（值在左上格）。',
  '- 照录原文：标题行、注、空格、“余/约”、占位符（……、/、-）、错字和少了的引号括号都不改。存页把全角标点存成了半角（“:”“(”），照存页录入，不去猜原来的全角。',
  '- 存页把单元格内折行存成空格的，照空格录入；能确定是单元格内折行的（如“目标\\n任务”）录成折行。',
  '- 数：只有裸数字录为数值（238.93、0.00 按原样的小数位设数字格式），带单位、比较符或百分号的（≥50个、100.00%、1300人）录为文本。',
  '- 存页只给出长表的一部分时，只录连续的一段，并在下表“转录部分”写明；被截断的单元格不补写。',
  '- 存页丢掉了行中空单元格、列位不能直接确定时，按表头与合计推定，并在该表的“难点”或“转录部分”中写明。',
  '- 网页没有工作表名，一律用 Sheet1。',
  '',
  '## 期望读法（.expected.json）',
  '',
  '格式与合成语料相同（`test/recognize/corpus-expectation.ts`），是一位细心的读者对这张表的读法，手写，不由识别程序产生。为真实表格新增的键（都只在给出时才检查，旧的期望不受影响）：',
  '',
  '| 键 | 位置 | 含义 |',
  '| --- | --- | --- |',
  '| `layoutClass` | 表 | 版式类别：breakdown / multi-level / progress-only / sentence / finance-form / cross-table |',
  '| `extraColumns` | 表 | 模型尚无对应字段的列（score 得分、progress 当前进度、leader 分管领导、region 地区、subcategory 二级指标、explanation 指标解释 …）→ 列字母；从 `columns[键]` 读。财政表的“偏差原因分析及改进措施”“未完成原因”算作完成情况说明（progressText） |',
  '| `budget` | 表 | 财政表的预算块：initial 年初预算数、adjusted 全年预算数/调整后预算数、executed 全年执行数、rate 执行率（小数）、weight 分值、score 得分；从 `budget` 读 |',
  '| `scoreTotal` | 表 | 单位自己写的总分（总分行的得分）；从 `statedScoreTotal` 读 |',
  '| `unsure: \'unchecked\'` | 表 | 不检查“待确认列”（真实表格的期望只写内容，不写识别程序该问什么） |',
  '| `period.year: null` | 表 | 表里不写年份，只检查月份 |',
  '| `targetGrowth` | 指标 | 写成增速的目标（增长5.5%、增长7%左右），小数；从 `targetGrowth` 读。同时写了总量的，总量在 `target` |',
  '| `progress` | 指标 | 表上写的进度（当前进度80%、0.95），小数；从 `statedProgress` 读 |',
  '| `statedScore` | 指标 | 单位自评的得分；从 `statedScore` 读 |',
  '| `leader` | 指标 | 责任领导/分管领导，与责任人分开；从 `leader` 读 |',
  '| `regions` | 指标 | 交叉表每个地区的 target / actual / completion（按表中自上而下）；从 `regions` 读，元素的 `name` 可为字符串或 `{ value }` |',
  '| `more`（spec 中） | 指标行 | 同一行上再读出的指标（交叉表的全市行每组列一个指标）；比对时同一行的指标按名称配对 |',
  '',
  '`source`（.expected.json 顶层）记录网址、发布机构、日期与转录部分；`covers` 是这张表难在哪里。',
  '',
];

/** The closing table of a README: every table's file, publisher, date, layout, part, difficulties and address. */
export function tableList(corpus: readonly RealTableSpec[]): string[] {
  return [
    '## 表格清单',
    '',
    '| 文件 | 发布机构 | 日期 | 版式 | 转录部分 | 难点 | 来源 |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...corpus.map((spec) => `| ${spec.file} | ${cell(spec.source.publisher)} | ${spec.source.published} | ${CLASS_NAMES[layoutOf(spec)]} | ${cell(spec.source.part)} | ${cell(spec.covers.join('；'))} | ${spec.source.url} |`),
    '',
  ];
}

/** How many tables of each layout class a corpus holds (“breakdown 4，multi-level 4，…”). */
export function layoutCounts(corpus: readonly RealTableSpec[]): string {
  return LAYOUT_CLASSES.map((layout) => `${layout} ${corpus.filter((s) => layoutOf(s) === layout).length}`).join('，');
}

/** The third batch's first run: scores measured once, after the expectations were committed and before any tuning. */
function firstRunSection(): string[] {
  return [
    '## 第一次运行的分数',
    '',
    '第三批 14 张表（49–62）的期望都是先照表手写、提交，然后才第一次对它们运行识别程序；下表是那一次的结果，是一次未见过的测量，只记一次，之后引擎改了也不改这里。看到结果以后没有改动任何期望（逐项核对过读错的检查，没有发现转录或抄写错误，所以没有需要更正的期望）。',
    '测量命令：`npx tsx bench/real-table-scores.ts \'^(49|5\\d|6[0-2])-\'`（与 `npm run bench:recognition -- --no-timing --real-misses` 同一套检查，逐表列出）；引擎为本批提交时的主干（82741d5）。“含内容的检查”不算只查“没有读出不存在的东西”的检查。',
    '',
    '| 文件 | 含内容的检查读对 | 整张读对 | 读出的版式 | 无提示的错 |',
    '| --- | --- | --- | --- | --- |',
    ...FIRST_RUN_SCORES.map((r) => `| ${cell(r.table)} | ${r.content} | ${r.wholly ? '是' : '否'} | ${cell(r.layout)} | ${r.silent} |`),
    '',
    `合计：${FIRST_RUN_TOTAL}。同一次运行中，前 48 张表（调试时已见过）含内容的检查读对 3080/3167 = 97.3%。`,
    '',
  ];
}

/** Expectations corrected in the third round, each with a reason that holds for every table. */
function correctionsSection(): string[] {
  return [
    '## Corrections (third round)',
    '',
    '第三轮逐项核对了没有整张读对的表的每一项读错，只改与语料自己的约定（其他期望、比对程序与模型的定义、词汇表）相抵触的期望；只因识别程序读得不同而改的，一项也没有。冻结集（real-frozen*）不改。',
    '',
    '| 表 | 检查 | 原来 | 现在 | 理由 |',
    '| --- | --- | --- | --- | --- |',
    ...THIRD_ROUND_CORRECTIONS.map((c) => `| ${c.table} | ${cell(c.check)} | ${cell(c.was)} | ${cell(c.now)} | ${cell(c.reason)} |`),
    '',
    '语料两种写法都有、因而没有改的（识别程序也没有为它们改）：',
    '',
    ...THIRD_ROUND_LEFT.map((item) => `- ${item}`),
    '',
  ];
}

/** The corpus README: how the tables were transcribed, what the expectation keys mean, and every table's source. */
function readme(corpus: readonly RealTableSpec[]): string {
  return [
    '# 真实表格语料（real corpus）',
    '',
    `省、市、县、区、乡镇政府及其部门在网上公开发布的 ${corpus.length} 张表（${layoutCounts(corpus)}），逐格转录成 .xlsx，与合成语料 \`test/fixtures/corpus\` 分开存放。`,
    '由 `npx tsx scripts/make-real-corpus.ts` 根据 `specs/` 中手写的说明生成，请勿手工修改 .xlsx、.expected.json 或本文件；重跑得到逐字节相同的文件（`test/recognize/real-corpus.test.ts` 检查）。',
    '`npm run bench:recognition` 把两套语料分开逐个比对，报告字段与数值的正确率和每张表读出的版式类别。本语料是用来衡量的，不是用来调识别程序的：不要为了让某张表通过而改动它或往词表里加词。',
    '',
    ...TRANSCRIPTION_SECTIONS,
    ...firstRunSection(),
    ...correctionsSection(),
    ...tableList(corpus),
  ].join('\n');
}

/** Every file of a corpus directory (name → bytes): each table's workbook and expectation, and the README. */
export async function corpusFiles(corpus: readonly RealTableSpec[], readmeText: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const spec of corpus) {
    if (files.has(spec.file)) throw new Error(`duplicate fixture ${spec.file}`);
    layoutOf(spec);
    const { bytes, entry } = await buildFixture(spec);
    files.set(spec.file, bytes);
    files.set(spec.file.replace(/\.xlsx$/, '.expected.json'), Buffer.from(entryJson({ ...entry, source: spec.source })));
  }
  files.set('README.md', Buffer.from(readmeText));
  return files;
}

/** Writes a corpus directory afresh: stale workbooks and expectations go, every other file (specs/, scores) stays. */
export async function writeCorpus(dir: string, files: Map<string, Uint8Array>): Promise<void> {
  await fs.mkdir(dir, { recursive: true });
  for (const name of await fs.readdir(dir)) {
    if (/\.(xlsx|expected\.json)$/.test(name)) await fs.unlink(path.join(dir, name));
  }
  for (const [name, bytes] of files) await fs.writeFile(path.join(dir, name), bytes);
}

/** Every file of the corpus directory (name → bytes), exactly as the script writes them. */
export async function realCorpusFiles(): Promise<Map<string, Uint8Array>> {
  return corpusFiles(REAL_CORPUS, readme(REAL_CORPUS));
}

async function main(): Promise<void> {
  await writeCorpus(REAL_CORPUS_DIR, await realCorpusFiles());
  console.log(`真实表格语料：已写入 ${REAL_CORPUS.length} 张表到 ${path.relative(process.cwd(), REAL_CORPUS_DIR)}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
