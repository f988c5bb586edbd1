/**
 * The streaming reader against the exceljs reader it replaced (kept in exceljs-reference-snapshot.ts):
 * the same snapshot, cell for cell, on every workbook the tests and the bench have that exceljs reads right.
 * Where exceljs reads wrong (1904 dates, shared formulas with quoted text, empty string items, odd part
 * names, openpyxl charts), xlsx-read-tolerance.test.ts pins what the streaming reader reads instead.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { sizeWorkbookSpec, batchWorkbookSpec } from '../../bench/make-workbooks';
import { writeBenchWorkbook } from '../../bench/workbook/write-workbook';
import { runPipeline } from '../../src/core/pipeline';
import { openXlsx, readXlsxSnapshot } from '../../src/node/xlsx-read';
import { writeXlsxReport } from '../../src/node/xlsx-write';
import { exceljsSnapshot } from './exceljs-reference-snapshot';

const ROOT = path.resolve(__dirname, '..', '..');
const SAMPLE = path.join(ROOT, 'assets', 'samples', '2009-灌南县发改委-目标任务分解表.xlsx');
const CORPUS = path.join(ROOT, 'test', 'fixtures', 'corpus');
const READER = path.join(ROOT, 'test', 'fixtures', 'reader');
/** Files neither reader opens (they test the error messages, in xlsx-read.test.ts and the corpus test). */
const UNREADABLE = new Set(['28-损坏的文件.xlsx', '29-加密的工作簿.xlsx']);
/** Reader fixtures exceljs reads the same way; the others are where it goes wrong. */
const READER_AGREED = ['inline-strings.xlsx', 'sheetjs-written.xlsx', 'styles-and-merges.xlsx'];

async function expectSameAsExceljs(file: string): Promise<void> {
  const streamed = await readXlsxSnapshot(file);
  const reference = await exceljsSnapshot(await fs.readFile(file), streamed.name);
  expect(streamed.sheets.length).toBe(reference.sheets.length);
  streamed.sheets.forEach((sheet, index) => {
    // Sheet by sheet, so a failure names the sheet instead of printing two whole workbooks.
    expect({ file: path.basename(file), ...sheet }).toEqual({ file: path.basename(file), ...reference.sheets[index] });
  });
}

describe('流式读取与 exceljs 读取结果一致 streaming reader = exceljs reader', () => {
  let work: string;
  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'huibao-reference-'));
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it('随附样例 the sample', async () => {
    await expectSameAsExceljs(SAMPLE);
  });

  it('识别语料库的每个可读文件 every readable corpus workbook', async () => {
    const files = (await fs.readdir(CORPUS)).filter((name) => name.endsWith('.xlsx') && !UNREADABLE.has(name)).sort();
    expect(files.length).toBeGreaterThanOrEqual(30);
    for (const name of files) await expectSameAsExceljs(path.join(CORPUS, name));
  });

  it.each(READER_AGREED)('读取夹具 reader fixture %s', async (name) => {
    await expectSameAsExceljs(path.join(READER, name));
  });

  it('基准工作簿（1,000 行与一个批量部门）bench workbooks', async () => {
    const size = path.join(work, 'bench-1000.xlsx');
    await writeBenchWorkbook(size, sizeWorkbookSpec(1_000));
    await expectSameAsExceljs(size);
    const batch = path.join(work, 'batch-7.xlsx');
    await writeBenchWorkbook(batch, batchWorkbookSpec(7).spec);
    await expectSameAsExceljs(batch);
  });

  it('生成的汇报工作簿（条件格式、超链接公式、保护、合并）a written report', async () => {
    const { snapshot, source } = await openXlsx(SAMPLE);
    const outcome = runPipeline(snapshot, { generatedAt: '2009-07-01T08:00:00.000Z' });
    const output = path.join(work, '样例-汇报.xlsx');
    await writeXlsxReport(source, outcome.plan, output);
    await expectSameAsExceljs(output);
  });
});
