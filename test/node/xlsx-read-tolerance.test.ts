/**
 * What the streaming reader makes of workbooks as other tools write them (fixtures: test/fixtures/reader,
 * made by scripts/make-reader-fixtures.ts), and of legacy .xls files.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { SheetSnapshot } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { openXlsx, readXlsxSnapshot } from '../../src/node/xlsx-read';
import { writeXlsxReport } from '../../src/node/xlsx-write';

const ROOT = path.resolve(__dirname, '..', '..');
const READER = path.join(ROOT, 'test', 'fixtures', 'reader');
const SAMPLE = path.join(ROOT, 'assets', 'samples', '2009-灌南县发改委-目标任务分解表.xlsx');

const fixture = (name: string) => path.join(READER, name);
async function onlySheet(name: string): Promise<SheetSnapshot> {
  const snapshot = await readXlsxSnapshot(fixture(name));
  expect(snapshot.sheets).toHaveLength(1);
  return snapshot.sheets[0];
}

describe('读取其他软件写出的工作簿 workbooks other tools write', () => {
  it('行内字符串（纯文本与富文本），没有共享字符串表和样式表', async () => {
    const sheet = await onlySheet('inline-strings.xlsx');
    expect(sheet.values).toEqual([
      ['指标名称', '完成值 '],
      ['新增市级龙头企业', 2],
    ]);
    expect(sheet.numberFormats).toEqual([
      ['General', 'General'],
      ['General', 'General'],
    ]);
  });

  it('富文本共享字符串拼成一段，注音不算正文，_x000D_ 还原为回车，空项为空文本', async () => {
    const sheet = await onlySheet('rich-shared-strings.xlsx');
    expect(sheet.values[0]).toEqual(['300余人', '灌南', '第一行\r第二行', '']);
  });

  it('共享公式：每个单元格得到自己的公式，相对引用平移，绝对引用和引号里的文字不变', async () => {
    const sheet = await onlySheet('shared-formulas.xlsx');
    expect(sheet.formulas.map((line) => line[2])).toEqual(['=A1/B1+$A$1*0&"A1"', '=A2/B2+$A$1*0&"A1"', '=A3/B3+$A$1*0&"A1"']);
    expect(sheet.values.map((line) => line[2])).toEqual([10, 10, 10]);
  });

  it('1904 日期系统：日期单元格换算为 1900 序列号，普通数字和时间不变', async () => {
    const sheet = await onlySheet('date-1904.xlsx');
    // 38716 in the 1904 system is 2009-12-31, which is 40178 in the 1900 system the engine reads.
    expect(sheet.values[0]).toEqual([40178, 38716, 40178, 0.5]);
    expect(sheet.numberFormats[0]).toEqual(['yyyy-mm-dd', 'General', 'yyyy"年"m"月"d"日"', 'h:mm']);
  });

  it('绝对路径、大写与非常规部件名、%20、“..”、图表工作表', async () => {
    const snapshot = await readXlsxSnapshot(fixture('odd-part-names.xlsx'));
    expect(snapshot.sheets.map((sheet) => [sheet.name, sheet.visible, sheet.position])).toEqual([
      ['目标表', true, 0],
      ['隐藏表', false, 1],
    ]);
    expect(snapshot.sheets[0].values).toEqual([['目标值', 39.9]]);
    expect(snapshot.sheets[1].values).toEqual([[], [null, 1]]);
  });

  it('行和单元格没有 r 属性、没有 dimension、带前缀的元素、true/false 与 ISO 日期', async () => {
    const sheet = await onlySheet('no-cell-references.xlsx');
    expect(sheet.values).toEqual([['序号', '指标'], [1, null, 3], [], [], [true, null, null, 39994]]);
  });

  it('合并区域下的单元格为空，加粗与数字格式来自样式表，公式缓存文本与错误值', async () => {
    const sheet = await onlySheet('styles-and-merges.xlsx');
    expect(sheet.values).toEqual([['标题'], [40178, '标题!', { error: '#DIV/0!' }]]);
    expect(sheet.formulas[1]).toEqual([null, '=A1&"!"', '=1/0']);
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 3 }]);
    expect(sheet.bold?.[0]).toEqual([true]);
    expect(sheet.numberFormats[1][0]).toBe('yyyy-mm-dd');
  });

  it('SheetJS 写出的工作簿', async () => {
    const sheet = await onlySheet('sheetjs-written.xlsx');
    expect(sheet.values[1]).toEqual(['固定资产投资', 80, 39.9, 39.9 / 80]);
    expect(sheet.formulas[1][3]).toBe('=C2/B2');
    expect(sheet.numberFormats[1][3]).toBe('0.00%');
  });

  it('zip64 格式的包（一些 Java、Go 程序总是这样写）与原件读出相同', async () => {
    const zip64 = await readXlsxSnapshot(fixture('sample-zip64.xlsx'));
    expect(zip64.sheets).toEqual((await readXlsxSnapshot(SAMPLE)).sheets);
  });

  it('openpyxl 写出的带图表工作簿（exceljs 曾报“已损坏”）可以读取并识别', async () => {
    const snapshot = await readXlsxSnapshot(fixture('openpyxl-chart.xlsx'));
    const [sheet] = snapshot.sheets;
    expect(sheet.name).toBe('目标分解表');
    expect(sheet.values[2]).toEqual([1, '全社会固定资产投资', '亿元', 80, 39.9, null]);
    expect(sheet.formulas[2][5]).toBe('=E3/D3');
    expect(sheet.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 5 }]);
    expect(sheet.bold?.[0]).toEqual([true]);
    const outcome = runPipeline(snapshot, { generatedAt: '2009-07-01T08:00:00.000Z' });
    expect(outcome.recognition.table?.indicators.map((indicator) => indicator.name.value)).toEqual(['全社会固定资产投资', '新增市级农业龙头企业', '争取无偿资金']);
  });
});

describe('旧版 .xls legacy workbooks', () => {
  let work: string;
  beforeAll(async () => {
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'huibao-legacy-'));
  });
  afterAll(async () => {
    await fs.rm(work, { recursive: true, force: true });
  });

  it('LibreOffice 另存的 .xls 读出与 .xlsx 原件相同的值、公式、合并区域和加粗', async () => {
    const legacy = await openXlsx(fixture('sample-libreoffice.xls'));
    const original = await readXlsxSnapshot(SAMPLE);
    expect(legacy.source.origin).toBe('legacy');
    expect(legacy.snapshot.name).toBe('sample-libreoffice');
    expect(legacy.snapshot.sheets.map((sheet) => sheet.name)).toEqual(original.sheets.map((sheet) => sheet.name));
    legacy.snapshot.sheets.forEach((sheet, index) => {
      expect(sheet.values).toEqual(original.sheets[index].values);
      expect(sheet.formulas).toEqual(original.sheets[index].formulas);
      const byCorner = (merges: SheetSnapshot['merges']) => [...merges].sort((a, b) => a.top - b.top || a.left - b.left);
      expect(byCorner(sheet.merges)).toEqual(byCorner(original.sheets[index].merges));
      expect(sheet.bold).toEqual(original.sheets[index].bold);
      expect(sheet.bold?.flat().some(Boolean)).toBe(true);
    });
  });

  it('由 .xls 生成 .xlsx 汇报：原表的值不变，另加生成的工作表', async () => {
    const { snapshot, source } = await openXlsx(fixture('sample-libreoffice.xls'));
    const outcome = runPipeline(snapshot, { generatedAt: '2009-07-01T08:00:00.000Z' });
    expect(outcome.recognition.table?.indicators.length).toBe(47);
    const output = path.join(work, 'sample-汇报.xlsx');
    await writeXlsxReport(source, outcome.plan, output);
    const written = await readXlsxSnapshot(output);
    expect(written.sheets[0].values).toEqual(snapshot.sheets[0].values);
    expect(written.sheets.length).toBeGreaterThan(snapshot.sheets.length);
  });

  it('以 .xls 为名的 HTML 表格可以读取；以 .xls 为名的文本文件和损坏的 .xls 说明原因', async () => {
    const html = path.join(work, '导出.xls');
    await fs.writeFile(html, '<html><body><table><tr><td>指标名称</td><td>全年目标</td></tr><tr><td>固定资产投资</td><td>80</td></tr></table></body></html>');
    expect((await readXlsxSnapshot(html)).sheets[0].values).toEqual([
      ['指标名称', '全年目标'],
      ['固定资产投资', 80],
    ]);
    const text = path.join(work, '通讯录.xls');
    await fs.writeFile(text, '姓名,电话\n张三,123\n');
    await expect(readXlsxSnapshot(text)).rejects.toMatchObject({ failure: 'not-xlsx' });
    const broken = path.join(work, '损坏.xls');
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await fs.writeFile(broken, Buffer.concat([ole, Buffer.alloc(600, 3)]));
    await expect(readXlsxSnapshot(broken)).rejects.toMatchObject({ failure: 'legacy-xls' });
  });

  it('不含工作簿的 zip（如改名的 .docx）不是 xlsx；截断的部件是损坏', async () => {
    const docx = path.join(work, '通知.xlsx');
    await fs.writeFile(docx, zipSync({ 'word/document.xml': strToU8('<w:document/>') }));
    await expect(readXlsxSnapshot(docx)).rejects.toMatchObject({ failure: 'not-xlsx' });
    const bytes = await fs.readFile(SAMPLE);
    const damaged = Buffer.from(bytes);
    // Overwrite the middle of the compressed data: the zip's directory is intact, a part is not.
    damaged.fill(0x41, 2_000, 6_000);
    const file = path.join(work, '部件损坏.xlsx');
    await fs.writeFile(file, damaged);
    await expect(readXlsxSnapshot(file)).rejects.toMatchObject({ failure: 'corrupt' });
  });
});
