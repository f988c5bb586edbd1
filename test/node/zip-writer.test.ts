import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { crc32 } from '../../src/node/xlsx-package/crc32';
import { memoryPackageHost } from '../../src/node/xlsx-package/memory-package-host';
import { filePackageHost, nodeCrc32 } from '../../src/node/xlsx-package/node-package-host';
import type { PackageHost } from '../../src/node/xlsx-package/package-host';
import { ZipWriter } from '../../src/node/xlsx-package/zip-writer';

/** The CRC-32 in the central directory of each entry, by name. */
function centralCrcs(zip: Buffer): Map<string, number> {
  const crcs = new Map<string, number>();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  while (zip.readUInt32LE(at) === 0x02014b50) {
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    crcs.set(zip.toString('utf8', at + 46, at + 46 + nameLength), zip.readUInt32LE(at + 16));
    at += 46 + nameLength + extra;
  }
  return crcs;
}

const big = '<x>汇报</x>'.repeat(60_000);
const small = '<y/>';

async function writeTwoParts(host: PackageHost): Promise<void> {
  const writer = new ZipWriter(host);
  await writer.addText('xl/comments1.xml', [big]);
  await writer.addText('xl/small.xml', [small]);
  writer.finish();
}

describe('ZipWriter CRC', () => {
  it('records the CRC of a part given as one piece larger than a deflate chunk (file host: the CLI)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'huibao-zip-'));
    try {
      const file = path.join(dir, 'out.zip');
      await writeTwoParts(filePackageHost(file));
      const zip = readFileSync(file);
      const crcs = centralCrcs(zip);
      expect(crcs.get('xl/comments1.xml')).toBe(zlib.crc32(Buffer.from(big, 'utf8')));
      expect(crcs.get('xl/small.xml')).toBe(zlib.crc32(Buffer.from(small, 'utf8')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes the same entries with the same CRCs in memory (the page host), and they inflate to the text', async () => {
    const { host, sink } = memoryPackageHost();
    await writeTwoParts(host);
    const zip = Buffer.from(sink.bytes());
    const crcs = centralCrcs(zip);
    expect(crcs.get('xl/comments1.xml')).toBe(zlib.crc32(Buffer.from(big, 'utf8')));
    expect(crcs.get('xl/small.xml')).toBe(zlib.crc32(Buffer.from(small, 'utf8')));
    const nameLength = zip.readUInt16LE(26);
    const compressed = zip.subarray(30 + nameLength, 30 + nameLength + zip.readUInt32LE(18));
    expect(zlib.inflateRawSync(compressed).toString('utf8')).toBe(big);
  });

  it('keeps the running CRC over an empty piece, in both hosts', () => {
    const bytes = new TextEncoder().encode('灌南县');
    for (const host of [memoryPackageHost().host, { crc32: nodeCrc32 }, { crc32: (data: Uint8Array, previous: number) => crc32(data, previous) }]) {
      const running = host.crc32(bytes, 0);
      expect(running).toBe(zlib.crc32(Buffer.from('灌南县', 'utf8')));
      expect(host.crc32(new TextEncoder().encode(''), running)).toBe(running);
    }
  });
});
