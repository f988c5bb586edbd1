import fc from 'fast-check';
import { issueMessage, issueSuggestion, localParams } from '../../src/core/i18n';
import { enUS } from '../../src/core/i18n/en-US';
import { zhCN } from '../../src/core/i18n/zh-CN';
import type {
  Approximation,
  CellRef,
  CellValue,
  ColumnMapping,
  FieldKey,
  Indicator,
  IndicatorTable,
  Issue,
  NumberField,
  TextField,
  WorkbookSnapshot,
} from '../../src/core/model';
import { FIELD_KEYS } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { ISSUE_CATALOGUE, validate, type ValidationCode } from '../../src/core/validate';
import { build, indicator, section, type RowSpec } from './table-builder';

const ERRORS = ['#N/A', '#DIV/0!', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!', '#GETTING_DATA', '#奇怪'];

const controlText = fc.string({ unit: fc.integer({ min: 0, max: 0x9f }).map((code) => String.fromCharCode(code)), maxLength: 20 });

/** Anything a department's cell can hold, and a few things it should not. */
export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  controlText,
  fc.double(),
  fc.integer(),
  fc.integer({ min: 1, max: 80_000 }),
  fc.boolean(),
  fc.constantFrom(...ERRORS).map((error) => ({ error })),
  fc.string().map((text) => `=${text}`),
  fc.integer({ min: 1000, max: 40_000 }).map((length) => '长'.repeat(length)),
  fc.constantFrom('300余人', '约12', '近300', '—', '/', '无', '#N/A', '120亿元', '-5', '1e309', 'NaN', 'Infinity', '=SUM(A1:A9)', '已完成', '正在推进', ' ', '\u0000', '\u202e'),
);

const anyText = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), controlText, fc.constantFrom('', '  ', '固定资产投资', '=HYPERLINK("x")'));
const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(0, -0, Number.NaN, Number.POSITIVE_INFINITY, -1, 1e308));

function anyCellRef(sheet: string): fc.Arbitrary<CellRef> {
  return fc.record({ sheet: fc.constantFrom(sheet, '别的表', ''), row: fc.integer({ min: -2, max: 60 }), col: fc.integer({ min: -2, max: 30 }) });
}

function anyNumberField(sheet: string): fc.Arbitrary<NumberField | null> {
  return fc.option(
    fc.record(
      {
        value: anyNumber,
        cell: anyCellRef(sheet),
        approx: fc.constantFrom<Approximation>('exact', 'over', 'about', 'nearly', 'atLeast', 'atMost'),
        text: anyText,
        decimals: fc.integer({ min: -3, max: 400 }),
        derived: fc.boolean(),
        unitInCell: fc.oneof(anyText, fc.constantFrom('亿元', '万元', '人', '%', '个百分点', '天')),
      },
      { requiredKeys: ['value', 'cell', 'approx', 'text', 'decimals', 'derived'] },
    ),
  );
}

function anyTextField(sheet: string): fc.Arbitrary<TextField | null> {
  return fc.option(fc.record({ value: anyText, cell: anyCellRef(sheet) }));
}

function anyIndicator(sheet: string): fc.Arbitrary<Indicator> {
  return fc.record({
    row: fc.integer({ min: -1, max: 60 }),
    sheet: fc.constant(sheet),
    outline: anyText,
    id: anyText,
    path: fc.array(anyText, { maxLength: 4 }),
    name: fc.record({ value: anyText, cell: anyCellRef(sheet) }),
    kind: fc.constantFrom('quantitative' as const, 'qualitative' as const),
    direction: fc.constantFrom('higher' as const, 'lower' as const),
    unit: fc.option(fc.oneof(anyText, fc.constantFrom('亿元', '%', '人'))),
    target: anyNumberField(sheet),
    targetText: anyTextField(sheet),
    periodTarget: anyNumberField(sheet),
    actual: anyNumberField(sheet),
    actualText: anyTextField(sheet),
    lastYear: anyNumberField(sheet),
    statedGrowth: anyNumberField(sheet),
    statedCompletion: anyNumberField(sheet),
    department: anyTextField(sheet),
    owner: anyTextField(sheet),
    leader: anyTextField(sheet),
    cooperating: anyTextField(sheet),
    problems: anyTextField(sheet),
    weight: anyNumberField(sheet),
    deadline: fc.option(
      fc.record({
        iso: fc.oneof(anyText, fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10))),
        cell: anyCellRef(sheet),
        text: anyText,
      }),
    ),
    progressText: anyTextField(sheet),
  });
}

const anyColumns: fc.Arbitrary<Partial<Record<FieldKey, ColumnMapping>>> = fc
  .array(
    fc.tuple(
      fc.constantFrom(...FIELD_KEYS),
      fc.record({
        col: fc.integer({ min: -1, max: 25 }),
        letter: fc.string({ maxLength: 3 }),
        header: anyText,
        confidence: fc.double(),
        source: fc.constantFrom('synonym' as const, 'keyword' as const, 'values' as const, 'user' as const, 'remembered' as const),
      }),
    ),
    { maxLength: 15 },
  )
  .map((pairs) => Object.fromEntries(pairs));

const SHEET = '考核指标';

/** A snapshot of random cells and a table that claims anything at all about it: what a buggy recognizer might hand over. */

const anyInput: fc.Arbitrary<{ table: IndicatorTable; snapshot: WorkbookSnapshot }> = fc
  .record({
    values: fc.array(fc.array(anyCell, { maxLength: 16 }), { maxLength: 40 }),
    formulas: fc.array(fc.array(fc.option(anyText), { maxLength: 16 }), { maxLength: 40 }),
    merges: fc.array(
      fc.record({ top: fc.integer({ min: -1, max: 40 }), left: fc.integer({ min: -1, max: 16 }), bottom: fc.integer({ min: -1, max: 40 }), right: fc.integer({ min: -1, max: 16 }) }),
      { maxLength: 5 },
    ),
    indicators: fc.array(anyIndicator(SHEET), { maxLength: 12 }),
    columns: anyColumns,
    headerRows: fc.array(fc.integer({ min: -1, max: 10 }), { maxLength: 3 }),
    statedWeightTotal: anyNumberField(SHEET),
    year: fc.oneof(fc.integer(), fc.constant(Number.NaN), fc.constant(2009)),
    toMonth: fc.integer({ min: -1, max: 14 }),
    asOf: fc.option(fc.oneof(anyText, fc.constant('2009-06-30'))),
    tableOnOtherSheet: fc.boolean(),
  })
  .map((drawn) => ({
    snapshot: {
      name: '随机',
      sheets: [{ name: SHEET, visible: true, position: 0, values: drawn.values, formulas: drawn.formulas, numberFormats: [], merges: drawn.merges }],
    },
    table: {
      sheet: drawn.tableOnOtherSheet ? '不存在的表' : SHEET,
      title: null,
      unitName: null,
      layoutClass: 'breakdown' as const,
      headerRows: drawn.headerRows,
      columns: drawn.columns,
      period: {
        year: drawn.year,
        fromMonth: 1,
        toMonth: drawn.toMonth,
        expectedProgress: 0.5,
        label: '',
        source: 'default',
        ...(drawn.asOf === null ? {} : { asOf: drawn.asOf }),
      },
      sections: [],
      indicators: drawn.indicators,
      statedWeightTotal: drawn.statedWeightTotal,
      notes: [],
    },
  }));

/** What must hold for any issue list, whatever went in: the broken promises, as readable lines. */
function brokenPromises(issues: readonly Issue[]): string[] {
  const broken: string[] = [];
  const codes = new Set(Object.keys(ISSUE_CATALOGUE));
  for (const issue of issues) {
    const where = `${issue.code} @ ${JSON.stringify(issue.cell)}`;
    if (issue.code === 'rule-failed') broken.push(`a rule crashed: ${JSON.stringify(issue.params)}`);
    if (!codes.has(issue.code)) broken.push(`${where}: code not in the catalogue`);
    else if (issue.severity !== ISSUE_CATALOGUE[issue.code as ValidationCode].severity) broken.push(`${where}: severity differs from the catalogue`);
    for (const [locale, table] of [['zh-CN', zhCN], ['en-US', enUS]] as const) {
      // Every placeholder of both templates is filled, from the issue's params or those worked out from them in the
      // reader's language (a field's label, where a target goes); workbook text may itself contain braces: that is fine.
      const params = localParams(issue, locale);
      const templates = table as Record<string, string>;
      const wanted = `${templates[`issue.${issue.code}`]}${templates[`issue.${issue.code}.fix`]}`.match(/\{\w+\}/g) ?? [];
      for (const placeholder of wanted) if (!(placeholder.slice(1, -1) in params)) broken.push(`${where}: ${placeholder} not filled`);
    }
    for (const locale of ['zh-CN', 'en-US'] as const) {
      if (issueMessage(issue, locale) === `issue.${issue.code}`) broken.push(`${where}: no ${locale} message`);
      if (issueSuggestion(issue, locale) === '') broken.push(`${where}: no ${locale} suggestion`);
    }
    for (const [key, value] of Object.entries(issue.params)) {
      // Workbook text goes into messages shortened and on one line.
      if (typeof value === 'string' && (/[\u0000-\u001f]/.test(value) || Array.from(value).length > 80)) broken.push(`${where}: param ${key} not cleaned`);
    }
  }
  return broken;
}

describe('随机单元格内容：校验从不崩溃', () => {
  it('识别交来什么样的表（含 NaN、越界单元格、错位的列）都照常返回问题清单', () => {
    fc.assert(
      fc.property(anyInput, ({ table, snapshot }) => {
        expect(brokenPromises(validate(table, snapshot))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  const anyRow: fc.Arbitrary<RowSpec> = fc.record(
    {
      id: anyCell,
      name: anyCell,
      unit: anyCell,
      target: anyCell,
      periodTarget: anyCell,
      actual: anyCell,
      lastYear: anyCell,
      growth: anyCell,
      completionRate: anyCell,
      department: anyCell,
      owner: anyCell,
      weight: anyCell,
      progressText: anyCell,
      deadline: fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
      kind: fc.constantFrom('quantitative' as const, 'qualitative' as const),
      direction: fc.constantFrom('higher' as const, 'lower' as const),
    },
    { requiredKeys: [] },
  );

  it('部门表格里填什么（文字、数字、日期、错误值、公式、超长文本、控制字符、= 开头）都不崩溃', () => {
    fc.assert(
      fc.property(fc.array(anyRow, { minLength: 1, maxLength: 12 }), fc.boolean(), (rows, withSection) => {
        const built = build([...(withSection ? [section('勤政目标')] : []), ...rows.map(indicator)]);
        const issues = validate(built.table, built.snapshot);
        const indicatorRows = new Set(built.table.indicators.map((item) => item.row));
        const strays = issues.filter((item) => item.indicatorName !== undefined && !indicatorRows.has(item.indicatorRow ?? -1));
        expect([...brokenPromises(issues), ...strays.map((item) => `${item.code}: names an indicator on a row that has none`)]).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('随机单元格内容经真实识别后再校验', () => {
  const HEADER_TOP = ['序号', '考核指标（工作任务）', '单位', '目标任务', null, '1—6月完成情况', null, null, null, null, '责任科室', '责任人', '分值', '完成时限'];
  const HEADER_BOTTOM = [null, null, null, '全年目标', '序时目标', '完成值', '上年同期', '增幅', '完成率', '完成情况说明', null, null, null, null];

  it('表头像样、表身随意的工作表：识别和校验都不崩溃，校验规则无一出错', () => {
    let recognised = 0;
    fc.assert(
      fc.property(
        fc.array(fc.array(anyCell, { minLength: 14, maxLength: 14 }), { minLength: 1, maxLength: 25 }),
        fc.array(fc.array(fc.option(fc.string().map((text) => `=${text}`), { freq: 4 }), { maxLength: 14 }), { maxLength: 25 }),
        (body, bodyFormulas) => {
          const values: CellValue[][] = [['2009年度目标任务分解表'], ['统计时段：2009年1—6月'], HEADER_TOP, HEADER_BOTTOM, ['一、', '勤政目标'], ...body];
          const formulas = [[], [], [], [], [], ...bodyFormulas];
          const snapshot: WorkbookSnapshot = {
            name: '随机部门',
            sheets: [{ name: '目标分解表', visible: true, position: 0, values, formulas, numberFormats: [], merges: [{ top: 3, left: 4, bottom: 3, right: 5 }] }],
          };
          const recognition = recognize(snapshot);
          if (recognition.table) recognised += 1;
          const issues = recognition.table ? validate(recognition.table, snapshot) : [];
          expect(brokenPromises(issues)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
    // The property means little unless recognition mostly finds the table in these sheets.
    expect(recognised).toBeGreaterThan(30);
  });
});
