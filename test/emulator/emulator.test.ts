import type { WorkbookSnapshot } from '../../src/core/model';
import { loadedLibraryOf } from '../../src/excel/requirement-sets';
import { EMULATOR_PROFILES, ExcelEmulator, profileVersion } from './excel-emulator';
import { shippedSurface } from './shipped-surface';
import { cellOf } from './workbook-state';

const BOOK: WorkbookSnapshot = {
  name: '测试',
  sheets: [
    {
      name: '目标分解表',
      visible: true,
      position: 0,
      values: [
        ['序号', '指标名称', '目标值'],
        [1, '固定资产投资', 90],
      ],
      formulas: [],
      numberFormats: [],
      merges: [],
    },
  ],
};

describe('Excel 模拟器：像 Excel 一样先 load、再 sync、才能读', () => {
  it('没有 load 就读属性会抛错，load 了但没 sync 也会抛错', async () => {
    const excel = ExcelEmulator.fromSnapshot(BOOK);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('目标分解表').getRange('A1:C2');
      expect(() => range.values).toThrow(/call the load method/);
      range.load('values');
      expect(() => range.values).toThrow(/call the load method/);
      await context.sync();
      expect(range.values).toEqual([
        ['序号', '指标名称', '目标值'],
        [1, '固定资产投资', 90],
      ]);
    });
  });

  it('写入先排队，sync 时才落到工作簿里', async () => {
    const excel = ExcelEmulator.fromSnapshot(BOOK);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('目标分解表').getRange('D2').values = [[39.9]];
      expect(cellOf(excel.sheet('目标分解表'), 1, 3)).toBeUndefined();
      await context.sync();
      expect(cellOf(excel.sheet('目标分解表'), 1, 3)?.value).toBe(39.9);
    });
    expect(excel.syncCount()).toBe(1);
  });

  it('像键入一样理解字符串：“=…”成公式，“-5”成数字，加撇号的保持文本', async () => {
    const excel = ExcelEmulator.fromSnapshot(BOOK);
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('目标分解表').getRange('A3:E3').formulas = [['=C2*2', '-5', "'=C2*2", '2009-07-01', '-说明']];
      await context.sync();
    });
    const sheet = excel.sheet('目标分解表');
    expect(cellOf(sheet, 2, 0)?.formula).toBe('=C2*2');
    expect(cellOf(sheet, 2, 1)?.value).toBe(-5);
    expect(cellOf(sheet, 2, 2)).toMatchObject({ value: '=C2*2', formula: null, quotePrefix: true });
    expect(cellOf(sheet, 2, 3)?.value).toBe(39995);
    expect(cellOf(sheet, 2, 4)?.value).toEqual({ error: '#NAME?' });
  });

  it('二维数组与区域大小不符时像 Excel 一样拒绝（InvalidArgument）', async () => {
    const excel = ExcelEmulator.fromSnapshot(BOOK);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('目标分解表').getRange('A1:B2').values = [[1, 2, 3]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('受保护的工作表拒绝写入锁定单元格（AccessDenied），未锁定的可写', async () => {
    const excel = ExcelEmulator.fromSnapshot(BOOK);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('目标分解表');
      sheet.getRange('D1:D5').format.protection.locked = false;
      sheet.protection.protect();
      await context.sync();
      sheet.getRange('D2').values = [['可以写']];
      await context.sync();
    });
    expect(cellOf(excel.sheet('目标分解表'), 1, 3)?.value).toBe('可以写');
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('目标分解表').getRange('C2').values = [[100]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(cellOf(excel.sheet('目标分解表'), 1, 2)?.value).toBe(90);
  });

  it('超过 5 MB 的请求被拒绝，并记下每次往返的字节数', async () => {
    const excel = ExcelEmulator.fromSnapshot(BOOK);
    const big = Array.from({ length: 100000 }, (_, i) => [`第${i}行的一段很长很长的说明文字，用来把请求撑大`]);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('目标分解表').getRange(`F1:F${big.length}`).values = big;
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(excel.stats.syncs[0].requestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(cellOf(excel.sheet('目标分解表'), 0, 5)).toBeUndefined();
  });

  it('可以指定某个调用失败；失败之前的调用已生效，之后的没有', async () => {
    const excel = ExcelEmulator.fromSnapshot(BOOK);
    excel.failOn('WorksheetCollection.add', 'GeneralException', 2);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.add('甲');
        context.workbook.worksheets.add('乙');
        context.workbook.worksheets.add('丙');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'GeneralException' });
    expect(excel.sheetNames()).toEqual(['目标分解表', '甲']);
  });

  it('按 ExcelApi 版本回答 isSetSupported：1.14 的 Excel 不报 1.18', () => {
    const excel = ExcelEmulator.fromSnapshot(BOOK, { excelApi: '1.14' });
    expect(excel.isSetSupported('ExcelApi', '1.13')).toBe(true);
    expect(excel.isSetSupported('ExcelApi', '1.18')).toBe(false);
  });

  it('工作表名称遵守 Excel 的规则：重名（不分大小写）与非法字符被拒绝', async () => {
    const excel = ExcelEmulator.fromSnapshot(BOOK);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.add('目标分解表');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.add('a/b');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('模拟器的 API 取自所带的 office.js：库里没有的，模拟器里也没有', () => {
  it('五种配置：ExcelApi 1.1、1.8、1.14、1.17 与所带 office.js 实现到的最新版本', () => {
    const shipped = shippedSurface();
    expect(EMULATOR_PROFILES.map((profile) => profileVersion(profile))).toEqual(['1.1', '1.8', '1.14', '1.17', shipped.newestExcelApi]);
    expect(shipped.newestExcelApi).toBe('1.15');
    for (const profile of EMULATOR_PROFILES) {
      const excel = ExcelEmulator.fromSnapshot(BOOK, { excelApi: profileVersion(profile) });
      expect([profile, excel.isSetSupported('ExcelApi', profileVersion(profile)), excel.isSetSupported('ExcelApi', '1.18')]).toEqual([profile, true, false]);
    }
  });

  it('库里没有的成员是 undefined：在 1.17 的 Excel 上调用 worksheet.notes.add 是 TypeError', async () => {
    const excel = ExcelEmulator.fromSnapshot(BOOK, { excelApi: '1.17' });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('目标分解表');
      expect(sheet.notes).toBeUndefined();
      expect(() => sheet.notes.add('A1', '说明')).toThrow(TypeError);
    });
  });

  it('库里有、但比这台 Excel 新的成员：与 office.js 一样当场抛 ApiNotFound', async () => {
    const old = ExcelEmulator.fromSnapshot(BOOK, { excelApi: '1.1' });
    await old.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('目标分解表');
      expect(() => sheet.getRange('A1:C2').getMergedAreasOrNullObject()).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(() => sheet.freezePanes).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(sheet.getRange('A1').format.font).toBeDefined();
    });
    const excel2019 = ExcelEmulator.fromSnapshot(BOOK, { excelApi: '1.8' });
    await excel2019.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('目标分解表');
      expect(() => sheet.pageLayout).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(sheet.freezePanes).toBeDefined();
    });
  });

  it('写一个这台 Excel 没有的属性（ExcelApi 1.1 上的 tabColor）：office.js 照发，Excel 在 sync 时拒绝', async () => {
    const excel = ExcelEmulator.fromSnapshot(BOOK, { excelApi: '1.1' });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('目标分解表').tabColor = '#C00000';
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(excel.sheet('目标分解表').tabColor).not.toBe('#C00000');
  });

  it('页面看到的 Excel 命名空间列出库里的类与成员，加载库检查据此回答', () => {
    const loaded = loadedLibraryOf(ExcelEmulator.fromSnapshot(BOOK).excelNamespace());
    expect(loaded('Worksheet', 'freezePanes')).toBe(true);
    expect(loaded('Range', 'getMergedAreasOrNullObject')).toBe(true);
    expect(loaded('Worksheet', 'notes')).toBe(false);
    expect(loaded('NoteCollection', 'add')).toBe(false);
  });

  it('一次读超过 5,000,000 个单元格：RangeExceedsLimit', async () => {
    const excel = ExcelEmulator.fromSnapshot(BOOK);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem('目标分解表').getRange('A1:CW50000').load('values');
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });
});
