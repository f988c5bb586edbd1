import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFailureReason } from '../../src/core/i18n/read-failure';
import { readXlsxSnapshot, XlsxReadError } from '../../src/node/xlsx-read';

/**
 * A workbook whose package opens but one sheet's XML is cut short (a copy interrupted, a sync conflict): the
 * message names that sheet, so the user knows the rest is fine and where to look, instead of "文件已损坏".
 */
async function workbookWithCutSheet(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('封面').addRows([['某局2025年目标任务分解表']]);
  const sheet = workbook.addWorksheet('任务分解');
  sheet.addRows([['序号', '指标名称', '全年目标', '完成值'], ...Array.from({ length: 40 }, (_, i) => [i + 1, `指标${i + 1}`, 100, 50])]);
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const part = 'xl/worksheets/sheet2.xml';
  const xml = await zip.file(part)!.async('string');
  zip.file(part, xml.slice(0, Math.floor(xml.length / 2)));
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }));
}

describe('工作表内容损坏', () => {
  it('指出是哪张工作表坏了（中文与英文）', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'huibao-damaged-'));
    const file = path.join(dir, '半截.xlsx');
    await workbookWithCutSheet(file);
    const error = await readXlsxSnapshot(file).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(XlsxReadError);
    expect(error).toMatchObject({ failure: 'corrupt', sheet: '任务分解' });
    expect(readFailureReason(error as XlsxReadError, 'zh-CN')).toMatch(/工作表“任务分解”的内容已损坏或不完整/u);
    expect(readFailureReason(error as XlsxReadError, 'en-US')).toContain('"任务分解"');
    await fs.rm(dir, { recursive: true, force: true });
  });
});
