import { departmentKey, groupKey } from '../compute';
import { t } from '../i18n';
import type { CellNote, Indicator, IndicatorResult, NumberField, PlannedValue, Rect, ScoreRule, Status } from '../model';
import { cellAddress, formulaValue, refToFormula, refToString } from '../model';
import { growthSource } from '../compute/growth';
import { DEFAULT_IN_PROGRESS_SHARE } from '../compute/score';
import { statedPointsWords } from '../narrate/stated-points';
import { encodeKey, keyOf } from './indicator-key';
import { isGrowthTarget, isPartYearGrowth, statedKind } from '../judge';
import { confirmableLabels } from './confirmed-statuses';
import type { Confirmer } from './confirmers';
import { measureCol, measureHeader, type MeasureColumn } from './measures-columns';
import { statusLabel } from './sheet-styles';

/** One indicator's row on 指标测算: its cells, what the note column says, and notes pinned to single cells. */
export interface MeasureRow {
  readonly cells: Partial<Record<MeasureColumn, PlannedValue>>;
  readonly notes: readonly string[];
  readonly cellNotes: readonly CellNote[];
  /** A qualitative target in words spans 全年目标 and 序时目标, which such a row leaves empty. */
  readonly merges: readonly Rect[];
}

const text = (value: string | null | undefined): PlannedValue => (value ? { kind: 'text', text: value } : null);
const formula = (body: string, cached: number | string | null): PlannedValue => formulaValue(`=${body}`, cached);
const quoted = (label: string): string => `"${label.replace(/"/g, '""')}"`;
/** Literals in formulas: the shortest text that reads back as the same number. */
const literal = (value: number): string => String(value);

/**
 * Builds the cells of one indicator row. Every figure Excel can reach is a formula on the source cell;
 * a figure Excel cannot reach (read from words, converted) is written as a number and the note says so.
 * The formulas mirror compute/ rule for rule; the LibreOffice test recalculates them and compares.
 */
export class MeasureRowBuilder {
  private readonly cells: Partial<Record<MeasureColumn, PlannedValue>> = {};
  private readonly notes: string[] = [];
  private readonly cellNotes: CellNote[] = [];
  private readonly merges: Rect[] = [];

  constructor(
    private readonly indicator: Indicator,
    private readonly result: IndicatorResult,
    private readonly row: number,
    private readonly rule: ScoreRule,
    private readonly pendingMessages: readonly string[],
    /** 判断依据, worked out by the caller (judgement-evidence.ts). */
    private readonly evidence: string = '',
  ) {}

  /** The engine's own status: 完成状态 shows it whatever a person confirmed. */
  private get judged(): Status {
    return this.result.judgedStatus ?? this.result.status;
  }

  /**
   * @param comment 审阅意见 carried from the earlier 指标测算.
   * @param unreadConfirmation a 确认状态 typed there that is no status (已完成。): kept as typed, so a person sees
   *   and corrects it; 计数状态 ignores it as the engine does, and 校验结果 lists it.
   * @param confirmer 确认人 and 确认时间 carried from there, as typed (by the pane or by hand).
   */
  build(comment: string | undefined, unreadConfirmation?: string, confirmer?: Confirmer): MeasureRow {
    const { indicator } = this;
    this.cells.id = text(indicator.id || indicator.outline);
    this.cells.group = text(groupKey(indicator));
    // The nearest sub-group: the levels above it are the section rows and the 目标类别 column.
    this.cells.section = text(indicator.path.length > 1 ? indicator.path[indicator.path.length - 1] : null);
    this.cells.name = this.nameCell();
    this.cells.unit = text(indicator.unit);
    this.cells.weight = this.figure('weight', indicator.weight);
    this.cells.department = text(departmentKey(indicator));
    this.cells.owner = text(indicator.owner?.value);
    this.cells.review = text(comment);
    this.cells.key = text(encodeKey(keyOf(indicator)));
    this.cells.evidence = text(this.evidence);
    this.cells.confirmed = this.result.judgedStatus === undefined ? text(unreadConfirmation) : text(statusLabel(this.result.status));
    this.cells.confirmedBy = text(confirmer?.by);
    this.cells.confirmedAt = text(confirmer?.at);
    this.cells.counted = this.countedCell();
    if (this.judged === 'pending') this.pendingCells();
    else if (indicator.kind === 'qualitative') this.qualitativeCells();
    else this.quantitativeCells();
    this.remarkNote();
    this.cells.note = text(this.notes.join('；'));
    return { cells: this.cells, notes: this.notes, cellNotes: this.cellNotes, merges: this.merges };
  }

  /**
   * 计数状态, what 汇总 counts: the 确认状态 when it holds one of the statuses, 完成状态 otherwise, so a leader's
   * choice in the drop-down changes 汇总 and 总览 at once, before any rerun.
   */
  private countedCell(): PlannedValue {
    const confirmed = this.at('confirmed');
    const isStatus = confirmableLabels()
      .map((label) => `${confirmed}=${quoted(label)}`)
      .join(',');
    return formula(`IF(OR(${isStatus}),${confirmed},${this.at('status')})`, statusLabel(this.result.status));
  }

  /** The name links to its row on the source sheet, so a leader can jump from the figure to where it came from. */
  private nameCell(): PlannedValue {
    const name = this.indicator.name.value.trim();
    // A HYPERLINK formula cannot hold more than 255 characters of text; a longer name stays plain text.
    return name.length > 0 && name.length <= 200 ? { kind: 'link', text: name, target: this.indicator.name.cell } : text(name);
  }

  private at(column: MeasureColumn): string {
    return cellAddress(this.row, measureCol(column));
  }

  /** Where a formula reads a field: the source cell, or this row's own cell when the figure had to be written as a number. */
  private operand(column: MeasureColumn, field: NumberField): string {
    return field.derived ? this.at(column) : refToFormula(field.cell);
  }

  private figure(column: MeasureColumn, field: NumberField | null): PlannedValue {
    if (!field) return null;
    // ≤ / ≥ are limits, said by the 逆向 note; 约 / 余 / 近 are approximations the reader must know of.
    if (field.approx === 'about' || field.approx === 'over' || field.approx === 'nearly') this.notes.push(t('sheet.measures.note.approx', 'zh-CN', { field: measureHeader(column), text: field.text }));
    if (!field.derived) return formula(refToFormula(field.cell), field.value);
    const why = t('sheet.measures.note.derived', 'zh-CN', { field: measureHeader(column), text: field.text, cell: refToString(field.cell) });
    this.notes.push(why);
    this.cellNotes.push({ row: this.row, col: measureCol(column), text: why });
    return { kind: 'number', value: field.value };
  }

  private pendingCells(): void {
    const label = statusLabel('pending');
    const figures: MeasureColumn[] = ['target', 'periodTarget', 'actual', 'lastYear', 'completion', 'benchmark', 'gap', 'growth', 'status', 'score'];
    for (const column of figures) this.cells[column] = text(label);
    this.notes.push(t('sheet.measures.note.pending', 'zh-CN', { messages: this.pendingMessages.join('；') }));
  }

  private qualitativeCells(): void {
    const { indicator } = this;
    if (indicator.target) this.cells.target = this.figure('target', indicator.target);
    else if (indicator.targetText) {
      this.cells.target = text(indicator.targetText.value);
      this.merges.push({ top: this.row, left: measureCol('target'), bottom: this.row, right: measureCol('periodTarget') });
    }
    this.cells.actual = indicator.actual ? this.figure('actual', indicator.actual) : text(indicator.actualText?.value);
    this.cells.status = text(statusLabel(this.judged));
    this.cells.growth = this.statedPointsCell();
    // Where the staff state a status in a word (进度状态 办结), the status weighed it: the note says so, not only the 说明.
    this.notes.push(t(statedKind(indicator.statedStatus) !== null ? 'sheet.measures.note.qualitative-stated' : 'sheet.measures.note.qualitative', 'zh-CN', { header: indicator.statedStatus?.header.split('›').pop()?.trim() ?? '' }));
    this.cells.score = this.statedScoreCell() ?? this.qualitativeScore();
  }

  /** A unit's own 得分 (财政部绩效自评表) stands: the cell points at it, and the note gives the engine's figure beside it. */
  private statedScoreCell(): PlannedValue | undefined {
    const stated = this.indicator.statedScore;
    if (!stated) return undefined;
    const ours = this.result.computedScore;
    const computed = ours === null || ours === undefined || Math.abs(ours - stated.value) < 0.005 ? '' : t('sheet.measures.note.stated-score-computed', 'zh-CN', { score: Math.round(ours * 100) / 100 });
    this.notes.push(t('sheet.measures.note.stated-score', 'zh-CN', { cell: refToString(stated.cell), computed }));
    return this.figure('score', stated);
  }

  private qualitativeScore(): PlannedValue {
    const weight = this.indicator.weight;
    if (!weight || this.result.score === null) return null;
    // The score follows the status counted: a confirmed 已完成 earns what the engine's 需人工确认 did not.
    const status = this.at('counted');
    const w = this.operand('weight', weight);
    // A qualitative row judged by figures in its words can be 超额完成 or 达到序时进度 too (src/core/judge).
    const isOneOf = (statuses: readonly Status[]) => `OR(${statuses.map((s) => `${status}=${quoted(statusLabel(s))}`).join(',')})`;
    switch (this.rule.kind) {
      case 'all-or-nothing':
        return formula(`IF(${isOneOf(['completed', 'exceeded', 'on-track'])},${w},0)`, this.result.score);
      case 'proportional': {
        const share = this.rule.inProgressShare ?? DEFAULT_IN_PROGRESS_SHARE;
        return formula(`IF(${isOneOf(['completed', 'exceeded'])},${w},IF(${isOneOf(['in-progress', 'on-track'])},${w}*${literal(share)},0))`, this.result.score);
      }
      default: {
        const unreachable: never = this.rule;
        return unreachable;
      }
    }
  }

  private quantitativeCells(): void {
    const { indicator } = this;
    this.cells.target = this.figure('target', indicator.target);
    this.cells.periodTarget = this.figure('periodTarget', indicator.periodTarget);
    this.cells.actual = this.figure('actual', indicator.actual);
    this.cells.lastYear = this.figure('lastYear', indicator.lastYear);
    this.cells.completion = this.completionCell();
    this.cells.benchmark = this.benchmarkCell();
    const gap = this.result.progressGap;
    this.cells.gap = gap === null ? null : formula(`${this.at('completion')}-${this.at('benchmark')}`, gap);
    this.cells.growth = this.growthCell();
    this.cells.status = this.statusCell();
    this.cells.score = this.statedScoreCell() ?? this.quantitativeScore();
  }

  /** The row's 备注 as written, with its cell, unless 判断依据 already quotes it (a row with nothing reported). */
  private remarkNote(): void {
    const remark = this.indicator.remark;
    const words = remark?.value.replace(/\s+/g, ' ').trim() ?? '';
    if (!remark || words === '' || this.evidence.includes(words)) return;
    this.notes.push(t('sheet.measures.note.remark', 'zh-CN', { remark: words, cell: refToString(remark.cell) }));
  }

  private completionCell(): PlannedValue {
    const { indicator, result } = this;
    const rate = result.completionRate;
    const stated = indicator.statedCompletion;
    // 当前进度 95% / 完成比例 56 with no actual: the sheet's own rate is the completion, pointed at where it can be.
    if (rate !== null && !indicator.actual && stated) {
      this.notes.push(t('sheet.measures.note.stated-completion', 'zh-CN', { cell: refToString(stated.cell) }));
      return stated.derived ? { kind: 'number', value: rate } : formula(refToFormula(stated.cell), rate);
    }
    if (rate === null && indicator.target && indicator.actual && isGrowthTarget(indicator)) {
      this.notes.push(t('sheet.measures.note.growth-target'));
      return null;
    }
    if (rate === null || !indicator.target || !indicator.actual) {
      if (indicator.actual && !(indicator.target && indicator.target.value > 0) && indicator.direction === 'higher') {
        this.notes.push(t('sheet.measures.note.no-target'));
      }
      return null;
    }
    const a = this.operand('actual', indicator.actual);
    const target = this.operand('target', indicator.target);
    if (indicator.direction === 'higher') return formula(`${a}/${target}`, rate);
    if (indicator.target.value > 0) {
      this.notes.push(t('sheet.measures.note.lower'));
      return formula(`MAX(0,2-${a}/${target})`, rate);
    }
    this.notes.push(t('sheet.measures.note.lower-zero'));
    return formula(`IF(${a}<=0,1,0)`, rate);
  }

  private benchmarkCell(): PlannedValue {
    const { indicator, result } = this;
    if (result.benchmark === null || result.benchmark === undefined) return null;
    switch (result.benchmarkBasis) {
      case 'period-target': {
        this.notes.push(t('sheet.measures.note.period-target'));
        const scale = result.benchmarkMonthScale;
        if (scale && indicator.dataMonths) {
          this.notes.push(
            t('sheet.measures.note.period-target-months', 'zh-CN', { from: indicator.dataMonths.fromMonth, to: indicator.dataMonths.toMonth, data: scale.dataMonths, period: scale.periodMonths }),
          );
        }
        const factor = scale ? `*${scale.dataMonths}/${scale.periodMonths}` : '';
        return indicator.periodTarget && indicator.target
          ? formula(`${this.operand('periodTarget', indicator.periodTarget)}/${this.operand('target', indicator.target)}${factor}`, result.benchmark)
          : { kind: 'number', value: result.benchmark };
      }
      case 'intake':
        // 全年目标 holds the period's intake here (收到来信139件): all of it is due in the period.
        this.notes.push(t('sheet.measures.note.intake'));
        return { kind: 'number', value: result.benchmark };
      case 'data-months': {
        const months = indicator.dataMonths;
        if (months) {
          this.notes.push(
            t('sheet.measures.note.data-months', 'zh-CN', { from: months.fromMonth, to: months.toMonth, months: months.toMonth - months.fromMonth + 1 }),
          );
        }
        return { kind: 'number', value: result.benchmark };
      }
      case 'limit':
      case 'period':
      case null:
      case undefined:
        return { kind: 'number', value: result.benchmark };
      default: {
        const unreachable: never = result.benchmarkBasis;
        return unreachable;
      }
    }
  }

  private growthCell(): PlannedValue {
    const { indicator, result } = this;
    if (result.growthRate === null) return this.statedPointsCell();
    this.statedPointsBeside();
    const { actual, lastYear } = indicator;
    if (growthSource(indicator) === 'computed' && actual && lastYear) {
      const a = this.operand('actual', actual);
      const l = this.operand('lastYear', lastYear);
      return formula(`(${a}-${l})/${l}`, result.growthRate);
    }
    const stated = indicator.statedGrowth;
    if (!stated) return null;
    this.notes.push(t('sheet.measures.note.stated-growth'));
    if (!stated.derived) return formula(refToFormula(stated.cell), stated.value);
    this.cellNotes.push({
      row: this.row,
      col: measureCol('growth'),
      text: t('sheet.measures.note.derived', 'zh-CN', { field: measureHeader('growth'), text: stated.text, cell: refToString(stated.cell) }),
    });
    return { kind: 'number', value: stated.value };
  }

  /**
   * 提升2.1个百分点 in the staff's words, where the row has no growth rate: the change in points is no growth rate
   * and nothing read from words becomes a formula (not even a HYPERLINK), so it is written as text (提高2.1个百分点),
   * with the words and their cell quoted in the note column and on the cell itself.
   */
  private statedPointsCell(): PlannedValue {
    const stated = this.indicator.statedChangePoints;
    const words = statedPointsWords(this.indicator);
    if (!stated || words === null || !Number.isFinite(stated.value)) return null;
    const size = Math.abs(stated.value).toFixed(Math.max(0, Math.min(stated.decimals, 4)));
    const change = stated.value === 0 ? '持平' : `${stated.value > 0 ? '提高' : '下降'}${size}个百分点`;
    const why = t('sheet.measures.note.stated-points', 'zh-CN', { change, text: words, cell: refToString(stated.cell) });
    this.notes.push(why);
    this.cellNotes.push({ row: this.row, col: measureCol('growth'), text: why });
    return text(change);
  }

  /** Beside a growth rate the 同比增幅 cell holds, a change in points the words also state is named in the note. */
  private statedPointsBeside(): void {
    const stated = this.indicator.statedChangePoints;
    const words = statedPointsWords(this.indicator);
    if (stated && words !== null) this.notes.push(t('sheet.measures.note.stated-points-beside', 'zh-CN', { text: words, cell: refToString(stated.cell) }));
  }

  /** The IF chain of compute/status.ts, over the same cells, so an edit in the source changes the status too. */
  private statusCell(): PlannedValue {
    const { indicator, result } = this;
    const label = statusLabel(this.judged);
    const { actual, target, periodTarget } = indicator;
    if (!actual) return text(label);
    // A status the figures alone cannot give (需人工确认 where the 说明 contradicts them) is written as the engine's
    // word: the IF chain would recompute 已完成 and overrule it.
    if (!(['exceeded', 'completed', 'on-track', 'behind'] as const).some((s) => s === this.judged)) return text(label);
    // A lag the staff state in a word (进度状态 滞后) stands whatever the figures' IF chain would say: written as the word.
    if (statedKind(indicator.statedStatus) === 'behind') return text(label);
    const a = this.operand('actual', actual);
    const [exceeded, completed, onTrack, behind] = (['exceeded', 'completed', 'on-track', 'behind'] as const).map((s) => quoted(statusLabel(s)));
    if (indicator.direction === 'higher') {
      if (target && target.value > 0 && isPartYearGrowth(indicator, result.benchmark ?? null)) {
        return formula(`IF(${a}>=${this.operand('target', target)},${onTrack},${behind})`, label);
      }
      if (target && isGrowthTarget(indicator)) {
        const tg = this.operand('target', target);
        return formula(`IF(${a}>${tg},${exceeded},IF(${a}>=${tg},${completed},${behind}))`, label);
      }
      if (target && target.value > 0 && result.completionRate !== null && result.benchmark !== null && result.benchmark !== undefined) {
        const tg = this.operand('target', target);
        return formula(
          `IF(${a}>${tg},${exceeded},IF(${a}>=${tg},${completed},IF(${this.at('completion')}>=${this.at('benchmark')},${onTrack},${behind})))`,
          label,
        );
      }
      if (periodTarget && periodTarget.value > 0 && !(target && target.value > 0)) {
        return formula(`IF(${a}>=${this.operand('periodTarget', periodTarget)},${onTrack},${behind})`, label);
      }
      return text(label);
    }
    if (target && target.value >= 0) {
      const tg = this.operand('target', target);
      return formula(`IF(${a}<${tg},${exceeded},IF(${a}<=${tg},${completed},${behind}))`, label);
    }
    return text(label);
  }

  private quantitativeScore(): PlannedValue {
    const { indicator, result } = this;
    const weight = indicator.weight;
    if (!weight || result.score === null) return null;
    const w = this.operand('weight', weight);
    if (this.rule.kind === 'all-or-nothing') {
      const status = this.at('counted');
      const good = (['exceeded', 'completed', 'on-track'] as const).map((s) => `${status}=${quoted(statusLabel(s))}`).join(',');
      return formula(`IF(OR(${good}),${w},0)`, result.score);
    }
    const cap = literal(this.rule.cap);
    const benchmark = result.benchmark ?? null;
    if (result.completionRate !== null && benchmark !== null && benchmark > 0) {
      return formula(`${w}*MIN(MAX(${this.at('completion')}/${this.at('benchmark')},0),${cap})`, result.score);
    }
    const { actual, periodTarget } = indicator;
    if (result.completionRate === null && indicator.direction === 'higher' && actual && periodTarget && periodTarget.value > 0) {
      return formula(`${w}*MIN(MAX(${this.operand('actual', actual)}/${this.operand('periodTarget', periodTarget)},0),${cap})`, result.score);
    }
    return { kind: 'number', value: result.score };
  }
}
