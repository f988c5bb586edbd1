import { compute } from '../../src/core/compute';
import { layout } from '../../src/core/layout';
import { confirmedStatuses, withoutConfirmed } from '../../src/core/layout/confirmed-statuses';
import { summaryCol, summaryLayout } from '../../src/core/layout/summary-sheet';
import type { CellValue, Issue, OutputPlan, SheetSnapshot } from '../../src/core/model';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { tDynamic } from '../../src/core/i18n';
import { runPipeline } from '../../src/core/pipeline';
import { buildTable, guannanLines, type Line } from '../compute/measure-table';
import { planAsSnapshot } from './plan-as-snapshot';
import { cellOf, columnOf, rowNamed, sheetByRole, shown, valueAt } from './plan-reading';

/** A run as the pipeline makes it: 确认状态 read from the earlier output, counted, drafted and laid out. */
function run(lines: readonly Line[], output: SheetSnapshot[] = [], issues: readonly Issue[] = []) {
  const built = buildTable(lines, { otherSheets: output });
  const confirmed = confirmedStatuses(built.snapshot, built.table.indicators);
  const kept = withoutConfirmed(issues, confirmed);
  const results = compute(built.table, kept, { confirmed });
  const report = narrate(built.table, results);
  const plan = layout({ snapshot: built.snapshot, table: built.table, issues: kept, results, report, generatedAt: '2009-07-01T04:00:00.000Z' });
  return { plan, results, report, issues: kept, table: built.table };
}

/** The generated sheets as the next run reads them, with cells of 指标测算 typed over by a person. */
function edited(plan: OutputPlan, edits: readonly { name: string; header: string; value: CellValue }[]): SheetSnapshot[] {
  return plan.sheets.map((sheet, i) =>
    planAsSnapshot(sheet, i + 1, (values) => {
      if (sheet.role !== 'measures') return;
      for (const edit of edits) values[rowNamed(sheet, edit.name) - 1][columnOf(sheet, edit.header) - 1] = edit.value;
    }),
  );
}

/** 汇总's 合计 row as its formulas' cached figures: what the sheet shows before any recalculation. */
function summaryTotals(outcome: ReturnType<typeof run>): { completed: number; inProgress: number } {
  const summary = sheetByRole(outcome.plan, 'summary');
  const row = summaryLayout(outcome.results).byGroup.totalRow;
  return { completed: Number(shown(cellOf(summary, row, summaryCol('completed')))), inProgress: Number(shown(cellOf(summary, row, summaryCol('inProgress')))) };
}

const IN_PROGRESS = '南北挂钩共建园区申报';

describe('确认状态：人的判断为准', () => {
  const first = run(guannanLines());
  const measures = sheetByRole(first.plan, 'measures');

  it('指标测算有确认状态（空）、判断依据和隐藏的计数状态；计数状态是公式，确认状态优先', () => {
    expect(shown(valueAt(measures, IN_PROGRESS, '完成状态'))).toBe('推进中');
    expect(valueAt(measures, IN_PROGRESS, '确认状态')).toBeNull();
    expect(String(shown(valueAt(measures, IN_PROGRESS, '判断依据')))).toContain('申报工作正在有序推进');
    const counted = valueAt(measures, IN_PROGRESS, '计数状态');
    const row = rowNamed(measures, IN_PROGRESS);
    const confirmedCell = `${String.fromCharCode(64 + columnOf(measures, '确认状态'))}${row}`;
    expect(counted).toMatchObject({ kind: 'formula', cached: '推进中' });
    expect(counted?.kind === 'formula' && counted.formula).toContain(`IF(OR(${confirmedCell}="超额完成",${confirmedCell}="已完成"`);
  });

  it('确认为已完成后重跑：确认状态保留，完成状态仍是引擎的，汇总、总览、汇报稿都按已完成计数', () => {
    const second = run(guannanLines(), edited(first.plan, [{ name: IN_PROGRESS, header: '确认状态', value: '已完成' }]));
    const redone = sheetByRole(second.plan, 'measures');
    expect(shown(valueAt(redone, IN_PROGRESS, '确认状态'))).toBe('已完成');
    expect(shown(valueAt(redone, IN_PROGRESS, '完成状态'))).toBe('推进中');
    expect(shown(valueAt(redone, IN_PROGRESS, '计数状态'))).toBe('已完成');

    const before = summaryTotals(first);
    const after = summaryTotals(second);
    expect(after).toEqual({ completed: before.completed + 1, inProgress: before.inProgress - 1 });
    expect(second.results.totals.completed).toBe(after.completed);

    // 总览's headline reads 汇总's 合计 row: its cached 已完成 is the confirmed count.
    const overview = sheetByRole(second.plan, 'overview');
    const headline = overview.rows.findIndex((line) => line.some((cell) => shown(cell ?? null) === '已完成')) + 1;
    const completedCol = overview.rows[headline - 1].findIndex((cell) => shown(cell ?? null) === '已完成');
    expect(shown(cellOf(overview, headline + 1, completedCol + 1))).toBe(after.completed);

    // The draft's counts are 汇总's.
    const opening = runsText(second.report.blocks[0].runs);
    expect(opening).toContain(`已完成或超额完成${after.completed}项`);
    expect(runsText(first.report.blocks[0].runs)).toContain(`已完成或超额完成${before.completed}项`);
  });

  it('第二次重跑时确认状态仍在（一路带下去）', () => {
    const second = run(guannanLines(), edited(first.plan, [{ name: IN_PROGRESS, header: '确认状态', value: '滞后' }]));
    const third = run(guannanLines(), second.plan.sheets.map((sheet, i) => planAsSnapshot(sheet, i + 1)));
    expect(shown(valueAt(sheetByRole(third.plan, 'measures'), IN_PROGRESS, '确认状态'))).toBe('滞后');
    expect(third.results.totals.behind).toBe(first.results.totals.behind + 1);
    const closing = runsText(third.report.blocks[third.report.blocks.length - 1].runs);
    expect(closing).toContain(IN_PROGRESS);
    expect(closing).toContain('滞后于序时进度');
  });

  it('确认状态里写的不是状态（错字、说明）时不算确认，按引擎的状态计数；写的字原样留在确认状态里，计数状态不认它', () => {
    const second = run(guannanLines(), edited(first.plan, [{ name: IN_PROGRESS, header: '确认状态', value: '基本完成' }]));
    expect(second.results.totals).toEqual(first.results.totals);
    const redone = sheetByRole(second.plan, 'measures');
    expect(shown(valueAt(redone, IN_PROGRESS, '确认状态'))).toBe('基本完成');
    expect(shown(valueAt(redone, IN_PROGRESS, '计数状态'))).toBe('推进中');
  });

  it('已确认的指标不再出现在“需人工确认”的校验结果里，未确认的仍在', () => {
    const row = first.table.indicators.find((indicator) => indicator.name.value === IN_PROGRESS)?.row ?? 0;
    const other = first.table.indicators.find((indicator) => indicator.name.value !== IN_PROGRESS)?.row ?? 0;
    const cell = { sheet: '目标分解表', row, col: 12 };
    const asked: Issue[] = [
      { code: 'judgement-unclear', severity: 'warning', cell, indicatorRow: row, params: {} },
      { code: 'judgement-unclear', severity: 'warning', cell: { ...cell, row: other }, indicatorRow: other, params: {} },
      { code: 'missing-owner', severity: 'warning', cell, indicatorRow: row, params: {} },
    ];
    const second = run(guannanLines(), edited(first.plan, [{ name: IN_PROGRESS, header: '确认状态', value: '已完成' }]), asked);
    expect(second.issues.map((issue) => [issue.code, issue.indicatorRow])).toEqual([
      ['judgement-unclear', other],
      ['missing-owner', row],
    ]);
  });

  it('确认过的指标被删掉：确认状态不丢，列在表下“未能对应”处；指标放回来，确认状态也回来', () => {
    const output = edited(first.plan, [{ name: IN_PROGRESS, header: '确认状态', value: '滞后' }]);
    const without = guannanLines().filter((line) => !('name' in line) || line.name !== IN_PROGRESS);
    const second = run(without, output);
    const aside = sheetByRole(second.plan, 'measures');
    const confirmedCol = columnOf(aside, '确认状态');
    const heading = aside.rows.findIndex((line) => String(shown(line[0] ?? null)).startsWith('以下审阅意见和确认状态未能对应'));
    expect(heading).toBeGreaterThan(0);
    const kept = aside.rows.slice(heading + 1).filter((line) => shown(line[confirmedCol - 1] ?? null) === '滞后');
    expect(kept.map((line) => shown(line[columnOf(aside, '指标名称') - 1] ?? null))).toEqual([IN_PROGRESS]);
    const third = run(guannanLines(), second.plan.sheets.map((sheet, i) => planAsSnapshot(sheet, i + 1)));
    expect(shown(valueAt(sheetByRole(third.plan, 'measures'), IN_PROGRESS, '确认状态'))).toBe('滞后');
    expect(third.results.totals.behind).toBe(first.results.totals.behind + 1);
  });

  it('旧版的指标测算（没有确认状态、判断依据、计数状态列）照样读回审阅意见，不按位置错读', () => {
    const output = edited(first.plan, [{ name: IN_PROGRESS, header: '审阅意见', value: '请规划科说明' }]).map((sheet) => {
      if (!sheet.values.some((line) => line.includes('确认状态'))) return sheet;
      const dropped = ['判断依据', '确认状态', '计数状态'].map((header) => columnOf(measures, header) - 1);
      const older = (line: CellValue[]) => line.filter((_, c) => !dropped.includes(c));
      return { ...sheet, values: sheet.values.map(older), formulas: sheet.formulas.map((line) => line.filter((_, c) => !dropped.includes(c))) };
    });
    const second = run(guannanLines(), output);
    const redone = sheetByRole(second.plan, 'measures');
    expect(shown(valueAt(redone, IN_PROGRESS, '审阅意见'))).toBe('请规划科说明');
    expect(second.results.totals).toEqual(first.results.totals);
  });
});

describe('汇报稿跟着状态走', () => {
  const unreported: Line[] = [
    { section: '一、重点工作' },
    { id: '1', name: '城区污水管网改造', department: '规划科', weight: 5 },
    { id: '2', name: '项目储备库建设', department: '投资科', weight: 5 },
  ];

  it('一项完成情况都没有填报的表：说没有填报，不写成绩句，不写总体推进平稳', () => {
    const outcome = run(unreported);
    const text = outcome.report.blocks.map((block) => runsText(block.runs)).join('\n');
    expect(text).toContain('2项均尚未填报完成情况');
    expect(text).not.toMatch(/总体推进平稳|总体进展顺利|已完成或超额完成|达到或超过序时进度|经过半年的努力/);
  });

  it('确认之后，汇报稿按确认的状态写，计数等于汇总', () => {
    const first = run(unreported);
    const second = run(unreported, edited(first.plan, [{ name: '城区污水管网改造', header: '确认状态', value: '已完成' }]));
    const text = second.report.blocks.map((block) => runsText(block.runs)).join('\n');
    expect(text).toContain(`已完成或超额完成${summaryTotals(second).completed}项`);
    expect(summaryTotals(second).completed).toBe(1);
    // One of two known: half, so the whole may be judged; one still unreported, so not 顺利.
    expect(text).toContain('总体推进平稳');
    expect(text).not.toContain('总体进展顺利');
  });

  it('总体进展顺利只在没有滞后、没有未填报和待确认时写', () => {
    const text = (outcome: ReturnType<typeof run>) => outcome.report.blocks.map((block) => runsText(block.runs)).join('\n');
    const allDone: Line[] = [{ id: '1', name: '招商引资', unit: '亿元', target: 10, actual: 12, weight: 5 }];
    expect(text(run(allDone))).toContain('总体进展顺利');
    const mostlyOpen: Line[] = [...allDone, ...unreported.slice(1)];
    expect(text(run(mostlyOpen))).not.toMatch(/总体推进平稳|总体进展顺利/);
  });
});

describe('汇报稿正文：数字照实说，人的确认另起一句', () => {
  const body = (outcome: ReturnType<typeof run>, name: string) =>
    outcome.report.blocks.map((block) => runsText(block.runs)).find((text) => text.includes(name)) ?? '';
  const first = run(guannanLines());

  it('数字快于序时进度、人确认为滞后：不写“低于序时进度”，照写快于多少，再写经确认滞后，并留滞后原因', () => {
    const before = first.report.blocks.map((block) => runsText(block.runs));
    const second = run(guannanLines(), edited(first.plan, [{ name: '督查重点项目', header: '确认状态', value: '滞后' }]));
    const changed = second.report.blocks.map((block) => runsText(block.runs)).filter((text, i) => text !== before[i]);
    const sentence = changed.find((text) => text.includes('经确认滞后于序时进度')) ?? '';
    expect(sentence).toMatch(/(快于|超过)序时进度9\.5个百分点，经确认滞后于序时进度，【待补充：滞后原因及下一步措施】/);
    expect(sentence).not.toMatch(/低于序时进度|落后序时进度/);
  });

  it('定性指标文字看不出是否完成、人确认为已完成：照录原话，不再写【待确认】，写经确认已完成', () => {
    const UNCLEAR = '经验在人民网上发表交流';
    expect(body(first, UNCLEAR)).toContain('【待确认：是否已完成】');
    const second = run(guannanLines(), edited(first.plan, [{ name: '学习实践活动经验交流', header: '确认状态', value: '已完成' }]));
    expect(body(second, UNCLEAR)).toContain('经验在人民网上发表交流，得到领导一致好评，经确认已完成全年目标任务');
    expect(second.report.blocks.map((block) => runsText(block.runs)).join('\n')).not.toContain('【待确认：是否已完成】');
  });
});

describe('整条流水线：校验结果只列仍未确认的', () => {
  const UNCLEAR = '学习实践活动经验交流';
  const pipeline = (output: SheetSnapshot[] = []) => {
    const built = buildTable(guannanLines(), { otherSheets: output });
    return runPipeline(built.snapshot, { generatedAt: '2009-07-01T04:00:00.000Z' });
  };
  const checksText = (plan: OutputPlan) =>
    sheetByRole(plan, 'checks')
      .rows.flat()
      .map((cell) => String(shown(cell ?? null) ?? ''))
      .join('\n');

  it('确认前：“需人工确认”的问题在校验结果和问题清单里；确认后两处都没有了，其他问题照旧', () => {
    const first = pipeline();
    const asked = first.issues.filter((issue) => issue.code === 'judgement-unclear');
    expect(asked.map((issue) => issue.indicatorName ?? issue.indicatorRow)).toHaveLength(1);
    const before = checksText(first.plan);
    expect(before).toContain(UNCLEAR);

    const second = pipeline(edited(first.plan, [{ name: UNCLEAR, header: '确认状态', value: '已完成' }]));
    expect(second.issues.filter((issue) => issue.code === 'judgement-unclear')).toEqual([]);
    expect(second.issues.length).toBe(first.issues.length - asked.length);
    expect(second.results?.indicators.find((result) => result.row === asked[0].indicatorRow)).toMatchObject({ status: 'completed', judgedStatus: 'unclear' });
    expect(checksText(second.plan).split(UNCLEAR).length).toBeLessThan(before.split(UNCLEAR).length);
  });
});

describe('整条流水线：确认状态写错了（不是可选的状态），校验结果和问题清单都列出来', () => {
  const NAME = '南北挂钩共建园区申报';
  const pipeline = (output: SheetSnapshot[] = [], lines: Line[] = guannanLines()) => {
    const built = buildTable(lines, { otherSheets: output });
    return runPipeline(built.snapshot, { generatedAt: '2009-07-01T04:00:00.000Z' });
  };
  const checksText = (plan: OutputPlan) =>
    sheetByRole(plan, 'checks')
      .rows.flat()
      .map((cell) => String(shown(cell ?? null) ?? ''))
      .join('\n');

  it.each([['已完成。'], ['完成'], ['已确认']])('写成“%s”：列出表名和单元格、写的字和可选的状态；不计数，也不悄悄丢掉', (typo) => {
    const first = pipeline();
    const second = pipeline(edited(first.plan, [{ name: NAME, header: '确认状态', value: typo }]));
    const found = second.issues.filter((issue) => issue.code === 'confirmed-status-unknown');
    expect(found).toHaveLength(1);
    const measures = sheetByRole(second.plan, 'measures');
    const cell = { sheet: measures.name, row: rowNamed(measures, NAME), col: columnOf(measures, '确认状态') };
    expect(found[0]).toMatchObject({ severity: 'warning', cell, indicatorName: NAME });
    // The cell the issue points at holds the words as typed.
    expect(shown(cellOf(measures, cell.row, cell.col))).toBe(typo);
    const message = tDynamic('issue.confirmed-status-unknown', 'zh-CN', found[0].params);
    expect(message).toContain(`${measures.name}!`);
    expect(message).toContain(`“${typo}”`);
    expect(tDynamic('issue.confirmed-status-unknown.fix', 'zh-CN', found[0].params)).toContain('超额完成、已完成、达到序时进度、滞后、推进中、未填报、无数据');
    expect(tDynamic('issue.confirmed-status-unknown', 'en-US', found[0].params)).toContain('not one of the statuses');
    // 校验结果 lists it too; nothing is counted from it.
    expect(checksText(second.plan)).toContain(`“${typo}”`);
    expect(second.results?.totals).toEqual(first.results?.totals);
  });

  it('写对了（从下拉列表选的状态）或没写：不列', () => {
    const first = pipeline();
    expect(first.issues.filter((issue) => issue.code.startsWith('confirmed-status-unknown'))).toEqual([]);
    const second = pipeline(edited(first.plan, [{ name: NAME, header: '确认状态', value: '已完成' }]));
    expect(second.issues.filter((issue) => issue.code.startsWith('confirmed-status-unknown'))).toEqual([]);
  });

  it('写错的那一行的指标被删掉：写的字移到表下，问题指向原来写的单元格', () => {
    const first = pipeline();
    const output = edited(first.plan, [{ name: NAME, header: '确认状态', value: '已完成。' }]);
    const without = guannanLines().filter((line) => !('name' in line) || line.name !== NAME);
    const second = pipeline(output, without);
    const aside = second.issues.filter((issue) => issue.code === 'confirmed-status-unknown-aside');
    const old = sheetByRole(first.plan, 'measures');
    expect(aside).toHaveLength(1);
    expect(aside[0].cell).toEqual({ sheet: old.name, row: rowNamed(old, NAME), col: columnOf(old, '确认状态') });
    expect(aside[0].params.name).toBe(NAME);
    const measures = sheetByRole(second.plan, 'measures');
    const confirmedCol = columnOf(measures, '确认状态');
    expect(measures.rows.some((line) => shown(line[confirmedCol - 1] ?? null) === '已完成。')).toBe(true);
  });
});
