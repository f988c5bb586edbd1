import { CONTINUATION_MARK, DRAFT_MARK_COL } from '../../src/core/layout/draft-edits';
import type { PlannedValue } from '../../src/core/model';
import * as path from 'node:path';
import type { PipelineOutcome } from '../../src/core/pipeline';
import { runPipeline } from '../../src/core/pipeline';
import { reportDocxBuffer } from '../../src/node/docx-write';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import { openDocx } from '../docx/docx-package';
import { hygieneProblems } from './draft-hygiene';

/**
 * Done when: on the shipped sample, the 汇报稿 sheet and the .docx both state every figure the seed report
 * (2009年上半年 灌南县发改委) states, with its unit, in a sentence about the right indicator, and the groups
 * come in the report's order.
 */
const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', '2009-灌南县发改委-目标任务分解表.xlsx');

/** [figure as the seed writes it, words of the indicator the sentence must be about]. */
const SEED_FIGURES: readonly (readonly [string, string])[] = [
  ['39.9亿元', '固定资产投资'],
  ['31.08%', '固定资产投资'],
  ['1—5月份', '固定资产投资'],
  ['119个', '督查项目'],
  ['11个', '中央投资项目'],
  ['3个', '已完成下达投资计划'],
  ['7个', '正在建设项目'],
  ['83份', '项目档案'],
  ['45%', '更新率'],
  ['36个', '市级重大项目'],
  ['12个', '新开工'],
  ['3个', '投产'],
  ['119个', '县级重大项目'],
  ['18个', '备案核准审批上报项目'],
  ['13个', '县内'],
  ['3天', '简化为1天'],
  ['15天', '简化为3天'],
  ['2家', '市级农业龙头企业'],
  ['3家', '省级龙头企业'],
  ['2家', '改制企业'],
  ['300余人', '置换职工身份'],
  ['10个', '国家盘子'],
  ['1746万元', '无偿资金'],
  ['45%', '比同期增长'],
  ['1200万元', '无偿资金'],
  ['1746万元', '向上争取资金'],
  ['2次', '党风廉政建设工作'],
  ['1次', '述绩述廉'],
  ['1次', '民主生活会'],
];

/** The seed report's groups, in its order. */
const SEED_GROUPS = [
  '一、勤政目标完成情况',
  '（一）单位职能工作',
  '（二）关键绩效内容',
  '（三）机关专项工作',
  '二、优政目标完成情况',
  '（一）超常影响',
  '（二）超常成果',
  '三、廉政目标完成情况',
  '（一）组织领导与率先垂范',
  '（二）落实党风廉政建设责任制',
  '（三）作风建设与专项治理',
];

/** Items of a paragraph: 一是…；二是… and （1）…；（2）… are separate statements, as are sentences. */
function items(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((paragraph) => paragraph.split(/；(?=[一二三四五六七八九十]+是|（\d+）)/));
}

function missingFigures(paragraphs: readonly string[]): string[] {
  const all = items(paragraphs);
  return SEED_FIGURES.filter(([figure, about]) => !all.some((item) => item.includes(figure) && item.includes(about))).map(
    ([figure, about]) => `${figure}（${about}）`,
  );
}

function groupOrder(paragraphs: readonly string[]): number[] {
  return SEED_GROUPS.map((group) => paragraphs.findIndex((paragraph) => paragraph.replace(/^[\u3000\s]+/, '').startsWith(group)));
}

function workbookTexts(outcome: PipelineOutcome, snapshotTexts: readonly string[]): string[] {
  return [...snapshotTexts, outcome.recognition.table?.unitName ?? ''];
}

describe('发货样例上的汇报稿：种子汇报里的每个数都在', () => {
  let outcome: PipelineOutcome;
  let sheetParagraphs: string[];
  let docxParagraphs: string[];
  let ownTexts: string[];

  beforeAll(async () => {
    const snapshot = await readXlsxSnapshot(SAMPLE);
    ownTexts = snapshot.sheets.flatMap((sheet) => sheet.values.flat().filter((value): value is string => typeof value === 'string'));
    outcome = runPipeline(snapshot, { generatedAt: '2009-07-01T08:00:00.000Z' });
    const draft = outcome.plan.sheets.find((sheet) => sheet.role === 'draft');
    // A paragraph too long for one cell goes on in continuation cells (marked in the hidden column): joined to it.
    const isContinuation = (row: readonly PlannedValue[]) => {
      const mark = row[DRAFT_MARK_COL - 1];
      return mark?.kind === 'text' && mark.text === CONTINUATION_MARK;
    };
    sheetParagraphs = [];
    for (const row of draft?.rows ?? []) {
      const text = row[0]?.kind === 'text' ? row[0].text : '';
      if (isContinuation(row) && sheetParagraphs.length > 0) sheetParagraphs[sheetParagraphs.length - 1] += text;
      else sheetParagraphs.push(text);
    }
    docxParagraphs = (await openDocx(await reportDocxBuffer(outcome.report!))).paragraphs.filter((text) => text !== '');
  });

  it('汇报稿工作表与 .docx 的标题、署名、日期', () => {
    expect(sheetParagraphs.slice(0, 3)).toEqual(['2009年上半年绩效指标完成情况汇报', '灌南县发展和改革委员会', '2009年7月1日']);
    expect(docxParagraphs.slice(0, 3)).toEqual(['2009年上半年绩效指标完成情况汇报', '灌南县发展和改革委员会', '2009年7月1日']);
  });

  it('汇报稿工作表：每个数带单位，出现在讲对应指标的句子里', () => {
    expect(missingFigures(sheetParagraphs)).toEqual([]);
  });

  it('.docx：每个数带单位，出现在讲对应指标的句子里', () => {
    expect(missingFigures(docxParagraphs)).toEqual([]);
  });

  it('分组按种子汇报的顺序：勤政（单位职能、关键绩效、机关专项）、优政（超常影响、超常成果）、廉政', () => {
    for (const paragraphs of [sheetParagraphs, docxParagraphs]) {
      const order = groupOrder(paragraphs);
      expect(order.every((index) => index > 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    }
  });

  it('工作表与 .docx 段落相同（工作表多两个全角空格的首行缩进）', () => {
    expect(sheetParagraphs.map((text) => text.replace(/^\u3000\u3000/, ''))).toEqual(docxParagraphs);
  });

  it('科室写的完成情况说明织进正文，滞后处与结尾都留有【待补充】', () => {
    const text = sheetParagraphs.join('\n');
    expect(text).toContain('经县十二届人大二次会议审议通过');
    expect(text).toContain('有党风廉政建设机构，班子成员变动后能及时调整充实');
    expect(sheetParagraphs[sheetParagraphs.length - 1]).toMatch(/^\u3000\u3000总之，经过半年的努力.*【待补充：下一步工作打算和措施】。$/);
  });

  it('没有浮点尾数、NaN、null、undefined 或程序写的英文词', () => {
    expect(hygieneProblems(sheetParagraphs.join('\n'), workbookTexts(outcome, ownTexts))).toEqual([]);
    expect(hygieneProblems(docxParagraphs.join('\n'), workbookTexts(outcome, ownTexts))).toEqual([]);
  });
});
