import { SaxesParser } from 'saxes';

/**
 * A small element tree for the few package parts the writer edits (workbook, its relationships, content
 * types, app properties, styles). Prefixes and attribute order are kept as written, so what we do not
 * touch comes out as it went in, give or take how quotes and entities are spelled.
 */
export interface XmlElement {
  readonly kind: 'element';
  /** Qualified name as written ("x:sheet", "sheet"). */
  name: string;
  readonly attributes: [string, string][];
  readonly children: XmlNode[];
}

export type XmlNode =
  | XmlElement
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'cdata'; readonly text: string }
  | { readonly kind: 'comment'; readonly text: string }
  | { readonly kind: 'pi'; readonly target: string; readonly body: string };

export function parseXml(text: string, part: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let failure: Error | null = null;
  const append = (node: XmlNode) => stack[stack.length - 1]?.children.push(node);
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { kind: 'element', name: tag.name, attributes: Object.entries(tag.attributes as Record<string, string>), children: [] };
    if (stack.length === 0) root ??= element;
    else append(element);
    if (!tag.isSelfClosing) stack.push(element);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('text', (value) => {
    if (stack.length > 0) append({ kind: 'text', text: value });
  });
  parser.on('cdata', (value) => append({ kind: 'cdata', text: value }));
  parser.on('comment', (value) => append({ kind: 'comment', text: value }));
  parser.on('processinginstruction', (pi) => append({ kind: 'pi', target: pi.target, body: pi.body }));
  parser.write(text.replace(/^\uFEFF/, '')).close();
  if (failure) throw new Error(`${part}: ${(failure as Error).message}`);
  if (!root) throw new Error(`${part}: no root element`);
  return root;
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

function serializeNode(node: XmlNode, out: string[]): void {
  switch (node.kind) {
    case 'element': {
      out.push(`<${node.name}`);
      for (const [name, value] of node.attributes) out.push(` ${name}="${escapeAttribute(value)}"`);
      if (node.children.length === 0) {
        out.push('/>');
        return;
      }
      out.push('>');
      for (const child of node.children) serializeNode(child, out);
      out.push(`</${node.name}>`);
      return;
    }
    case 'text':
      out.push(escapeText(node.text));
      return;
    case 'cdata':
      out.push(`<![CDATA[${node.text}]]>`);
      return;
    case 'comment':
      out.push(`<!--${node.text}-->`);
      return;
    case 'pi':
      out.push(`<?${node.target} ${node.body}?>`);
      return;
    default: {
      const unreachable: never = node;
      return unreachable;
    }
  }
}

export function serializeXml(root: XmlElement): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'];
  serializeNode(root, out);
  return out.join('');
}

/** "x:sheet" → "sheet". */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** The prefix an element's name carries, with its colon ("x:"), or "". */
export function prefixOf(element: XmlElement): string {
  const colon = element.name.indexOf(':');
  return colon < 0 ? '' : element.name.slice(0, colon + 1);
}

export function childElements(parent: XmlElement, local?: string): XmlElement[] {
  const found: XmlElement[] = [];
  for (const child of parent.children) if (child.kind === 'element' && (local === undefined || localName(child.name) === local)) found.push(child);
  return found;
}

export function firstChild(parent: XmlElement, local: string): XmlElement | undefined {
  return childElements(parent, local)[0];
}

export function attribute(element: XmlElement, name: string): string | undefined {
  return element.attributes.find(([key]) => key === name)?.[1];
}

/** An attribute by local name whatever its prefix ("r:id" found as "id" in the relationships namespace). */
export function attributeByLocal(element: XmlElement, local: string): string | undefined {
  return element.attributes.find(([key]) => localName(key) === local)?.[1];
}

export function setAttribute(element: XmlElement, name: string, value: string): void {
  const found = element.attributes.find(([key]) => key === name);
  if (found) found[1] = value;
  else element.attributes.push([name, value]);
}

export function removeAttribute(element: XmlElement, name: string): void {
  const index = element.attributes.findIndex(([key]) => key === name);
  if (index >= 0) element.attributes.splice(index, 1);
}

export function element(name: string, attributes: [string, string][] = [], children: XmlNode[] = []): XmlElement {
  return { kind: 'element', name, attributes, children };
}

export function removeChild(parent: XmlElement, child: XmlNode): void {
  const index = parent.children.indexOf(child);
  if (index >= 0) parent.children.splice(index, 1);
}

/**
 * Inserts a child where the schema's sequence wants it: before the first existing child whose local name
 * comes after it in `order`. Excel refuses children out of sequence.
 */
export function insertInSequence(parent: XmlElement, child: XmlElement, order: readonly string[]): void {
  const rank = order.indexOf(localName(child.name));
  const index = parent.children.findIndex((node) => node.kind === 'element' && order.indexOf(localName(node.name)) > rank);
  if (index < 0) parent.children.push(child);
  else parent.children.splice(index, 0, child);
}

/** Finds the namespace prefix (with colon) the document binds to a URI, or null. */
export function prefixFor(root: XmlElement, uri: string): string | null {
  for (const [key, value] of root.attributes) {
    if (value !== uri) continue;
    if (key === 'xmlns') return '';
    if (key.startsWith('xmlns:')) return `${key.slice(6)}:`;
  }
  return null;
}
