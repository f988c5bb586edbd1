/**
 * What the package writer needs from the platform it runs on, so the one writer serves the CLI (a file on
 * disk, Node's native zlib) and the web page (bytes in memory, fflate in a Worker) and both write the same
 * parts in the same order. The writer itself touches no file, no Buffer and no zlib.
 */

/** Where the report package's bytes go. */
export interface PackageSink {
  /** Adds bytes at the end of the package. */
  append(bytes: Uint8Array): void;
  /** Rewrites bytes appended earlier at `position`, same length: a local header, once its sizes are known. */
  rewrite(bytes: Uint8Array, position: number): void;
  /** Every byte has been written. */
  finish(): void;
  /** After a failure: let go of (and remove) whatever was written, so no half package is left behind. */
  abandon(): void;
}

/** A raw-deflate stream (no zlib header), fed text as it is produced; compressed bytes go to the callback given when it was made. */
export interface RawDeflater {
  /** Feeds bytes; resolves when the deflater can take more. */
  write(bytes: Uint8Array): Promise<void>;
  /** Feeds the last bytes; resolves once every compressed byte has been handed over. */
  end(bytes: Uint8Array): Promise<void>;
}

export interface PackageHost {
  readonly sink: PackageSink;
  deflateRaw(onData: (chunk: Uint8Array) => void): RawDeflater;
  /** Continues a CRC-32 over more bytes (start with 0). */
  crc32(data: Uint8Array, previous: number): number;
}
