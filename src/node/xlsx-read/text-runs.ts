import type { XmlListener } from './xml-part';

/** Excel escapes characters XML cannot hold as _xHHHH_ (_x000D_ for a carriage return, _x005F_ for "_"). */
export function unescapeOoxml(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * The text of a string item (<si> in sharedStrings, <is> in a cell): plain <t>, or rich-text runs <r><t>,
 * joined. Phonetic guides (<rPh>, furigana) are not part of the text Excel shows.
 */
export class TextRunCollector implements Pick<XmlListener, 'open' | 'close' | 'text'> {
  private parts: string[] = [];
  private inText = false;
  private phoneticDepth = 0;

  reset(): void {
    this.parts = [];
    this.inText = false;
    this.phoneticDepth = 0;
  }

  open(name: string): void {
    if (name === 'rPh') this.phoneticDepth++;
    else if (name === 't' && this.phoneticDepth === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === 'rPh') this.phoneticDepth--;
    else if (name === 't') this.inText = false;
  }

  text(text: string): void {
    if (this.inText) this.parts.push(text);
  }

  /** null when the item held no text element at all. */
  result(): string | null {
    if (this.parts.length === 0) return null;
    return unescapeOoxml(this.parts.length === 1 ? this.parts[0] : this.parts.join(''));
  }
}
