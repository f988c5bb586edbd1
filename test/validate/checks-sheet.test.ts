import fc from 'fast-check';
import { resolveSheetNames } from '../../src/core/layout/generated-sheets';
import { checksSheet } from '../../src/core/layout/checks-sheet';
import type { LayoutInput } from '../../src/core/layout';
import type { Issue, PlannedValue, SheetPlan, WorkbookSnapshot } from '../../src/core/model';
import { validate } from '../../src/core/validate';
import { build, indicator, soundRow, type Built } from './table-builder';

function plan(input: Omit<LayoutInput, 'results' | 'report' | 'generatedAt'>): SheetPlan {
  const full: LayoutInput = { ...input, results: null, report: null, generatedAt: '2009-07-01T09:00:00Z' };
  const built = checksSheet(full, { names: resolveSheetNames(input.snapshot) });
  if (built === null || Array.isArray(built)) throw new Error('expected one sheet');
  return built as SheetPlan;
}

function planFor(built: Built): SheetPlan {
  return plan({ snapshot: built.snapshot, table: built.table, issues: validate(built.table, built.snapshot) });
}

function shown(value: PlannedValue | undefined): string {
  if (!value) return '';
  switch (value.kind) {
    case 'text':
    case 'link':
      return value.text;
    case 'number':
      return String(value.value);
    case 'formula':
      return value.formula;
  }
}

/** 甲 has an error (words where 完成值 belongs), 乙 a warning (no 责任人), 丙 a note (300余人). */
const three = () =>
  build([
    indicator(soundRow({ name: '甲', actual: '39.9亿元5', weight: 30 })),
    indicator(soundRow({ id: '2', name: '乙', owner: null, weight: 30 })),
    indicator(soundRow({ id: '3', name: '丙', unit: '人', target: 300, actual: '300余人', lastYear: null, growth: null, weight: 40 })),
  ]);

describe('校验结果 工作表', () => {
  it('标题、汇总行、表头，然后每个问题一行', () => {
    const sheet = planFor(three());
    expect(sheet.name).toBe('校验结果');
    expect(sheet.role).toBe('checks');
    expect(shown(sheet.rows[0][0])).toBe('测试工作簿 校验结果');
    expect(shown(sheet.rows[1][0])).toBe('共 3 条：1 错误，1 警告，1 提示');
    expect(sheet.rows[3].map(shown)).toEqual(['级别', '位置', '指标', '问题', '建议']);
    expect(sheet.rows.slice(4).map((row) => [shown(row[0]), shown(row[1]), shown(row[2])])).toEqual([
      ['错误', '考核指标!F3', '甲'],
      ['警告', '考核指标!K4', '乙'],
      ['提示', '考核指标!F5', '丙'],
    ]);
    expect(shown(sheet.rows[4][3])).toBe('“甲”的“1—6月完成”应填数字，这里是“39.9亿元5”。');
    expect(shown(sheet.rows[4][4])).toContain('在 考核指标!F3 只填数字');
  });

  it('“位置”是跳到该单元格的链接', () => {
    const built = three();
    const sheet = planFor(built);
    expect(sheet.rows[4][1]).toEqual({ kind: 'link', text: '考核指标!F3', target: { sheet: '考核指标', row: 3, col: 6 } });
  });

  it('按级别再按位置排序：后面的错误排在前面的警告之前', () => {
    const built = build([
      indicator(soundRow({ name: '甲', department: null, weight: 50 })),
      indicator(soundRow({ name: '乙', target: { error: '#REF!' }, weight: 50 })),
    ]);
    const severities = planFor(built).rows.slice(4).map((row) => shown(row[0]));
    expect(severities.indexOf('错误')).toBeLessThan(severities.indexOf('警告'));
    expect(severities.lastIndexOf('错误')).toBeLessThan(severities.indexOf('警告'));
  });

  it('级别按颜色区分，表头冻结，A4 横向打印适应页宽，工作表受保护', () => {
    const sheet = planFor(three());
    const colours = sheet.conditionalFormats.map((format) => (format.kind === 'text-equals' ? [format.text, format.fill] : []));
    expect(colours).toEqual([
      ['错误', '#FFC7CE'],
      ['警告', '#FFEB9C'],
      ['提示', '#DDEBF7'],
    ]);
    for (const format of sheet.conditionalFormats) expect(format.rect).toEqual({ top: 5, left: 1, bottom: 7, right: 1 });
    expect(sheet.freeze).toEqual({ rows: 4, cols: 0 });
    expect(sheet.print).toEqual({ orientation: 'landscape', fitToWidth: true, repeatRows: { first: 4, last: 4 } });
    expect(sheet.protection).toEqual({ editable: [] });
    expect(sheet.columnWidths).toHaveLength(5);
    expect(sheet.tabColor).toBe('#C00000');
  });

  it('没有问题时写“未发现问题。”，标签为绿色', () => {
    const sheet = planFor(build([indicator(soundRow())]));
    expect(shown(sheet.rows[1][0])).toBe('共 0 条：0 错误，0 警告，0 提示');
    expect(shown(sheet.rows[4][0])).toBe('未发现问题。');
    expect(sheet.tabColor).toBe('#548235');
  });

  it('没有识别出指标表时照样生成，列出识别阶段的错误', () => {
    const snapshot: WorkbookSnapshot = { name: '空白工作簿', sheets: [{ name: 'Sheet1', visible: true, position: 0, values: [], formulas: [], numberFormats: [], merges: [] }] };
    const recognitionError: Issue = { severity: 'error', code: 'no-table', cell: null, params: { file: '空白工作簿' } };
    const sheet = plan({ snapshot, table: null, issues: [recognitionError] });
    expect(shown(sheet.rows[1][0])).toBe('共 1 条：1 错误，0 警告，0 提示');
    expect(sheet.rows[4].slice(0, 2).map(shown)).toEqual(['错误', '全表']);
    expect(shown(sheet.rows[4][3])).not.toBe('');
    const empty = plan({ snapshot, table: null, issues: [] });
    expect(shown(empty.rows[4][0])).toBe('没有找到指标表，无法校验。');
  });

  it('工作表另有同名的“校验结果”时改用 context 给出的名字', () => {
    const built = three();
    const snapshot: WorkbookSnapshot = {
      ...built.snapshot,
      sheets: [...built.snapshot.sheets, { name: '校验结果', visible: true, position: 1, values: [['我自己的表']], formulas: [], numberFormats: [], merges: [] }],
    };
    expect(plan({ snapshot, table: built.table, issues: [] }).name).toBe('校验结果（2）');
  });

  it('指向不存在的工作表或单元格时写成文字，不做死链接', () => {
    const built = three();
    const stray: Issue = { severity: 'warning', code: 'missing-owner', cell: { sheet: '已删除的表', row: 3, col: 2 }, params: { name: 'x', cell: '已删除的表!B3' } };
    const sheet = plan({ snapshot: built.snapshot, table: built.table, issues: [stray] });
    expect(sheet.rows[4][1]).toEqual({ kind: 'text', text: '已删除的表!B3' });
  });

  it('工作簿里的文字（哪怕以 = 开头）只作为文字写入，从不成为公式', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, text) => {
        const built = build([indicator(soundRow({ name: `=${name}`, actual: `=${text}` }))]);
        const sheet = planFor(built);
        for (const row of sheet.rows) for (const cell of row) expect(cell?.kind).not.toBe('formula');
        for (const row of sheet.rows) expect(row.length).toBeLessThanOrEqual(5);
      }),
      { numRuns: 100 },
    );
  });
});
