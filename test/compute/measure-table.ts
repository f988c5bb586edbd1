/**
 * Builds the indicator table recognition would hand to compute, together with the source sheet it came
 * from, so compute and the three review sheets are tested on tables the test states in full.
 * Sheet layout (row 1 title, row 2 header, lines from row 3):
 *   A 序号 · B 指标名称 · C 单位 · D 全年目标 · E 序时目标 · F 实际完成 · G 上年同期 · H 增幅 · I 责任科室 · J 责任人 · K 分值 · L 完成情况说明
 * A number is a number (derived false). A string in a number column ("300余", "1.2亿") is read the simple
 * way and marked derived, as recognition marks a figure Excel cannot reach.
 */
import type { CellRef, CellValue, Direction, Indicator, IndicatorKind, IndicatorTable, NumberField, Period, SectionRow, WorkbookSnapshot } from '../../src/core/model';

export const SOURCE_SHEET = '目标分解表';

export const COL = { id: 1, name: 2, unit: 3, target: 4, periodTarget: 5, actual: 6, lastYear: 7, growth: 8, department: 9, owner: 10, weight: 11, progress: 12 } as const;
const HEADERS = ['序号', '指标名称', '单位', '全年目标', '序时目标', '实际完成', '上年同期', '增幅', '责任科室', '责任人', '分值', '完成情况说明'];

type NumberCell = number | string | null;

export interface Spec {
  readonly name: string;
  readonly id?: string;
  readonly unit?: string;
  readonly target?: NumberCell;
  readonly periodTarget?: NumberCell;
  readonly actual?: NumberCell;
  readonly lastYear?: NumberCell;
  /** A growth rate the sheet states, as a fraction. */
  readonly growth?: NumberCell;
  readonly department?: string;
  readonly owner?: string;
  readonly weight?: NumberCell;
  readonly progress?: string;
  /** Words in the actual column of a qualitative row. */
  readonly actualText?: string;
  readonly kind?: IndicatorKind;
  readonly direction?: Direction;
  readonly dataMonths?: { readonly fromMonth: number; readonly toMonth: number };
}

export type Line = Spec | { readonly section: string; readonly level?: number; readonly outline?: string };

export interface BuildOptions {
  readonly sheet?: string;
  readonly period?: Partial<Period>;
  /** Extra sheets in the workbook (a person's own 汇总, an earlier run's output). */
  readonly otherSheets?: WorkbookSnapshot['sheets'];
}

export interface Built {
  readonly table: IndicatorTable;
  readonly snapshot: WorkbookSnapshot;
  /** The source sheet's cells, row by row, for writing it to a real .xlsx. */
  readonly grid: CellValue[][];
  rowOf(name: string): number;
}

function decimals(text: string): number {
  return /\.(\d+)/.exec(text)?.[1].length ?? 0;
}

function readNumber(value: NumberCell | undefined, cell: CellRef): NumberField | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return { value, cell, approx: 'exact', text: String(value), decimals: decimals(String(value)), derived: false };
  const match = /^(约)?(-?\d+(?:\.\d+)?)(余|多)?/.exec(value.trim());
  if (!match) return null;
  const approx = match[1] ? 'about' : match[3] ? 'over' : 'exact';
  return { value: Number(match[2]), cell, approx, text: value, decimals: decimals(match[2]), derived: true };
}

export function buildTable(lines: readonly Line[], options: BuildOptions = {}): Built {
  const sheet = options.sheet ?? SOURCE_SHEET;
  const grid: CellValue[][] = [['2009年度目标任务分解表'], [...HEADERS]];
  const indicators: Indicator[] = [];
  const sections: SectionRow[] = [];
  const path: string[] = [];
  const ref = (row: number, col: number): CellRef => ({ sheet, row, col });
  for (const line of lines) {
    const row = grid.length + 1;
    const cells: CellValue[] = new Array<CellValue>(HEADERS.length).fill(null);
    grid.push(cells);
    if ('section' in line) {
      const level = line.level ?? 1;
      path.length = level - 1;
      path.push(line.section);
      cells[COL.id - 1] = line.outline ?? null;
      cells[COL.name - 1] = line.section;
      sections.push({ row, outline: line.outline ?? '', title: line.section, level, path: [...path] });
      continue;
    }
    const put = (col: number, value: CellValue | undefined): void => {
      cells[col - 1] = value ?? null;
    };
    put(COL.id, line.id);
    put(COL.name, line.name);
    put(COL.unit, line.unit);
    put(COL.target, line.target);
    put(COL.periodTarget, line.periodTarget);
    put(COL.actual, line.actual ?? line.actualText);
    put(COL.lastYear, line.lastYear);
    put(COL.growth, line.growth);
    put(COL.department, line.department);
    put(COL.owner, line.owner);
    put(COL.weight, line.weight);
    put(COL.progress, line.progress);
    const target = readNumber(line.target, ref(row, COL.target));
    const actual = readNumber(line.actual, ref(row, COL.actual));
    indicators.push({
      row,
      sheet,
      outline: line.id ?? '',
      id: line.id ?? '',
      path: [...path],
      name: { value: line.name, cell: ref(row, COL.name) },
      kind: line.kind ?? (target || actual ? 'quantitative' : 'qualitative'),
      direction: line.direction ?? 'higher',
      unit: line.unit ?? null,
      target,
      targetText: null,
      periodTarget: readNumber(line.periodTarget, ref(row, COL.periodTarget)),
      actual,
      actualText: line.actualText ? { value: line.actualText, cell: ref(row, COL.actual) } : null,
      lastYear: readNumber(line.lastYear, ref(row, COL.lastYear)),
      statedGrowth: readNumber(line.growth, ref(row, COL.growth)),
      statedCompletion: null,
      department: line.department ? { value: line.department, cell: ref(row, COL.department) } : null,
      owner: line.owner ? { value: line.owner, cell: ref(row, COL.owner) } : null,
      leader: null,
      cooperating: null,
      problems: null,
      weight: readNumber(line.weight, ref(row, COL.weight)),
      deadline: null,
      progressText: line.progress ? { value: line.progress, cell: ref(row, COL.progress) } : null,
      ...(line.dataMonths ? { dataMonths: line.dataMonths } : {}),
    });
  }
  const period: Period = { year: 2009, fromMonth: 1, toMonth: 6, expectedProgress: 0.5, label: '1—6月', source: 'title', ...options.period };
  const table: IndicatorTable = {
    sheet,
    layoutClass: 'breakdown',
    title: '2009年度目标任务分解表',
    unitName: '灌南县发展和改革委员会',
    headerRows: [2],
    columns: {},
    period,
    sections,
    indicators,
    statedWeightTotal: null,
    notes: [],
  };
  const values = grid.map((line) => [...line]);
  const snapshot: WorkbookSnapshot = {
    name: '测试工作簿',
    sheets: [
      { name: sheet, visible: true, position: 0, values, formulas: values.map((line) => line.map(() => null)), numberFormats: [], merges: [] },
      ...(options.otherSheets ?? []).map((other, i) => ({ ...other, position: i + 1 })),
    ],
  };
  return {
    table,
    snapshot,
    grid,
    rowOf: (name) => {
      const found = indicators.find((indicator) => indicator.name.value === name);
      if (!found) throw new Error(`no indicator ${name}`);
      return found.row;
    },
  };
}

/** The seed report's department in miniature: three groups, figures from the 2009 report, one row of each kind. */
export function guannanLines(): Line[] {
  return [
    { section: '勤政目标', outline: '一' },
    { section: '单位职能工作', level: 2, outline: '（一）' },
    { id: '1', name: '全社会固定资产投资', unit: '亿元', target: 90, actual: 39.9, lastYear: 30.44, department: '投资科', owner: '王海', weight: 10, dataMonths: { fromMonth: 1, toMonth: 5 } },
    { id: '2', name: '督查重点项目', unit: '个', target: 200, actual: 119, department: '重点办', owner: '李强', weight: 5 },
    { id: '3', name: '新建过千万元项目档案', unit: '份', target: 150, actual: 83, department: '投资科', owner: '王海', weight: 5 },
    { id: '4', name: '市级重大项目新开工', unit: '个', target: 20, periodTarget: 10, actual: 12, department: '重点办', owner: '李强', weight: 5 },
    { section: '关键绩效内容', level: 2, outline: '（二）' },
    { id: '1', name: '项目核准审批时限', unit: '天', target: 3, actual: 1, direction: 'lower', department: '投资科', owner: '赵敏', weight: 5 },
    { id: '2', name: '争取无偿资金', unit: '万元', target: 3000, actual: 1746, lastYear: 1204.14, department: '综合科', owner: '陈红', weight: 10 },
    { id: '3', name: '企业改制置换职工身份', unit: '人', target: 300, actual: '300余', department: '综合科', owner: '陈红', weight: 5 },
    { id: '4', name: '新增市级农业龙头企业', unit: '家', target: 2, actual: 0, department: '农经科', owner: '刘军', weight: 5 },
    { section: '优政目标', outline: '二' },
    { id: '1', name: '学习实践活动经验交流', progress: '经验在人民网上发表交流，得到领导一致好评', department: '办公室', owner: '周丽', weight: 5 },
    { id: '2', name: '南北挂钩共建园区申报', progress: '申报工作正在有序推进，有望今年批复', department: '规划科', owner: '孙伟', weight: 5 },
    { section: '廉政目标', outline: '三' },
    { id: '1', name: '党风廉政建设', progress: '本单位党员干部无违法违纪现象', department: '办公室', owner: '周丽', weight: 5 },
    { id: '2', name: '信访稳定', department: '办公室', owner: '周丽', weight: 5 },
  ];
}
