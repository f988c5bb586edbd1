import type { CellValue, OutputPlan } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { recognize } from '../../src/core/recognize';
import { sheetByRole, shown } from '../layout/plan-reading';
import { workbookOf } from './build-snapshot';

/*
 * A 备注 column that the values read as no field (not the units in charge, not the progress, not scoring rules) holds what
 * the table has no column for: why a task has not started, that a figure is an estimate. Each row's words are its remark:
 * quoted on 指标测算 (the note, and the 判断依据 of a row with nothing reported), never read for a status. Made-up tables in
 * other words than the published one that showed it (real-frozen-14/141 歙县, 待省统一部署后启动实施).
 */

function tableOf(rows: readonly (readonly CellValue[])[]) {
  const table = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows }])).table;
  if (table === null) throw new Error('no table');
  return table;
}

function measuresTexts(rows: readonly (readonly CellValue[])[]): string[] {
  const plan: OutputPlan = runPipeline(workbookOf('某局2024年民生项目', [{ name: 'Sheet1', rows }]), { generatedAt: '2024-10-10T04:00:00.000Z' }).plan;
  return sheetByRole(plan, 'measures').rows.flatMap((line) => line.map((value) => String(shown(value ?? null) ?? '')));
}

const PROJECTS: (readonly CellValue[])[] = [
  ['某局2024年1-9月民生项目推进情况', null, null, null, null, null],
  ['序号', '项目', '年度目标(个)', '1-9月完成(个)', '进展情况', '备注'],
  [1, '新建社区食堂', 12, 9, '9个已投入运营', null],
  [2, '改造农贸市场', 4, null, null, '待市里统一招标后实施'],
  [3, '新增公共充电桩', 300, 320, '已建成320个', '含企业自建'],
];

describe('备注栏：读作各行的备注，照原文引用', () => {
  it('有字的行读出备注并指向原格，空着的行没有', () => {
    const table = tableOf(PROJECTS);
    expect(table.remarkColumn?.letter).toBe('F');
    expect(table.indicators.map((i) => i.remark?.value ?? null)).toEqual([null, '待市里统一招标后实施', '含企业自建']);
    expect(table.indicators[1].remark?.cell).toEqual({ sheet: 'Sheet1', row: 4, col: 6 });
  });

  it('指标测算：未填报的行判断依据引备注；其他行的说明栏引备注和原格', () => {
    const texts = measuresTexts(PROJECTS);
    expect(texts).toContain('未填报完成情况；备注：“待市里统一招标后实施”');
    expect(texts.some((text) => text.includes('备注：“含企业自建”（Sheet1!F5）'))).toBe(true);
  });
});

describe('“说明”“附注”一栏在已有进展栏时也是备注', () => {
  it('进展情况之外的“说明”：各行的说明照原文读作备注', () => {
    const table = tableOf([
      ['某局2024年1-9月民生项目推进情况', null, null, null, null],
      ['项目', '年度目标(个)', '1-9月完成(个)', '进展情况', '说明'],
      ['新建社区食堂', 12, 9, '9个已投入运营', '招标延期一个月'],
      ['改造农贸市场', 4, 3, '3个已完工', null],
    ]);
    expect(table.columns.progressText?.letter).toBe('D');
    expect(table.remarkColumn?.letter).toBe('E');
    expect(table.indicators.map((i) => i.remark?.value ?? null)).toEqual(['招标延期一个月', null]);
  });
});

describe('不变：备注不定状态，也不抢别的栏', () => {
  it('备注写“已完成”而完成栏空着：仍是未填报，不算完成', () => {
    const plan = runPipeline(workbookOf('某局2024年民生项目', [{ name: 'Sheet1', rows: [
      ['某局2024年1-9月民生项目推进情况', null, null, null],
      ['项目', '年度目标(个)', '1-9月完成(个)', '备注'],
      ['新建社区食堂', 12, null, '已完成'],
      ['改造农贸市场', 4, 3, null],
    ] }]), { generatedAt: '2024-10-10T04:00:00.000Z' });
    const statuses = (plan.results?.indicators ?? []).map((r) => r.status);
    expect(statuses).toHaveLength(2);
    expect(statuses[0]).not.toBe('completed');
    expect(statuses[0]).not.toBe('exceeded');
  });

  it('备注栏写的是单位名称：仍读作责任单位，不是备注', () => {
    const table = tableOf([
      ['2024年重点工作', null, null],
      ['工作任务', '年度目标', '备注'],
      ['新增城镇就业', '1200人', '县人社局'],
      ['改造农村公路', '30公里', '县交通运输局'],
      ['新建公办幼儿园', '2所', '县教育局'],
    ]);
    expect(table.columns.department?.letter).toBe('C');
    expect(table.remarkColumn).toBeUndefined();
    expect(table.indicators.every((i) => (i.remark ?? null) === null)).toBe(true);
  });

  it('表头不是“备注”的空栏（如“其他”）不读作备注', () => {
    const table = tableOf([
      ['2024年重点工作', null, null, null],
      ['项目', '年度目标(个)', '完成(个)', '其他'],
      ['新建社区食堂', 12, 9, '待定'],
      ['改造农贸市场', 4, 3, null],
    ]);
    expect(table.remarkColumn).toBeUndefined();
  });
});
