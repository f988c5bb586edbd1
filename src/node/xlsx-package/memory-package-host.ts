import { Deflate } from 'fflate';
import { crc32 } from './crc32';
import type { PackageHost, PackageSink, RawDeflater } from './package-host';

/**
 * The package held as the pieces it was written in: the web page's host, where there is no file to write
 * to. Copied entries stay views on the department's bytes (never copied twice); `parts` goes straight
 * into a Blob for the download.
 */
export class MemorySink implements PackageSink {
  readonly parts: Uint8Array[] = [];
  /** Where each piece starts, for rewriting a local header in place. */
  private readonly startOf = new Map<number, number>();
  private length = 0;
  private done = false;

  append(bytes: Uint8Array): void {
    this.startOf.set(this.length, this.parts.length);
    this.parts.push(bytes);
    this.length += bytes.length;
  }

  rewrite(bytes: Uint8Array, position: number): void {
    const index = this.startOf.get(position);
    const piece = index === undefined ? undefined : this.parts[index];
    // The writer only rewrites a header it appended as one piece; anything else is a writer bug.
    if (!piece || piece.length !== bytes.length) throw new Error(`no piece of ${bytes.length} bytes at ${position} to rewrite`);
    this.parts[index as number] = bytes;
  }

  finish(): void {
    this.done = true;
  }

  abandon(): void {
    this.parts.length = 0;
    this.startOf.clear();
  }

  get finished(): boolean {
    return this.done;
  }

  /** The whole package in one array (tests and small outputs; the page hands `parts` to a Blob instead). */
  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const part of this.parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}

/** fflate's deflate at zlib's default level 6, synchronous: in the page it runs inside the engine's Worker. */
function fflateDeflater(onData: (chunk: Uint8Array) => void): RawDeflater {
  const deflate = new Deflate({ level: 6 }, (chunk) => onData(chunk));
  return {
    write: async (bytes) => deflate.push(bytes, false),
    end: async (bytes) => deflate.push(bytes, true),
  };
}

/** The page's host for the package writer: memory, fflate and a table CRC, nothing of Node. */
export function memoryPackageHost(): { readonly host: PackageHost; readonly sink: MemorySink } {
  const sink = new MemorySink();
  return { host: { sink, deflateRaw: fflateDeflater, crc32 }, sink };
}
