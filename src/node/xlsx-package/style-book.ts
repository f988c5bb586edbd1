import type { CellStyle } from '../../core/model';
import {
  attribute,
  childElements,
  element,
  firstChild,
  insertInSequence,
  parseXml,
  prefixOf,
  serializeXml,
  setAttribute,
  type XmlElement,
} from './xml-tree';

/** CT_Stylesheet's sequence: a part we add must sit where Excel expects it. */
const STYLESHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

/** Excel's built-in number formats by code: these need no numFmt entry. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};

/** First id Excel leaves to a workbook's own number formats. */
const FIRST_CUSTOM_FORMAT = 164;

const EMPTY_STYLESHEET =
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

function verticalValue(value: NonNullable<CellStyle['vertical']>): string {
  switch (value) {
    case 'top':
      return 'top';
    case 'middle':
      return 'center';
    case 'bottom':
      return 'bottom';
    default: {
      const unreachable: never = value;
      return unreachable;
    }
  }
}

/**
 * The department's styles.xml with ours appended. Their fonts, fills, borders, number formats, cell
 * formats and differential formats keep their indices (their sheets point at them by index); ours are
 * added at the end of each list, shared between cells that look the same, and the counts updated.
 */
export class StyleBook {
  private readonly root: XmlElement;
  private readonly prefix: string;
  private readonly defaultFont: { name: string; size: number };
  private readonly ids = new Map<string, number>();
  private readonly formats = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_FORMAT;

  constructor(xml: string | null) {
    this.root = parseXml(xml ?? EMPTY_STYLESHEET, 'xl/styles.xml');
    this.prefix = prefixOf(this.root);
    const font = this.list('fonts', true).children.find((node): node is XmlElement => node.kind === 'element');
    this.defaultFont = {
      name: (font && firstChild(font, 'name') && attribute(firstChild(font, 'name')!, 'val')) || 'Calibri',
      size: Number((font && firstChild(font, 'sz') && attribute(firstChild(font, 'sz')!, 'val')) || 11) || 11,
    };
    for (const numFmt of childElements(this.list('numFmts', false), 'numFmt')) {
      const id = Number(attribute(numFmt, 'numFmtId'));
      const code = attribute(numFmt, 'formatCode');
      if (!Number.isFinite(id)) continue;
      if (code !== undefined && !this.formats.has(code)) this.formats.set(code, id);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
    this.ensureBaseEntries();
  }

  /** A list element (fonts, cellXfs …), created in its place when the workbook has none. */
  private list(local: string, create: boolean): XmlElement {
    const found = firstChild(this.root, local);
    if (found || !create) return found ?? element(`${this.prefix}${local}`);
    const made = element(`${this.prefix}${local}`, [['count', '0']]);
    insertInSequence(this.root, made, STYLESHEET_ORDER);
    return made;
  }

  /** Index 0 of fills must be "none" and 1 "gray125", and an xf needs a cell style xf 0: supply them if absent. */
  private ensureBaseEntries(): void {
    const fills = this.list('fills', true);
    if (childElements(fills).length === 0) {
      this.append('fills', '<fill><patternFill patternType="none"/></fill>');
      this.append('fills', '<fill><patternFill patternType="gray125"/></fill>');
    }
    if (childElements(this.list('fonts', true)).length === 0) this.append('fonts', `<font><sz val="11"/><name val="Calibri"/></font>`);
    if (childElements(this.list('borders', true)).length === 0) this.append('borders', '<border><left/><right/><top/><bottom/><diagonal/></border>');
    if (childElements(this.list('cellStyleXfs', true)).length === 0) this.append('cellStyleXfs', '<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>');
    if (childElements(this.list('cellXfs', true)).length === 0) this.append('cellXfs', '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
  }

  /** Appends an entry written without prefix, giving it the document's prefix; returns its index. */
  private append(local: string, xml: string): number {
    const list = this.list(local, true);
    const entry = parseXml(this.prefix ? xml.replace(/<(\/?)/g, `<$1${this.prefix}`) : xml, 'xl/styles.xml');
    list.children.push(entry);
    const count = childElements(list).length;
    setAttribute(list, 'count', String(count));
    return count - 1;
  }

  private shared(kind: string, xml: string): number {
    const key = `${kind}\u0000${xml}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.append(kind, xml);
      this.ids.set(key, id);
    }
    return id;
  }

  private numberFormatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = this.nextFormatId++;
      this.append('numFmts', `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
      this.formats.set(code, id);
    }
    return id;
  }

  private fontId(style: CellStyle): number {
    const parts = [
      style.bold ? '<b/>' : '',
      style.italic ? '<i/>' : '',
      `<sz val="${style.fontSize ?? this.defaultFont.size}"/>`,
      style.fontColor ? `<color rgb="${argb(style.fontColor)}"/>` : '',
      `<name val="${escapeAttr(style.fontName ?? this.defaultFont.name)}"/>`,
    ];
    return this.shared('fonts', `<font>${parts.join('')}</font>`);
  }

  private fillId(fill: string): number {
    return this.shared('fills', `<fill><patternFill patternType="solid"><fgColor rgb="${argb(fill)}"/><bgColor indexed="64"/></patternFill></fill>`);
  }

  private thinBorderId(): number {
    const side = (name: string) => `<${name} style="thin"><color rgb="FFBFBFBF"/></${name}>`;
    return this.shared('borders', `<border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border>`);
  }

  /** The cell format for a style (already merged from the plan's ranges); `unlocked` for cells protection leaves editable. */
  cellFormat(style: CellStyle, unlocked: boolean): number {
    const hasFont = style.fontName !== undefined || style.fontSize !== undefined || style.bold !== undefined || style.italic !== undefined || style.fontColor !== undefined;
    const numFmtId = style.numberFormat !== undefined ? this.numberFormatId(style.numberFormat) : 0;
    const fontId = hasFont ? this.fontId(style) : 0;
    const fillId = style.fill ? this.fillId(style.fill) : 0;
    const borderId = style.border ? this.thinBorderId() : 0;
    const alignment = [
      style.horizontal ? ` horizontal="${style.horizontal}"` : '',
      style.vertical ? ` vertical="${verticalValue(style.vertical)}"` : '',
      style.wrap ? ' wrapText="1"' : '',
      style.indent ? ` indent="${Math.min(250, Math.max(0, Math.round(style.indent)))}"` : '',
    ].join('');
    const applies = [
      style.numberFormat !== undefined ? ' applyNumberFormat="1"' : '',
      hasFont ? ' applyFont="1"' : '',
      style.fill ? ' applyFill="1"' : '',
      style.border ? ' applyBorder="1"' : '',
      alignment ? ' applyAlignment="1"' : '',
      unlocked ? ' applyProtection="1"' : '',
    ].join('');
    const children = (alignment ? `<alignment${alignment}/>` : '') + (unlocked ? '<protection locked="0"/>' : '');
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    return this.shared('cellXfs', children ? `${open}>${children}</xf>` : `${open}/>`);
  }

  /** A differential format for a conditional format: font colour and fill. */
  differentialFormat(fill: string, fontColor: string): number {
    return this.shared(
      'dxfs',
      `<dxf><font><color rgb="${argb(fontColor)}"/></font><fill><patternFill patternType="solid"><fgColor rgb="${argb(fill)}"/><bgColor rgb="${argb(fill)}"/></patternFill></fill></dxf>`,
    );
  }

  serialize(): string {
    return serializeXml(this.root);
  }
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Several of the plan's styles laid over one cell, later ones winning, as Office.js applies them in order. */
export function mergeStyles(parts: readonly CellStyle[]): CellStyle {
  const merged: { -readonly [K in keyof CellStyle]: CellStyle[K] } = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part) as [keyof CellStyle, CellStyle[keyof CellStyle]][]) {
      if (value === undefined) continue;
      if (key === 'border') merged.border = merged.border || (value as boolean);
      else (merged as Record<string, unknown>)[key] = value;
    }
  }
  return merged;
}
