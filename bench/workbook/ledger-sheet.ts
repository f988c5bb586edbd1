/**
 * A department's ledger (台账) beside its target table: one row per registered item, many thousands of
 * them, plain columns and no indicators. The engine reads past it; the bench measures what it costs.
 */
import type ExcelJS from 'exceljs';
import { SeededRandom } from './seeded-random';

export const LEDGER_SHEET = '项目台账';

const SECTIONS = ['综合科', '计划科', '投资科', '产业科', '农经科', '服务业科', '能源科', '价格科'];
const STATES = ['已办结', '办理中', '待审核', '已退回', '已归档'];
const KINDS = ['备案', '核准', '审批', '资金申报', '竣工验收'];
const PEOPLE = Array.from({ length: 20 }, (_, index) => `经办人${String.fromCharCode(0x7532 + index)}`);
const HEADER = ['序号', '登记日期', '项目名称', '事项', '责任科室', '金额（万元）', '办理状态', '经办人', '备注'];
/** 2009-01-05 as an Excel serial. */
const FIRST_DAY = 39818;
const DATE_FORMAT = 'yyyy"年"m"月"d"日"';

/** Streams `rows` ledger rows into a new sheet of a streaming workbook. */
export function writeLedgerSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, rows: number, seed: number): void {
  const random = new SeededRandom(seed);
  const sheet = workbook.addWorksheet(LEDGER_SHEET);
  sheet.columns = HEADER.map((_, index) => ({ width: index === 2 ? 36 : 12 }));
  const header = sheet.getRow(1);
  HEADER.forEach((text, index) => {
    header.getCell(index + 1).value = text;
    header.getCell(index + 1).font = { bold: true };
  });
  header.commit();
  for (let n = 1; n <= rows; n++) {
    const row = sheet.getRow(n + 1);
    row.getCell(1).value = n;
    row.getCell(2).value = FIRST_DAY + Math.floor((n * 360) / rows);
    row.getCell(2).numFmt = DATE_FORMAT;
    row.getCell(3).value = `灌南县${random.pick(SECTIONS).slice(0, 2)}项目第${n}号`;
    row.getCell(4).value = random.pick(KINDS);
    row.getCell(5).value = random.pick(SECTIONS);
    row.getCell(6).value = Math.round(random.between(1, 50_000) * 100) / 100;
    row.getCell(7).value = random.pick(STATES);
    row.getCell(8).value = random.pick(PEOPLE);
    if (random.chance(0.05)) row.getCell(9).value = '材料待补充';
    row.commit();
  }
  sheet.commit();
}
