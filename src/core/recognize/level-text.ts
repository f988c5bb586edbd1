import type { CellValue } from '../model';
import { cellWords } from './cell-text';
import { parseOutline } from './outline';
import { cleanText } from './text-normalize';

/**
 * The title of a level as its cell writes it, for the path: the lines kept as the department broke them (班\n子\n和…
 * written down a tall merged cell; 打造观光\n、休闲), each line cleaned, the outline number before the first line
 * (一、) left out, and a last line that only counts the items under it ((6项指标), （共5项）) left out too — the
 * count describes the group, it does not name it.
 */
const ITEM_COUNT_LINE = /^[(（]\s*(?:共|计)?\s*\d{1,3}\s*(?:项|个|条|件)[\u4e00-\u9fff]{0,4}\s*[)）]$/;

export function levelText(value: CellValue): string {
  if (typeof value !== 'string') {
    const words = cellWords(value);
    return parseOutline(words)?.rest || words;
  }
  const lines = value.split(/\r\n|\r|\n/).map(cleanText).filter((line) => line !== '');
  if (lines.length === 0) return '';
  if (lines.length > 1 && ITEM_COUNT_LINE.test(lines[lines.length - 1])) lines.pop();
  const rest = parseOutline(lines[0])?.rest;
  if (rest !== undefined && rest !== '') lines[0] = rest;
  else if (rest === '' && lines.length > 1) lines.shift();
  return lines.join('\n');
}
