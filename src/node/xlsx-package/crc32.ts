import * as zlib from 'node:zlib';

/** Node 20.15+ has a native crc32; older Node 20 releases get the table version. */
const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

let table: Uint32Array | null = null;

function crcTable(): Uint32Array {
  if (table) return table;
  table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** Continues a CRC-32 over more bytes (start with 0). */
export function crc32(data: Uint8Array, previous = 0): number {
  // Node's native crc32 returns 0 for the empty array TextEncoder makes of '', dropping the CRC so far.
  if (data.length === 0) return previous;
  if (native) return native(data, previous);
  const t = crcTable();
  let c = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
