import type { CellValue, OutputPlan, ReportDoc, WorkbookSnapshot } from '../../src/core/model';
import { runsText } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { LAYOUT_FIXTURES } from '../fixtures/layouts/specs';
import { planAsSnapshot } from '../layout/plan-as-snapshot';
import { columnOf, rowNamed, sheetByRole, shown, valueAt } from '../layout/plan-reading';
import { workbookOf } from '../recognize/build-snapshot';

/**
 * The 财政部 自评表 draft follows a person's 确认状态 as every other layout's draft does: after the figures it says
 * 经确认… where the confirmed status differs from the engine's, and a confirmed 滞后 with no 偏差原因 asks for one.
 */
const spec = LAYOUT_FIXTURES.find((fixture) => fixture.file.startsWith('项目支出绩效自评表'));
if (spec === undefined) throw new Error('no fixture 项目支出绩效自评表');
const workbook: WorkbookSnapshot = workbookOf(spec.file.replace(/\.xlsx$/, ''), spec.sheets);
const run = (snapshot: WorkbookSnapshot) => runPipeline(snapshot, { generatedAt: '2021-01-10T04:00:00.000Z' });

/** The workbook as the next run reads it: the department's sheets, and the generated ones with 确认状态 typed in. */
function rerunWith(plan: OutputPlan, name: string, value: CellValue): WorkbookSnapshot {
  const generated = plan.sheets.map((sheet, i) =>
    planAsSnapshot(sheet, workbook.sheets.length + i + 1, (values) => {
      if (sheet.role === 'measures') values[rowNamed(sheet, name) - 1][columnOf(sheet, '确认状态') - 1] = value;
    }),
  );
  return { ...workbook, sheets: [...workbook.sheets, ...generated] };
}

const text = (report: ReportDoc | null): string => (report?.blocks ?? []).map((block) => `${block.kind === 'paragraph' && block.lead ? block.lead.text : ''}${runsText(block.runs)}`).join('\n');

describe('财政部绩效自评表的汇报稿跟着确认状态走', () => {
  const first = run(workbook);
  const measures = sheetByRole(first.plan, 'measures');
  const indicators = first.recognition.table?.indicators.filter((indicator) => indicator.path[0] !== '预算执行情况') ?? [];
  const statusOf = (name: string): string => String(shown(valueAt(measures, name, '完成状态')));

  it('表是 finance-form，确认之前汇报稿里没有“经确认”', () => {
    expect(first.recognition.table?.layoutClass).toBe('finance-form');
    expect(indicators.length).toBeGreaterThan(2);
    expect(text(first.report)).not.toContain('经确认');
  });

  it('确认为与引擎不同的状态：该指标那一段写“经确认…”，其他段不变', () => {
    const target = indicators.find((indicator) => statusOf(indicator.name.value) !== '已完成');
    if (target === undefined) throw new Error('every indicator is 已完成');
    const name = target.name.value;
    const second = run(rerunWith(first.plan, name, '已完成'));
    // The indicator's paragraph under 绩效指标完成情况 (its 偏差原因 paragraph, if any, quotes the unit and is left as written).
    const paragraphs = (second.report?.blocks ?? []).filter((block) => block.kind === 'paragraph' && block.lead?.text.includes(name) && runsText(block.runs).startsWith('年度指标值'));
    expect(paragraphs).toHaveLength(1);
    expect(runsText(paragraphs[0].runs)).toMatch(/，经确认已完成全年目标任务。$/u);
    const before = text(first.report).split('\n');
    const changed = text(second.report).split('\n').filter((line, i) => line !== before[i]);
    expect(changed).toHaveLength(1);
    expect(second.results?.indicators.find((result) => result.row === target.row)).toMatchObject({ status: 'completed' });
  });

  it('确认为滞后且表中没写偏差原因：写“经确认滞后于序时进度”，并在偏差原因里留待补充', () => {
    const target = indicators.find((indicator) => !indicator.progressText && statusOf(indicator.name.value) !== '滞后');
    if (target === undefined) throw new Error('no indicator without 偏差原因');
    const name = target.name.value;
    const second = run(rerunWith(first.plan, name, '滞后'));
    const all = text(second.report);
    expect(all).toContain('经确认滞后于序时进度');
    expect(all).toContain(`“${name}”经确认滞后，表中未写偏差原因，【待补充：偏差原因及改进措施】`);
  });

  it('确认的状态与引擎的相同：不多写一句', () => {
    const target = indicators[0];
    const second = run(rerunWith(first.plan, target.name.value, statusOf(target.name.value)));
    expect(text(second.report)).toBe(text(first.report));
  });
});
