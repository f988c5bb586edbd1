import { runPipeline } from '../../src/core/pipeline';
import type { CellValue, OutputPlan, SheetPlan } from '../../src/core/model';
import { workbookOf } from '../recognize/build-snapshot';
import { sheetByRole, shown } from './plan-reading';

/**
 * A target table with 分值 and nothing reported yet (real-frozen-11/112, -12/123, -12/124) showed 实得分 0.00 and
 * 得分率 0.00% in 汇总 and 总览, under 总览's own line "以下不计完成率，也不作评价": a leader reads "scored zero".
 * Where nothing is reported they show —, by a formula, so what is reported later flows through. Made-up tables.
 */
function planOf(rows: readonly (readonly CellValue[])[]): OutputPlan {
  return runPipeline(workbookOf('某局年度目标', [{ name: '目标', rows }]), { generatedAt: '2024-03-01T04:00:00.000Z' }).plan;
}

function headline(sheet: SheetPlan): Record<string, string> {
  const labels = sheet.rows.findIndex((line) => shown(line[0] ?? null) === '指标数');
  const header = sheet.rows[labels].map((value) => String(shown(value ?? null)));
  const values = sheet.rows[labels + 1].map((value) => String(shown(value ?? null)));
  return Object.fromEntries(header.map((h, i) => [h, values[i]]));
}

function totalLine(sheet: SheetPlan): string[] {
  const row = sheet.rows.find((line) => shown(line[0] ?? null) === '合计')!;
  return row.map((value) => String(shown(value ?? null)));
}

const PLAN = [
  ['某局2024年重点工作目标'],
  ['序号', '工作任务', '分值', '责任科室', '完成时限'],
  [1, '完成全域国土空间规划编制', 30, '规划科', '2024年12月'],
  [2, '开展耕地保护专项督查', 40, '耕保科', '2024年10月'],
  [3, '推进不动产登记“一窗受理”', 30, '登记中心', '2024年9月'],
];

describe('什么都没填报的目标表：实得分、得分率写“—”', () => {
  const plan = planOf(PLAN);

  it('汇总合计行与各行', () => {
    const summary = sheetByRole(plan, 'summary');
    const total = totalLine(summary);
    expect(total).toContain('100');
    expect(total.filter((text) => text === '—').length).toBe(2);
    const earned = summary.rows.find((line) => shown(line[0] ?? null) === '合计')![11];
    expect(earned?.kind === 'formula' && earned.formula).toMatch(/^=IF\(AND\(B\d+>0,B\d+=H\d+\),"—",/);
  });

  it('总览主要数据', () => {
    const h = headline(sheetByRole(plan, 'overview'));
    expect(h['实得分']).toBe('—');
    expect(h['得分率']).toBe('—');
    expect(h['应得分']).toBe('100');
  });
});

describe('不变：填报了的表照常计分', () => {
  it('有完成情况的一行就计实得分与得分率', () => {
    const reported = PLAN.map((row, i) => (i === 1 ? [...row, '完成情况'] : i === 3 ? [...row, '已完成督查并通报，全年任务完成'] : [...row, null]));
    const h = headline(sheetByRole(planOf(reported), 'overview'));
    expect(h['实得分']).not.toBe('—');
    expect(h['得分率']).not.toBe('—');
    expect(Number(h['得分率'])).toBeGreaterThan(0);
  });
});

describe('总览主要数据的分数列放得下“100.00%”', () => {
  it('实得分、应得分、得分率三列的宽度够 16 磅粗体的七个字符', () => {
    const overview = sheetByRole(planOf(PLAN), 'overview');
    const labels = overview.rows.find((line) => shown(line[0] ?? null) === '指标数')!.map((value) => String(shown(value ?? null)));
    for (const header of ['实得分', '应得分', '得分率']) {
      // A digit at 16 pt bold takes about 16/11 of a column unit at the default 11 pt, plus the cell's padding.
      expect(overview.columnWidths[labels.indexOf(header)]).toBeGreaterThanOrEqual(Math.ceil((7 * 16) / 11 + 2));
    }
  });
});
