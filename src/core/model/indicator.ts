import type { CellRef } from './cell-ref';

/** The fields a column of the indicator table can hold; keys of the `columns` object in the JSON contract. */
export const FIELD_KEYS = [
  'id',
  'category',
  'name',
  'unit',
  'target',
  'periodTarget',
  'actual',
  'lastYear',
  'growth',
  'completionRate',
  'department',
  'owner',
  'leader',
  'cooperating',
  'weight',
  'deadline',
  'progressText',
  'problems',
  'status',
] as const;
export type FieldKey = (typeof FIELD_KEYS)[number];

export type IndicatorKind = 'quantitative' | 'qualitative';
/** higher: more is better; lower: 逆向指标 (审批时限, 能耗, 事故数 …). */
export type Direction = 'higher' | 'lower';

/**
 * How exact a number is as the department wrote it.
 * over: 300余人 / 300多 / 逾300; about: 约300; nearly: 近300; atLeast: ≥/不低于; atMost: ≤/不超过/控制在.
 */
export type Approximation = 'exact' | 'over' | 'about' | 'nearly' | 'atLeast' | 'atMost';

/** A number read from a cell, in the indicator's own unit. */
export interface NumberField {
  readonly value: number;
  readonly cell: CellRef;
  readonly approx: Approximation;
  /** The cell's text as shown ("300余人", "1746"), for messages and the narrative. */
  readonly text: string;
  /** Decimals as the source shows them (39.9 → 1), so the narrative never invents precision. */
  readonly decimals: number;
  /**
   * True when Excel cannot reproduce the value from the cell alone (parsed from text, unit converted,
   * percentage rescaled): the outputs then write the value, not a formula, and say so.
   */
  readonly derived: boolean;
  /** The unit written in the cell itself, if any ("亿元" in "120亿元"). */
  readonly unitInCell?: string;
  /**
   * 0..1, only for a figure worked out rather than read from its own cell (a target read out of the name,
   * 新增2000个托位): how sure recognition is that it is this figure. Below the threshold the user is asked.
   */
  readonly confidence?: number;
}

export interface TextField {
  readonly value: string;
  readonly cell: CellRef;
}

/** A status the staff state in a word (办结, 推进中, 是), with the header it answers (是否完成, 是否达序). */
export interface StatedStatusField extends TextField {
  /** The column's header as written: a bare 是/否 means what the header asks. */
  readonly header: string;
}

export interface DateField {
  /** YYYY-MM-DD */
  readonly iso: string;
  readonly cell: CellRef;
  readonly text: string;
}

export interface Indicator {
  /**
   * 1-based row on the source sheet: the indicator's stable key within one run. A cross-table's indicators
   * are columns, not rows: theirs is a key past the sheet's last row, in header order, and their cells say where they are.
   */
  readonly row: number;
  readonly sheet: string;
  /** The outline number as written on the row ("2", "（3）", "①"), empty when the row has none. */
  readonly outline: string;
  /** Full outline id through its sections, e.g. "一.(一).2.(3)". */
  readonly id: string;
  /** Section titles from the top group down, e.g. ["勤政目标", "单位职能工作", "项目建设"]. */
  readonly path: readonly string[];
  readonly name: TextField;
  readonly kind: IndicatorKind;
  readonly direction: Direction;
  readonly unit: string | null;
  readonly target: NumberField | null;
  /** A target written as words (年底前完成, 力争新增2家) — always present for qualitative indicators that have one. */
  readonly targetText: TextField | null;
  readonly periodTarget: NumberField | null;
  /**
   * The target counts what the period itself brought in (cases received in the quarter, 受理件数 beside 办结件数),
   * not a goal for the year: done is done for the period, never 全年, and the pace to hold is all of it.
   */
  readonly targetOfPeriod?: boolean;
  readonly actual: NumberField | null;
  /** An actual written as words (已完成, 推进中 …). */
  readonly actualText: TextField | null;
  readonly lastYear: NumberField | null;
  /** A growth the target states (达到25亿元,增长8%), as a fraction; absent when the target names none. */
  readonly targetGrowth?: NumberField | null;
  /** A growth rate the sheet states itself (增幅 31.08%), as a fraction. */
  readonly statedGrowth: NumberField | null;
  /** A completion rate the sheet states itself, as a fraction, checked against actual ÷ target. */
  readonly statedCompletion: NumberField | null;
  readonly department: TextField | null;
  readonly owner: TextField | null;
  /** The leader in charge (分管领导, 责任领导), kept apart from the person who does the work (责任人): GLOSSARY. */
  readonly leader: TextField | null;
  /** Units that help the responsible one (配合单位, 协办部门), as written. */
  readonly cooperating: TextField | null;
  readonly weight: NumberField | null;
  readonly deadline: DateField | null;
  readonly progressText: TextField | null;
  /** The problems or the reason a task lags, as the staff wrote them (存在问题, 滞后原因), apart from the progress. */
  readonly problems: TextField | null;
  /**
   * The row's 备注 as written, where that column is read as no field (待省统一部署后启动实施, 预计数): quoted beside the
   * figures and in the 判断依据 of a row with nothing reported, never read for a status.
   */
  readonly remark?: TextField | null;
  /**
   * The status the staff state in a word in a column of its own (进度状态 办结, 完成状态 推进中, 是否完成 是): their own
   * verdict, which the judgement weighs against the figures and the words (src/core/judge/stated-status.ts).
   */
  readonly statedStatus?: StatedStatusField | null;
  /** Months the figures cover when they differ from the report's period (1—5月 for 固定资产投资 in a 1—6月 report). */
  readonly dataMonths?: { readonly fromMonth: number; readonly toMonth: number };
  /**
   * The 得分 the unit itself wrote (财政部绩效自评表): kept as the indicator's score; the engine's own
   * figure is only compared with it.
   */
  readonly statedScore?: NumberField | null;
  /**
   * How far along the task is, as a fraction, where the sheet says so in words beside an amount (按进度执行，已使用
   * 约40% against a budget of 220万元): not the completion of the target, which such words do not state.
   */
  readonly statedProgress?: NumberField | null;
  /** A change the sheet states in percentage points (同比提高1.7个百分点 → 1.7, 下降0.3个百分点 → -0.3), in points. */
  readonly statedChangePoints?: NumberField | null;
  /** A cross-table's figures per region (地区 × 指标); the indicator's own figures are the 合计 row's. */
  readonly breakdown?: readonly RegionFigures[];
  /** 0..1: how sure recognition is of this row's reading (the least sure of its columns and worked-out figures). */
  readonly confidence?: number;
}

/**
 * The fields a table leaves empty when it has no column for them. A layout that reads only some columns
 * (finance forms, cross-tables) spreads this and sets what it read, so a new field is added here once.
 */
export const UNSTATED_FIELDS = {
  targetText: null,
  periodTarget: null,
  actual: null,
  actualText: null,
  lastYear: null,
  statedGrowth: null,
  statedCompletion: null,
  department: null,
  owner: null,
  leader: null,
  cooperating: null,
  weight: null,
  deadline: null,
  progressText: null,
  problems: null,
} as const satisfies Partial<Indicator>;

/** One region's figures of a cross-table indicator, each with its cell. */
export interface RegionFigures {
  readonly region: TextField;
  readonly target: NumberField | null;
  readonly actual: NumberField | null;
  /** 完成比例 as the sheet states it, as a fraction. */
  readonly rate: NumberField | null;
  /** Every cell of the region's row under this indicator's header, for messages and links. */
  readonly cells: readonly CellRef[];
}

/** A label and its value from the key-value block on top of a finance form (项目名称, 主管部门, 实施单位 …). */
export interface FormField {
  readonly label: string;
  readonly value: TextField;
}

/** What a 财政部 绩效自评表 / 绩效目标表 states besides its indicators. */
export interface FinanceFormFacts {
  /** 项目支出绩效自评表, 部门整体支出绩效自评表, 部门整体支出绩效目标表 … as the title names it. */
  readonly formName: string;
  /** Self-evaluation (自评表, with 实际完成值 and 得分) or target form (目标表, targets only). */
  readonly kind: 'self-evaluation' | 'target';
  readonly fields: readonly FormField[];
  /** 项目名称 of a project form; null for a department's 整体支出 form (the department is the table's unitName). */
  readonly subject: TextField | null;
  /** 年度总体目标 (预期目标) and 实际完成情况, two long text cells. */
  readonly goal: TextField | null;
  readonly achieved: TextField | null;
  /** The budget block as the form states it; null when the form has none. */
  readonly budget: FinanceBudget | null;
  /** The 得分 column the unit scored itself in, when the form has one. */
  readonly scoreColumn: ColumnMapping | null;
  /** Columns the form reads that no indicator field is named for (比较符, 正向/反向 …), so none goes unnamed. */
  readonly extraColumns?: Partial<Record<FinanceExtraColumn, ColumnMapping>>;
}

/**
 * comparator: ≥ = ≤ (or 定量/定性, 指标值类型) in a column of their own; sense: 正向/反向; explanation: 指标解释;
 * formula: 指标说明及公式; standard: 绩效标准 (计划标准, 历史标准); scoring: 评(扣)分标准; likelihood: 完成目标可能性
 * of a 监控表; reviewScore: 复核分 (审核得分), the points a reviewer gave after the unit's own; midTerm…: the 中期 group's 二级指标 · 三级指标 · 指标值 where a target form sets it beside the year's.
 */
export type FinanceExtraColumn =
  | 'comparator' | 'sense' | 'explanation' | 'formula' | 'standard' | 'scoring' | 'likelihood' | 'reviewScore'
  | 'midTermSubcategory' | 'midTermName' | 'midTermTarget';

/**
 * The budget block of a finance form (年初预算数 / 全年预算数 / 全年执行数 / 执行率 / 分值 / 得分), as stated.
 * It is also read as the indicator 预算执行率 on `indicatorRow`, so that it is scored like the others.
 */
export interface FinanceBudget {
  readonly indicatorRow: number;
  readonly initial: NumberField | null;
  readonly adjusted: NumberField | null;
  readonly executed: NumberField | null;
  readonly rate: NumberField | null;
  readonly weight: NumberField | null;
  readonly score: NumberField | null;
}

/**
 * A group of indicators: a heading row of its own (一、勤政目标 / （一）单位职能工作 / a bold label), or a group
 * named in a column merged down beside its indicators (a finance form's 一级/二级指标), marked inColumn.
 */
export interface SectionRow {
  readonly row: number;
  readonly outline: string;
  readonly title: string;
  /** 1 for the top level. */
  readonly level: number;
  readonly path: readonly string[];
  /**
   * The group is written in a level column beside its first indicator (row is that indicator's row), not
   * on a row of its own; the indicators' paths carry it too. Output still shows it as a group line.
   */
  readonly inColumn?: boolean;
}

export type MappingSource = 'synonym' | 'keyword' | 'values' | 'user' | 'remembered';

export interface ColumnMapping {
  readonly col: number;
  /** "E" */
  readonly letter: string;
  /** Header text as written, with group headers joined by " › " ("1—6月完成情况 › 完成数"). */
  readonly header: string;
  /** 0..1; below the threshold the user is asked to confirm. */
  readonly confidence: number;
  readonly source: MappingSource;
}

export interface Period {
  readonly year: number;
  readonly fromMonth: number;
  readonly toMonth: number;
  /** 序时进度 = months elapsed ÷ 12 (or days when an as-of date is given). */
  readonly expectedProgress: number;
  /** As the department writes it: "1—6月", "上半年", "1—9月". */
  readonly label: string;
  /** Where the period came from. */
  readonly source: 'as-of' | 'header' | 'title' | 'sheet-name' | 'default';
  /** YYYY-MM-DD when given with --as-of or found as a date. */
  readonly asOf?: string;
  /**
   * No header, title, sheet or file name and no deadline names a year: `year` is this machine's current year, a
   * guess the report must not state as the staff's (narrate marks it 【待核实】).
   */
  readonly yearAssumed?: boolean;
}

/**
 * What kind of table this is: real tables differ in kind, not only in wording, and the user can see
 * and correct which kind was read.
 * breakdown: one row per indicator, maybe with section rows. multi-level: 一/二/三级指标 or items with
 * sub-items (the most specific level is the name). progress-only: a task list with 当前进度 / 完成比例.
 * sentence: targets and actuals written inside sentences. finance-form: the Ministry of Finance 绩效自评表 /
 * 绩效目标表. cross-table: regions × indicators.
 */
export const LAYOUT_CLASSES = ['breakdown', 'multi-level', 'progress-only', 'sentence', 'finance-form', 'cross-table'] as const;
export type LayoutClass = (typeof LAYOUT_CLASSES)[number];

export interface IndicatorTable {
  readonly sheet: string;
  /** Which kind of table recognition read this as. */
  readonly layoutClass: LayoutClass;
  /** Title line above the header (2009年度目标任务分解表), if any. */
  readonly title: string | null;
  /** The reporting unit (灌南县发展和改革委员会), from a 填报单位 line or the title. */
  readonly unitName: string | null;
  /** 1-based rows of the header. */
  readonly headerRows: readonly number[];
  readonly columns: Partial<Record<FieldKey, ColumnMapping>>;
  /**
   * Columns above the name in a multi-level table (一级指标 › 二级指标 over 三级指标), top level first; each
   * indicator's path holds their values. Absent or empty when the name is one column.
   */
  readonly levelColumns?: readonly ColumnMapping[];
  readonly period: Period;
  readonly sections: readonly SectionRow[];
  readonly indicators: readonly Indicator[];
  /**
   * A statistics table's figures for the report's month (or quarter) alone, beside those of the months so far that
   * the report reads (9月 | 1-9月累计, 本月 | 1-本月, 本月比上年同月增长): named so that no column goes unread,
   * never taken for the actual or the growth. Absent when the table has none.
   */
  readonly singlePeriodColumns?: { readonly value?: ColumnMapping; readonly growth?: ColumnMapping };
  /** The units that check and score the work (评分部门, 考核责任单位), beside the units that do it: named, not read as either. */
  readonly assessorColumn?: ColumnMapping;
  /** The places' order (名次, 增速排位) in a cross-table: named so no column goes unread, never an indicator's figure. */
  readonly rankColumn?: ColumnMapping;
  /** The share of the period's target done (完成上半年投资目标比例), beside the year's: its figures are actual ÷ period target. */
  readonly periodCompletionColumn?: ColumnMapping;
  /** How each item is scored (最高得分15分, 每少一次扣0.5分), in a column of its own: named, never the progress or the target. */
  readonly scoringColumn?: ColumnMapping;
  /** A 备注 column read as no field: each row's words are its remark (Indicator.remark). */
  readonly remarkColumn?: ColumnMapping;
  /** A total the sheet states for 分值/权重 (合计 row), if any. */
  readonly statedWeightTotal: NumberField | null;
  /** 注：… lines under the table. */
  readonly notes: readonly string[];
  /** The 总分 the form states in its 得分 column (财政部绩效自评表), checked against the sum of 得分. */
  readonly statedScoreTotal?: NumberField | null;
  /** Key-value block, budget and goal texts of a finance form: for layoutClass 'finance-form', and for a 绩效目标表 that sets its targets per place (read as 'cross-table'). */
  readonly financeForm?: FinanceFormFacts;
}
