import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import '../../src/node/traditional-chinese';
import { workbookOf, type SheetSpec } from './build-snapshot';

/**
 * A progress sentence often states what the task needs before what was done (经摸排共需改造420户, 计划新建6所,
 * 预计完成…): the figure of need or plan is never what was done, even when it meets the goal in the name — read as
 * the actual it made a task whose tender had only just been published 超额完成. The sheets are written for the rule in
 * other words than any published table; the last rows must not change.
 */

function table(rows: SheetSpec['rows']): IndicatorTable {
  const recognition = recognize(workbookOf('实事进展', [{ name: 'Sheet1', rows }]));
  if (!recognition.table) throw new Error(`no table: ${recognition.issues.map((i) => i.code).join(', ')}`);
  return recognition.table;
}

function row(read: IndicatorTable, at: number) {
  const found = read.indicators.find((i) => i.row === at);
  if (!found) throw new Error(`no row ${at}`);
  return found;
}

const sheet: SheetSpec['rows'] = [
  ['2024年为民办实事项目推进情况（截至6月底）'],
  ['序号', '项目内容', '责任单位', '推进情况'],
  [1, '改造农村危房400户。', '县住建局', '经入户摸排，共需改造420户；目前已完成设计，正在招标。'],
  [2, '新建村级综合服务站30个。', '县民政局', '计划新建32个，已确定选址，6月底开工。'],
  [3, '新增城区停车位1500个。', '县城管局', '按照方案应新增1600个，现已完成规划审批。'],
  [4, '安装应急广播终端200套。', '县应急局', '预计年底前安装210套，设备已到货。'],
  [5, '实施农村饮水提质工程25处。', '县水利局', '已完成25处，受益群众1.2万人。'],
  [6, '新建标准化考场80间。', '县教育局', '已建成86间，完成率107.5%。'],
  [7, '配备应急救援装备120台。', '县应急局', '已配备应急救援装备120台。'],
];

describe('进展句里“需、计划、应、预计”所说的数是要做的，不是已做的', () => {
  const read = table(sheet);

  it('共需、计划、应、预计之后的数都不读作完成数', () => {
    for (const at of [3, 4, 5, 6]) expect(row(read, at).actual).toBeNull();
  });

  it('已完成、已建成、已配备的数照旧读作完成数（应急二字不是“应”）', () => {
    expect(row(read, 7).actual?.value).toBe(25);
    expect(row(read, 8).actual?.value).toBe(86);
    expect(row(read, 9).actual?.value).toBe(120);
  });
});
