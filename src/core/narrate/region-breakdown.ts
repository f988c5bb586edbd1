import type { CellRef, Indicator, IndicatorTable, RegionFigures, ReportBlock, Results, Run } from '../model';
import { outlineMark } from './outline-numbering';
import { fieldFigure, rateFigure } from './figure';
import { RunBuilder } from './run-builder';
import { regionBenchmark, regionRate, regionStanding } from '../compute/region-standing';
import { joinedWords } from './section-tree';

/**
 * A cross-table's regions in the draft: for each indicator, the regions whose 完成比例 is below the
 * benchmark (序时进度, or the indicator's own) are named with their figures, and so are those at or above
 * it. The figures are the sheet's: a stated 完成比例, else 完成数 ÷ 目标任务 of the region's row.
 */
interface NamedRate {
  readonly name: string;
  readonly rate: number;
  readonly sources: readonly CellRef[];
}

function namedRate(region: RegionFigures): NamedRate | null {
  const rate = regionRate(region);
  return rate ? { name: regionName(region), rate: rate.rate, sources: rate.sources } : null;
}

/** A region as the draft names it: a name padded to a column's width (洋  县人民政府) is one word (洋县人民政府). */
function regionName(region: RegionFigures): string {
  return joinedWords(region.region.value.trim());
}

function listRegions(b: RunBuilder, regions: readonly NamedRate[]): void {
  regions.forEach((region, i) => {
    if (i > 0) b.text('、');
    b.text(`${region.name}（`);
    const figure = rateFigure(region.rate, region.sources);
    if (figure) b.number(figure.text, figure.value, '%', figure.sources);
    b.text('）');
  });
}

/** A ceiling (失业率低于4.3%): a region lags when its figure is above its own limit, not by a completion rate. */
function ceilingRuns(indicator: Indicator, regions: readonly RegionFigures[], benchmark: number): Run[] | null {
  const standings = regions.map((r) => ({ region: r, standing: regionStanding(indicator, r, benchmark) }));
  const measured = standings.filter((s) => s.standing === 'over-limit' || s.standing === 'within-limit');
  if (measured.length === 0) return null;
  const over = measured.filter((s) => s.standing === 'over-limit').map((s) => s.region);
  const b = new RunBuilder();
  const figure = (r: RegionFigures): void => {
    const shown = fieldFigure(r.actual!, indicator.unit, indicator.name.value);
    b.text(`${regionName(r)}（`);
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
function unreported(indicator: Indicator, regions: readonly RegionFigures[], benchmark: number): string[] {
  return regions.filter((r) => regionStanding(indicator, r, benchmark) === 'unreported').map(regionName);
}

export function regionBreakdownBlocks(table: IndicatorTable, results: Results, sectionNumber: number): ReportBlock[] {
  const blocks: ReportBlock[] = [];
  let k = 0;
  for (const indicator of table.indicators) {
    // Directly under 三、分地区完成情况 the next 公文 level is （一）, not 1.: a level is never skipped.
    const lead = (): { level: 2; text: string } => ({ level: 2, text: `${outlineMark(2, ++k)}${indicator.name.value}：` });
    const benchmark = regionBenchmark(indicator, results);
    const missing = unreported(indicator, indicator.breakdown ?? [], benchmark);
    const missingText = missing.length > 0 ? `${missing.join('、')}未填报。` : '';
    if (indicator.direction === 'lower') {
      const runs = ceilingRuns(indicator, indicator.breakdown ?? [], benchmark);
      if (runs) blocks.push({ kind: 'paragraph', lead: lead(), runs: [...runs, ...(missingText ? [{ kind: 'text' as const, text: missingText }] : [])] });
      continue;
    }
    const judged = (indicator.breakdown ?? []).map((region) => ({ named: namedRate(region), standing: regionStanding(indicator, region, benchmark) }));
    const regions = judged.map((j) => j.named).filter((r): r is NamedRate => r !== null);
    if (regions.length === 0) continue;
    const lagging = judged.filter((j) => j.standing === 'lags').map((j) => j.named!);
    const onPace = judged.filter((j) => j.standing === 'on-pace').map((j) => j.named!);
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
