import { inflateSync } from 'fflate';

/**
 * The entries of a zip file as its central directory lists them, read straight from the file's bytes.
 * Parts we keep are copied as their compressed bytes, never inflated: that is what makes the copy exact
 * and what keeps a 200,000-row ledger sheet from costing anything but its file size.
 */
export interface ZipEntry {
  /** The name as stored (bytes), so a copied entry keeps its exact spelling. */
  readonly rawName: Uint8Array;
  readonly name: string;
  readonly flags: number;
  readonly method: number;
  readonly modTime: number;
  readonly modDate: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  /** Where the compressed data starts in the file. */
  readonly dataOffset: number;
}

export class ZipFormatError extends Error {}

const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const UTF8_FLAG = 0x0800;

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) if (view.getUint32(at, true) === EOCD) return at;
  throw new ZipFormatError('no end of central directory');
}

/** Zip64 keeps the real sizes and offset in an extra field when the 32-bit ones are saturated. */
function zip64Values(view: DataView, extraStart: number, extraLength: number, wanted: { size: boolean; compressed: boolean; offset: boolean }) {
  const found = { size: 0, compressed: 0, offset: 0 };
  for (let at = extraStart; at + 4 <= extraStart + extraLength; ) {
    const id = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = () => {
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (wanted.size) found.size = next();
      if (wanted.compressed) found.compressed = next();
      if (wanted.offset) found.offset = next();
      break;
    }
    at += 4 + length;
  }
  return found;
}

function directoryBounds(view: DataView): { count: number; offset: number } {
  const end = findEndOfCentralDirectory(view);
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  const locator = end - 20;
  if ((count === 0xffff || offset === 0xffffffff) && locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
    const zip64End = Number(view.getBigUint64(locator + 8, true));
    if (view.getUint32(zip64End, true) !== ZIP64_EOCD) throw new ZipFormatError('bad zip64 end record');
    count = Number(view.getBigUint64(zip64End + 32, true));
    offset = Number(view.getBigUint64(zip64End + 48, true));
  }
  return { count, offset };
}

export function readZipEntries(file: Uint8Array): ZipEntry[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const { count, offset } = directoryBounds(view);
  const entries: ZipEntry[] = [];
  const latin1 = new TextDecoder('latin1');
  const utf8 = new TextDecoder('utf-8');
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > file.byteLength || view.getUint32(at, true) !== CENTRAL) throw new ZipFormatError('bad central directory entry');
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    let localOffset = view.getUint32(at + 42, true);
    const big = { size: size === 0xffffffff, compressed: compressedSize === 0xffffffff, offset: localOffset === 0xffffffff };
    if (big.size || big.compressed || big.offset) {
      const values = zip64Values(view, at + 46 + nameLength, extraLength, big);
      if (big.size) size = values.size;
      if (big.compressed) compressedSize = values.compressed;
      if (big.offset) localOffset = values.offset;
    }
    const rawName = file.subarray(at + 46, at + 46 + nameLength);
    // Names are UTF-8 when the flag says so; Excel, WPS and LibreOffice write ASCII part names anyway.
    const name = (flags & UTF8_FLAG ? utf8 : latin1).decode(rawName);
    if (localOffset + 30 > file.byteLength || view.getUint32(localOffset, true) !== LOCAL) throw new ZipFormatError(`bad local header for ${name}`);
    const dataOffset = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataOffset + compressedSize > file.byteLength) throw new ZipFormatError(`truncated entry ${name}`);
    entries.push({
      rawName,
      name,
      flags,
      method: view.getUint16(at + 10, true),
      modTime: view.getUint16(at + 12, true),
      modDate: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
      compressedSize,
      size,
      dataOffset,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function compressedBytes(file: Uint8Array, entry: ZipEntry): Uint8Array {
  return file.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}

/** An entry's content, inflated: only for the few small parts the writer has to change or inspect. */
export function entryContent(file: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = compressedBytes(file, entry);
  switch (entry.method) {
    case 0:
      return data;
    case 8:
      return inflateSync(data, { out: new Uint8Array(entry.size) });
    default:
      throw new ZipFormatError(`${entry.name}: compression method ${entry.method} is not supported`);
  }
}
