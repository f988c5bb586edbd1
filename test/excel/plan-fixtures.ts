import { withMarker } from '../../src/core/layout/generated-sheets';
import type { OutputPlan, PlannedValue, SheetPlan, WorkbookSnapshot } from '../../src/core/model';

/** Plans and workbooks for the host tests, built here so anyone can read what they hold. */

export const text = (value: string): PlannedValue => ({ kind: 'text', text: value });
export const num = (value: number): PlannedValue => ({ kind: 'number', value });
export const formula = (value: string, cached: number | null = null): PlannedValue => ({ kind: 'formula', formula: value, cached });

export function sheetPlan(name: string, role: SheetPlan['role'], rows: PlannedValue[][], extra: Partial<SheetPlan> = {}): SheetPlan {
  return withMarker({
    name,
    role,
    rows,
    columnWidths: [],
    hiddenColumns: [],
    rowHeights: [],
    styles: [],
    merges: [],
    conditionalFormats: [],
    notes: [],
    ...extra,
  });
}

/** A department's own sheet and, optionally, what an earlier run left behind. */
export function departmentBook(withEarlierRun: boolean): WorkbookSnapshot {
  const own = {
    name: '目标分解表',
    visible: true,
    position: 0,
    values: [
      ['序号', '指标名称', '目标值', '完成值'],
      [1, '固定资产投资', 90, 39.9],
      [2, '项目档案', 100, 83],
    ],
    formulas: [],
    numberFormats: [],
    merges: [],
  };
  const mine = { name: '汇总', visible: true, position: 1, values: [['科室自己做的汇总表，不许动']], formulas: [], numberFormats: [], merges: [] };
  if (!withEarlierRun) return { name: '灌南县发改委', sheets: [own, mine] };
  const earlier = sheetPlan('指标测算', 'measures', [[text('指标'), text('审阅意见')], [text('固定资产投资'), text('请核实1—5月数据')]]);
  const earlierValues = earlier.rows.map((row) => row.map((value) => (value?.kind === 'text' ? value.text : null)));
  return {
    name: '灌南县发改委',
    sheets: [own, mine, { name: '指标测算', visible: true, position: 2, values: earlierValues, formulas: [], numberFormats: [], merges: [] }],
  };
}

/** A plan using every feature of the output model once. */
export function fullPlan(removeSheets: readonly string[]): OutputPlan {
  const measures = sheetPlan(
    '指标测算',
    'measures',
    [
      [text('2009年1—6月指标测算'), null, null, null],
      [text('指标'), text('完成率'), text('说明'), text('审阅意见')],
      [text('固定资产投资'), formula('=目标分解表!D2/目标分解表!C2', 0.4433), text('=来自工作簿的文字，不是公式'), null],
      [text('项目档案'), formula('=目标分解表!D3/目标分解表!C3', 0.83), text('-2.5%的降幅写成文字'), text('2009-07-01')],
      [text('备注'), num(45), { kind: 'link', text: '目标分解表!D2', target: { sheet: '目标分解表', row: 2, col: 4 } }, null],
    ],
    {
      tabColor: '#2F5597',
      columnWidths: [16, 10, 30, 20],
      rowHeights: [{ row: 1, height: 28 }],
      styles: [
        { rect: { top: 1, left: 1, bottom: 1, right: 4 }, style: { bold: true, fontSize: 14, horizontal: 'center' } },
        { rect: { top: 2, left: 1, bottom: 5, right: 4 }, style: { border: true, wrap: true, vertical: 'middle', indent: 1 } },
        { rect: { top: 3, left: 2, bottom: 4, right: 2 }, style: { numberFormat: '0.00%' } },
      ],
      merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
      conditionalFormats: [
        { kind: 'text-equals', rect: { top: 3, left: 3, bottom: 4, right: 3 }, text: '滞后', fill: '#FFC7CE', fontColor: '#9C0006' },
        { kind: 'data-bar', rect: { top: 3, left: 2, bottom: 4, right: 2 }, color: '#5B9BD5' },
      ],
      freeze: { rows: 2, cols: 1 },
      print: { orientation: 'landscape', fitToWidth: true, repeatRows: { first: 1, last: 2 } },
      protection: { editable: [{ top: 3, left: 4, bottom: 5, right: 4 }] },
      chart: { kind: 'clustered-column', title: '完成率', data: { top: 2, left: 1, bottom: 4, right: 2 }, anchor: { top: 7, left: 1, bottom: 20, right: 6 } },
      notes: [{ row: 3, col: 2, text: '完成值为1—5月数' }],
    },
  );
  const summary = sheetPlan('汇总（2）', 'summary', [[text('汇总'), formula("='指标测算'!B3", 0.4433)]]);
  return { removeSheets, sheets: [measures, summary], activate: '指标测算' };
}
