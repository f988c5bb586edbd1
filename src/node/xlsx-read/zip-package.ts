import { Inflate } from 'fflate';

/**
 * The parts of a zip package, found through its central directory, each inflated only when asked and
 * then in slices: a sheet of 200,000 rows never sits in memory as one decompressed buffer.
 */
export class ZipFormatError extends Error {}

interface ZipEntry {
  /** The name as stored (a few writers add a leading "/" or use "\"). */
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const SLICE = 64 * 1024;
const STORED = 0;
const DEFLATED = 8;

/** Part names compare without case, leading slash or backslashes, as Excel itself opens them. */
export function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

export class ZipPackage {
  private readonly entries = new Map<string, ZipEntry>();

  constructor(private readonly bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = findEndOfCentralDirectory(view);
    let count = view.getUint16(end + 10, true);
    let offset = view.getUint32(end + 16, true);
    // Zip64 (some Java and Go writers use it even for small files): the real figures sit in the zip64 end record.
    if (count === 0xffff || offset === 0xffffffff) ({ count, offset } = zip64Directory(view, end));
    const decoder = new TextDecoder('utf-8');
    for (let i = 0; i < count; i++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) throw new ZipFormatError('central directory is damaged');
      const method = view.getUint16(offset + 10, true);
      let compressedSize = view.getUint32(offset + 20, true);
      const uncompressedSize = view.getUint32(offset + 24, true);
      const nameLength = view.getUint16(offset + 28, true);
      const extraLength = view.getUint16(offset + 30, true);
      const commentLength = view.getUint16(offset + 32, true);
      let localHeaderOffset = view.getUint32(offset + 42, true);
      const name = decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
      if (compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
        const wide = zip64Extra(view, offset + 46 + nameLength, extraLength, { uncompressed: uncompressedSize === 0xffffffff, compressed: compressedSize === 0xffffffff, offset: localHeaderOffset === 0xffffffff });
        compressedSize = wide.compressed ?? compressedSize;
        localHeaderOffset = wide.offset ?? localHeaderOffset;
      }
      if (!name.endsWith('/')) this.entries.set(partKey(name), { name, method, compressedSize, localHeaderOffset });
      offset += 46 + nameLength + extraLength + commentLength;
    }
  }

  has(name: string): boolean {
    return this.entries.has(partKey(name));
  }

  /** Every part name, as stored. */
  names(): string[] {
    return [...this.entries.values()].map((entry) => entry.name);
  }

  /** Streams a part's bytes to `sink` slice by slice; false when the package has no such part. */
  stream(name: string, sink: (chunk: Uint8Array, final: boolean) => void): boolean {
    const entry = this.entries.get(partKey(name));
    if (!entry) return false;
    const data = this.dataOf(entry);
    if (entry.method === STORED) {
      for (let at = 0; at < data.length; at += SLICE) sink(data.subarray(at, Math.min(at + SLICE, data.length)), at + SLICE >= data.length);
      if (data.length === 0) sink(new Uint8Array(0), true);
      return true;
    }
    if (entry.method !== DEFLATED) throw new ZipFormatError(`${entry.name}: compression method ${entry.method} is not supported`);
    let ended = false;
    const inflate = new Inflate((chunk, final) => {
      if (final) ended = true;
      sink(chunk, final);
    });
    try {
      if (data.length === 0) inflate.push(new Uint8Array(0), true);
      for (let at = 0; at < data.length; at += SLICE) inflate.push(data.subarray(at, Math.min(at + SLICE, data.length)), at + SLICE >= data.length);
    } catch (error) {
      throw new ZipFormatError(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!ended) throw new ZipFormatError(`${entry.name}: compressed data ends early`);
    return true;
  }

  private dataOf(entry: ZipEntry): Uint8Array {
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const at = entry.localHeaderOffset;
    if (at + 30 > this.bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw new ZipFormatError(`${entry.name}: local header is damaged`);
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedSize;
    if (end > this.bytes.length) throw new ZipFormatError(`${entry.name}: data runs past the end of the file`);
    return this.bytes.subarray(start, end);
  }
}

const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_END_SIGNATURE = 0x06064b50;

function wideNumber(view: DataView, at: number): number {
  return Number(view.getBigUint64(at, true));
}

function zip64Directory(view: DataView, end: number): { count: number; offset: number } {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) throw new ZipFormatError('zip64 locator missing');
  const record = wideNumber(view, locator + 8);
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_END_SIGNATURE) throw new ZipFormatError('zip64 end record damaged');
  return { count: wideNumber(view, record + 32), offset: wideNumber(view, record + 48) };
}

/** The zip64 extra field holds, in this order, only the sizes and offset the ordinary header marked 0xffffffff. */
function zip64Extra(view: DataView, start: number, length: number, wide: { uncompressed: boolean; compressed: boolean; offset: boolean }): { compressed?: number; offset?: number } {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      if (wide.uncompressed) field += 8;
      const compressed = wide.compressed ? wideNumber(view, field) : undefined;
      if (wide.compressed) field += 8;
      const offset = wide.offset ? wideNumber(view, field) : undefined;
      return { compressed, offset };
    }
    at += 4 + size;
  }
  throw new ZipFormatError('zip64 sizes missing');
}

/** The end record sits in the last 64 KB + 22 bytes (its comment can be up to 64 KB). */
function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  throw new ZipFormatError('no end of central directory: the file is truncated or not a zip');
}
