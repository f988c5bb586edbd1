import * as path from 'node:path';
import type { Approximation, Indicator, NumberField } from '../../src/core/model';
import { recognize, type Recognition } from '../../src/core/recognize';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import { SAMPLE_LINES, type IndicatorLine } from '../../scripts/sample-indicators';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'samples', '2009-灌南县发改委-目标任务分解表.xlsx');
const FIRST_BODY_ROW = 5;

/** What a figure as the sample's data writes it must be read as: 90 → 90; ≤3 → at most 3; 300余人 → over 300. */
function expectedFigure(written: number | string | undefined): { value: number; approx: Approximation; derived: boolean } | null {
  if (written === undefined) return null;
  if (typeof written === 'number') return { value: written, approx: 'exact', derived: false };
  const bound = /^([≤≥])(\d+(?:\.\d+)?)$/.exec(written);
  if (bound) return { value: Number(bound[2]), approx: bound[1] === '≤' ? 'atMost' : 'atLeast', derived: true };
  const over = /^(\d+)余/.exec(written);
  if (over) return { value: Number(over[1]), approx: 'over', derived: true };
  return null;
}

function figureOf(field: NumberField | null): { value: number; approx: Approximation; derived: boolean } | null {
  return field ? { value: field.value, approx: field.approx, derived: field.derived } : null;
}

describe('随附样例工作簿（2009 灌南县发改委目标任务分解表）完全识别', () => {
  let result: Recognition;
  beforeAll(async () => {
    result = recognize(await readXlsxSnapshot(SAMPLE));
  });

  it('选中目标分解表，两行表头，每列都认对且无需确认，没有警告', () => {
    const table = result.table!;
    expect(table.sheet).toBe('目标分解表');
    expect(table.headerRows).toEqual([3, 4]);
    const letters = Object.fromEntries(Object.entries(table.columns).map(([field, m]) => [field, m?.letter]));
    expect(letters).toEqual({
      id: 'A', name: 'B', unit: 'C', target: 'D', periodTarget: 'E', actual: 'F', lastYear: 'G', progressText: 'H',
      department: 'I', owner: 'J', weight: 'K', deadline: 'L',
    });
    expect(result.unsure).toEqual([]);
    expect(result.issues).toEqual([]);
    expect(result.candidates.map((c) => c.sheet)).toEqual(['目标分解表']);
  });

  it('时段 2009 年 1—6 月，序时进度 50%；标题、单位、合计分值与注', () => {
    const table = result.table!;
    expect(table.period).toMatchObject({ year: 2009, fromMonth: 1, toMonth: 6, expectedProgress: 0.5, label: '1—6月' });
    expect(table.title).toBe('灌南县发展和改革委员会2009年度绩效目标任务分解表');
    expect(table.unitName).toBe('灌南县发展和改革委员会');
    expect(table.statedWeightTotal?.value).toBe(100);
    expect(table.notes).toHaveLength(1);
  });

  it('勤政/优政/廉政三组及其分组，按样例的层级', () => {
    const expected = SAMPLE_LINES.flatMap((line, i) => (line.kind === 'section' ? [{ row: FIRST_BODY_ROW + i, level: line.level, title: line.title, outline: line.outline }] : []));
    expect(result.table!.sections.map((s) => ({ row: s.row, level: s.level, title: s.title, outline: s.outline }))).toEqual(expected);
  });

  it('每个指标的每一项都与样例数据一致', () => {
    const byRow = new Map<number, Indicator>(result.table!.indicators.map((indicator) => [indicator.row, indicator]));
    const path: string[] = [];
    let count = 0;
    SAMPLE_LINES.forEach((line, i) => {
      if (line.kind === 'section') {
        path.length = line.level - 1;
        path.push(line.title);
        return;
      }
      count++;
      const row = FIRST_BODY_ROW + i;
      const got = byRow.get(row);
      const sample: IndicatorLine = line;
      expect({ row, name: got?.name.value }).toEqual({ row, name: sample.name });
      const targetFigure = expectedFigure(sample.target);
      const actualFigure = expectedFigure(sample.actual);
      expect({
        row,
        outline: got!.outline,
        path: got!.path,
        kind: got!.kind,
        unit: got!.unit,
        target: figureOf(got!.target),
        targetText: got!.targetText?.value ?? null,
        periodTarget: figureOf(got!.periodTarget),
        actual: figureOf(got!.actual),
        actualText: got!.actualText?.value ?? null,
        lastYear: figureOf(got!.lastYear),
        department: got!.department?.value,
        owner: got!.owner?.value,
        weight: got!.weight?.value,
        deadline: got!.deadline?.iso,
        progressText: got!.progressText?.value,
      }).toEqual({
        row,
        outline: sample.outline,
        path,
        kind: targetFigure ? 'quantitative' : 'qualitative',
        unit: sample.unit ?? null,
        target: targetFigure,
        targetText: targetFigure ? null : sample.target,
        periodTarget: expectedFigure(sample.periodTarget),
        actual: actualFigure,
        actualText: actualFigure || sample.actual === undefined ? null : sample.actual,
        lastYear: expectedFigure(sample.lastYear),
        department: sample.department,
        owner: sample.owner.replace(/\s+/g, ''),
        weight: sample.weight,
        deadline: sample.deadline,
        progressText: sample.progressText,
      });
    });
    expect(result.table!.indicators).toHaveLength(count);
  });

  it('逆向指标（办结时限）与全社会固定资产投资的 1—5 月数据', () => {
    const indicators = result.table!.indicators;
    expect(indicators.filter((i) => i.direction === 'lower').map((i) => i.name.value)).toEqual(['企业投资项目备案办结时限', '企业投资项目核准（审批）办结时限']);
    const investment = indicators.find((i) => i.name.value.startsWith('全社会固定资产投资'));
    expect(investment?.dataMonths).toEqual({ fromMonth: 1, toMonth: 5 });
    expect(investment?.actual).toMatchObject({ value: 39.9, decimals: 1, cell: { sheet: '目标分解表', col: 6 } });
  });
});
