/**
 * The generated sheet's XML: well-formed whatever text the department's workbook holds, text always as
 * text, and Excel's _xHHHH_ escapes used so every character reads back as written.
 */
import { SaxesParser } from 'saxes';
import type { SheetPlan } from '../../src/core/model';
import { cellText } from '../../src/node/xlsx-package/cell-text';
import { SheetCellStyles } from '../../src/node/xlsx-package/sheet-cell-styles';
import { worksheetXml } from '../../src/node/xlsx-package/sheet-xml';
import { StyleBook } from '../../src/node/xlsx-package/style-book';
import { departmentPlan } from './fidelity-fixtures';

function wellFormed(xml: string): string[] {
  const errors: string[] = [];
  const parser = new SaxesParser();
  parser.on('error', (error) => errors.push(error.message));
  parser.write(xml).close();
  return errors;
}

function sheetXml(plan: SheetPlan): string {
  const book = new StyleBook(null);
  return [...worksheetXml({ plan, styles: new SheetCellStyles(plan, book), dxfIds: plan.conditionalFormats.map(() => 0), drawingRelId: null, commentsVmlRelId: null, selected: false })].join('');
}

const HOSTILE = ['=HYPERLINK("http://evil","点我")', '+cmd|\' /C calc\'!A0', '<b>&amp;</b>', 'a\u0001b\u0008c', '_x0041_', 'lone \uD800 surrogate', '\uFFFE', 'tab\tand\nnewline'];

describe('生成表的 XML', () => {
  it('用 _xHHHH_ 转义写出 XML 不能承载的字符，已像转义的文字再转义一次', () => {
    expect(cellText('a\u0001b')).toBe('a_x0001_b');
    expect(cellText('_x0041_')).toBe('_x005F_x0041_');
    expect(cellText('lone \uD800 surrogate')).toBe('lone \uFFFD surrogate');
    expect(cellText('<&>')).toBe('&lt;&amp;&gt;');
    expect(cellText('tab\tand\nnewline')).toBe('tab\tand\nnewline');
  });

  it('恶意或损坏的文字写成良构的内联字符串，从不成为公式', () => {
    const plan: SheetPlan = {
      name: '校验结果',
      role: 'checks',
      rows: HOSTILE.map((text) => [{ kind: 'text', text }]),
      columnWidths: [40],
      hiddenColumns: [2],
      rowHeights: [{ row: 2, height: 30 }],
      styles: [{ rect: { top: 1, left: 1, bottom: HOSTILE.length, right: 1 }, style: { wrap: true, numberFormat: '0.00"万元"' } }],
      merges: [],
      conditionalFormats: [{ kind: 'text-equals', rect: { top: 1, left: 1, bottom: 3, right: 1 }, text: '"滞后"<>', fill: '#FFC7CE', fontColor: '#9C0006' }],
      protection: { editable: [{ top: 1, left: 1, bottom: 1, right: 1 }] },
      notes: [],
    };
    const xml = sheetXml(plan);
    expect(wellFormed(xml)).toEqual([]);
    expect(xml).not.toContain('<f>');
    expect((xml.match(/t="inlineStr"/g) ?? []).length).toBe(HOSTILE.length);
  });

  it('样例计划的每张生成表都是良构的 XML', () => {
    for (const sheet of departmentPlan().sheets) expect({ sheet: sheet.name, errors: wellFormed(sheetXml(sheet)) }).toEqual({ sheet: sheet.name, errors: [] });
  });
});
