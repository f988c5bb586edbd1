import { Inflate, inflateSync } from 'fflate';
import { ZipFormatError, type ZipEntry } from './central-directory';

const STORED = 0;
const DEFLATED = 8;
const SLICE = 64 * 1024;

/** The entry's data as stored: what the writer copies byte for byte, never inflated. */
export function compressedBytes(file: Uint8Array, entry: ZipEntry): Uint8Array {
  return file.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
}

function unsupported(entry: ZipEntry): ZipFormatError {
  return new ZipFormatError(`${entry.name}: compression method ${entry.method} is not supported`);
}

/** An entry's content in one buffer: only for the few small parts the writer has to change or inspect. */
export function entryContent(file: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = compressedBytes(file, entry);
  if (entry.method === STORED) return data;
  if (entry.method !== DEFLATED) throw unsupported(entry);
  try {
    return inflateSync(data, { out: new Uint8Array(entry.size) });
  } catch (error) {
    throw new ZipFormatError(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * An entry's content handed to `sink` slice by slice: a sheet of 200,000 rows never sits in memory as one
 * decompressed buffer.
 */
export function streamEntry(file: Uint8Array, entry: ZipEntry, sink: (chunk: Uint8Array, final: boolean) => void): void {
  const data = compressedBytes(file, entry);
  if (entry.method === STORED) {
    for (let at = 0; at < data.length; at += SLICE) sink(data.subarray(at, Math.min(at + SLICE, data.length)), at + SLICE >= data.length);
    if (data.length === 0) sink(new Uint8Array(0), true);
    return;
  }
  if (entry.method !== DEFLATED) throw unsupported(entry);
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
}
