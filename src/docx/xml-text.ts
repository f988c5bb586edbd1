/**
 * The text of one docx element, as the docx package itself would write it. docx turns its components
 * into plain objects ({ 'w:p': [ { _attr }, { 'w:r': … } ] }) and hands the whole document to the `xml`
 * package at once, which at 50,000 indicators builds a 27 MB string and several copies of the object tree
 * (~550 MB). Serialising one paragraph at a time needs the same text for each object; this mirrors that
 * package's output without indentation (its quirks included: an array that holds only attributes is
 * written open-and-closed, a bare attribute object self-closes). report-docx.test.ts checks that a report
 * written this way equals the one docx packs whole, byte for byte.
 */

/** What docx's prepForXml returns: a one-key object naming the element. */
export type XmlObject = { readonly [name: string]: XmlValue };
type XmlValue = string | number | boolean | null | undefined | XmlObject | readonly XmlItem[] | AttributesOnly;
type XmlItem = string | number | boolean | XmlObject;
interface AttributesOnly {
  readonly _attr?: Readonly<Record<string, unknown>>;
  readonly _cdata?: string;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

function escaped(value: unknown): string {
  return typeof value === 'string' ? value.replace(/[&"<>']/g, (character) => ESCAPES[character]) : String(value);
}

function attributeText(attributes: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(attributes).map((key) => `${key}="${escaped(attributes[key])}"`);
}

/** Appends the element's text to `out`: an array of parts joined once, so no long string is rebuilt per element. */
export function writeXmlObject(element: XmlObject, out: string[]): void {
  const name = Object.keys(element)[0];
  const value = element[name];
  const attributes: string[] = [];
  const children: XmlObject[] = [];
  let text: string | null = null;
  let hasContent = false;
  if (typeof value === 'object' && value !== null) {
    if (Array.isArray(value)) {
      hasContent = true;
      for (const item of value as readonly XmlItem[]) {
        if (typeof item === 'object') {
          const itemName = Object.keys(item)[0];
          if (itemName === '_attr') attributes.push(...attributeText((item as AttributesOnly)._attr ?? {}));
          else children.push(item);
        } else {
          text = escaped(item);
        }
      }
    } else {
      const object = value as AttributesOnly;
      if (object._attr) attributes.push(...attributeText(object._attr));
      if (object._cdata !== undefined) throw new Error('xml-text: CDATA is not written by docx paragraphs');
    }
  } else if (value !== null) {
    // undefined is written open-and-closed by the `xml` package, a string or number as escaped text.
    hasContent = true;
    text = value === undefined ? '' : escaped(value);
  }
  out.push(`<${name}${attributes.length > 0 ? ` ${attributes.join(' ')}` : ''}${hasContent ? '>' : '/>'}`);
  if (!hasContent) return;
  if (text !== null) {
    // The `xml` package keeps only the last string of a mixed array and drops the elements before it; docx never mixes them.
    if (children.length > 0) throw new Error(`xml-text: <${name}> mixes text and elements`);
    out.push(text);
  } else {
    for (const child of children) writeXmlObject(child, out);
  }
  out.push(`</${name}>`);
}
