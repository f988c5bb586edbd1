import { TextRunCollector } from './text-runs';
import { readXmlPart } from './xml-part';
import type { ZipPackage } from '../zip/zip-package';

/** The shared string table, each item as the text Excel shows (rich runs joined). */
export function readSharedStrings(zip: ZipPackage, part: string | null): string[] {
  const strings: string[] = [];
  if (part === null) return strings;
  const item = new TextRunCollector();
  let inItem = false;
  readXmlPart(zip, part, {
    open(name) {
      if (name === 'si') {
        item.reset();
        inItem = true;
      } else if (inItem) item.open(name);
    },
    close(name) {
      if (name === 'si') {
        strings.push(item.result() ?? '');
        inItem = false;
      } else if (inItem) item.close(name);
    },
    text(text) {
      if (inItem) item.text(text);
    },
  });
  return strings;
}
