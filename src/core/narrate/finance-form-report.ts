import { partsOfItems, type FieldKey, type FinanceFormFacts, type Indicator, type IndicatorResult, type IndicatorTable, type NumberField, type ReportBlock, type ReportDoc, type Results, type Run, type Status, type TextField } from '../model';
import { quotedInside } from '../i18n';
import { quotientTolerance, ratesAgree, roundingOf } from '../validate/rate-agreement';
import { confirmationClause } from './confirmed-sentence';
import { fieldFigure, rateFigure, statedRateFigure } from './figure';
import { outlineMark } from './outline-numbering';
import { chineseDate, dayAfterPeriod, yearWords } from './period-wording';
import { RunBuilder } from './run-builder';
import { buildSectionTree, cleanTitle, indicatorsUnder, joinedWords } from './section-tree';
import { staffTextRuns, tidyStaffText } from './staff-text';
import { leadName } from './indicator-name';
import { resultsByRow, tallyStatuses, type StatusTally } from './status-tally';

/**
 * The draft of a 财政部 绩效自评表 reads as a 绩效自评 summary, not as a bureau's half-year report: 预算执行率,
 * the unit's own 得分 against the 总分, each 三级指标 with its 年度指标值 and 实际完成值, and the 偏差原因 the
 * unit wrote, quoted as written. A 绩效目标表 (no actuals) is summarised as the targets it sets.
 */
export interface FinanceDraftOptions {
  readonly reportDate?: string;
}

const BUDGET_GROUP = '预算执行情况';

/**
 * What spending the form is about, as its own name says: 部门整体支出 only where the form says 整体, 项目支出 where it
 * says 项目; otherwise nothing — a 专项 target form sent down with the money is not a department's 整体支出, and
 * the draft does not say it is (seen on real-frozen-11/115 and /119, titled 部门整体支出 from no word of theirs).
 */
function spendingWords(form: FinanceFormFacts, title: string | null): string {
  const named = `${form.formName} ${title ?? ''}`;
  if (/整体/.test(named)) return '部门整体支出';
  if (/项目支出|项目绩效/.test(form.formName)) return '项目支出';
  return '';
}

/**
 * Whether the staff reported anything: a 完成值, a stated rate or status, a 得分, words of progress, or a status
 * other than 未填报. A target form with a 实施进度 column filled in has been reported on (real-corpus/26, drafted
 * 尚未填报完成情况 while 汇总 counted 3 已完成); a self-evaluation form whose 实际完成值 column is empty has not
 * (real-frozen-11/116, drafted 开展…绩效自评).
 */
function anythingReported(table: IndicatorTable, byRow: ReadonlyMap<number, IndicatorResult>): boolean {
  return table.indicators.some((indicator) => {
    const status = byRow.get(indicator.row)?.status;
    const said =
      indicator.actual !== null ||
      indicator.actualText !== null ||
      indicator.statedCompletion !== null ||
      (indicator.statedScore ?? null) !== null ||
      (indicator.statedStatus ?? null) !== null ||
      indicator.progressText !== null;
    return said || (status !== undefined && status !== 'not-reported' && status !== 'no-data');
  });
}

/** The draft's kind: a self-evaluation form with nothing reported is drafted as the targets it sets. */
function draftKind(form: FinanceFormFacts, reported: boolean): FinanceFormFacts['kind'] {
  return reported ? form.kind : 'target';
}

/** The statuses as 汇总 counts them: 已完成3项，尚未填报完成情况3项 — the draft's counts are 汇总's. */
function statusCounts(b: RunBuilder, tally: StatusTally): RunBuilder {
  const parts: { readonly words: string; readonly statuses: readonly Status[] }[] = [
    { words: '已完成或超额完成', statuses: ['completed', 'exceeded'] },
    { words: '达到序时进度', statuses: ['on-track'] },
    { words: '正在推进', statuses: ['in-progress'] },
    { words: '滞后', statuses: ['behind'] },
    { words: '待核实', statuses: ['pending'] },
    { words: '尚未填报完成情况', statuses: ['no-data', 'not-reported'] },
    { words: '完成情况需人工确认', statuses: ['unclear'] },
  ];
  const said = parts.map((part) => ({ ...part, count: part.statuses.reduce((sum, status) => sum + tally.byStatus[status], 0) })).filter((part) => part.count > 0);
  if (said.length === 0) return b;
  b.text('按表中填写的完成情况，');
  said.forEach((part, index) => b.text(`${index === 0 ? '' : '，'}${part.words}`).number(`${part.count}项`, part.count, '项', tally.cellsWith(part.statuses)));
  return b.text('。');
}

function heading(level: 1 | 2, n: number, title: string): ReportBlock {
  return { kind: 'heading', level, runs: [{ kind: 'text', text: `${outlineMark(level, n)}${title}` }] };
}

function paragraph(runs: readonly Run[], lead?: string): ReportBlock {
  return lead === undefined ? { kind: 'paragraph', runs } : { kind: 'paragraph', lead: { level: 3, text: lead }, runs };
}

/** Scores as the form writes them: 96, 9.5. */
function points(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Points (分值 or 得分) as a number run, so 数据来源 names the cell it came from. */
function scoreRun(builder: RunBuilder, field: NumberField): RunBuilder {
  return builder.number(`${points(field.value)}分`, field.value, '分', [field.cell]);
}

/** A figure exactly as the form shows it (≥1200公里, 82.5%, 90.00%): the reader compares it with the form. */
function asWritten(builder: RunBuilder, field: NumberField, unit: string | null): RunBuilder {
  const written = field.text.trim();
  const shown = unit !== null && /^[≥≤<>=]?\s*[\d.]+$/.test(written) && !written.endsWith(unit) ? `${written}${unit}` : written;
  return builder.number(shown, field.value, unit, [field.cell]);
}

function quoted(builder: RunBuilder, field: TextField): RunBuilder {
  return builder.append(staffTextRuns(tidyStaffText(field.value), [field.cell]));
}

function budgetOf(table: IndicatorTable): Indicator | null {
  return table.indicators.find((indicator) => indicator.path[0] === BUDGET_GROUP) ?? null;
}

interface BudgetRate {
  readonly text: string;
  readonly value: number;
  readonly sources: NumberField['cell'][];
  /** The rate the form states when it is not 执行数 ÷ 预算数 (100% written beside 3824 of 4754): said, never adopted. */
  readonly statedInstead: { readonly text: string; readonly value: number; readonly sources: NumberField['cell'][] } | null;
}

/**
 * The 执行率 the draft states: the form's own when it agrees with its figures, else the figures' quotient with the
 * form's number beside it for a person to check — a rate the figures do not bear out is never written as fact.
 */
function budgetRate(indicator: Indicator, result: IndicatorResult | null): BudgetRate | null {
  const stated = indicator.statedCompletion ? statedRateFigure(indicator.statedCompletion) : null;
  const rate = result?.completionRate ?? null;
  const computed = rate === null || !indicator.actual || !indicator.target ? null : rateFigure(rate, [indicator.actual.cell, indicator.target.cell]);
  const disagrees = stated !== null && computed !== null && rate !== null && !statedAgrees(indicator.statedCompletion!, rate, indicator.actual!, indicator.target!);
  if (stated && !disagrees) return { text: stated.text, value: stated.value, sources: [...stated.sources], statedInstead: null };
  if (!computed) return null;
  const statedInstead = disagrees && stated ? { text: stated.text, value: stated.value, sources: [...stated.sources] } : null;
  return { text: computed.text, value: computed.value, sources: [...computed.sources], statedInstead };
}

/** The same allowance for rounding that 校验 uses, so the draft and the 校验结果 agree on what disagrees. */
function statedAgrees(stated: NumberField, rate: number, actual: NumberField, target: NumberField): boolean {
  const tolerance = quotientTolerance(actual.value, roundingOf(actual), target.value, roundingOf(target));
  return ratesAgree(stated.value, roundingOf(stated), rate, tolerance);
}

function rateRun(builder: RunBuilder, rate: BudgetRate): RunBuilder {
  builder.text('，预算执行率').number(rate.text, rate.value, '%', rate.sources);
  if (rate.statedInstead) {
    builder.text('（表中填写').number(rate.statedInstead.text, rate.statedInstead.value, '%', rate.statedInstead.sources).text('，与执行数÷预算数不符，').placeholder('【待核实】').text('）');
  }
  return builder;
}

function money(builder: RunBuilder, field: NumberField | null, unit: string | null, name: string): RunBuilder {
  const figure = field ? fieldFigure(field, unit, name) : null;
  return figure ? builder.number(figure.text, figure.value, figure.unit, figure.sources) : builder.placeholder('【待补充】');
}

function openingParagraph(table: IndicatorTable, form: FinanceFormFacts, results: Results, byRow: ReadonlyMap<number, IndicatorResult>): ReportBlock {
  const b = new RunBuilder();
  const subject = form.subject?.value ?? '';
  const doer = table.unitName ?? '本单位';
  const reported = anythingReported(table, byRow);
  const kind = draftKind(form, reported);
  const spending = spendingWords(form, table.title);
  b.text(`${yearWords(results.period)}，${doer}`);
  const budget = budgetOf(table);
  if (subject === '') b.text(kind === 'target' ? `设定${spending}` : budget ? spending : `开展${spending}绩效自评`);
  else b.text(kind === 'target' ? `为“${quotedInside(subject)}”设定` : `实施“${quotedInside(subject)}”`);
  if (kind === 'target') {
    const count = table.indicators.length;
    b.text(`年度绩效目标，共设${(table.levelColumns ?? []).length > 0 ? '三级' : ''}绩效指标`).number(`${count}项`, count, '项', table.indicators.map((i) => i.name.cell)).text('。');
    // A target form is the year's plan: it reports nothing done, and the draft must not read as if it did.
    // Where the staff did report (a 实施进度 column), the counts are 汇总's, never "nothing reported".
    if (reported) return paragraph(statusCounts(b, tallyStatuses(table.indicators, byRow)).build());
    b.text('表中只有目标值，尚未填报完成情况。');
    return paragraph(b.build());
  }
  if (budget) {
    if (subject !== '') b.text('，');
    // A 监控表 reports part of the year (1-6月执行数): the draft names the months it covers, not the year.
    const partYear = results.period.toMonth < 12 || results.period.fromMonth > 1;
    budgetAmount(b, budget, form).text(partYear ? `，${results.period.label}执行数` : '，全年执行数');
    money(b, budget.actual, budget.unit, budget.name.value);
    const rate = budgetRate(budget, byRow.get(budget.row) ?? null);
    if (rate) rateRun(b, rate);
  }
  b.text('。');
  const total = table.statedScoreTotal ?? null;
  // A part of an item (1、 under 一、) has its weight and score in the item's: counted once, with the item.
  const parts = partsOfItems(table.indicators);
  const items = table.indicators.filter((i) => !parts.has(i));
  const available = items.reduce((sum, i) => sum + (i.weight?.value ?? 0), 0);
  if (total) {
    b.text(`按${form.formName}，单位自评总分`);
    scoreRun(b, total);
    // The weights summed are the full marks only if none is missing: a sum below the total itself says some are
    // (a form giving only 得分 for its indicators), and 总分100分（满分20分） is no sentence to sign.
    if (available > 0 && available >= total.value - 0.005) b.text(`（满分${points(available)}分）`);
    b.text('。');
  }
  const scored = items.filter((i) => i.path[0] !== BUDGET_GROUP && i.weight && i.statedScore);
  const lost = scored.filter((i) => (i.statedScore?.value ?? 0) < (i.weight?.value ?? 0) - 0.005);
  if (scored.length > 0) {
    b.text('绩效指标中，').number(`${scored.length - lost.length}项`, scored.length - lost.length, '项', scored.map((i) => i.statedScore!.cell)).text('得满分');
    if (lost.length > 0) {
      b.text('，').number(`${lost.length}项`, lost.length, '项', lost.map((i) => i.statedScore!.cell)).text(`扣分（${lost.map((i) => joinedWords(i.name.value)).join('、')}）`);
    }
    b.text('。');
  }
  return paragraph(b.build());
}

/**
 * 全年预算数 and its figure; where the form states no year's budget but the one set at the start of the year, which the
 * spending went past (recognition then gives 预算执行率 no target), that one under its own name (年初预算数), and the
 * year's left for a person to fill in.
 */
function budgetAmount(b: RunBuilder, budget: Indicator, form: FinanceFormFacts): RunBuilder {
  const initial = form.budget?.initial ?? null;
  if (budget.target === null && initial !== null) {
    b.text('年初预算数');
    money(b, initial, budget.unit, budget.name.value).text('，全年预算数');
    return b.placeholder('【待补充】');
  }
  return money(b.text('全年预算数'), budget.target, budget.unit, budget.name.value);
}

function budgetSection(table: IndicatorTable, form: FinanceFormFacts, byRow: ReadonlyMap<number, IndicatorResult>, n: number): ReportBlock[] {
  const budget = budgetOf(table);
  if (!budget) return [];
  const b = budgetAmount(new RunBuilder(), budget, form).text('，全年执行数');
  money(b, budget.actual, budget.unit, budget.name.value);
  const rate = budgetRate(budget, byRow.get(budget.row) ?? null);
  if (rate) rateRun(b, rate);
  if (budget.weight) scoreRun(b.text('；该项分值'), budget.weight);
  if (budget.statedScore) scoreRun(b.text('，自评得分'), budget.statedScore);
  confirmed(b, byRow.get(budget.row) ?? null);
  b.text('。');
  if (budget.progressText) quoted(b.text('原因：'), budget.progressText).text('。');
  return [heading(1, n, BUDGET_GROUP), paragraph(b.build())];
}

function goalSection(form: FinanceFormFacts, n: number, kind: FinanceFormFacts['kind']): ReportBlock[] {
  if (!form.goal && !form.achieved) return [];
  const blocks: ReportBlock[] = [heading(1, n, kind === 'target' ? '年度总体目标' : '总体目标完成情况')];
  if (form.goal) blocks.push(paragraph(quoted(new RunBuilder().text(kind === 'target' ? '' : '年度总体目标：'), form.goal).text('。').build()));
  if (form.achieved) blocks.push(paragraph(quoted(new RunBuilder().text('实际完成情况：'), form.achieved).text('。').build()));
  return blocks;
}

/**
 * A 指标值 cell holding only its unit (公里, 万人, "≧ %"): a form left half filled, whose target is still empty.
 * "年度指标值公里" is no sentence; the draft marks the gap instead.
 */
function isUnitOnly(text: string): boolean {
  const bare = text.replace(/[\s\u3000≥≤≧≦＞＜><=＝]/g, '');
  return bare === '' || /^(?:%|％|‰|(?:[万亿千百]|平方|立方)?(?:元|人次|人|户|亩|个|家|项|次|天|日|公里|千米|米|吨|台|套|座|条|所|份|件|批|场|篇|处|名|方|千瓦|瓦|辆|株|头|只|册|小时))$/.test(bare);
}

/** A person's 确认状态, said after the figures as every layout's draft says it (confirmed-sentence.ts). */
function confirmed(builder: RunBuilder, result: IndicatorResult | null): RunBuilder {
  const clause = confirmationClause(result);
  return clause === null ? builder : builder.text(`，${clause}`);
}

/**
 * The form's own columns: a 计分表 with no 指标值 or 完成值 column at all (南县 118: 三级指标 | 自评分 | 评价标准) has no
 * cell to fill, so its rows are not told “年度指标值【未填写】，实际完成值【未填写】” eighteen times.
 */
interface FormColumns {
  readonly target: boolean;
  readonly actual: boolean;
}

function formColumns(table: IndicatorTable): FormColumns {
  const has = (field: FieldKey): boolean => table.columns[field] !== undefined;
  return { target: has('target') || table.indicators.some((i) => i.target !== null || i.targetText !== null), actual: has('actual') || table.indicators.some((i) => i.actual !== null || i.actualText !== null) };
}

function indicatorParagraph(indicator: Indicator, k: number, kind: FinanceFormFacts['kind'], result: IndicatorResult | null, columns: FormColumns): ReportBlock {
  const b = new RunBuilder();
  if (columns.target) {
    b.text('年度指标值');
    if (indicator.target) asWritten(b, indicator.target, indicator.unit);
    else if (indicator.targetText && !isUnitOnly(indicator.targetText.value)) quoted(b, indicator.targetText);
    else b.placeholder('【未填写】');
  }
  if (kind === 'self-evaluation' && columns.actual) {
    b.text(b.isEmpty() ? '实际完成值' : '，实际完成值');
    if (indicator.actual) asWritten(b, indicator.actual, indicator.unit);
    else if (indicator.actualText) quoted(b, indicator.actualText);
    else b.placeholder('【未填写】');
  } else if (indicator.actual) asWritten(b.text('，实际完成值'), indicator.actual, indicator.unit);
  else if (indicator.actualText) quoted(b.text('，实际完成值'), indicator.actualText);
  // A rate or words the staff put beside the target (实施进度 已完成100%): quoted as written.
  if (!indicator.actual && indicator.statedCompletion) b.text('，完成情况：').number(indicator.statedCompletion.text.trim(), indicator.statedCompletion.value, '%', [indicator.statedCompletion.cell]);
  if (indicator.weight) scoreRun(b.text(b.isEmpty() ? '分值' : '，分值'), indicator.weight);
  if (indicator.statedScore) scoreRun(b.text(b.isEmpty() ? '自评得分' : '，自评得分'), indicator.statedScore);
  if (b.isEmpty()) b.placeholder('【未填写】');
  confirmed(b, result);
  b.text('。');
  return paragraph(b.build(), `${outlineMark(3, k)}${leadName(indicator.name.value)}`);
}

function indicatorSection(table: IndicatorTable, form: FinanceFormFacts, byRow: ReadonlyMap<number, IndicatorResult>, n: number): ReportBlock[] {
  const tree = buildSectionTree(table);
  const blocks: ReportBlock[] = [heading(1, n, draftKind(form, anythingReported(table, byRow)) === 'target' ? '绩效指标' : '绩效指标完成情况')];
  let group = 0;
  const columns = formColumns(table);
  // Indicators outside any group (a form with no 一级/二级指标 columns) are listed after the groups, unheaded.
  const loose: Indicator[] = [];
  for (const child of tree.children) {
    if (child.kind === 'indicator') {
      if (child.indicator.path[0] !== BUDGET_GROUP) loose.push(child.indicator);
      continue;
    }
    if (child.node.title === BUDGET_GROUP) continue;
    const indicators = indicatorsUnder(child.node);
    if (indicators.length === 0) continue;
    // The path quotes the form (产 出 指 标, 社会效益\n指标, 产出指标(50分)); a heading reads without the
    // spacing and the points. A level that was only its points ((50分)) gets no heading of its own.
    const title = cleanTitle(child.node.title).replace(/\s+/g, '');
    if (title !== '') blocks.push(heading(2, ++group, title));
    indicators.forEach((indicator, i) => blocks.push(indicatorParagraph(indicator, i + 1, form.kind, byRow.get(indicator.row) ?? null, columns)));
  }
  loose.forEach((indicator, i) => blocks.push(indicatorParagraph(indicator, i + 1, form.kind, byRow.get(indicator.row) ?? null, columns)));
  return blocks;
}

function deviationSection(table: IndicatorTable, byRow: ReadonlyMap<number, IndicatorResult>, n: number): ReportBlock[] {
  const explained = table.indicators.filter((i) => i.path[0] !== BUDGET_GROUP && i.progressText);
  const lostUnexplained = table.indicators.filter(
    (i) => i.path[0] !== BUDGET_GROUP && !i.progressText && i.weight && i.statedScore && i.statedScore.value < i.weight.value - 0.005,
  );
  // A person confirmed 滞后 where the form gives no reason: the draft asks for one, as a confirmed 滞后 does in
  // every layout's draft (withConfirmation).
  const confirmedBehind = table.indicators.filter((i) => {
    const result = byRow.get(i.row);
    return i.path[0] !== BUDGET_GROUP && !i.progressText && !lostUnexplained.includes(i) && result?.status === 'behind' && confirmationClause(result) !== null;
  });
  if (explained.length === 0 && lostUnexplained.length === 0 && confirmedBehind.length === 0) return [];
  const blocks: ReportBlock[] = [heading(1, n, '偏差原因分析及改进措施')];
  explained.forEach((indicator, i) => blocks.push(paragraph(quoted(new RunBuilder(), indicator.progressText!).text('。').build(), `${outlineMark(3, i + 1)}${leadName(indicator.name.value)}`)));
  for (const indicator of lostUnexplained) {
    blocks.push(paragraph(new RunBuilder().text(`“${quotedInside(joinedWords(indicator.name.value))}”扣分，表中未写偏差原因，`).placeholder('【待补充：偏差原因及改进措施】').text('。').build()));
  }
  for (const indicator of confirmedBehind) {
    blocks.push(paragraph(new RunBuilder().text(`“${quotedInside(joinedWords(indicator.name.value))}”经确认滞后，表中未写偏差原因，`).placeholder('【待补充：偏差原因及改进措施】').text('。').build()));
  }
  return blocks;
}

export function financeFormReport(table: IndicatorTable, form: FinanceFormFacts, results: Results, options: FinanceDraftOptions = {}): ReportDoc {
  const byRow = resultsByRow(results);
  const kind = draftKind(form, anythingReported(table, byRow));
  const date = (options.reportDate === undefined ? null : chineseDate(options.reportDate)) ?? chineseDate(dayAfterPeriod(results.period)) ?? '';
  // 2023年全县…项目 already names its year: the title does not say it twice.
  const subject = form.subject?.value ?? table.unitName ?? '';
  const year = yearWords(results.period);
  const titleYear = subject.startsWith(year) ? '' : `${year}度`;
  const sections: ReportBlock[][] = [];
  const add = (make: (n: number) => ReportBlock[]): void => {
    const blocks = make(sections.length + 1);
    if (blocks.length > 0) sections.push(blocks);
  };
  add((n) => budgetSection(table, form, byRow, n));
  add((n) => goalSection(form, n, kind));
  add((n) => indicatorSection(table, form, byRow, n));
  if (form.kind === 'self-evaluation') add((n) => deviationSection(table, byRow, n));
  return {
    title: `${titleYear}${subject}${form.subject ? '' : spendingWords(form, table.title)}${kind === 'target' ? '绩效目标' : '绩效自评情况'}`,
    unitLine: table.unitName ?? '',
    dateLine: date,
    blocks: [openingParagraph(table, form, results, byRow), ...sections.flat()],
  };
}
