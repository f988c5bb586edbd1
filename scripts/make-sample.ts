/**
 * Builds the shipped sample workbook, assets/samples/2009-灌南县发改委-目标任务分解表.xlsx: the
 * 目标任务分解表 灌南县发展和改革委员会 would have kept for 2009, laid out as the office would lay it out.
 * Run with `npm run sample`. Output is deterministic: regenerating gives the same bytes.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { SAMPLE_LINES, type AssumedField, type IndicatorLine, type SampleLine } from './sample-indicators';

export const SAMPLE_PATH = path.resolve(__dirname, '..', 'assets', 'samples', '2009-灌南县发改委-目标任务分解表.xlsx');
export const INDICATOR_SHEET = '目标分解表';
export const NOTES_SHEET = '说明';

const UNIT_NAME = '灌南县发展和改革委员会';
const TITLE = `${UNIT_NAME}2009年度绩效目标任务分解表`;
const INFO_LINE = `填报单位：${UNIT_NAME}　　统计时段：2009年1—6月　　填报日期：2009年7月1日`;

/** Fixed document times, so a regenerated file is byte-identical to the committed one. */
const CREATED = new Date(Date.UTC(2009, 0, 12, 1, 30, 0));
const MODIFIED = new Date(Date.UTC(2009, 6, 1, 0, 45, 0));

/** The indicator sheet's columns, in order; letters follow from the position. */
const COLUMNS = [
  { key: 'outline', header: '序号', width: 6 },
  { key: 'name', header: '考核指标（工作任务）', width: 28 },
  { key: 'unit', header: '单位', width: 6 },
  { key: 'target', group: '目标任务', header: '全年目标', width: 24 },
  { key: 'periodTarget', group: '目标任务', header: '序时目标', width: 8 },
  { key: 'actual', group: '1—6月完成情况', header: '完成值', width: 11 },
  { key: 'lastYear', group: '1—6月完成情况', header: '上年同期', width: 8 },
  { key: 'progressText', group: '1—6月完成情况', header: '完成情况说明', width: 46 },
  { key: 'department', header: '责任科室', width: 10 },
  { key: 'owner', header: '责任人', width: 8 },
  { key: 'weight', header: '分值', width: 6 },
  { key: 'deadline', header: '完成时限', width: 16 },
] as const;

type ColumnKey = (typeof COLUMNS)[number]['key'];

function columnNumber(key: ColumnKey): number {
  return COLUMNS.findIndex((column) => column.key === key) + 1;
}

function columnLetter(key: ColumnKey): string {
  return String.fromCharCode(64 + columnNumber(key));
}

const LAST_COLUMN = COLUMNS.length;
const HEADER_TOP = 3;
const HEADER_BOTTOM = 4;
const FIRST_BODY_ROW = 5;

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const ALL_BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const SONG = '宋体';
const FANGSONG = '仿宋';
const HEI = '黑体';
const DATE_FORMAT = 'yyyy"年"m"月"d"日"';

/** Approximate display width of text in Excel column units: a Chinese character is a little under two digits wide. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u0000-\u00ff]/.test(char) ? 0.95 : 1.85;
  return width;
}

function linesNeeded(text: string, columnWidth: number): number {
  return Math.max(1, Math.ceil(displayWidth(text) / Math.max(1, columnWidth - 1.2)));
}

/** exceljs does not fit row heights to wrapped text, so the row is sized as Excel would size it. */
function fitRowHeight(row: ExcelJS.Row, widths: readonly number[], lineHeight: number, minHeight: number): void {
  let lines = 1;
  row.eachCell({ includeEmpty: false }, (cell, col) => {
    if (cell.isMerged && cell.master !== cell) return;
    const text = typeof cell.value === 'string' ? cell.value : '';
    lines = Math.max(lines, linesNeeded(text, widths[col - 1] ?? 8));
  });
  row.height = Math.max(minHeight, lines * lineHeight + 4);
}

function isoToDate(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

function writeTitle(sheet: ExcelJS.Worksheet): void {
  sheet.mergeCells(1, 1, 1, LAST_COLUMN);
  const title = sheet.getCell(1, 1);
  title.value = TITLE;
  title.font = { name: SONG, size: 18, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 36;

  sheet.mergeCells(2, 1, 2, LAST_COLUMN);
  const info = sheet.getCell(2, 1);
  info.value = INFO_LINE;
  info.font = { name: FANGSONG, size: 11 };
  info.alignment = { horizontal: 'left', vertical: 'middle' };
  sheet.getRow(2).height = 22;
}

/** Rows 3–4: a column stands alone (merged down both rows) or sits under its group in row 4. */
function writeHeader(sheet: ExcelJS.Worksheet): void {
  const groups = new Map<string, number[]>();
  COLUMNS.forEach((column, index) => {
    const col = index + 1;
    if ('group' in column) {
      groups.set(column.group, [...(groups.get(column.group) ?? []), col]);
      sheet.getCell(HEADER_BOTTOM, col).value = column.header;
    } else {
      sheet.mergeCells(HEADER_TOP, col, HEADER_BOTTOM, col);
      sheet.getCell(HEADER_TOP, col).value = column.header;
    }
  });
  for (const [group, cols] of groups) {
    sheet.mergeCells(HEADER_TOP, cols[0], HEADER_TOP, cols[cols.length - 1]);
    sheet.getCell(HEADER_TOP, cols[0]).value = group;
  }
  for (let row = HEADER_TOP; row <= HEADER_BOTTOM; row++) {
    sheet.getRow(row).height = 22;
    for (let col = 1; col <= LAST_COLUMN; col++) {
      const cell = sheet.getCell(row, col);
      cell.font = { name: HEI, size: 11 };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = ALL_BORDERS;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
    }
  }
}

function writeSection(sheet: ExcelJS.Worksheet, rowNumber: number, line: Extract<SampleLine, { kind: 'section' }>): void {
  const row = sheet.getRow(rowNumber);
  row.getCell(1).value = line.outline;
  row.getCell(2).value = line.title;
  sheet.mergeCells(rowNumber, 2, rowNumber, LAST_COLUMN);
  const size = line.level === 1 ? 12 : 11;
  for (let col = 1; col <= LAST_COLUMN; col++) {
    const cell = row.getCell(col);
    cell.font = { name: line.level === 1 ? HEI : SONG, size, bold: line.level !== 1 };
    cell.alignment = { horizontal: col === 1 ? 'center' : 'left', vertical: 'middle' };
    cell.border = ALL_BORDERS;
    if (line.level === 1) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  }
  row.height = line.level === 1 ? 22 : 20;
}

function writeIndicator(sheet: ExcelJS.Worksheet, rowNumber: number, line: IndicatorLine): void {
  const row = sheet.getRow(rowNumber);
  const values: Record<ColumnKey, ExcelJS.CellValue> = {
    outline: line.outline,
    name: line.name,
    unit: line.unit ?? null,
    target: line.target,
    periodTarget: line.periodTarget ?? null,
    actual: line.actual ?? null,
    lastYear: line.lastYear ?? null,
    progressText: line.progressText,
    department: line.department,
    owner: line.owner,
    weight: line.weight,
    deadline: isoToDate(line.deadline),
  };
  COLUMNS.forEach((column, index) => {
    const cell = row.getCell(index + 1);
    const value = values[column.key];
    cell.value = value;
    cell.font = { name: FANGSONG, size: 11 };
    cell.border = ALL_BORDERS;
    // Sentences read from the left; short figures and names sit centred as in a printed form.
    const isSentence = column.key === 'name' || column.key === 'progressText' || (column.key === 'target' && typeof value === 'string' && displayWidth(value) > column.width);
    cell.alignment = { horizontal: isSentence ? 'left' : 'center', vertical: 'middle', wrapText: typeof value === 'string' };
    if (column.key === 'deadline') cell.numFmt = DATE_FORMAT;
  });
  fitRowHeight(
    row,
    COLUMNS.map((column) => column.width),
    14.5,
    20,
  );
}

interface PlacedAssumption {
  readonly row: number;
  readonly name: string;
  readonly field: AssumedField;
  readonly value: string;
  readonly reason: string;
}

function shownValue(line: IndicatorLine, field: AssumedField): string {
  const value = line[field];
  if (value === undefined) return '';
  return typeof value === 'number' ? `${value}${line.unit ?? ''}` : value;
}

function writeTotalAndNotes(sheet: ExcelJS.Worksheet, totalRow: number, lastBodyRow: number, weightTotal: number): void {
  const weight = columnNumber('weight');
  sheet.mergeCells(totalRow, 1, totalRow, weight - 1);
  sheet.getCell(totalRow, 1).value = '合　　计';
  const letter = columnLetter('weight');
  sheet.getCell(totalRow, weight).value = { formula: `SUM(${letter}${FIRST_BODY_ROW}:${letter}${lastBodyRow})`, result: weightTotal };
  sheet.mergeCells(totalRow, weight + 1, totalRow, LAST_COLUMN);
  for (let col = 1; col <= LAST_COLUMN; col++) {
    const cell = sheet.getCell(totalRow, col);
    cell.font = { name: HEI, size: 11 };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = ALL_BORDERS;
  }
  sheet.getRow(totalRow).height = 22;

  const notes = [
    '注：1．完成值填写2009年1—6月累计数；全社会固定资产投资统计数据滞后一个月，填写1—5月数。' +
      '2．审批（办结）时限为逆向指标，数值越小越好，目标栏以“≤”表示上限。' +
      '3．定性指标在“完成值”栏填写完成状态（已完成、推进中等），具体情况见“完成情况说明”。' +
      '4．各责任科室每月25日前更新本表，综合科汇总后报委领导审阅。',
    '单位负责人：陈国华　　　　审核人：李　伟　　　　填表人：徐　静',
  ];
  notes.forEach((text, index) => {
    const rowNumber = totalRow + 1 + index;
    sheet.mergeCells(rowNumber, 1, rowNumber, LAST_COLUMN);
    const cell = sheet.getCell(rowNumber, 1);
    cell.value = text;
    cell.font = { name: FANGSONG, size: 10.5 };
    cell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
    const totalWidth = COLUMNS.reduce((sum, column) => sum + column.width, 0);
    sheet.getRow(rowNumber).height = linesNeeded(text, totalWidth) * 14 + 8;
  });
}

function buildIndicatorSheet(workbook: ExcelJS.Workbook): PlacedAssumption[] {
  const sheet = workbook.addWorksheet(INDICATOR_SHEET, {
    properties: { tabColor: { argb: 'FF1F4E79' } },
    views: [{ state: 'frozen', xSplit: 2, ySplit: HEADER_BOTTOM, topLeftCell: 'C5', activeCell: 'C5' }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_TOP}:${HEADER_BOTTOM}`,
    },
    headerFooter: { oddFooter: '&C&"仿宋"&10第 &P 页，共 &N 页' },
  });
  sheet.columns = COLUMNS.map((column) => ({ width: column.width }));
  writeTitle(sheet);
  writeHeader(sheet);

  const assumptions: PlacedAssumption[] = [];
  let rowNumber = FIRST_BODY_ROW;
  let weightTotal = 0;
  for (const line of SAMPLE_LINES) {
    switch (line.kind) {
      case 'section':
        writeSection(sheet, rowNumber, line);
        break;
      case 'indicator':
        writeIndicator(sheet, rowNumber, line);
        weightTotal += line.weight;
        for (const assumption of line.assumed ?? []) {
          assumptions.push({ row: rowNumber, name: line.name, field: assumption.field, value: shownValue(line, assumption.field), reason: assumption.reason });
        }
        break;
      default: {
        const unreachable: never = line;
        throw new Error(`unknown line ${JSON.stringify(unreachable)}`);
      }
    }
    rowNumber++;
  }
  writeTotalAndNotes(sheet, rowNumber, rowNumber - 1, weightTotal);
  return assumptions;
}

const FIELD_HEADER: Record<AssumedField, string> = {
  target: '全年目标',
  periodTarget: '序时目标',
  actual: '完成值',
  lastYear: '上年同期',
  progressText: '完成情况说明',
};

const NOTES_COLUMNS = [
  { header: '序号', width: 6 },
  { header: '指标', width: 30 },
  { header: '单元格', width: 17 },
  { header: '栏目', width: 10 },
  { header: '假定值', width: 10 },
  { header: '理由', width: 70 },
] as const;

const FILLING_NOTES = [
  '一、本表按年初目标任务分解逐项列出考核指标（工作任务），每项指标落实到责任科室和责任人，分值合计100分。',
  '二、“目标任务”栏：定量指标填写数值，单位见“单位”栏；逆向指标（审批时限等）以“≤”填写上限；定性指标填写目标要求。“序时目标”按全年目标的一半安排，未安排的留空。',
  '三、“1—6月完成情况”栏：完成值填写1—6月累计数，全社会固定资产投资填写1—5月统计数；近似数照实填写（如“300余人”）；定性指标填写完成状态（已完成、推进中等）。上年同期填写去年1—6月（或相应月份）数。',
  '四、“完成情况说明”栏简要写明措施、进度和分项数字，作为撰写半年绩效指标完成情况汇报的依据。',
  '五、“完成时限”为该项任务的时间节点；已过时限的须在完成值栏写明完成状态。',
  '六、本工作簿是“绩效汇报助手”的样例数据，依据灌南县发展和改革委员会《2009年上半年绩效指标完成情况汇报》（2009年7月1日）整理。汇报所载数字均已录入；汇报未载明的目标和数值为样例假定，列于下表。各项的责任科室、责任人、分值和完成时限均为样例假定。',
];

function buildNotesSheet(workbook: ExcelJS.Workbook, assumptions: readonly PlacedAssumption[]): void {
  const sheet = workbook.addWorksheet(NOTES_SHEET, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
  });
  sheet.columns = NOTES_COLUMNS.map((column) => ({ width: column.width }));
  const last = NOTES_COLUMNS.length;
  const totalWidth = NOTES_COLUMNS.reduce((sum, column) => sum + column.width, 0);

  sheet.mergeCells(1, 1, 1, last);
  const title = sheet.getCell(1, 1);
  title.value = '填表说明';
  title.font = { name: SONG, size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 32;

  let rowNumber = 2;
  for (const text of FILLING_NOTES) {
    sheet.mergeCells(rowNumber, 1, rowNumber, last);
    const cell = sheet.getCell(rowNumber, 1);
    cell.value = text;
    cell.font = { name: FANGSONG, size: 11 };
    cell.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
    sheet.getRow(rowNumber).height = linesNeeded(text, totalWidth) * 14.5 + 6;
    rowNumber++;
  }

  rowNumber++;
  sheet.mergeCells(rowNumber, 1, rowNumber, last);
  const subtitle = sheet.getCell(rowNumber, 1);
  subtitle.value = '样例假定的目标和数值（汇报未载明）';
  subtitle.font = { name: SONG, size: 12, bold: true };
  subtitle.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(rowNumber).height = 24;
  rowNumber++;

  const header = sheet.getRow(rowNumber);
  NOTES_COLUMNS.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { name: HEI, size: 11 };
    cell.alignment = { horizontal: 'center', vertical: 'middle' };
    cell.border = ALL_BORDERS;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } };
  });
  header.height = 20;
  sheet.pageSetup.printTitlesRow = `${rowNumber}:${rowNumber}`;
  rowNumber++;

  assumptions.forEach((assumption, index) => {
    const row = sheet.getRow(rowNumber);
    const cells: (string | number)[] = [
      index + 1,
      assumption.name,
      `${INDICATOR_SHEET}!${columnLetter(assumption.field)}${assumption.row}`,
      FIELD_HEADER[assumption.field],
      assumption.value,
      assumption.reason,
    ];
    cells.forEach((value, col) => {
      const cell = row.getCell(col + 1);
      cell.value = value;
      cell.font = { name: FANGSONG, size: 11 };
      cell.border = ALL_BORDERS;
      cell.alignment = { horizontal: col === 1 || col === 5 ? 'left' : 'center', vertical: 'middle', wrapText: true };
    });
    fitRowHeight(
      row,
      NOTES_COLUMNS.map((column) => column.width),
      14.5,
      20,
    );
    rowNumber++;
  });
}

export function buildSampleWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `${UNIT_NAME}综合科`;
  workbook.lastModifiedBy = `${UNIT_NAME}综合科`;
  workbook.company = UNIT_NAME;
  workbook.title = TITLE;
  workbook.created = CREATED;
  workbook.modified = MODIFIED;
  workbook.calcProperties = { fullCalcOnLoad: false };
  const assumptions = buildIndicatorSheet(workbook);
  buildNotesSheet(workbook, assumptions);
  return workbook;
}

/**
 * The zip library under exceljs stamps every entry with the current time unless its default date is
 * set; fixing it keeps the committed file's bytes stable. It is the exact jszip exceljs resolves.
 */
const zipDefaults = require('jszip/lib/defaults') as { date: Date | null };

export async function sampleBuffer(): Promise<Buffer> {
  const previous = zipDefaults.date;
  zipDefaults.date = MODIFIED;
  try {
    const data = await buildSampleWorkbook().xlsx.writeBuffer();
    return Buffer.from(data);
  } finally {
    zipDefaults.date = previous;
  }
}

export async function writeSample(target: string): Promise<{ changed: boolean }> {
  const buffer = await sampleBuffer();
  const before = await fs.readFile(target).catch(() => null);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, buffer);
  return { changed: before === null || !before.equals(buffer) };
}

if (require.main === module) {
  const target = process.argv[2] ? path.resolve(process.argv[2]) : SAMPLE_PATH;
  writeSample(target).then(
    ({ changed }) => console.log(`${changed ? '已生成' : '未变化'}：${path.relative(process.cwd(), target)}`),
    (error: unknown) => {
      console.error('样例工作簿生成失败：', error);
      process.exitCode = 1;
    },
  );
}
