import '../../src/node/traditional-chinese';
import { parseArgs } from '../../src/cli/args';
import { analysisJson } from '../../src/core/contract/analysis-json';
import type { CellValue, MergeArea, OutputPlan } from '../../src/core/model';
import { shownValue } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { recognize } from '../../src/core/recognize';
import { valueAt, sheetByRole } from '../layout/plan-reading';
import { area, workbookOf } from './build-snapshot';

/**
 * A column where staff state a status in a word (完成状况 已完成, 办结情况 办结, 是否按期完成 是) is a field of its own,
 * status: read under its own header or under a group (推进情况 › 当前状态), never as a completion rate or the account of
 * progress; the judgement takes it as the staff's word. Made-up tables, in other words than any published one.
 */

function tableOf(rows: readonly (readonly CellValue[])[], merges: readonly MergeArea[] = []) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }]));
  if (recognition.table === null) throw new Error('no table was read');
  return recognition;
}

describe('状态一栏读作 status', () => {
  it('“完成状况”一栏（已完成/推进中/滞后）读作状态，说明仍是说明', () => {
    const { table } = tableOf([
      ['2025年民生项目1—9月推进表'],
      ['序号', '项目', '牵头部门', '推进情况说明', '完成状况'],
      [1, '改造农贸市场3个', '商务局', '3个市场均已完工开业', '已完成'],
      [2, '新建口袋公园10个', '住建局', '已建成6个，4个正在施工', '推进中'],
      [3, '更新公交车辆40辆', '交通局', '招标流标，重新挂网', '滞后'],
    ]);
    expect(table?.columns.status?.letter).toBe('E');
    expect(table?.columns.progressText?.letter).toBe('D');
    expect(table?.columns.completionRate).toBeUndefined();
    const byRow = new Map(table?.indicators.map((i) => [i.row, i]));
    expect(byRow.get(3)?.statedStatus).toEqual({ value: '已完成', cell: { sheet: 'Sheet1', row: 3, col: 5 }, header: '完成状况' });
    expect(byRow.get(5)?.statedStatus?.value).toBe('滞后');
  });

  it('分组表头下的“当前状态”（推进情况 › 当前状态）是状态，不是完成率', () => {
    const { table } = tableOf([
      ['序号', '重点任务', '推进情况', null],
      [null, null, '进展', '当前状态'],
      [1, '完成老城区雨污分流改造', '管网铺设完成，道路恢复中', '实施中'],
      [2, '建成区级应急指挥平台', '平台上线运行', '办结'],
    ], [area('A1:A2'), area('B1:B2'), area('C1:D1')]);
    expect(table?.columns.status?.letter).toBe('D');
    expect(table?.columns.completionRate).toBeUndefined();
    expect(table?.columns.progressText?.letter).toBe('C');
  });

  it('“是否按期完成”一栏的是/否读作状态，保留表头以便判断', () => {
    const { table } = tableOf([
      ['序号', '工作任务', '责任科室', '完成时限', '是否按期完成'],
      [1, '修订机关考勤制度', '办公室', '2025年3月底', '是'],
      [2, '开展作风建设专项检查', '纪检组', '2025年6月底', '否'],
    ]);
    expect(table?.columns.status?.letter).toBe('E');
    expect(table?.indicators[0].statedStatus?.header).toBe('是否按期完成');
  });

  it('“办结情况”一栏写的是一句句说明（不是一两个字的状态）：读作完成情况说明，不是状态', () => {
    const { table } = tableOf([
      ['序号', '信访事项', '责任单位', '办结情况'],
      [1, '城东小区供暖不热问题', '住建局', '已约谈供热公司，更换主管道120米，住户回访室温达标，群众表示满意。'],
      [2, '农贸市场周边占道经营', '城管局', '联合街道开展整治三次，设置临时疏导点，目前仍在持续巡查中。'],
    ]);
    expect(table?.columns.status).toBeUndefined();
    expect(table?.columns.progressText?.letter).toBe('D');
    expect(table?.indicators[1].progressText?.value).toContain('持续巡查');
  });

  it('不变的：没有状态词的表头（完成情况、进度、备注）照旧读', () => {
    const { table } = tableOf([
      ['序号', '指标名称', '目标值', '完成情况', '进度', '备注'],
      [1, '新增市场主体', 3000, 1800, '60%', ''],
      [2, '新增规上企业', 20, 9, '45%', ''],
    ]);
    expect(table?.columns.status).toBeUndefined();
    expect(table?.columns.actual?.letter).toBe('D');
    expect(table?.columns.completionRate?.letter).toBe('E');
    expect(table?.indicators.every((i) => i.statedStatus === undefined)).toBe(true);
  });
});

describe('状态进入判断、指标测算与 analyze --json', () => {
  const rows = [
    ['2025年为民办实事项目1—10月进度表'],
    ['序号', '项目内容', '责任单位', '10月进展', '办结情况'],
    [1, '出台社区食堂运营补助办法', '民政局', '办法已印发', '已办结'],
    [2, '新建社区食堂12家', '民政局', '已建成8家，其余4家正在装修', '已办结'],
    [3, '改造提升农村公厕50座', '农业农村局', '完成改造38座', '进度滞后'],
  ];
  const snapshot = workbookOf('办实事.xlsx', [{ name: 'Sheet1', rows }]);
  const outcome = runPipeline(snapshot, { generatedAt: '2025-11-05T00:00:00Z' });
  const plan: OutputPlan = outcome.plan;
  const measures = sheetByRole(plan, 'measures');

  it('只写“已办结”的任务已完成，判断依据引用那一格；说明说还有4家在装修的，需人工确认', () => {
    expect(shownValue(valueAt(measures, '出台社区食堂运营补助办法', '完成状态'))).toBe('已完成');
    expect(shownValue(valueAt(measures, '出台社区食堂运营补助办法', '判断依据'))).toContain('办结情况“已办结”（Sheet1!E3）');
    expect(shownValue(valueAt(measures, '新建社区食堂12家', '完成状态'))).toBe('需人工确认');
    expect(shownValue(valueAt(measures, '新建社区食堂12家', '判断依据'))).toContain('办结情况“已办结”');
  });

  it('定性指标的测算说明说明完成状态也按“办结情况”一栏判断', () => {
    expect(shownValue(valueAt(measures, '出台社区食堂运营补助办法', '测算说明'))).toContain('按填报的“办结情况”一栏与完成情况说明判断');
  });

  it('写“进度滞后”的是滞后，完成状态写成文字而不是会把它改掉的公式', () => {
    const cell = valueAt(measures, '改造提升农村公厕50座', '完成状态');
    expect(cell).toEqual({ kind: 'text', text: '滞后' });
  });

  it('analyze --json 给出 status 列和每项的 statedStatus 及其单元格', () => {
    const json = analysisJson(outcome, 'zh-CN');
    expect(json.columns.status).toBe('E');
    const first = json.indicators.find((i) => i.row === 3);
    expect(first?.statedStatus).toBe('已办结');
    expect(first?.cells.statedStatus).toBe('Sheet1!E3');
  });

  it('--map status=E 可以指定状态列', () => {
    expect(parseArgs(['analyze', 'x.xlsx', '--map', 'status=E']).columnMap).toEqual({ status: 'E' });
  });
});
