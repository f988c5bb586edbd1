import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { crc32 } from '../../src/node/xlsx-package/crc32';
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

describe('ZipWriter CRC', () => {
  it('records the CRC of a part given as one piece larger than a deflate chunk', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'huibao-zip-'));
    try {
      const file = path.join(dir, 'out.zip');
      const big = '<x>汇报</x>'.repeat(60_000);
      const small = '<y/>';
      const writer = new ZipWriter(file);
      await writer.addText('xl/comments1.xml', [big]);
      await writer.addText('xl/small.xml', [small]);
      writer.finish();
      const crcs = centralCrcs(readFileSync(file));
      expect(crcs.get('xl/comments1.xml')).toBe(zlib.crc32(Buffer.from(big, 'utf8')));
      expect(crcs.get('xl/small.xml')).toBe(zlib.crc32(Buffer.from(small, 'utf8')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the running CRC over an empty piece', () => {
    const bytes = new TextEncoder().encode('灌南县');
    const running = crc32(bytes, 0);
    expect(crc32(new TextEncoder().encode(''), running)).toBe(running);
  });
});
