import type { Indicator, IndicatorResult, IndicatorTable, ReportDoc, Results } from '../model';
import { closingParagraph, statisticsClosing } from './closing-paragraph';
import { isStatisticsTable, rowsQuotedWithoutTarget } from './figures-without-target';
import { financeFormReport } from './finance-form-report';
import { regionBreakdownBlocks } from './region-breakdown';
import { openingParagraph, statisticsOpening } from './opening-paragraph';
import { chineseDate, dayAfterPeriod, titlePeriod } from './period-wording';
import { PhraseVariety } from './phrase-variety';
import { sectionBlocks } from './report-sections';
import { buildSectionTree, type SectionNode } from './section-tree';
import { resultsByRow, tallyStatuses } from './status-tally';
import { unitVoice } from './unit-voice';

export interface NarrateOptions {
  /** YYYY-MM-DD printed on the date line; defaults to the day after the period ends. */
  readonly reportDate?: string;
}

/** The signature line: the unit's name, without a year a title line may have lent it (2024年交通运输局). */
function unitLine(unitName: string | null): string {
  return (unitName ?? '').trim().replace(/^\d{4}年度?/, '').trim();
}

/** Indicators outside any group still belong in a section; this is its heading. */
const UNGROUPED_TITLE = '主要绩效指标';
/** …and a statistics table's, which has no 绩效指标 and reports no 完成情况. */
const STATISTICS_TITLE = '主要指标数据';

/**
 * The 绩效指标完成情况汇报 drafted from the table and its results, in the shape of the seed report:
 * title, unit and date lines, an opening with the counts, one section per group in the workbook's order,
 * and a closing that names what lags and leaves 【待补充】 for what only people can write.
 */
export function narrate(table: IndicatorTable, results: Results, options: NarrateOptions = {}): ReportDoc {
  if (table.layoutClass === 'finance-form' && table.financeForm) return financeFormReport(table, table.financeForm, results, options);
  const period = results.period;
  const departments = table.indicators.flatMap((indicator) => (indicator.department === null ? [] : [indicator.department.value]));
  const voice = unitVoice(unitLine(table.unitName), { title: table.title, departments, regionRows: table.layoutClass === 'cross-table' });
  const byRow = resultsByRow(results);
  const tally = tallyStatuses(table.indicators, byRow, rowsQuotedWithoutTarget(table, (indicator) => byRow.get(indicator.row) ?? null));
  const variety = new PhraseVariety();
  const resultOf = (indicator: Indicator): IndicatorResult | null => byRow.get(indicator.row) ?? null;
  // A statistics table (figures, no targets) is no target table: its draft says what it is and judges nothing.
  const statistics = isStatisticsTable(table, resultOf);
  const tree = groupStrayIndicators(buildSectionTree(table), statistics ? STATISTICS_TITLE : UNGROUPED_TITLE);
  const quoted = rowsQuotedWithoutTarget(table, resultOf);
  const body = sectionBlocks(tree, { period, variety, resultOf, statisticsTable: statistics, quotedWithoutTarget: quoted });
  const date = (options.reportDate === undefined ? null : chineseDate(options.reportDate)) ?? chineseDate(dayAfterPeriod(period)) ?? '';
  const opening = statistics ? statisticsOpening(period, tally) : openingParagraph(period, voice, tally);
  const closing = statistics ? statisticsClosing(period, voice, tally) : closingParagraph(period, voice, tally);
  return {
    title: `${titlePeriod(period)}${statistics ? '主要指标数据汇报' : '绩效指标完成情况汇报'}`,
    unitLine: unitLine(table.unitName),
    dateLine: date,
    blocks: [opening, ...body, ...regionBlocks(table, results, body), closing],
  };
}

/** A cross-table's regions, as a section after the indicators' own (see region-breakdown.ts). */
function regionBlocks(table: IndicatorTable, results: Results, body: readonly ReportDoc['blocks'][number][]): ReportDoc['blocks'] {
  if (table.layoutClass !== 'cross-table') return [];
  const topHeadings = body.filter((block) => block.kind === 'heading' && block.level === 1).length;
  return regionBreakdownBlocks(table, results, topHeadings + 1);
}

/** Indicators standing outside every group are gathered under one heading of their own, where they stand. */
function groupStrayIndicators(root: SectionNode, title: string): SectionNode {
  if (root.children.every((child) => child.kind === 'section')) return root;
  const children: SectionNode['children'] = [];
  let stray: SectionNode | null = null;
  for (const child of root.children) {
    if (child.kind === 'section') {
      children.push(child);
      stray = null;
      continue;
    }
    if (stray === null) {
      stray = { title, children: [] };
      children.push({ kind: 'section', node: stray });
    }
    stray.children.push(child);
  }
  return { title: root.title, children };
}
