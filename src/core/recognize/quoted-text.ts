import type { CellRef, IndicatorTable, Indicator, NumberField, SectionRow, SheetSnapshot, TextField } from '../model';
import { cellAt } from '../model';
import { cellWords } from './cell-text';
import { leaderText } from './value-parse';

/**
 * What a report quotes is what the department wrote. Recognition reads a sheet in traditional characters in
 * its simplified reading form (reading-form.ts); every text it took from a cell is put back as written there:
 * the whole cell when the text is the whole cell, the same characters when it is a part (OpenCC's
 * character conversion keeps each character's place).
 */
function asWritten(text: string, cell: CellRef, read: SheetSnapshot, original: SheetSnapshot): string {
  const readText = cellWords(cellAt(read, cell.row, cell.col));
  const written = cellWords(cellAt(original, cell.row, cell.col));
  if (readText === written) return text;
  // A text that keeps the cell's line breaks (a list of units): matched as spaces, the breaks put back.
  if (text.includes('\n')) {
    // The whole cell, line by line: its lines as written, whatever the reading form took out of them (pinyin glosses).
    const lines = cellAt(original, cell.row, cell.col);
    if (text.replace(/\n/g, ' ') === readText && typeof lines === 'string') {
      return lines.split(/\r\n|\r|\n/).map((line) => line.trim()).filter((line) => line !== '').join('\n');
    }
    const spaced = asWritten(text.replace(/\n/g, ' '), cell, read, original);
    return [...spaced].map((ch, i) => (text[i] === '\n' ? '\n' : ch)).join('');
  }
  if (text === readText) return written;
  // The cell less the sign it begins with (# 批发零售业, ★地区生产总值 read without it, name-unit.ts): the cell as written, less it.
  const sign = /^\s*(?:[#＃]|[★☆▲△*＊]+)\s*/;
  if (sign.test(readText) && sign.test(written) && text === readText.replace(sign, '')) return written.replace(sign, '');
  const at = readText.indexOf(text);
  return at >= 0 && readText.length === written.length ? written.slice(at, at + text.length) : text;
}

/**
 * Texts without a cell (section titles, paths, the title): those equal to a converted cell's text, as written.
 * A short cell read with the spaces inside its words taken out (提升城鄉 人居環境 → 提升城乡人居环境) is still the
 * cell's whole text: quoted whole as written, though its characters no longer line up for quoting a part.
 */
function writtenTexts(read: SheetSnapshot, original: SheetSnapshot): Map<string, string> {
  const map = new Map<string, string>();
  read.values.forEach((line, r) => line.forEach((value, c) => {
    if (typeof value !== 'string') return;
    const readText = cellWords(value);
    const written = cellWords(cellAt(original, r + 1, c + 1));
    if (readText !== written) map.set(readText, written);
  }));
  return map;
}

/** A part of a converted text (一、经济发展 → 经济发展) found inside one, as written. */
function fromMap(text: string, map: ReadonlyMap<string, string>): string {
  const whole = map.get(text);
  if (whole !== undefined) return whole;
  for (const [readText, written] of map) {
    if (readText.length !== written.length) continue;
    const at = readText.indexOf(text);
    if (at >= 0) return written.slice(at, at + text.length);
  }
  // A path keeps the cell's line breaks, which the map's texts have as spaces: found as those, the breaks put back.
  if (text.includes('\n')) {
    const spaced = fromMap(text.replace(/\n/g, ' '), map);
    return [...spaced].map((ch, i) => (text[i] === '\n' ? '\n' : ch)).join('');
  }
  return text;
}

/**
 * Cells written over several lines (数量\n指标) whose reading form joined the lines: a path or section title read
 * whole from one keeps the lines as the department broke them, as paths do on a sheet that needed no converting.
 */
function linedTexts(read: SheetSnapshot, original: SheetSnapshot): Map<string, string> {
  const map = new Map<string, string>();
  read.values.forEach((line, r) => line.forEach((value, c) => {
    const written = cellAt(original, r + 1, c + 1);
    if (typeof value !== 'string' || typeof written !== 'string' || !/[\r\n]/.test(written.trim())) return;
    map.set(cellWords(value), written.split(/\r\n|\r|\n/).map((part) => part.trim()).filter((part) => part !== '').join('\n'));
  }));
  return map;
}

export function restoreQuotes(table: IndicatorTable, read: SheetSnapshot, original: SheetSnapshot): IndicatorTable {
  if (read === original) return table;
  const map = writtenTexts(read, original);
  const lined = linedTexts(read, original);
  const level = (text: string): string => lined.get(text) ?? fromMap(text, map);
  // A text whose cell does not hold it (a name taken from the level column's merged neighbour) is still some
  // converted cell's text: quoted as written there.
  const quoted = (value: string, cell: CellRef): string => {
    const written = asWritten(value, cell, read, original);
    return written === value ? map.get(value) ?? value : written;
  };
  const text = (field: TextField | null): TextField | null => (field ? { ...field, value: quoted(field.value, field.cell) } : null);
  // Units in charge keep the lines the department wrote them on (区新兴产业\n服务中心), as on a sheet that needed no
  // converting, also where the reading form joined the lines of one name.
  const units = (field: TextField | null): TextField | null => {
    const lines = field ? lined.get(cellWords(cellAt(read, field.cell.row, field.cell.col))) : undefined;
    return field && lines !== undefined && field.value.replace(/\s+/g, '') === cellWords(cellAt(read, field.cell.row, field.cell.col)).replace(/\s+/g, '') ? { ...field, value: lines } : text(field);
  };
  const figure = <T extends NumberField | null | undefined>(field: T): T =>
    (field ? { ...field, text: asWritten(field.text, field.cell, read, original) } : field);
  // A leader read whole from its cell is the cell as written (value-parse.ts, leaderText).
  const leader = (field: TextField | null): TextField | null => {
    if (!field) return null;
    const readValue = cellAt(read, field.cell.row, field.cell.col);
    const written = cellAt(original, field.cell.row, field.cell.col);
    return typeof readValue === 'string' && typeof written === 'string' && leaderText(readValue) === field.value ? { ...field, value: leaderText(written) } : text(field);
  };
  const indicator = (i: Indicator): Indicator => ({
    ...i,
    name: text(i.name) ?? i.name,
    path: i.path.map(level),
    targetText: text(i.targetText),
    actualText: text(i.actualText),
    department: units(i.department),
    owner: text(i.owner),
    leader: leader(i.leader),
    cooperating: units(i.cooperating),
    progressText: text(i.progressText),
    problems: text(i.problems),
    ...(i.statedStatus ? { statedStatus: { ...i.statedStatus, ...(text(i.statedStatus) ?? {}) } } : {}),
    target: figure(i.target),
    periodTarget: figure(i.periodTarget),
    actual: figure(i.actual),
    lastYear: figure(i.lastYear),
    statedGrowth: figure(i.statedGrowth),
    statedCompletion: figure(i.statedCompletion),
    statedProgress: figure(i.statedProgress),
    ...(i.statedChangePoints ? { statedChangePoints: figure(i.statedChangePoints) } : {}),
    weight: figure(i.weight),
    ...(i.breakdown ? { breakdown: i.breakdown.map((r) => ({ ...r, region: text(r.region) ?? r.region })) } : {}),
  });
  const section = (s: SectionRow): SectionRow => ({ ...s, title: level(s.title), path: s.path.map(level) });
  return {
    ...table,
    title: table.title === null ? null : fromMap(table.title, map),
    unitName: table.unitName === null ? null : fromMap(table.unitName, map),
    sections: table.sections.map(section),
    indicators: table.indicators.map(indicator),
    notes: table.notes.map((n) => fromMap(n, map)),
  };
}
