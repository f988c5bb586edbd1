import type { IndicatorTable, ReportDoc, Results } from '../model';
import { closingParagraph } from './closing-paragraph';
import { financeFormReport } from './finance-form-report';
import { regionBreakdownBlocks } from './region-breakdown';
import { openingParagraph } from './opening-paragraph';
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
  const tally = tallyStatuses(table.indicators, byRow);
  const variety = new PhraseVariety();
  const tree = groupStrayIndicators(buildSectionTree(table));
  const body = sectionBlocks(tree, { period, variety, resultOf: (indicator) => byRow.get(indicator.row) ?? null });
  const date = (options.reportDate === undefined ? null : chineseDate(options.reportDate)) ?? chineseDate(dayAfterPeriod(period)) ?? '';
  return {
    title: `${titlePeriod(period)}绩效指标完成情况汇报`,
    unitLine: unitLine(table.unitName),
    dateLine: date,
    blocks: [openingParagraph(period, voice, tally), ...body, ...regionBlocks(table, results, body), closingParagraph(period, voice, tally)],
  };
}

/** A cross-table's regions, as a section after the indicators' own (see region-breakdown.ts). */
function regionBlocks(table: IndicatorTable, results: Results, body: readonly ReportDoc['blocks'][number][]): ReportDoc['blocks'] {
  if (table.layoutClass !== 'cross-table') return [];
  const topHeadings = body.filter((block) => block.kind === 'heading' && block.level === 1).length;
  return regionBreakdownBlocks(table, results, topHeadings + 1);
}

/** Indicators standing outside every group are gathered under one heading of their own, where they stand. */
function groupStrayIndicators(root: SectionNode): SectionNode {
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
      stray = { title: UNGROUPED_TITLE, children: [] };
      children.push({ kind: 'section', node: stray });
    }
    stray.children.push(child);
  }
  return { title: root.title, children };
}
