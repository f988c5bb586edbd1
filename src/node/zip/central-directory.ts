/**
 * The entries of a zip file as its central directory lists them, read straight from the file's bytes,
 * zip64 included (some Java and Go writers use it even for small files). Shared by the .xlsx reader and
 * the package-keeping writer, so both see the same entries under the same names.
 */
export class ZipFormatError extends Error {}

/** What a local header and a central-directory record both say about an entry. */
export interface EntryHeader {
  /** The name as stored (bytes), so a copied entry keeps its exact spelling. */
  readonly rawName: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly modTime: number;
  readonly modDate: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
}

export interface ZipEntry extends EntryHeader {
  /** The name as stored, decoded (a few writers add a leading "/" or use "\"). */
  readonly name: string;
  /** Where the compressed data starts in the file. */
  readonly dataOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_END_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const UTF8_FLAG = 0x0800;
const SATURATED = 0xffffffff;

function wideNumber(view: DataView, at: number): number {
  return Number(view.getBigUint64(at, true));
}

/** The end record sits in the last 64 KB + 22 bytes (its comment can be up to 64 KB). */
function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let at = view.byteLength - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  throw new ZipFormatError('no end of central directory: the file is truncated or not a zip');
}

/** Where the directory starts and how many entries it has; zip64 keeps the real figures in its own end record. */
function directoryBounds(view: DataView): { count: number; offset: number } {
  const end = findEndOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count !== 0xffff && offset !== SATURATED) return { count, offset };
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) throw new ZipFormatError('zip64 locator missing');
  const record = wideNumber(view, locator + 8);
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_END_SIGNATURE) throw new ZipFormatError('zip64 end record damaged');
  return { count: wideNumber(view, record + 32), offset: wideNumber(view, record + 48) };
}

/** The zip64 extra field holds, in this order, only the sizes and offset the ordinary header marked 0xffffffff. */
function zip64Values(view: DataView, start: number, length: number, wide: { size: boolean; compressed: boolean; offset: boolean }): { size: number; compressed: number; offset: number } {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const fieldLength = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (wanted: boolean): number => {
        if (!wanted) return 0;
        const value = wideNumber(view, field);
        field += 8;
        return value;
      };
      const size = next(wide.size);
      const compressed = next(wide.compressed);
      return { size, compressed, offset: next(wide.offset) };
    }
    at += 4 + fieldLength;
  }
  throw new ZipFormatError('zip64 sizes missing');
}

const utf8 = new TextDecoder('utf-8');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** UTF-8 when the flag says so or the bytes are valid UTF-8 (many writers omit the flag); else code page bytes. */
function decodeName(raw: Uint8Array, flags: number): string {
  if (flags & UTF8_FLAG) return utf8.decode(raw);
  try {
    return strictUtf8.decode(raw);
  } catch {
    return latin1.decode(raw);
  }
}

export function readZipEntries(file: Uint8Array): ZipEntry[] {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const { count, offset } = directoryBounds(view);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > file.byteLength || view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new ZipFormatError('central directory is damaged');
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let compressedSize = view.getUint32(at + 20, true);
    let size = view.getUint32(at + 24, true);
    let localOffset = view.getUint32(at + 42, true);
    const rawName = file.subarray(at + 46, at + 46 + nameLength);
    const name = decodeName(rawName, flags);
    const wide = { size: size === SATURATED, compressed: compressedSize === SATURATED, offset: localOffset === SATURATED };
    if (wide.size || wide.compressed || wide.offset) {
      const values = zip64Values(view, at + 46 + nameLength, extraLength, wide);
      if (wide.size) size = values.size;
      if (wide.compressed) compressedSize = values.compressed;
      if (wide.offset) localOffset = values.offset;
    }
    if (localOffset + 30 > file.byteLength || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE) throw new ZipFormatError(`${name}: local header is damaged`);
    const dataOffset = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    if (dataOffset + compressedSize > file.byteLength) throw new ZipFormatError(`${name}: data runs past the end of the file`);
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
