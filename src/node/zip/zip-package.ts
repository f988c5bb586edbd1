import { readZipEntries, type ZipEntry } from './central-directory';
import { streamEntry } from './entry-data';

/** Part names compare without case, leading slash or backslashes, as Excel itself opens them. */
export function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

/**
 * A zip package's entries and its parts by name. A part is found by its exact name first, then by its
 * key (see partKey); when two entries share a key, the first in the directory wins.
 */
export class ZipPackage {
  readonly entries: readonly ZipEntry[];
  private readonly exact = new Map<string, ZipEntry>();
  private readonly byKey = new Map<string, ZipEntry>();

  constructor(readonly file: Uint8Array) {
    this.entries = readZipEntries(file);
    for (const entry of this.entries) {
      if (entry.name.endsWith('/')) continue;
      if (!this.exact.has(entry.name)) this.exact.set(entry.name, entry);
      const key = partKey(entry.name);
      if (!this.byKey.has(key)) this.byKey.set(key, entry);
    }
  }

  entry(name: string): ZipEntry | undefined {
    return this.exact.get(name) ?? this.byKey.get(partKey(name));
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** Streams a part's content to `sink` slice by slice; false when the package has no such part. */
  stream(name: string, sink: (chunk: Uint8Array, final: boolean) => void): boolean {
    const entry = this.entry(name);
    if (!entry) return false;
    streamEntry(this.file, entry, sink);
    return true;
  }
}
