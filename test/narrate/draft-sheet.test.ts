import { layout } from '../../src/core/layout';
import { sourcesText } from '../../src/core/layout/draft-sheet';
import { draftEditIssues } from '../../src/core/layout/draft-edits';
import { generatedRole } from '../../src/core/layout/generated-sheets';
import type { CellValue, OutputPlan, ReportDoc, SheetPlan, SheetSnapshot, WorkbookSnapshot } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { issueMessage } from '../../src/core/i18n';
import { planAsSnapshot } from '../layout/plan-as-snapshot';
import { seedTable } from './seed-table';
import { SHEET } from './table-builder';

const departmentSheet: SheetSnapshot = {
  name: SHEET,
  visible: true,
  position: 0,
  values: [['2009年度目标任务分解表']],
  formulas: [],
  numberFormats: [],
  merges: [],
};

const builder = seedTable();
const table = builder.table();
const results = builder.results();
const report: ReportDoc = narrate(table, results);

function run(sheets: SheetSnapshot[], withReport: ReportDoc | null = report): OutputPlan {
  const snapshot: WorkbookSnapshot = { name: '2009-灌南县发改委-目标任务分解表', sheets: [departmentSheet, ...sheets] };
  return layout({ snapshot, table, issues: [], results, report: withReport, generatedAt: '2009-07-01T08:00:00.000Z' });
}

function byRole(plan: OutputPlan, role: SheetPlan['role']): SheetPlan[] {
  return plan.sheets.filter((sheet) => sheet.role === role);
}

function textOf(sheet: SheetPlan, row: number, col = 1): string {
  const value = sheet.rows[row - 1]?.[col - 1] ?? null;
  if (value === null) return '';
  return value.kind === 'text' || value.kind === 'link' ? value.text : String(value.kind === 'number' ? value.value : value.cached);
}

/** The workbook's generated sheets as the next run reads them back, optionally edited by staff. */
function readBack(plan: OutputPlan, edit?: (sheet: SheetPlan, values: CellValue[][]) => void): SheetSnapshot[] {
  return plan.sheets.map((sheet, i) => planAsSnapshot(sheet, i + 1, edit ? (values) => edit(sheet, values) : undefined));
}

describe('汇报稿工作表：可直接复制到 Word 的区域', () => {
  const plan = run([]);
  const [draft] = byRole(plan, 'draft');

  it('名为“汇报稿”，一段一行，标题、署名、日期在前', () => {
    expect(draft.name).toBe('汇报稿');
    expect([1, 2, 3].map((row) => textOf(draft, row))).toEqual([report.title, report.unitLine, report.dateLine]);
    expect(draft.rows.length).toBe(3 + report.blocks.length);
  });

  it('正文和标题首行缩进两个全角空格', () => {
    expect(textOf(draft, 4).startsWith('\u3000\u3000半年以来')).toBe(true);
    expect(textOf(draft, 5)).toBe('\u3000\u3000一、勤政目标完成情况');
  });

  it('字体字号照 GB/T 9704：标题方正小标宋简体22磅居中，正文仿宋_GB2312 16磅，一级黑体，二级楷体_GB2312', () => {
    const styleOf = (row: number) => draft.styles.filter((s) => s.rect.top <= row && s.rect.bottom >= row && s.rect.left === 1).pop()?.style;
    expect(styleOf(1)).toMatchObject({ fontName: '方正小标宋简体', fontSize: 22, horizontal: 'center', wrap: true });
    expect(styleOf(4)).toMatchObject({ fontName: '仿宋_GB2312', fontSize: 16, wrap: true });
    expect(styleOf(5)).toMatchObject({ fontName: '黑体', fontSize: 16 });
    expect(styleOf(6)).toMatchObject({ fontName: '楷体_GB2312', fontSize: 16 });
  });

  it('行高按每行27字、一行24磅（16磅字的单倍行高，单元格不能设行距）估算：长段落更高', () => {
    const heightOf = (row: number) => draft.rowHeights.find((h) => h.row === row)?.height ?? 0;
    expect(heightOf(5)).toBe(24);
    expect(heightOf(4)).toBeGreaterThanOrEqual(24 * 6);
    expect(draft.columnWidths[0]).toBeGreaterThan(80);
  });

  it('旁边一列列出每段数字的来源单元格，点击跳到第一个', () => {
    const row = draft.rows.findIndex((line) => line[0]?.kind === 'text' && line[0].text.includes('39.9亿元')) + 1;
    const investment = table.indicators.find((indicator) => indicator.name.value === '全县固定资产投资')!.row;
    const sources = draft.rows[row - 1][1];
    expect(sources?.kind).toBe('link');
    expect(textOf(draft, row, 2)).toContain(`目标分解表!`);
    expect(textOf(draft, row, 2)).toContain(`G${investment}`);
    expect(sources?.kind === 'link' && sources.target.sheet).toBe(SHEET);
    expect(textOf(draft, 1, 2)).toBe('数据来源');
  });

  it('开头段的计数指向一列连续的指标名称单元格，写成区域', () => {
    expect(textOf(draft, 4, 2)).toMatch(/^目标分解表!C\d+(、C\d+)*、C\d+:C\d+/);
  });

  it('指纹列隐藏，标记列由版式加在最右', () => {
    expect(draft.hiddenColumns).toContain(3);
    expect(textOf(draft, 4, 3)).toMatch(/^huibao:para:3\/\d+:[0-9a-f]{8}$/);
    expect(generatedRole(planAsSnapshot(draft, 0))).toBe('draft');
  });

  it('有【待补充】的段落底色浅黄，提醒填写', () => {
    const closing = draft.rows.length;
    const style = draft.styles.filter((s) => s.rect.top === closing && s.rect.left === 1).pop()?.style;
    expect(style?.fill).toBe('#FFF2CC');
  });

  it('不受保护：科室要在这里改稿', () => {
    expect(draft.protection).toBeUndefined();
  });
});

describe('重新生成不悄悄覆盖科室改过的汇报稿', () => {
  const first = run([]);

  it('没改过：只换成新稿，不留修改稿', () => {
    const second = run(readBack(first));
    expect(byRole(second, 'draft')).toHaveLength(1);
    expect(byRole(second, 'draft-backup')).toHaveLength(0);
    expect(second.removeSheets).toContain('汇报稿');
  });

  it('改过一段：新稿照常生成，改过的旧稿原样另存为“汇报稿（修改稿）”', () => {
    const edited = '\u3000\u3000这一段是科室改写过的。';
    const sheets = readBack(first, (sheet, values) => {
      if (sheet.role === 'draft') values[5][0] = edited;
    });
    const second = run(sheets);
    const [backup] = byRole(second, 'draft-backup');
    expect(backup.name).toBe('汇报稿（修改稿）');
    expect(textOf(backup, 6)).toBe(edited);
    expect(textOf(backup, 1)).toBe(report.title);
    expect(byRole(second, 'draft')[0].rows[5][0]).toEqual({ kind: 'text', text: textOf(byRole(first, 'draft')[0], 6) });
  });

  it('提示（info）说明改过的稿另存在哪里', () => {
    const sheets = readBack(first, (sheet, values) => {
      if (sheet.role === 'draft') values[7][0] = '改了';
    });
    const issues = draftEditIssues({ name: 'x', sheets: [departmentSheet, ...sheets] });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: 'info', code: 'draft-edited', cell: { sheet: '汇报稿', row: 8, col: 1 } });
    expect(issueMessage(issues[0])).toBe('“汇报稿”有1处被修改过，已原样另存为“汇报稿（修改稿）”；新生成的“汇报稿”不含这些修改。');
    expect(draftEditIssues({ name: 'x', sheets: [departmentSheet, ...readBack(first)] })).toEqual([]);
  });

  it('在末尾加了一段、或删掉一段，也算改过', () => {
    const added = readBack(first, (sheet, values) => {
      if (sheet.role === 'draft') values.push(['\u3000\u3000科室补写的下一步打算。']);
    });
    expect(byRole(run(added), 'draft-backup')).toHaveLength(1);
    const removed = readBack(first, (sheet, values) => {
      if (sheet.role === 'draft') values.splice(6, 1);
    });
    expect(byRole(run(removed), 'draft-backup')).toHaveLength(1);
  });

  it('以前留下的修改稿再次生成时原样带下去，新改的稿另起名字', () => {
    const second = run(
      readBack(first, (sheet, values) => {
        if (sheet.role === 'draft') values[5][0] = '第一次修改';
      }),
    );
    const third = run(
      readBack(second, (sheet, values) => {
        if (sheet.role === 'draft') values[5][0] = '第二次修改';
      }),
    );
    const backups = byRole(third, 'draft-backup');
    expect(backups.map((sheet) => sheet.name)).toEqual(['汇报稿（修改稿）', '汇报稿（修改稿）（2）']);
    expect(backups.map((sheet) => textOf(sheet, 6))).toEqual(['第一次修改', '第二次修改']);
  });

  it('修改稿里写着“=”开头的文字，仍作为文字写回，不变成公式', () => {
    const second = run(
      readBack(first, (sheet, values) => {
        if (sheet.role === 'draft') values[5][0] = '=SUM(A1:A3)';
      }),
    );
    expect(byRole(second, 'draft-backup')[0].rows[5][0]).toEqual({ kind: 'text', text: '=SUM(A1:A3)' });
  });

  it('这次没能成稿（没有识别出指标表）时，改过的稿也保留', () => {
    const sheets = readBack(first, (sheet, values) => {
      if (sheet.role === 'draft') values[5][0] = '改过';
    });
    const plan = run(sheets, null);
    expect(byRole(plan, 'draft')).toHaveLength(0);
    expect(byRole(plan, 'draft-backup')).toHaveLength(1);
  });

  it('个人建的同名工作表“汇报稿（修改稿）”不被占用', () => {
    const own: SheetSnapshot = { ...departmentSheet, name: '汇报稿（修改稿）', values: [['我自己的稿子']], position: 9 };
    const sheets = readBack(first, (sheet, values) => {
      if (sheet.role === 'draft') values[5][0] = '改过';
    });
    const plan = run([...sheets, own]);
    expect(byRole(plan, 'draft-backup').map((sheet) => sheet.name)).toEqual(['汇报稿（修改稿）（2）']);
    expect(plan.removeSheets).not.toContain('汇报稿（修改稿）');
  });
});

describe('来源列写得下：再多的单元格也不超出一格', () => {
  it('成千上万个来源只列前几个和总数，不超过链接文字的255字', () => {
    const refs = Array.from({ length: 5000 }, (_, i) => ({ sheet: SHEET, row: 5 + i * 2, col: 3 }));
    const text = sourcesText(refs);
    expect(text.length).toBeLessThanOrEqual(255);
    expect(text).toMatch(/^目标分解表!C5、C7、C9.*等5000处$/);
  });

  it('相邻三行以上合成区域，两行分开写，多个工作表用分号隔开', () => {
    const refs = [6, 7, 8, 10, 11].map((row) => ({ sheet: SHEET, row, col: 3 }));
    expect(sourcesText([...refs, { sheet: '其他', row: 2, col: 5 }])).toBe('目标分解表!C6:C8、C10、C11；其他!E2');
  });
});
