/**
 * Writes a bench 目标任务分解表 the way a department lays one out: a title, a 填报单位 line, a two-row
 * merged header (目标任务 / 1—6月完成情况 over their columns), section rows, indicator rows with borders
 * and wrapped text, a 合计 row whose 分值 is a SUM formula, and notes under the table; a 说明 sheet follows.
 * It streams (exceljs WorkbookWriter) so a 50,000-row table is written in seconds, not minutes.
 */
import ExcelJS from 'exceljs';
import type { IndicatorLine, SampleLine, SectionLine } from '../../scripts/sample-indicators';
import type { BenchPeriod } from './table-rows';
import { writeLedgerSheet } from './ledger-sheet';

/** Header words a department may use for the same column (docs: shared/domain/GLOSSARY.md). */
export interface HeaderWording {
  readonly name: string;
  readonly target: string;
  readonly actual: string;
  readonly lastYear: string;
  readonly department: string;
  readonly deadline: string;
}

export const SAMPLE_WORDING: HeaderWording = {
  name: '考核指标（工作任务）',
  target: '全年目标',
  actual: '完成值',
  lastYear: '上年同期',
  department: '责任科室',
  deadline: '完成时限',
};

export interface BenchWorkbookSpec {
  readonly unitName: string;
  readonly period: BenchPeriod;
  readonly lines: readonly SampleLine[];
  readonly wording: HeaderWording;
  /** A ledger sheet (台账) of this many rows after the table, as many departments keep one. */
  readonly ledgerRows?: number;
}

export const INDICATOR_SHEET = '目标分解表';

type ColumnKey =
  | 'outline'
  | 'name'
  | 'unit'
  | 'target'
  | 'periodTarget'
  | 'actual'
  | 'lastYear'
  | 'progressText'
  | 'department'
  | 'owner'
  | 'weight'
  | 'deadline';

interface ColumnSpec {
  readonly key: ColumnKey;
  readonly header: string;
  readonly group?: string;
  readonly width: number;
}

function columnsFor(spec: BenchWorkbookSpec): ColumnSpec[] {
  const done = `1—${spec.period.toMonth}月完成情况`;
  const { wording } = spec;
  return [
    { key: 'outline', header: '序号', width: 6 },
    { key: 'name', header: wording.name, width: 28 },
    { key: 'unit', header: '单位', width: 8 },
    { key: 'target', group: '目标任务', header: wording.target, width: 22 },
    { key: 'periodTarget', group: '目标任务', header: '序时目标', width: 9 },
    { key: 'actual', group: done, header: wording.actual, width: 11 },
    { key: 'lastYear', group: done, header: wording.lastYear, width: 9 },
    { key: 'progressText', group: done, header: '完成情况说明', width: 46 },
    { key: 'department', header: wording.department, width: 10 },
    { key: 'owner', header: '责任人', width: 8 },
    { key: 'weight', header: '分值', width: 6 },
    { key: 'deadline', header: wording.deadline, width: 13 },
  ];
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const TITLE_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 18, bold: true };
const HEADER_FONT: Partial<ExcelJS.Font> = { name: '黑体', size: 11 };
const BODY_FONT: Partial<ExcelJS.Font> = { name: '仿宋', size: 11 };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
const GROUP_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
const HEADER_TOP = 3;
const HEADER_BOTTOM = 4;
const FIRST_BODY_ROW = 5;

/** Fixed document time, so two runs write the same cells. */
const STAMP = new Date(Date.UTC(2009, 6, 1, 0, 45, 0));

function isoToDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

function letter(col: number): string {
  return String.fromCharCode(64 + col);
}

class SheetStream {
  private next = 1;

  constructor(readonly sheet: ExcelJS.Worksheet) {}

  row(): ExcelJS.Row {
    return this.sheet.getRow(this.next++);
  }

  get rowNumber(): number {
    return this.next;
  }
}

function writeTop(stream: SheetStream, spec: BenchWorkbookSpec, columns: readonly ColumnSpec[]): void {
  const last = columns.length;
  const { year, toMonth } = spec.period;
  const title = stream.row();
  title.getCell(1).value = `${spec.unitName}${year}年度绩效目标任务分解表`;
  title.getCell(1).font = TITLE_FONT;
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  title.height = 36;
  stream.sheet.mergeCells(1, 1, 1, last);
  title.commit();

  const info = stream.row();
  const reported = toMonth === 12 ? `${year + 1}年1月10日` : `${year}年${toMonth + 1}月1日`;
  info.getCell(1).value = `填报单位：${spec.unitName}　　统计时段：${year}年1—${toMonth}月　　填报日期：${reported}`;
  info.getCell(1).font = { name: '仿宋', size: 11 };
  info.height = 22;
  stream.sheet.mergeCells(2, 1, 2, last);
  info.commit();

  const top = stream.row();
  const bottom = stream.row();
  const groups = new Map<string, number[]>();
  columns.forEach((column, index) => {
    const col = index + 1;
    if (column.group) {
      groups.set(column.group, [...(groups.get(column.group) ?? []), col]);
      bottom.getCell(col).value = column.header;
    } else {
      top.getCell(col).value = column.header;
      stream.sheet.mergeCells(HEADER_TOP, col, HEADER_BOTTOM, col);
    }
  });
  for (const [group, cols] of groups) {
    top.getCell(cols[0]).value = group;
    stream.sheet.mergeCells(HEADER_TOP, cols[0], HEADER_TOP, cols[cols.length - 1]);
  }
  for (const row of [top, bottom]) {
    row.height = 22;
    for (let col = 1; col <= last; col++) {
      const cell = row.getCell(col);
      cell.font = HEADER_FONT;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDERS;
      cell.fill = HEADER_FILL;
    }
    row.commit();
  }
}

function writeSection(stream: SheetStream, line: SectionLine, last: number): void {
  const rowNumber = stream.rowNumber;
  const row = stream.row();
  row.getCell(1).value = line.outline;
  row.getCell(2).value = line.title;
  for (let col = 1; col <= last; col++) {
    const cell = row.getCell(col);
    cell.font = { name: line.level === 1 ? '黑体' : '宋体', size: line.level === 1 ? 12 : 11, bold: line.level !== 1 };
    cell.alignment = { horizontal: col === 1 ? 'center' : 'left', vertical: 'middle' };
    cell.border = BORDERS;
    if (line.level === 1) cell.fill = GROUP_FILL;
  }
  stream.sheet.mergeCells(rowNumber, 2, rowNumber, last);
  row.height = line.level === 1 ? 22 : 20;
  row.commit();
}

function indicatorValue(line: IndicatorLine, key: ColumnKey): ExcelJS.CellValue {
  switch (key) {
    case 'outline':
      return line.outline;
    case 'name':
      return line.name;
    case 'unit':
      return line.unit ?? null;
    case 'target':
      return line.target;
    case 'periodTarget':
      return line.periodTarget ?? null;
    case 'actual':
      return line.actual ?? null;
    case 'lastYear':
      return line.lastYear ?? null;
    case 'progressText':
      return line.progressText;
    case 'department':
      return line.department;
    case 'owner':
      return line.owner;
    case 'weight':
      return line.weight;
    case 'deadline':
      return isoToDate(line.deadline);
    default: {
      const unreachable: never = key;
      return unreachable;
    }
  }
}

function writeIndicator(stream: SheetStream, line: IndicatorLine, columns: readonly ColumnSpec[]): void {
  const row = stream.row();
  columns.forEach((column, index) => {
    const cell = row.getCell(index + 1);
    const value = indicatorValue(line, column.key);
    cell.value = value;
    cell.font = BODY_FONT;
    cell.border = BORDERS;
    const wide = column.key === 'name' || column.key === 'target' || column.key === 'progressText';
    cell.alignment = { horizontal: wide ? 'left' : 'center', vertical: 'middle', wrapText: true };
    if (column.key === 'deadline') cell.numFmt = DATE_FORMAT;
  });
  // Wrapped 完成情况说明 makes a row two or three lines tall, as Excel would show it.
  row.height = Math.max(20, Math.ceil(line.progressText.length / 22) * 14.5 + 4);
  row.commit();
}

function writeTotalAndNotes(stream: SheetStream, columns: readonly ColumnSpec[], lastBodyRow: number, weightTotal: number): void {
  const last = columns.length;
  const weightCol = columns.findIndex((column) => column.key === 'weight') + 1;
  const totalRow = stream.rowNumber;
  const row = stream.row();
  row.getCell(1).value = '合　　计';
  const weightLetter = letter(weightCol);
  row.getCell(weightCol).value = {
    formula: `SUM(${weightLetter}${FIRST_BODY_ROW}:${weightLetter}${lastBodyRow})`,
    result: Math.round(weightTotal * 10) / 10,
  };
  for (let col = 1; col <= last; col++) {
    const cell = row.getCell(col);
    cell.font = HEADER_FONT;
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = BORDERS;
  }
  stream.sheet.mergeCells(totalRow, 1, totalRow, weightCol - 1);
  stream.sheet.mergeCells(totalRow, weightCol + 1, totalRow, last);
  row.commit();

  const notes = [
    '注：1．完成值填写累计数；统计数据滞后的指标在“完成情况说明”中注明月份。2．审批（办结）时限、事故数等为逆向指标，目标栏以“≤”表示上限。3．定性指标在“完成值”栏填写完成状态（已完成、推进中等）。',
    '单位负责人：　　　　审核人：　　　　填表人：',
  ];
  for (const text of notes) {
    const rowNumber = stream.rowNumber;
    const noteRow = stream.row();
    noteRow.getCell(1).value = text;
    noteRow.getCell(1).font = { name: '仿宋', size: 10.5 };
    noteRow.getCell(1).alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
    stream.sheet.mergeCells(rowNumber, 1, rowNumber, last);
    noteRow.commit();
  }
}

function writeNotesSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const sheet = workbook.addWorksheet('说明');
  sheet.columns = [{ width: 100 }];
  const lines = [
    '填表说明',
    '一、本表按年初目标任务分解逐项列出考核指标（工作任务），每项指标落实到责任科室和责任人。',
    '二、“目标任务”栏：定量指标填写数值，单位见“单位”栏；逆向指标以“≤”填写上限；定性指标填写目标要求。',
    '三、“完成情况”栏：完成值填写累计数；近似数照实填写（如“300余人”）；定性指标填写完成状态。',
  ];
  lines.forEach((text, index) => {
    const row = sheet.getRow(index + 1);
    row.getCell(1).value = text;
    row.getCell(1).font = index === 0 ? { name: '宋体', size: 16, bold: true } : { name: '仿宋', size: 11 };
    row.commit();
  });
  sheet.commit();
}

/** Streams the workbook to `file`; returns the number of rows on the indicator sheet. */
export async function writeBenchWorkbook(file: string, spec: BenchWorkbookSpec): Promise<number> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  workbook.creator = `${spec.unitName}综合科`;
  workbook.created = STAMP;
  workbook.modified = STAMP;
  const columns = columnsFor(spec);
  const sheet = workbook.addWorksheet(INDICATOR_SHEET, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_BOTTOM }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = columns.map((column) => ({ width: column.width }));
  const stream = new SheetStream(sheet);
  writeTop(stream, spec, columns);
  let weightTotal = 0;
  for (const line of spec.lines) {
    if (line.kind === 'section') writeSection(stream, line, columns.length);
    else {
      writeIndicator(stream, line, columns);
      weightTotal += line.weight;
    }
  }
  const lastBodyRow = stream.rowNumber - 1;
  writeTotalAndNotes(stream, columns, lastBodyRow, weightTotal);
  const rows = stream.rowNumber - 1;
  sheet.commit();
  if (spec.ledgerRows) writeLedgerSheet(workbook, spec.ledgerRows, 20090701);
  writeNotesSheet(workbook);
  await workbook.commit();
  return rows;
}
