import { Inflate, strFromU8 } from 'fflate';
import type { ZipEntry } from '../zip/central-directory';
import { compressedBytes, entryContent } from '../zip/entry-data';
import { directoryOf, relsPartOf, resolveTarget } from '../zip/part-paths';
import { ZipPackage } from '../zip/zip-package';
import { attribute, childElements, parseXml, type XmlElement } from './xml-tree';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target part's zip name ("xl/worksheets/sheet1.xml"), or the raw target when external. */
  readonly target: string;
  readonly external: boolean;
  readonly element: XmlElement;
}

export const REL_TYPES = {
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
  extendedProperties: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties',
} as const;

/** A relative target from one part to another ("../drawings/drawing1.xml"). */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = directoryOf(fromPart).split('/').filter(Boolean);
  const to = toPart.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** The department's package as it came: entries by name, and the small parts read on demand. */
export class SourcePackage {
  private readonly zip: ZipPackage;

  constructor(readonly file: Uint8Array) {
    this.zip = new ZipPackage(file);
  }

  /** Every entry in directory order, folders and duplicates included: the writer copies them all. */
  get entries(): readonly ZipEntry[] {
    return this.zip.entries;
  }

  entry(part: string): ZipEntry | undefined {
    return this.zip.entry(part);
  }

  has(part: string): boolean {
    return this.entry(part) !== undefined;
  }

  text(part: string): string | null {
    const entry = this.entry(part);
    return entry ? strFromU8(entryContent(this.file, entry)) : null;
  }

  /**
   * The opening of a part, inflated only until `until` matches (or 1 MB): a sheet's view settings, a VML
   * part's id blocks, without inflating a large sheet or trusting a part's declared size.
   */
  head(part: string, until: RegExp): string {
    const entry = this.entry(part);
    if (!entry) return '';
    const data = compressedBytes(this.file, entry);
    const limit = 1 << 20;
    if (entry.method === 0) return strFromU8(data.subarray(0, limit), true);
    let head = '';
    let done = false;
    const inflate = new Inflate((chunk) => {
      if (done) return;
      head += strFromU8(chunk, true);
      done = until.test(head) || head.length > limit;
    });
    const step = 1 << 14;
    try {
      for (let at = 0; at < data.length && !done; at += step) inflate.push(data.subarray(at, at + step), at + step >= data.length);
    } catch {
      return head;
    }
    return head;
  }

  /** The relationships a part declares (none when it has no rels part). */
  relationships(part: string): { readonly root: XmlElement; readonly list: Relationship[] } | null {
    const relsPart = part === '' ? '_rels/.rels' : relsPartOf(part);
    const xml = this.text(relsPart);
    if (xml === null) return null;
    const root = parseXml(xml, relsPart);
    const list = childElements(root, 'Relationship').map((element): Relationship => {
      const external = attribute(element, 'TargetMode') === 'External';
      const raw = attribute(element, 'Target') ?? '';
      return {
        id: attribute(element, 'Id') ?? '',
        type: attribute(element, 'Type') ?? '',
        target: external ? raw : this.canonical(resolveTarget(part, raw)),
        external,
        element,
      };
    });
    return { root, list };
  }

  /** The entry name as the zip spells it, for a name that matches it without case. */
  canonical(part: string): string {
    return this.entry(part)?.name ?? part;
  }
}
