import { once } from 'node:events';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import * as zlib from 'node:zlib';
import { crc32 } from './crc32';
import type { PackageHost, PackageSink, RawDeflater } from './package-host';

const LIMIT = 0xffffffff;

/** Node 20.15+ has a native crc32; older Node 20 releases get the table version. */
const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

export function nodeCrc32(data: Uint8Array, previous: number): number {
  // Node's native crc32 returns 0 for the empty array TextEncoder makes of '', dropping the CRC so far.
  if (data.length === 0) return previous;
  return native ? native(data, previous) : crc32(data, previous);
}

/** The package written entry by entry straight to a new file, so the whole output is never held in memory. */
class FileSink implements PackageSink {
  // Opened at the first byte, so a plan refused before anything is written (Excel's limits) leaves no file
  // behind, and an earlier report at the same path stays as it was.
  private fd: number | null = null;
  private offset = 0;
  private closed = false;

  constructor(private readonly path: string) {}

  private open(): number {
    this.fd = this.fd ?? openSync(this.path, 'w');
    return this.fd;
  }

  append(bytes: Uint8Array): void {
    writeSync(this.open(), bytes, 0, bytes.length, this.offset);
    this.offset += bytes.length;
    if (this.offset > LIMIT) throw new Error('output larger than 4 GB');
  }

  rewrite(bytes: Uint8Array, position: number): void {
    writeSync(this.open(), bytes, 0, bytes.length, position);
  }

  finish(): void {
    this.open();
    this.close();
  }

  abandon(): void {
    const opened = this.fd !== null;
    this.close();
    if (opened) rmSync(this.path, { force: true });
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.fd !== null) closeSync(this.fd);
  }
}

/** Node's zlib: native, and on the thread pool, so the next rows are built while the last ones are compressed. */
function zlibDeflater(onData: (chunk: Uint8Array) => void): RawDeflater {
  const deflate = zlib.createDeflateRaw({ level: 6 });
  deflate.on('data', (chunk: Buffer) => onData(chunk));
  const done = finished(deflate);
  return {
    write: async (bytes) => {
      if (!deflate.write(bytes)) await once(deflate, 'drain');
    },
    end: async (bytes) => {
      deflate.end(bytes);
      await done;
    },
  };
}

/** The command line's host for the package writer: a file at `outPath`, Node's zlib and crc32. */
export function filePackageHost(outPath: string): PackageHost {
  return { sink: new FileSink(outPath), deflateRaw: zlibDeflater, crc32: nodeCrc32 };
}
