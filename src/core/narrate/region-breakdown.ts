import type { CellRef, Indicator, IndicatorTable, RegionFigures, ReportBlock, Results, Run } from '../model';
import { outlineMark } from './outline-numbering';
import { fieldFigure, rateFigure } from './figure';
import { RunBuilder } from './run-builder';

/**
 * A cross-table's regions in the draft: for each indicator, the regions whose 完成比例 is below the
 * benchmark (序时进度, or the indicator's own) are named with their figures, and so are those at or above
 * it. The figures are the sheet's: a stated 完成比例, else 完成数 ÷ 目标任务 of the region's row.
 */
interface RegionRate {
  readonly name: string;
  readonly rate: number;
  readonly sources: readonly CellRef[];
}

function regionRate(region: RegionFigures): RegionRate | null {
  if (region.rate) return { name: region.region.value, rate: region.rate.value, sources: [region.rate.cell] };
  if (region.target && region.actual && region.target.value > 0) {
    return { name: region.region.value, rate: region.actual.value / region.target.value, sources: [region.actual.cell, region.target.cell] };
  }
  return null;
}

function listRegions(b: RunBuilder, regions: readonly RegionRate[]): void {
  regions.forEach((region, i) => {
    if (i > 0) b.text('、');
    b.text(`${region.name}（`);
    const figure = rateFigure(region.rate, region.sources);
    if (figure) b.number(figure.text, figure.value, '%', figure.sources);
    b.text('）');
  });
}

/** A ceiling (失业率低于4.3%): a region lags when its figure is above its own limit, not by a completion rate. */
function ceilingRuns(indicator: Indicator, regions: readonly RegionFigures[]): Run[] | null {
  const measured = regions.filter((r) => r.actual && r.target);
  if (measured.length === 0) return null;
  const over = measured.filter((r) => r.actual!.value > r.target!.value);
  const b = new RunBuilder();
  const figure = (r: RegionFigures): void => {
    const shown = fieldFigure(r.actual!, indicator.unit, indicator.name.value);
    b.text(`${r.region.value}（`);
    if (shown) b.number(shown.text, shown.value, shown.unit, shown.sources);
    b.text('）');
  };
  if (over.length === 0) {
    b.text(`${measured.length}个地区均控制在目标以内。`);
    return b.build();
  }
  over.forEach((r, i) => {
    if (i > 0) b.text('、');
    figure(r);
  });
  b.text('超出控制目标。');
  return b.build();
}

/** Regions with no figure at all under the indicator: named, so nothing is passed over in silence. */
function unreported(regions: readonly RegionFigures[]): string[] {
  return regions.filter((r) => !r.target && !r.actual && !r.rate).map((r) => r.region.value);
}

export function regionBreakdownBlocks(table: IndicatorTable, results: Results, sectionNumber: number): ReportBlock[] {
  const byRow = new Map(results.indicators.map((result) => [result.row, result]));
  const blocks: ReportBlock[] = [];
  let k = 0;
  for (const indicator of table.indicators) {
    const lead = (): { level: 3; text: string } => ({ level: 3, text: `${outlineMark(3, ++k)}${indicator.name.value}：` });
    const missing = unreported(indicator.breakdown ?? []);
    const missingText = missing.length > 0 ? `${missing.join('、')}未填报。` : '';
    if (indicator.direction === 'lower') {
      const runs = ceilingRuns(indicator, indicator.breakdown ?? []);
      if (runs) blocks.push({ kind: 'paragraph', lead: lead(), runs: [...runs, ...(missingText ? [{ kind: 'text' as const, text: missingText }] : [])] });
      continue;
    }
    const regions = (indicator.breakdown ?? []).map(regionRate).filter((r): r is RegionRate => r !== null);
    if (regions.length === 0) continue;
    const benchmark = byRow.get(indicator.row)?.benchmark ?? results.period.expectedProgress;
    const lagging = regions.filter((r) => r.rate < benchmark - 1e-9);
    const onPace = regions.filter((r) => r.rate >= benchmark - 1e-9);
    const b = new RunBuilder();
    const mark = rateFigure(benchmark, []);
    const yardstick = `序时进度（${mark?.text ?? ''}）`;
    if (lagging.length === 0) {
      b.text(`${regions.length}个地区均达到${yardstick}。`);
    } else {
      listRegions(b, lagging);
      b.text(`完成比例低于${yardstick}，进度滞后`);
      if (onPace.length > 0) {
        b.text('；');
        listRegions(b, onPace);
        b.text('达到序时进度');
      }
      b.text('。');
    }
    b.text(missingText);
    blocks.push({ kind: 'paragraph', lead: lead(), runs: b.build() });
  }
  if (blocks.length === 0) return [];
  return [{ kind: 'heading', level: 1, runs: [{ kind: 'text', text: `${outlineMark(1, sectionNumber)}分地区完成情况` }] }, ...blocks];
}
