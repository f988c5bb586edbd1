import { MARKER_PREFIX } from '../../src/core/layout/generated-sheets';
import type { CellValue } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf, type SheetSpec } from './build-snapshot';

/** A department table with a two-row merged header, sections, a 合计 row and a note. */
function departmentSheet(name = '目标分解表'): SheetSpec {
  return {
    name,
    merges: [area('A1:I1'), area('A3:A4'), area('B3:B4'), area('C3:D3'), area('E3:F3'), area('G3:G4'), area('H3:H4'), area('I3:I4')],
    formats: { F8: '0.00%' },
    rows: [
      ['XX县发展和改革委员会2009年度目标任务分解表'],
      ['填报单位：XX县发展和改革委员会'],
      ['序号', '指标名称', '目标任务', null, '1—6月完成情况', null, '责任科室', '责任人', '分值'],
      [null, null, '数量', '单位', '完成数', '增幅'],
      ['一、', '勤政目标'],
      ['（一）', '单位职能工作'],
      [1, '全社会固定资产投资（1—5月）', 90, '亿元', 39.9, null, '投资科', '陈志刚', 4],
      [2, '向上争取无偿资金', 3000, '万元', 1746, 0.45, '项目办', '刘洪波', 4],
      [3, '改制企业置换职工身份', 300, '人', '300余人', null, '体改科', '孙　丽', 2],
      ['二、', '廉政目标'],
      [1, '信访稳定', '本单位无越级访', null, '无越级访', null, '办公室', '徐静', 2],
      ['合计', null, null, null, null, null, null, null, 12],
      ['注：完成数为1—6月累计数。'],
    ],
  };
}

describe('识别部门自己的目标任务分解表', () => {
  const result = recognize(workbookOf('2009-XX县发改委-目标任务分解表', [departmentSheet()]));
  const table = result.table!;

  it('找到表、两行表头和每一列，表头全部吻合时不需要确认', () => {
    expect(table.sheet).toBe('目标分解表');
    expect(table.headerRows).toEqual([3, 4]);
    const letters = Object.fromEntries(Object.entries(table.columns).map(([field, m]) => [field, m?.letter]));
    expect(letters).toEqual({ id: 'A', name: 'B', target: 'C', unit: 'D', actual: 'E', growth: 'F', department: 'G', owner: 'H', weight: 'I' });
    expect(result.unsure).toEqual([]);
    expect(result.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('时段、标题、单位名称', () => {
    expect(table.period).toMatchObject({ year: 2009, fromMonth: 1, toMonth: 6, expectedProgress: 0.5, source: 'header' });
    expect(table.title).toBe('XX县发展和改革委员会2009年度目标任务分解表');
    expect(table.unitName).toBe('XX县发展和改革委员会');
  });

  it('分节行给出路径与编号，合计与注不算指标', () => {
    expect(table.sections.map((s) => [s.row, s.level, s.title])).toEqual([[5, 1, '勤政目标'], [6, 2, '单位职能工作'], [10, 1, '廉政目标']]);
    expect(table.indicators.map((i) => [i.row, i.id, i.path.join('›')])).toEqual([
      [7, '一.(一).1', '勤政目标›单位职能工作'],
      [8, '一.(一).2', '勤政目标›单位职能工作'],
      [9, '一.(一).3', '勤政目标›单位职能工作'],
      [11, '二.1', '廉政目标'],
    ]);
    expect(table.statedWeightTotal?.value).toBe(12);
    expect(table.notes).toEqual(['注：完成数为1—6月累计数。']);
  });

  it('每个数都带着来源单元格', () => {
    const investment = table.indicators[0];
    expect(investment.target).toMatchObject({ value: 90, cell: { sheet: '目标分解表', row: 7, col: 3 }, derived: false });
    expect(investment.actual).toMatchObject({ value: 39.9, cell: { row: 7, col: 5 }, decimals: 1 });
    expect(investment.dataMonths).toEqual({ fromMonth: 1, toMonth: 5 });
    expect(table.indicators[1].statedGrowth).toMatchObject({ value: 0.45, derived: false });
  });

  it('“300余人”是约数；定性指标保留文字；责任人去掉对齐用的空格', () => {
    expect(table.indicators[2].actual).toMatchObject({ value: 300, approx: 'over', derived: true, text: '300余人' });
    expect(table.indicators[2].owner?.value).toBe('孙丽');
    const petition = table.indicators[3];
    expect(petition).toMatchObject({ kind: 'qualitative', target: null, actual: null });
    expect(petition.targetText?.value).toBe('本单位无越级访');
    expect(petition.actualText?.value).toBe('无越级访');
  });
});

describe('选表与用户的选择', () => {
  const cover: SheetSpec = { name: '封面', rows: [['XX县发改委'], ['2009年度目标任务书']] };

  it('封面与说明之后的表被选中；上次生成的表永不被选中', () => {
    const generated: SheetSpec = {
      name: '指标测算',
      rows: [['序号', '指标名称', '全年目标', '完成值', '完成率', '责任科室', '责任人', '分值', `${MARKER_PREFIX}measures`], [1, '甲', 1, 1, 1, '科', '人', 1]],
    };
    const result = recognize(workbookOf('wb', [cover, generated, departmentSheet()]));
    expect(result.table?.sheet).toBe('目标分解表');
    expect(result.candidates.map((c) => c.sheet)).not.toContain('指标测算');
  });

  it('去年的表与今年的表并列时取今年', () => {
    const lastYear = departmentSheet('2008年');
    const rows = lastYear.rows.map((row, i) => (i === 0 ? ['XX县发展和改革委员会2008年度目标任务分解表'] : row));
    const result = recognize(workbookOf('wb', [{ ...lastYear, rows }, departmentSheet('2009年')]));
    expect(result.table?.sheet).toBe('2009年');
    expect(result.candidates.map((c) => c.sheet)).toEqual(['2009年', '2008年']);
    expect(result.issues.map((i) => i.code)).toContain('recognize-sheet-chosen');
  });

  it('--sheet 指定的表优先；不存在或是生成表时报错而不读别的表', () => {
    const wb = workbookOf('wb', [departmentSheet('甲表'), departmentSheet('乙表')]);
    expect(recognize(wb, { sheet: '乙表' }).table?.sheet).toBe('乙表');
    const missing = recognize(wb, { sheet: '丙表' });
    expect(missing.table).toBeNull();
    expect(missing.issues).toEqual([expect.objectContaining({ severity: 'error', code: 'recognize-sheet-missing' })]);
    const generated: SheetSpec = { name: '汇总', rows: [[null, `${MARKER_PREFIX}summary`]] };
    expect(recognize(workbookOf('wb', [departmentSheet(), generated]), { sheet: '汇总' }).issues[0].code).toBe('recognize-sheet-generated');
  });

  it('--map 覆盖列的对应（把握度 1，来源 user），记住的对应来源为 remembered', () => {
    const wb = workbookOf('wb', [departmentSheet()], { columnMap: { weight: 'H' } });
    const remembered = recognize(wb);
    expect(remembered.table?.columns.weight).toMatchObject({ letter: 'H', confidence: 1, source: 'remembered' });
    expect(remembered.table?.columns.owner).toBeUndefined();
    const user = recognize(wb, { columnMap: { weight: 'I', owner: 'H' } });
    expect(user.table?.columns.weight).toMatchObject({ letter: 'I', source: 'user' });
    expect(user.table?.columns.owner).toMatchObject({ letter: 'H', source: 'user' });
  });

  it('不存在的列字母或字段名只给警告', () => {
    const result = recognize(workbookOf('wb', [departmentSheet()]), { columnMap: { target: 'ZZ9' } as never });
    expect(result.issues.map((i) => i.code)).toContain('recognize-bad-column-map');
    expect(result.table?.columns.target?.letter).toBe('C');
  });

  it('--as-of 覆盖表中的时段；不是日期时提示并照表中时段', () => {
    const wb = workbookOf('wb', [departmentSheet()]);
    expect(recognize(wb, { asOf: '2009-09-30' }).table?.period).toMatchObject({ toMonth: 9, expectedProgress: 0.75, source: 'as-of' });
    const bad = recognize(wb, { asOf: '九月底' });
    expect(bad.table?.period.toMonth).toBe(6);
    expect(bad.issues.map((i) => i.code)).toContain('recognize-bad-as-of');
  });
});

describe('没有指标表时不编造指标', () => {
  it.each<[string, SheetSpec[]]>([
    ['空工作簿', []],
    ['只有空表', [{ name: 'Sheet1', rows: [] }]],
    ['通讯录', [{ name: '通讯录', rows: [['科室', '负责人', '电话'], ['综合科', '李伟', '83221001']] }]],
    ['只有封面', [{ name: '封面', rows: [['2009年度目标任务书']] }]],
  ])('%s：table 为 null，并有一条 no-table 错误', (_what, sheets) => {
    const result = recognize(workbookOf('wb', sheets));
    expect(result.table).toBeNull();
    expect(result.issues).toEqual([expect.objectContaining({ severity: 'error', code: 'no-table', cell: null })]);
  });
});

describe('表头附近的合并区域', () => {
  it('合并区域从表头向上、向下都伸得很远时，表头最多四行，识别照常结束', () => {
    const rows: CellValue[][] = [[], [], [], [], ['序号', '指标名称', '全年目标', '完成值'], [1, '甲', 10, 5], [2, '乙', 20, 8], [], [], []];
    const merges = [area('A1:A5'), area('B5:B9'), area('C2:C5'), area('D5:D7')];
    const result = recognize(workbookOf('wb', [{ name: 'S', rows, merges }]));
    expect(result.table === null || result.table.headerRows.length <= 4).toBe(true);
  });
});

describe('表头含糊时照读，但请用户确认', () => {
  it('“计划”把握度低，列入 unsure 并给警告；“项目内容”是常见的指标名称表头（issue 12）', () => {
    const rows: CellValue[][] = [['序号', '项目内容', '计划', '实际完成'], [1, '档案数字化', 120, 58]];
    const result = recognize(workbookOf('wb', [{ name: 'S', rows }]));
    expect(result.table?.columns.name?.letter).toBe('B');
    expect(result.unsure).toEqual(['target']);
    expect(result.issues.filter((i) => i.code === 'recognize-low-confidence').map((i) => i.params.field)).toEqual(['target']);
    expect(result.table?.indicators[0].target?.value).toBe(120);
  });
});
