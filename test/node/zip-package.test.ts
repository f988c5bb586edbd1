/**
 * The one zip reader both .xlsx sides use: zip64, part names as Excel opens them, damaged files refused
 * with a ZipFormatError, and the reader's and the writer's lookups agreeing on every name.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { strFromU8, strToU8, zipSync } from 'fflate';
import { readZipEntries, ZipFormatError } from '../../src/node/zip/central-directory';
import { entryContent } from '../../src/node/zip/entry-data';
import { resolveTarget } from '../../src/node/zip/part-paths';
import { ZipPackage } from '../../src/node/zip/zip-package';
import { SourcePackage } from '../../src/node/xlsx-package/source-package';

const SAMPLE = path.resolve(__dirname, '../../assets/samples/2009-灌南县发改委-目标任务分解表.xlsx');
const ZIP64 = path.resolve(__dirname, '../fixtures/reader/sample-zip64.xlsx');

/** A part's whole text through the reader's streaming path. */
function streamedText(zip: ZipPackage, name: string): string | null {
  const chunks: Uint8Array[] = [];
  if (!zip.stream(name, (chunk) => chunks.push(chunk))) return null;
  return Buffer.concat(chunks).toString('utf-8');
}

/** Each part's name, CRC, size and content, folders left out. */
function contents(file: Uint8Array): Map<string, { crc: number; size: number; text: string }> {
  const entries = readZipEntries(file).filter((entry) => !entry.name.endsWith('/'));
  return new Map(entries.map((entry) => [entry.name, { crc: entry.crc, size: entry.size, text: strFromU8(entryContent(file, entry)) }]));
}

describe('共用的 zip 读取：读取端与写入端看到同样的部件', () => {
  it('zip64 副本（Info-ZIP 写出）：部件名、CRC、大小与内容都与原件相同', () => {
    const zip64 = readFileSync(ZIP64);
    // The fixture really is zip64: its end record points at a zip64 end record.
    expect(zip64.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(true);
    const original = contents(readFileSync(SAMPLE));
    expect(original.size).toBeGreaterThan(5);
    expect(contents(zip64)).toEqual(original);
  });

  it('部件名不分大小写、不计开头的斜杠与反斜杠；读取端与写入端查到同一个部件', () => {
    const file = zipSync({
      '\\xl\\workbook.xml': strToU8('<workbook/>'),
      '/XL/Styles.xml': strToU8('<styleSheet/>'),
      'xl/a.xml': strToU8('first'),
      'XL/A.xml': strToU8('second'),
    });
    const reader = new ZipPackage(file);
    const writer = new SourcePackage(file);
    for (const [name, text] of [
      ['xl/workbook.xml', '<workbook/>'],
      ['xl/styles.xml', '<styleSheet/>'],
      ['/xl/Styles.xml', '<styleSheet/>'],
      // The exact spelling wins; otherwise the first entry under that key.
      ['XL/A.xml', 'second'],
      ['xl/a.xml', 'first'],
      ['Xl/A.XML', 'first'],
    ]) {
      expect(streamedText(reader, name)).toBe(text);
      expect(writer.text(name)).toBe(text);
    }
    expect(writer.canonical('xl/styles.xml')).toBe('/XL/Styles.xml');
    expect(reader.has('xl/missing.xml')).toBe(false);
    expect(writer.text('xl/missing.xml')).toBeNull();
  });

  it('关系目标：反斜杠、百分号转义、".." 在读取端与写入端解析为同一个部件名', () => {
    expect(resolveTarget('xl/workbook.xml', 'worksheets\\Data%20Sheet.xml')).toBe('xl/worksheets/Data Sheet.xml');
    expect(resolveTarget('xl/worksheets/sheet1.xml', '../drawings/./drawing1.xml')).toBe('xl/drawings/drawing1.xml');
    expect(resolveTarget('', ' /xl/workbook.xml ')).toBe('xl/workbook.xml');
    expect(resolveTarget('xl/workbook.xml', 'bad%zz.xml')).toBe('xl/bad%zz.xml');
    const file = zipSync({
      '_rels/.rels': strToU8('<Relationships><Relationship Id="rId1" Type="t" Target="XL\\Book.xml"/></Relationships>'),
      'XL/Book.xml': strToU8('<workbook/>'),
    });
    expect(new SourcePackage(file).relationships('')?.list.map((relationship) => relationship.target)).toEqual(['XL/Book.xml']);
  });

  it('截断或损坏的文件报 ZipFormatError，不会读到别处', () => {
    const file = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>'.repeat(100)) });
    expect(() => new ZipPackage(file.subarray(0, file.length - 10))).toThrow(ZipFormatError);
    const damagedLocal = Uint8Array.from(file);
    damagedLocal[0] = 0;
    expect(() => new SourcePackage(damagedLocal)).toThrow(/xl\/workbook\.xml: local header is damaged/);
    const notZip = strToU8('这不是 zip 文件');
    expect(() => readZipEntries(notZip)).toThrow(ZipFormatError);
  });
});
