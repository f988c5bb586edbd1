import type { WorkbookSnapshot } from '../../src/core/model';
import { ExcelEmulator } from './excel-emulator';
import { DIALOG_ALREADY_OPEN } from './office-stub';
import { cellOf } from './workbook-state';

/**
 * The emulator refuses what Excel refuses at its limits (src/core/limits cites each one's Microsoft page):
 * a test that passes here passes against Excel's limits, not against a kinder stand-in.
 */

const BOOK: WorkbookSnapshot = {
  name: '测试',
  sheets: [{ name: '目标分解表', visible: true, position: 0, values: [['序号', '指标名称', '目标值']], formulas: [], numberFormats: [], merges: [] }],
};

async function refusal(excel: ExcelEmulator, write: (sheet: Excel.Worksheet) => void): Promise<unknown> {
  return excel
    .run(async (context) => {
      write(context.workbook.worksheets.getItem('目标分解表'));
      await context.sync();
    })
    .then(
      () => null,
      (error: unknown) => error,
    );
}

describe('Excel 模拟器：在 Excel 的限制处像 Excel 一样拒绝', () => {
  it('行高 409 磅可以，410 磅拒绝（InvalidArgument），行高不变', async () => {
    const excel = ExcelEmulator.fromSnapshot(BOOK);
    expect(await refusal(excel, (sheet) => (sheet.getRange('A2').format.rowHeight = 409))).toBeNull();
    expect(excel.sheet('目标分解表').rowHeights.get(1)).toBe(409);
    expect(await refusal(excel, (sheet) => (sheet.getRange('A3').format.rowHeight = 410))).toMatchObject({ code: 'InvalidArgument' });
    expect(excel.sheet('目标分解表').rowHeights.has(2)).toBe(false);
  });

  it('31 个字符的表名可以，32 个字符拒绝；含 [ ] : * ? / \\ 的、名为 History/历史记录 的都拒绝', async () => {
    const excel = ExcelEmulator.fromSnapshot(BOOK);
    const add = (name: string) =>
      excel
        .run(async (context) => {
          context.workbook.worksheets.add(name);
          await context.sync();
        })
        .then(
          () => null,
          (error: unknown) => error,
        );
    expect(await add('表'.repeat(31))).toBeNull();
    expect(await add('表'.repeat(32))).toMatchObject({ code: 'InvalidArgument' });
    for (const name of ['汇总[1]', '汇总:1', '汇总*', '汇总?', '汇总/1', '汇总\\1', 'History', 'history', '历史记录']) {
      expect(await add(name)).toMatchObject({ code: 'InvalidArgument' });
    }
  });

  it('改名也守同样的规则', async () => {
    const excel = ExcelEmulator.fromSnapshot(BOOK);
    expect(await refusal(excel, (sheet) => (sheet.name = 'x'.repeat(32)))).toMatchObject({ code: 'InvalidArgument' });
    expect(excel.sheetNames()).toEqual(['目标分解表']);
  });

  it('一次读合并区域：512 个可以，513 个失败（API 参考：超过 512 个时无法返回结果）', async () => {
    const book = (count: number): WorkbookSnapshot => ({
      name: '合并',
      sheets: [
        {
          ...BOOK.sheets[0],
          values: Array.from({ length: count }, (_, i) => [`行${i + 1}`, '', '']),
          merges: Array.from({ length: count }, (_, i) => ({ top: i + 1, left: 1, bottom: i + 1, right: 2 })),
        },
      ],
    });
    const read = async (excel: ExcelEmulator) =>
      excel.run(async (context) => {
        const areas = context.workbook.worksheets.getItem('目标分解表').getRange(`A1:C${600}`).getMergedAreasOrNullObject();
        areas.load('address');
        await context.sync();
        return areas.address.split(',').length;
      });
    expect(await read(ExcelEmulator.fromSnapshot(book(512)))).toBe(512);
    await expect(read(ExcelEmulator.fromSnapshot(book(513)))).rejects.toMatchObject({ code: expect.any(String) });
  });

  it('一格至多 32,767 个字符、253 个换行；公式至多 8,192 个字符、64 层嵌套', async () => {
    const excel = ExcelEmulator.fromSnapshot(BOOK);
    expect(await refusal(excel, (sheet) => (sheet.getRange('B2').values = [['字'.repeat(32767)]]))).toBeNull();
    expect(await refusal(excel, (sheet) => (sheet.getRange('B3').values = [['字'.repeat(32768)]]))).toMatchObject({ code: 'InvalidArgument' });
    expect(cellOf(excel.sheet('目标分解表'), 2, 1)).toBeUndefined();
    expect(await refusal(excel, (sheet) => (sheet.getRange('B4').values = [['行\n'.repeat(254)]]))).toMatchObject({ code: 'InvalidArgument' });
    const sum = (n: number) => `=${'+1'.repeat(n).slice(1)}`;
    expect(await refusal(excel, (sheet) => (sheet.getRange('C2').formulas = [[sum(4096)]]))).toBeNull();
    expect(await refusal(excel, (sheet) => (sheet.getRange('C3').formulas = [[`${sum(4096)}+1`]]))).toMatchObject({ code: 'InvalidArgument' });
    const nested = (n: number) => `=${'ABS('.repeat(n)}1${')'.repeat(n)}`;
    expect(await refusal(excel, (sheet) => (sheet.getRange('C4').formulas = [[nested(64)]]))).toBeNull();
    expect(await refusal(excel, (sheet) => (sheet.getRange('C5').formulas = [[nested(65)]]))).toMatchObject({ code: 'InvalidArgument' });
  });

  it('超链接地址超过 255 个字符拒绝', async () => {
    const excel = ExcelEmulator.fromSnapshot(BOOK);
    expect(await refusal(excel, (sheet) => (sheet.getRange('A2').hyperlink = { documentReference: `'目标分解表'!A1` }))).toBeNull();
    expect(await refusal(excel, (sheet) => (sheet.getRange('A3').hyperlink = { address: `https://example.org/${'a'.repeat(240)}` }))).toMatchObject({ code: 'InvalidArgument' });
  });

  it('列宽超过 255 个字符（1,726.5 磅）拒绝', async () => {
    const excel = ExcelEmulator.fromSnapshot(BOOK);
    expect(await refusal(excel, (sheet) => (sheet.getRange('A1').format.columnWidth = 1726.5))).toBeNull();
    expect(await refusal(excel, (sheet) => (sheet.getRange('B1').format.columnWidth = 1727))).toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('对话框：dialog.close() 是异步的', () => {
  const open = (office: ReturnType<ExcelEmulator['office']>, url: string) =>
    new Promise<Office.AsyncResult<Office.Dialog>>((resolve) => office.context.ui.displayDialogAsync(url, {}, (result) => resolve(result as Office.AsyncResult<Office.Dialog>)));

  it('关上后立刻再开：Office 回 12007；等关闭完成后再开：成功', async () => {
    const excel = ExcelEmulator.fromSnapshot(BOOK);
    const office = excel.office();
    const first = await open(office, 'https://h/n1');
    expect(first.status).toBe('succeeded');
    first.value.close();
    const early = await open(office, 'https://h/n2');
    expect(early.status).toBe('failed');
    expect(early.error.code).toBe(DIALOG_ALREADY_OPEN);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const later = await open(office, 'https://h/n3');
    expect(later.status).toBe('succeeded');
    expect(office.recorded.dialogs.map((dialog) => dialog.url)).toEqual(['https://h/n1', 'https://h/n3']);
  });
});
