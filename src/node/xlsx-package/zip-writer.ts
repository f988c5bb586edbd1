import type { EntryHeader, ZipEntry } from '../zip/central-directory';
import type { PackageHost } from './package-host';

interface Written extends EntryHeader {
  /** Where its local header starts in the output. */
  readonly offset: number;
}

const UTF8_FLAG = 0x0800;
/** Bit 3: sizes in a trailing data descriptor. Copied entries get their sizes in the header instead. */
const DATA_DESCRIPTOR_FLAG = 0x0008;
const LIMIT = 0xffffffff;
/** Uncompressed text is handed to the deflater in pieces of about this size. */
const CHUNK = 1 << 18;

function dosTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    day: ((Math.max(1980, date.getFullYear()) - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/**
 * Writes a zip entry by entry to the host's sink (a file for the CLI, memory for the page): copied entries
 * as their original compressed bytes, new ones deflated as their text is produced.
 */
export class ZipWriter {
  private offset = 0;
  private readonly written: Written[] = [];
  private readonly encoder = new TextEncoder();

  constructor(
    private readonly host: PackageHost,
    private readonly now = dosTime(new Date()),
  ) {}

  private write(bytes: Uint8Array, position?: number): void {
    if (position === undefined) {
      this.host.sink.append(bytes);
      this.offset += bytes.length;
      if (this.offset > LIMIT) throw new Error('output larger than 4 GB');
    } else this.host.sink.rewrite(bytes, position);
  }

  private localHeader(entry: EntryHeader): Uint8Array {
    const header = new Uint8Array(30 + entry.rawName.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, entry.flags, true);
    view.setUint16(8, entry.method, true);
    view.setUint16(10, entry.modTime, true);
    view.setUint16(12, entry.modDate, true);
    view.setUint32(14, entry.crc, true);
    view.setUint32(18, entry.compressedSize, true);
    view.setUint32(22, entry.size, true);
    view.setUint16(26, entry.rawName.length, true);
    header.set(entry.rawName, 30);
    return header;
  }

  /** The entry exactly as the input stored it: same name bytes, method, time, CRC and compressed data. */
  copy(entry: ZipEntry, compressed: Uint8Array): void {
    const record = {
      rawName: entry.rawName,
      flags: entry.flags & ~DATA_DESCRIPTOR_FLAG,
      method: entry.method,
      modTime: entry.modTime,
      modDate: entry.modDate,
      crc: entry.crc,
      compressedSize: entry.compressedSize,
      size: entry.size,
    };
    if (record.size >= LIMIT || record.compressedSize >= LIMIT) throw new Error(`${entry.name}: parts over 4 GB are not supported`);
    const offset = this.offset;
    this.write(this.localHeader(record));
    this.write(compressed);
    this.written.push({ ...record, offset });
  }

  /** A new part from pieces of text, deflated by the host as they come (the whole part is never one string). */
  async addText(name: string, pieces: Iterable<string>): Promise<void> {
    const rawName = this.encoder.encode(name);
    const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : UTF8_FLAG;
    const offset = this.offset;
    const placeholder = { rawName, flags, method: 8, modTime: this.now.time, modDate: this.now.day, crc: 0, compressedSize: 0, size: 0 };
    this.write(this.localHeader(placeholder));
    let crc = 0;
    let size = 0;
    let compressedSize = 0;
    const deflate = this.host.deflateRaw((chunk) => {
      compressedSize += chunk.length;
      this.write(chunk);
    });
    let buffered: string[] = [];
    let bufferedLength = 0;
    const take = (): Uint8Array => {
      const bytes = this.encoder.encode(buffered.join(''));
      buffered = [];
      bufferedLength = 0;
      crc = this.host.crc32(bytes, crc);
      size += bytes.length;
      return bytes;
    };
    for (const piece of pieces) {
      buffered.push(piece);
      bufferedLength += piece.length;
      if (bufferedLength >= CHUNK) await deflate.write(take());
    }
    await deflate.end(take());
    const record = { ...placeholder, crc, size, compressedSize };
    this.write(this.localHeader(record), offset);
    this.written.push({ ...record, offset });
  }

  /** Writes the central directory and tells the sink the package is complete. */
  finish(): void {
    const start = this.offset;
    for (const entry of this.written) {
      const record = new Uint8Array(46 + entry.rawName.length);
      const view = new DataView(record.buffer);
      view.setUint32(0, 0x02014b50, true);
      view.setUint16(4, 20, true);
      view.setUint16(6, 20, true);
      view.setUint16(8, entry.flags, true);
      view.setUint16(10, entry.method, true);
      view.setUint16(12, entry.modTime, true);
      view.setUint16(14, entry.modDate, true);
      view.setUint32(16, entry.crc, true);
      view.setUint32(20, entry.compressedSize, true);
      view.setUint32(24, entry.size, true);
      view.setUint16(28, entry.rawName.length, true);
      view.setUint32(42, entry.offset, true);
      record.set(entry.rawName, 46);
      this.write(record);
    }
    const end = new Uint8Array(22);
    const view = new DataView(end.buffer);
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(8, this.written.length, true);
    view.setUint16(10, this.written.length, true);
    view.setUint32(12, this.offset - start, true);
    view.setUint32(16, start, true);
    this.write(end);
    this.host.sink.finish();
  }

  /** After a failure: the sink lets go of (and removes) what was written. */
  abandon(): void {
    this.host.sink.abandon();
  }
}
