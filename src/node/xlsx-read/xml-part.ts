import { SaxesParser } from 'saxes';
import { ZipFormatError } from '../zip/central-directory';
import type { ZipPackage } from '../zip/zip-package';

/** What a part's reader hears: tags by their local name (writers differ in prefixes: <x:c> and <c> are one). */
export interface XmlListener {
  open(name: string, attributes: Readonly<Record<string, string>>, selfClosing: boolean): void;
  close(name: string): void;
  text(text: string): void;
}

export class XmlFormatError extends Error {}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Streams one part of the package through a SAX parser: inflated in slices, decoded as it comes, never
 * held whole. False when the part is absent.
 */
export function readXmlPart(zip: ZipPackage, part: string, listener: XmlListener): boolean {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (tag) => listener.open(localName(tag.name), tag.attributes as Record<string, string>, tag.isSelfClosing));
  parser.on('closetag', (tag) => listener.close(localName(tag.name)));
  parser.on('text', (text) => listener.text(text));
  parser.on('cdata', (text) => listener.text(text));
  let decoder: TextDecoder | null = null;
  try {
    return zip.stream(part, (chunk, final) => {
      // The first bytes tell the encoding: Excel writes UTF-8, a few old tools UTF-16 with a byte order mark.
      // TextDecoder drops the byte order mark itself.
      decoder ??= new TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : 'utf-8');
      const text = decoder.decode(chunk, { stream: !final });
      if (text.length > 0) parser.write(text);
      if (final) parser.close();
    });
  } catch (error) {
    if (error instanceof ZipFormatError || error instanceof XmlFormatError) throw error;
    throw new XmlFormatError(`${part}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** An attribute by its local name, whatever prefix the writer gave it (r:id, ns1:id). */
export function attribute(attributes: Readonly<Record<string, string>>, name: string): string | undefined {
  if (name in attributes) return attributes[name];
  for (const key in attributes) if (localName(key) === name) return attributes[key];
  return undefined;
}
