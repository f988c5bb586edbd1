import type { CellRef, IndicatorTable, RegionFigures, ReportBlock, Results } from '../model';
import { outlineMark } from './outline-numbering';
import { rateFigure } from './figure';
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

export function regionBreakdownBlocks(table: IndicatorTable, results: Results, sectionNumber: number): ReportBlock[] {
  const byRow = new Map(results.indicators.map((result) => [result.row, result]));
  const blocks: ReportBlock[] = [];
  let k = 0;
  for (const indicator of table.indicators) {
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
    blocks.push({ kind: 'paragraph', lead: { level: 3, text: `${outlineMark(3, ++k)}${indicator.name.value}：` }, runs: b.build() });
  }
  if (blocks.length === 0) return [];
  return [{ kind: 'heading', level: 1, runs: [{ kind: 'text', text: `${outlineMark(1, sectionNumber)}分地区完成情况` }] }, ...blocks];
}
