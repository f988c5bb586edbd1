import type { SheetSnapshot } from '../../model';
import { cellAt, rowCount } from '../../model';
import { cellWords } from '../cell-text';
import type { MergeIndex } from '../merged-cells';
import { isKnownUnit } from '../unit-convert';
import { isRegionHeader, PLACE_END, TOTAL_LINE } from './cross-table-axis';
import { rowBoxes, type Box } from './sheet-grid';

/**
 * The header of a 地区×指标 cross-table. Down the side a region column (地区, 县（市、区）, 乡镇); across the
 * top, over the lowest header row of sub-headers (目标任务 · 进度 · 完成比例), one merged header per indicator
 * (城镇新增就业（人）). Between them there may be a row naming the unit in charge (市人力资源社会保障局, over
 * several indicators) and above them category rows (就业促进工程 › 促进城乡劳动者就业创业), as 民生工程
 * 完成情况表 are published.
 */
export const REGION_HEAD =
  /^(?:地区|区域|县区|区县|县市区|市县区?|县（市、区）|县（市、?区）|县（区）|县（市）|市（州）|市州|各县区|各地|地市|乡镇|乡镇（街道）|镇（街道）|镇街|街道|镇区|园区|县区名称|地区名称)$/;
const REGION_VALUE = PLACE_END;
/** 全市, 全省合计, 全县（含开发区）, 合计: the whole area's line — not a name that starts so (全区生产总值). */
export const TOTAL_REGION = TOTAL_LINE;
const NUMBER_HEAD = /^(?:序号|编号|排名|名次)$/;
export const END_ROW = /^(?:注|备注|说明|填表说明|填报说明|制表|填表人|审核人)/;
/** Words that say a column's figures are targets handed down (预期, 分解, 目标任务) rather than what was done. */
export const PLAN_WORDS = /目标|计划|任务|预期|分解|下达/;
/** Words that say figures report progress (完成, 已…, 落实情况): with any of them a table or a column is not a plan. */
export const PROGRESS_WORDS = /完成|进度|进展|实际|累计|执行|落实情况|实绩|已/;
const SCAN_ROWS = 40;
const MAX_HEADER_ROWS = 6;

export type SubRole = 'target' | 'actual' | 'rate' | 'periodTarget' | 'growth';

/** A plan for part of the year (前三季度投资计划, 1-6月目标, 序时任务): beside the year's plan, the period target. */
const PART_OF_YEAR = /季度|半年|序时|阶段|\d{1,2}\s*月/;

/**
 * The roles of an indicator head's sub-headers. Two plans under one head, one of them for part of the year
 * (年度投资计划 · 前三季度投资计划 · 1-7月完成投资 · 完成前三季度目标任务占比), are the target and the period target.
 */
function memberRoles(members: readonly Box[]): Map<Box, SubRole> {
  const roles = new Map<Box, SubRole>();
  for (const member of members) {
    const role = subRole(member.key);
    if (role !== null) roles.set(member, role);
  }
  const plans = [...roles].filter(([, role]) => role === 'target').map(([box]) => box);
  const partial = plans.filter((box) => PART_OF_YEAR.test(box.key));
  if (plans.length === 2 && partial.length === 1) roles.set(partial[0], 'periodTarget');
  // 地区生产总值 › 总量(亿元) · 增长(%): beside a growth, the one figure that says nothing else is the level reached.
  const unnamed = members.filter((m) => !roles.has(m));
  if ([...roles.values()].includes('growth') && ![...roles.values()].includes('actual') && unnamed.length === 1) roles.set(unnamed[0], 'actual');
  return roles;
}

/** A change on last year (增长(%), 比上年±%, 同比增速): the indicator's growth, never a share of its plan. */
const GROWTH_LEAF = /增长|增速|增幅|增减|比上年|同比|环比/;

export function subRole(key: string): SubRole | null {
  if (GROWTH_LEAF.test(key) && !/完成率|比例|进度|占/.test(key)) return 'growth';
  if (/比例|比率|完成率|进度率|[%％]|百分比/.test(key)) return 'rate';
  if (/目标|任务|计划|应完成/.test(key)) return 'target';
  if (/进度|完成|实际|累计|实绩|已/.test(key)) return 'actual';
  return null;
}

export interface Group {
  readonly head: Box;
  /**
   * The box that names the indicator when it is not the head: the task written above a head that only says what
   * kind of figures follow (项目推进情况(个) under 实施89个大型公共体育场馆…开放), or the figure column itself when
   * one head holds several measures against one base (资金拨付情况 › 下达数 · 拨付数).
   */
  readonly name?: Box;
  readonly subs: readonly Box[];
  readonly roles: Partial<Record<SubRole, Box>>;
  readonly readable: boolean;
  /** Category boxes above the header, top down (就业促进工程 › 促进城乡劳动者就业创业). */
  readonly path: readonly Box[];
  /** A box between the header and its sub-headers that covers several indicators: the unit in charge. */
  readonly department: Box | null;
  /** A handling table's base: the cases taken in during the period are its target, not the year's goal. */
  readonly intake?: boolean;
  /** One column of figures under its own header (比上年同期(%)): the header, as written, is the indicator's name. */
  readonly measure?: boolean;
  /** The same measure a year earlier (2017年医疗收入 beside 2018年医疗收入): last year's figure. */
  readonly lastYear?: Box;
}

export interface Shape {
  readonly top: number;
  readonly subRow: number;
  readonly region: Box;
  readonly groups: readonly Group[];
  /** Header boxes that are neither the region column, a 序号 column nor part of an indicator. */
  readonly loose: readonly Box[];
  /**
   * Columns of figures under a header of their own and in no indicator group (1-6月投资增速(%), 比上年同月(%)):
   * each may be an indicator of one measure. Whether it is one is the reader's call (a 全市 line must give its whole).
   */
  readonly measures: readonly Measure[];
  /** The side lists the units handling a task (承办单位, or 单位 / 责任单位 over a handling table's counts), not places. */
  readonly units?: boolean;
}

/** A one-measure column: its leaf, and the box right above it that names it when the leaf only says what kind of figure (规上工业增加值 › 增速(%)). */
export interface Measure {
  readonly leaf: Box;
  readonly name: Box | null;
}

/** A header that names the kind of place, in the words of any publisher (地区, 市州, 县(市)、新区). */
function namesPlaces(key: string): boolean {
  return REGION_HEAD.test(key) || isRegionHeader(key);
}

/**
 * A header over the units that handle one task, each row a unit's share of it (承办单位, 办理单位, 受理单位, 责任单位,
 * 承办县区): hotline and mailbox tables list offices and districts alike — as the table's first column (after a 序号 at
 * most); right of a task's name the same words name the department in charge. A bare 单位 is the unit of measure, and
 * 责任单位 / 主办单位 are a task table's departments.
 */
const UNITS_HEAD = /^(?:承办|办理|受理|交办|承接)(?:单位|部门|县区|县市区|区县)(?:名称)?$/;

/** A column down the side that lists the units handling a task. */
export function namesUnits(key: string): boolean {
  return UNITS_HEAD.test(key.replace(/\s+/g, ''));
}

/** 单位 / 部门 alone: the unit of measure in a task table, the organisation in a handling table — the cells tell. */
const BARE_UNITS_HEAD = /^(?:单位|部门|单位名称|部门名称)$/;
/** The units in charge (责任单位, 主办单位): a task table's departments right of its names; first, over counts of cases, the side. */
const DUTY_UNITS_HEAD = /^(?:责任|主办|牵头)(?:单位|部门)$/;

/**
 * A bare 单位 over the side of a handling table (单位 | 派遣案件总数 | 按时办结数 …): its cells name organisations
 * (住建局, 卫健委, 市场监督管理局), most of them, and never a unit of measure (万元, 个), and the headers across count
 * cases taken in or dealt with. 单位 over 万元 · 个 is a breakdown table's unit of measure, and organisations beside
 * figures of another kind are left to the other readers.
 */
function unitsByValues(sheet: SheetSnapshot, merges: MergeIndex, region: Box, top: number, subRow: number, width: number): boolean {
  if (DUTY_UNITS_HEAD.test(region.key)) return countsCases(sheet, merges, region, top, subRow, width);
  if (!BARE_UNITS_HEAD.test(region.key)) return false;
  let filled = 0;
  let organisations = 0;
  for (let row = subRow + 1; row <= Math.min(rowCount(sheet), subRow + 60); row++) {
    const text = cellWords(cellAt(sheet, row, region.col)).replace(/\s+/g, '');
    if (text === '' || END_ROW.test(text) || TOTAL_REGION.test(text)) continue;
    if (isKnownUnit(text)) return false;
    filled++;
    if (ORGANISATION.test(text)) organisations++;
  }
  if (filled < 2 || organisations / filled < 0.8) return false;
  return countsCases(sheet, merges, region, top, subRow, width);
}

/** Words only cases are counted in (交办件数, 转派工单, 来信, 诉求, 办结, 答复) — not 完成 or 总量, which any figure may be. */
const CASE_WORDS = /件|工单|来信|来电|诉求|办结|交办|转办|转派|派单|派遣|受理|答复|回复|结案/;

/** Some header right of the side counts cases taken in or dealt with (交办件数, 转派工单, 办结数). */
function countsCases(sheet: SheetSnapshot, merges: MergeIndex, region: Box, top: number, subRow: number, width: number): boolean {
  const headers = Array.from({ length: subRow - top + 1 }, (_, i) => rowBoxes(sheet, merges, top + i, width)).flat();
  return headers.some((box) => box.col > region.right && CASE_WORDS.test(box.key));
}

/** A rank or a number (增速排位, 名次, 序号): a column of positions, not of figures. */
const POSITION_HEAD = /排位|排名|名次|位次|排序|序号|编号/;
/** A header of a rate or a growth: a whole indicator in one column, read on its own even beside indicator groups. */
const RATE_HEAD = /增速|增长|增幅|增减|比上年|同比|环比|率|比重|[%％]/;

function percentText(value: unknown): boolean {
  return typeof value === 'string' && /^\s*-?\d+(?:\.\d+)?\s*[%％]\s*$/.test(value);
}

/** Whether a leaf's cells are figures in most rows under it (bare numbers, or numbers written with %). */
function holdsFigures(sheet: SheetSnapshot, dataRows: readonly number[], col: number): { figures: boolean; percents: boolean } {
  let filled = 0;
  let figures = 0;
  let percents = 0;
  for (const row of dataRows.slice(0, 60)) {
    const value = cellAt(sheet, row, col);
    const text = cellWords(value).trim();
    if (text === '' || END_ROW.test(text)) continue;
    filled++;
    if (typeof value === 'number' || /^-?\d+(?:\.\d+)?$/.test(text)) figures++;
    else if (percentText(value)) {
      figures++;
      percents++;
    }
  }
  return { figures: filled >= 2 && figures / filled >= 0.8, percents: filled >= 2 && percents / filled >= 0.6 };
}

/** Whether the figures under a leaf are rates or growths: its header says so, or its cells are written as %. */
export function isRateMeasure(sheet: SheetSnapshot, dataRows: readonly number[], leaf: Box): boolean {
  return RATE_HEAD.test(leaf.key) || holdsFigures(sheet, dataRows, leaf.col).percents;
}

/**
 * Leaves no group took that hold figures under a header in words. A growth (增速, 比上年增长) is a whole indicator
 * in one column. Beside indicator groups only rates and growths are (a 项目个数 beside 计划 · 完成 · 完成率 describes
 * theirs). Plans beside done figures that no group pairs, or a rate beside them (开工率 beside 计划完成数 · 累计开工数),
 * are parts of indicators not understood: none of them is an indicator of its own. Done figures alone (累计完成 ·
 * 同比增长) or plans alone are, and so is a rate among figures that name neither (城镇调查失业率(%)).
 */
function measureLeaves(sheet: SheetSnapshot, dataRows: readonly number[], subs: readonly Box[], groups: readonly Group[]): Box[] {
  const taken = new Set<Box>(groups.flatMap((g) => [g.head, ...g.subs]));
  const free = subs.filter((leaf) => !taken.has(leaf));
  const plans = free.some((leaf) => subRole(leaf.key) === 'target' || subRole(leaf.key) === 'periodTarget');
  const done = free.some((leaf) => subRole(leaf.key) === 'actual');
  return subs.filter((leaf) => {
    if (taken.has(leaf) || POSITION_HEAD.test(leaf.key) || !/[\u4e00-\u9fff]/.test(leaf.key)) return false;
    if (GROWTH_LEAF.test(leaf.key)) return holdsFigures(sheet, dataRows, leaf.col).figures;
    const role = subRole(leaf.key);
    if (role === 'periodTarget' || ((role === 'target' || role === 'actual') && plans && done)) return false;
    if ((role === 'rate' || /率/.test(leaf.key)) && (plans || done)) return false;
    if (groups.length > 0 && !isRateMeasure(sheet, dataRows, leaf)) return false;
    return holdsFigures(sheet, dataRows, leaf.col).figures;
  });
}

/**
 * How many cells below a column look like region names. Under a 地区 / 乡镇 header any short name counts
 * (城关, 新安); otherwise only names that end like a place (…县, …区, …镇, …街道). Units (万吨) and
 * figures never count: a 单位 column of a breakdown table is not a region column.
 */
function regionCount(sheet: SheetSnapshot, col: number, from: number, headed: boolean): number {
  let regions = 0;
  let filled = 0;
  let bareNames = 0;
  let totalRow = false;
  for (let row = from; row <= Math.min(rowCount(sheet), from + 60); row++) {
    const value = cellAt(sheet, row, col);
    const text = cellWords(value).replace(/\s+/g, '');
    if (text === '' || END_ROW.test(text)) continue;
    if (headed && REGION_HEAD.test(text)) break;
    filled++;
    const place = REGION_VALUE.test(text) || TOTAL_REGION.test(text);
    if (TOTAL_REGION.test(text)) totalRow = true;
    const shortName = typeof value === 'string' && text.length <= 8 && /^[\u4e00-\u9fff（）()·]+$/.test(text) && !isKnownUnit(text);
    if (text.length <= 12 && (place || (headed && shortName))) regions++;
    // 成都, 自贡, 攀枝花: a place named without its 市; two to four characters, as proper names are.
    else if (!headed && shortName && text.length >= 2 && text.length <= 4) bareNames++;
  }
  // Without a 地区 header, bare names count as places only beside a 全省 / 全市 / 合计 row that sums them.
  const counted = regions + (totalRow ? bareNames : 0);
  return filled > 0 && counted / filled >= 0.6 ? counted : 0;
}

const covers = (box: Box, col: number): boolean => box.col <= col && col <= box.right;

/** Roles among the sub-headers a box covers: an indicator header covers each role at most once. */
function coversOneIndicator(box: Box, subs: readonly Box[]): boolean {
  const seen = new Set<SubRole>();
  for (const role of memberRoles(subs.filter((sub) => covers(box, sub.col))).values()) {
    if (seen.has(role)) return false;
    seen.add(role);
  }
  return true;
}

/** Units in charge named over indicators (市人力资源社会保障局, 市总工会, 团市委): not an indicator, its department. */
const ORGANISATION = /(?:局|委|委员会|办|办公室|中心|工会|妇联|残联|团[市县区]?委|院|所|站|政府|公司|部|厅|署)$/;

function subsUnder(box: Box, subs: readonly Box[]): Box[] {
  return subs.filter((s) => covers(box, s.col));
}

function isIndicatorHead(box: Box, subs: readonly Box[]): boolean {
  return box.right > box.col && !ORGANISATION.test(box.key) && subsUnder(box, subs).length >= 2 && coversOneIndicator(box, subs);
}

/**
 * The header row of the indicators: the one with most boxes that each head one indicator's sub-headers, heads
 * over a sub-header that says what it holds (目标, 完成, 占计划(%)) counting first — 户数 › 合计 · 新建 · 改建
 * under 在建住房 is a breakdown of a figure, not an indicator — and nearest the sub-headers on a tie.
 */
function indicatorRow(rows: ReadonlyMap<number, Box[]>, subs: readonly Box[]): number | null {
  let best: number | null = null;
  let most = [0, 0];
  for (const [row, boxes] of rows) {
    const heads = boxes.filter((b) => isIndicatorHead(b, subs));
    const withRoles = heads.filter((b) => subsUnder(b, subs).some((leaf) => subRole(leaf.key) !== null)).length;
    const count = [withRoles, heads.length];
    if (heads.length > 0 && (count[0] > most[0] || (count[0] === most[0] && count[1] >= most[1]))) {
      best = row;
      most = count;
    }
  }
  return best;
}

/** A header over the plan the figures are measured against (计划任务数, 目标任务): its leaves are targets. */
const PLAN_HEAD = /^(?:计划|目标|年度计划|全年计划|年度目标|全年目标|下达)(?:任务)?(?:数)?/;

function numberAt(sheet: SheetSnapshot, row: number, col: number): number | null {
  const value = cellAt(sheet, row, col);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(value)) return Number(value);
  return null;
}

function decimalsShown(sheet: SheetSnapshot, row: number, col: number): number {
  // cellWords, not String(): an error cell (#N/A) is an object without a string form.
  const text = cellWords(cellAt(sheet, row, col));
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.trim().length - dot - 1;
}

/**
 * Which plan column and which figure column a stated rate (占计划(%)) divides: the pair whose quotient is the
 * rate, to the rate's shown precision, on every data row where all three are written (at least two rows).
 * Only one pair may fit; when none or several do, the rate says nothing about which figures to read.
 */
function pairOfRate(sheet: SheetSnapshot, dataRows: readonly number[], plans: readonly Box[], figures: readonly Box[], rate: Box): { plan: Box; actual: Box } | null {
  const fits: { plan: Box; actual: Box }[] = [];
  for (const plan of plans) {
    for (const actual of figures) {
      let checked = 0;
      let holds = true;
      for (const row of dataRows) {
        const p = numberAt(sheet, row, plan.col);
        const a = numberAt(sheet, row, actual.col);
        const r = numberAt(sheet, row, rate.col);
        if (p === null || a === null || r === null || p === 0) continue;
        const points = r > 1.5 || /[%％]/.test(rate.key) ? r : r * 100;
        const tolerance = 0.5 * 10 ** -decimalsShown(sheet, row, rate.col) * (points === r ? 1 : 100) + 1e-9;
        checked++;
        if (Math.abs((a / p) * 100 - points) > tolerance) {
          holds = false;
          break;
        }
      }
      if (holds && checked >= 2) fits.push({ plan, actual });
    }
  }
  return fits.length === 1 ? fits[0] : null;
}

/** The leaf that is the sum of the others, to their rounding, on every data row with figures (总投资 over 住房建设投资 + 基础设施投资), if one is. */
function totalLeaf(sheet: SheetSnapshot, dataRows: readonly number[], leaves: readonly Box[]): Box | null {
  if (leaves.length < 3) return null;
  for (const leaf of leaves) {
    const parts = leaves.filter((l) => l !== leaf);
    let checked = 0;
    let holds = true;
    for (const row of dataRows) {
      const whole = numberAt(sheet, row, leaf.col);
      if (whole === null) continue;
      const sum = parts.reduce((acc, part) => acc + (numberAt(sheet, row, part.col) ?? 0), 0);
      checked++;
      // Parts rounded one by one may miss the whole by half a unit of the last digit each (516 = 240 + 277).
      const decimals = Math.max(...leaves.map((l) => decimalsShown(sheet, row, l.col)));
      if (Math.abs(whole - sum) > 0.5 * parts.length * 10 ** -decimals + 1e-9) {
        holds = false;
        break;
      }
    }
    if (holds && checked >= 2) return leaf;
  }
  return null;
}

/**
 * A rate cell in points, each way it may be read: 95.33% is 95.33; a plain 86.3 under 占计划(%) is 86.3; a plain
 * 0.95 or 1.879 may be a fraction (95%, 187.9%) or points, as departments write both.
 */
function ratePointsAt(sheet: SheetSnapshot, row: number, col: number, header: string): { points: number; decimals: number }[] {
  const value = cellAt(sheet, row, col);
  if (typeof value === 'string') {
    const m = /^\s*(-?\d+(?:\.(\d+))?)\s*[%％]\s*$/.exec(value);
    if (m) return [{ points: Number(m[1]), decimals: m[2]?.length ?? 0 }];
  }
  const r = numberAt(sheet, row, col);
  if (r === null) return [];
  const decimals = decimalsShown(sheet, row, col);
  const asPoints = { points: r, decimals };
  return /[%％]/.test(header) ? [asPoints] : [asPoints, { points: r * 100, decimals: Math.max(0, decimals - 2) }];
}

/** Whether `rate` is `actual / plan` to its shown precision on every data row where all three are written (at least two). */
function quotientHolds(sheet: SheetSnapshot, dataRows: readonly number[], plan: Box, actual: Box, rate: Box): boolean {
  let checked = 0;
  for (const row of dataRows) {
    const p = numberAt(sheet, row, plan.col);
    const a = numberAt(sheet, row, actual.col);
    const readings = ratePointsAt(sheet, row, rate.col, rate.key);
    if (p === null || a === null || readings.length === 0 || p === 0) continue;
    checked++;
    // The rate was worked out before the plan and the figure were rounded to the digits shown: each may be off by
    // half a unit of its last digit, and the quotient by as much relatively (120.5 / 110.5 = 109.05, shown 109.1%).
    const quotient = (a / p) * 100;
    const slack = Math.abs(quotient) * (0.5 * 10 ** -decimalsShown(sheet, row, actual.col) / Math.max(Math.abs(a), 1e-9) + 0.5 * 10 ** -decimalsShown(sheet, row, plan.col) / Math.abs(p));
    // Some publishers cut the rate to the digits shown rather than round it (973 / 983 = 98.98…, shown 98%).
    const fits = (r: { points: number; decimals: number }): boolean => {
      const off = quotient - r.points;
      const digit = 10 ** -r.decimals;
      return Math.abs(off) <= 0.5 * digit + slack + 1e-9 || (off >= -slack - 1e-9 && off < digit + slack);
    };
    if (!readings.some(fits)) return false;
  }
  return checked >= 2;
}

/**
 * A column of rates: its header says so (完成比例, 占计划(%), 开工率 — any …率) or its cells are written as
 * percentages (95.33%) in most data rows.
 */
function isRateColumn(sheet: SheetSnapshot, dataRows: readonly number[], leaf: Box): boolean {
  if (subRole(leaf.key) === 'growth') return false;
  if (subRole(leaf.key) === 'rate' || /率$/.test(leaf.key.replace(/[（(][^（）()]*[)）]$/, ''))) return true;
  let filled = 0;
  let percents = 0;
  for (const row of dataRows) {
    const value = cellAt(sheet, row, leaf.col);
    if (cellWords(value).trim() === '') continue;
    filled++;
    if (typeof value === 'string' && /^\s*-?\d+(?:\.\d+)?\s*[%％]\s*$/.test(value)) percents++;
  }
  return filled >= 2 && percents / filled >= 0.6;
}

export interface RateTriple {
  readonly plan: Box;
  readonly actual: Box;
  readonly rate: Box;
}

/**
 * Indicators told by their figures, not their words: every rate column (…率, …比例, 占计划(%)) with the figure
 * column just left of it as the achievement and, further left, the one column it is measured against — the
 * column whose quotient the rate is on every data row. 计划完成数 · 累计开工数 · 开工率 is one indicator;
 * 年初预算安排数 · 下达数 · 下达比例 · 拨付数 · 拨付比例 is two against one base. A rate with no such column,
 * or with several (all 100%: each column divides the other), is left to the words.
 */
export function rateTriples(sheet: SheetSnapshot, dataRows: readonly number[], leaves: readonly Box[]): RateTriple[] {
  const triples: RateTriple[] = [];
  const sorted = [...leaves].sort((a, b) => a.col - b.col);
  const rates = new Set(sorted.filter((leaf) => isRateColumn(sheet, dataRows, leaf)));
  for (const rate of sorted) {
    if (!rates.has(rate)) continue;
    const left = sorted.filter((b) => b.col < rate.col && !rates.has(b));
    const actual = left[left.length - 1];
    if (!actual) continue;
    const fits = left.filter((plan) => plan !== actual && quotientHolds(sheet, dataRows, plan, actual, rate));
    const worded = fits.filter((b) => subRole(b.key) === 'target');
    const plan = fits.length === 1 ? fits[0] : worded.length === 1 ? worded[0] : null;
    if (plan) triples.push({ plan, actual, rate });
  }
  return triples;
}

/** A count of cases taken in (收到来信, 受理件数, 承办件数, 派单数, 总件数): the task's base in a handling table. */
const CASES_IN = /收到|受理|承办|交办|派单|派遣|转派|转办|收件|来信|来件|总件数|总量/;
/** A count of cases dealt with (办结数, 按期回复, 已答复, 完成件数, 结案数). */
const CASES_DONE = /办结|回复|答复|办理完毕|完成|结案/;
/** Cases still open (在办, 处理中, 未办结, 超时未办): never what was dealt with, whatever else the header says. */
const CASES_OPEN = /未|在办|办理中|处理中|超时|超期|逾期/;

function countsOnEveryRow(sheet: SheetSnapshot, dataRows: readonly number[], cols: readonly number[], holds: (values: number[]) => boolean): boolean {
  let checked = 0;
  for (const row of dataRows) {
    const values = cols.map((col) => numberAt(sheet, row, col));
    if (values.some((v) => v === null)) continue;
    checked++;
    if (!holds(values as number[])) return false;
  }
  return checked >= 2;
}

/** `part` plus one other count is `whole` on every row, and `whole` exceeds `part` somewhere: a part of it. */
function isPartOf(sheet: SheetSnapshot, dataRows: readonly number[], part: Box, whole: Box, counts: readonly Box[]): boolean {
  return counts.some((rest) => rest !== part && rest !== whole &&
    countsOnEveryRow(sheet, dataRows, [part.col, rest.col, whole.col], ([p, r, w]) => Math.abs(p + r - w) < 1e-9) &&
    dataRows.some((row) => (numberAt(sheet, row, whole.col) ?? 0) > (numberAt(sheet, row, part.col) ?? 0)));
}

/**
 * Of a handling table's counts with no rate beside them, the cases taken in and the cases dealt with: the one pair
 * where, on every row, what was taken in is what was dealt with plus what is still open (承办 = 办结 + 在办) — or,
 * with no such third column, the one pair whose headers say so (收到来信 · 按期回复) and whose second never exceeds
 * its first. Anything else is left to the words.
 */
function handlingPair(sheet: SheetSnapshot, dataRows: readonly number[], subs: readonly Box[]): { plan: Box; actual: Box } | null {
  const counts = subs.filter((leaf) => !isRateColumn(sheet, dataRows, leaf) && subRole(leaf.key) !== 'growth');
  const summed: { plan: Box; actual: Box }[] = [];
  for (const plan of counts) {
    for (const actual of counts) {
      if (actual.col <= plan.col) continue;
      const rest = counts.filter((c) => c !== plan && c !== actual);
      if (rest.some((open) => countsOnEveryRow(sheet, dataRows, [plan.col, actual.col, open.col], ([p, a, o]) => a >= 0 && o >= 0 && Math.abs(p - a - o) < 1e-9))) summed.push({ plan, actual });
    }
  }
  // The sum holds either way round (承办 = 办结 + 在办 = 在办 + 办结): the cases still open are not the ones dealt with.
  const open = summed.filter((pair) => !CASES_OPEN.test(pair.actual.key));
  // Cases closed counted by channel (12345热线 · 政民互动) beside their sum (按时办结数): the sum is what was dealt
  // with, its parts a breakdown of it.
  const closed = open.filter((pair) => !open.some((other) => other.plan === pair.plan && other !== pair && isPartOf(sheet, dataRows, pair.actual, other.actual, counts)));
  if (closed.length === 1) return closed[0];
  if (closed.length > 1) return null;
  const worded = counts.flatMap((plan) => counts
    .filter((actual) => actual.col > plan.col && CASES_IN.test(plan.key) && !CASES_DONE.test(plan.key) && CASES_DONE.test(actual.key) && !CASES_OPEN.test(actual.key))
    .filter((actual) => countsOnEveryRow(sheet, dataRows, [plan.col, actual.col], ([p, a]) => a >= 0 && a <= p))
    .map((actual) => ({ plan, actual })));
  return worded.length === 1 ? worded[0] : null;
}

/** A rate of cases dealt with (办结率, 按时办结率, 回复率, 结案率): the share of the cases taken in. */
const CASES_DONE_RATE = /(?:办结|回复|答复|结案|办理)率/;

/** A rate cell as a share in points (98.06% → 98.06), or null. */
function percentPoints(sheet: SheetSnapshot, row: number, col: number): number | null {
  const value = cellAt(sheet, row, col);
  const written = typeof value === 'string' ? /^\s*(-?\d+(?:\.\d+)?)\s*[%％]\s*$/.exec(value) : null;
  if (written) return Number(written[1]);
  return typeof value === 'number' && Number.isFinite(value) ? (value <= 1 ? value * 100 : value) : null;
}

/**
 * A handling table that states the rate of cases dealt with but not their count (受理单位 | 交办总量 | 办结率 | 满意率):
 * 办结率 is, by what the word means, the cases closed over the cases taken in — the one column counting what was
 * taken in (交办, 受理, 转办, 派单 …) and the one rate of what was dealt with, a share from 0 to 100% on every row.
 * One task split over the units: the count its target, the rate its stated completion. Other rates (满意率,
 * 回访率) measure something else and stay indicators of their own; with two counts of cases in, or two rates of
 * cases done, nothing says which pair is meant and the table is left to the words.
 */
function handlingRate(sheet: SheetSnapshot, dataRows: readonly number[], subs: readonly Box[]): { plan: Box; rate: Box } | null {
  const rates = subs.filter((leaf) => isRateColumn(sheet, dataRows, leaf));
  const counts = subs.filter((leaf) => !rates.includes(leaf) && subRole(leaf.key) !== 'growth');
  const taken = counts.filter((leaf) => CASES_IN.test(leaf.key) && !CASES_DONE.test(leaf.key) && !CASES_OPEN.test(leaf.key));
  const done = rates.filter((leaf) => CASES_DONE_RATE.test(leaf.key) && !CASES_OPEN.test(leaf.key));
  if (taken.length !== 1 || done.length !== 1 || done[0].col < taken[0].col) return null;
  // Only counts: whole numbers, none below zero, on every row with one.
  const share = (row: number): boolean => {
    const points = percentPoints(sheet, row, done[0].col);
    return points === null || (points >= 0 && points <= 100);
  };
  const counted = countsOnEveryRow(sheet, dataRows, [taken[0].col], ([n]) => Number.isInteger(n) && n >= 0);
  return counted && dataRows.every(share) ? { plan: taken[0], rate: done[0] } : null;
}

/** A head that says what kind of figures follow (项目推进情况, 完成进度), not what is measured. */
const FIGURES_HEAD = /(?:情况|进展|进度|推进|完成)(?:[（(][^（）()]*[)）])?$/;
/** 二十、 1. (三) before a task's name. */
const OUTLINE_PREFIX = /^(?:[一二三四五六七八九十百]+\s*[、.．]|\d{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）])\s*/;

/** The task's name as written, without its outline number. */
export function withoutOutline(text: string): string {
  return text.replace(OUTLINE_PREFIX, '');
}

/**
 * A one-row header with no indicator heads (序号 · 市州 · 计划完成数 · 累计开工数 · 开工率 · 计划投资额 · …): the
 * indicators are the rate triples the figures bear out, each named by its figure column. Only headers in words:
 * a row of figures is data, not a header.
 */
function unheadedGroups(sheet: SheetSnapshot, dataRows: readonly number[], subs: readonly Box[], summed: boolean, units = false): Group[] {
  if (!subs.every((leaf) => /[\u4e00-\u9fff]/.test(leaf.key))) return [];
  const triples = rateTriples(sheet, dataRows, subs);
  // A rate the figures bear out that is not of cases dealt with (不满意数 ÷ 按时办结 = 不满意率) leaves the handling
  // task to be told by its counts.
  if (units && !triples.some((t) => CASES_DONE.test(t.actual.key) && !CASES_OPEN.test(t.actual.key))) {
    const pair = handlingPair(sheet, dataRows, subs);
    if (pair) {
      // Rates that are, row by row, the cases dealt with over the cases taken in state this task's completion: the one
      // that fits is it; where several fit (结案率 · 按时结案率, all 100%), none is told apart, and none is a task of its own.
      const fits = subs.filter((leaf) => isRateColumn(sheet, dataRows, leaf) && quotientHolds(sheet, dataRows, pair.plan, pair.actual, leaf));
      const roles = fits.length === 1 ? { target: pair.plan, actual: pair.actual, rate: fits[0] } : { target: pair.plan, actual: pair.actual };
      return [{ head: pair.actual, subs: [pair.plan, pair.actual, ...fits], roles, readable: true, path: [], department: null, intake: true }];
    }
    const rated = handlingRate(sheet, dataRows, subs);
    if (rated) return [{ head: rated.rate, subs: [rated.plan, rated.rate], roles: { target: rated.plan, rate: rated.rate }, readable: true, path: [], department: null, intake: true }];
  }
  // One measure down a column of places is a list of places, each its own indicator (湘西州 投资完成情况汇总表):
  // a cross-table crosses places with at least two indicators — or with one, when the places sit under a 地区
  // header and a 全市 / 合计 row gives the whole: that row is the indicator, the places its breakdown.
  // With one, every rate on the sheet must be that one: a rate no pair of columns bears out says the figures are
  // not understood.
  const rates = subs.filter((leaf) => isRateColumn(sheet, dataRows, leaf));
  const explained = rates.every((rate) => triples.some((t) => t.rate === rate));
  if (triples.length < 2 && !(summed && triples.length === 1 && explained)) return [];
  return triples.map(({ plan, actual, rate }) => {
    // The rate measured against a plan for part of the year (一季度目标任务), with the year's plan written beside it
    // (年度投资计划): as under one head (memberRoles), the year's plan is the target and the other the period target.
    const yearPlan = PART_OF_YEAR.test(plan.key)
      ? subs.filter((leaf) => leaf.col < actual.col && leaf !== plan && subRole(leaf.key) === 'target' && !PART_OF_YEAR.test(leaf.key))
      : [];
    const roles: Partial<Record<SubRole, Box>> = yearPlan.length === 1 ? { target: yearPlan[0], periodTarget: plan, actual, rate } : { target: plan, actual, rate };
    // Units that handle cases (承办单位 | 收到来信 | 按期回复 | 回复率): the period's intake is the base, not a year's goal.
    const intake = units && yearPlan.length === 0 && CASES_IN.test(plan.key) && CASES_DONE.test(actual.key) && !CASES_OPEN.test(actual.key);
    return { head: actual, subs: [...(yearPlan.length === 1 ? yearPlan : []), plan, actual, rate], roles, readable: true, path: [], department: null, ...(intake ? { intake } : {}) };
  });
}

function groupsOf(sheet: SheetSnapshot, merges: MergeIndex, top: number, subRow: number, subs: readonly Box[], width: number, summed: boolean, units = false): { groups: Group[]; loose: Box[] } {
  const rows = new Map<number, Box[]>();
  for (let row = top; row < subRow; row++) rows.set(row, rowBoxes(sheet, merges, row, width).filter((b) => b.bottom !== subRow));
  const dataRows = Array.from({ length: Math.max(0, Math.min(rowCount(sheet), subRow + 80) - subRow) }, (_, i) => subRow + 1 + i);
  const headed = indicatorRow(rows, subs);
  if (headed === null && rows.size === 0) return { groups: unheadedGroups(sheet, dataRows, subs, summed, units), loose: [] };
  // Without one-indicator heads, every header row above the sub-headers may hold a head over several measures.
  const headRow = headed ?? subRow - 1;
  const groups: Group[] = [];
  const used = new Set<Box>();
  /** Boxes that name an indicator: not a category over the others. */
  const names = new Set<Box>();
  const planBoxes = [...rows.values()].flat().filter((b) => PLAN_HEAD.test(b.key));
  const planLeaves = [...planBoxes.flatMap((b) => subsUnder(b, subs)), ...subs.filter((leaf) => PLAN_HEAD.test(leaf.key))];
  const usedPlans = new Set<Box>();
  for (const head of headed === null ? [] : (rows.get(headRow) ?? []).filter((b) => isIndicatorHead(b, subs))) {
    used.add(head);
    const members = subsUnder(head, subs);
    members.forEach((m) => used.add(m));
    const roles: Partial<Record<SubRole, Box>> = {};
    for (const [member, role] of memberRoles(members)) if (!roles[role]) roles[role] = member;
    const path: Box[] = [];
    for (let row = top; row < headRow; row++) {
      const above = (rows.get(row) ?? []).find((b) => covers(b, head.col) && b.right >= head.right);
      if (above) {
        path.push(above);
        used.add(above);
      }
    }
    // 项目推进情况(个) says what the figures are; the task written above it is what they measure.
    let name: Box | undefined;
    const over = path[path.length - 1];
    // A unit in charge is named without figures; 建设10个乡镇综合文化站 is a task even though it ends in 站.
    if (FIGURES_HEAD.test(head.key) && over && !(ORGANISATION.test(over.key) && !/\d/.test(over.key)) && !FIGURES_HEAD.test(over.key)) {
      name = over;
      names.add(over);
      path.splice(path.length - 1, 1, head);
    }
    let department: Box | null = null;
    for (let row = headRow + 1; row < subRow && department === null; row++) {
      const between = (rows.get(row) ?? []).find((b) => covers(b, head.col) && ORGANISATION.test(b.key));
      if (between) {
        department = between;
        used.add(between);
      }
    }
    if (!roles.target && !roles.actual && roles.rate && /计划|目标|任务/.test(roles.rate.key)) {
      const plans = planLeaves.filter((leaf) => !covers(head, leaf.col));
      const pair = pairOfRate(sheet, dataRows, plans, members.filter((m) => m !== roles.rate), roles.rate);
      if (pair) {
        roles.target = pair.plan;
        roles.actual = pair.actual;
        usedPlans.add(pair.plan);
      }
    }
    const readable =
      (roles.target !== undefined && (roles.actual !== undefined || roles.rate !== undefined)) ||
      (roles.actual !== undefined && (roles.rate !== undefined || roles.growth !== undefined));
    groups.push({ head, subs: members, roles, readable, path, department, ...(name ? { name } : {}) });
  }
  // A head over several measures of one base (资金拨付情况 › 年初预算安排数 · 下达数 · 下达比例 · 拨付数 · 拨付比例):
  // one indicator per rate its figures bear out, named by its figure column. Lowest heads first, so a banner
  // over the whole table does not swallow the groups under it.
  for (let row = headRow; row >= top; row--) {
    for (const box of rows.get(row) ?? []) {
      if (used.has(box) || ORGANISATION.test(box.key)) continue;
      const leaves = subsUnder(box, subs);
      if (leaves.length < 3 || leaves.some((leaf) => used.has(leaf))) continue;
      const triples = rateTriples(sheet, dataRows, leaves);
      if (triples.length === 0) continue;
      used.add(box);
      const above: Box[] = [];
      for (let r = top; r < row; r++) {
        const over = (rows.get(r) ?? []).find((b) => covers(b, box.col) && b.right >= box.right && !names.has(b));
        if (over) {
          above.push(over);
          used.add(over);
        }
      }
      for (const { plan, actual, rate } of triples) {
        [plan, actual, rate].forEach((leaf) => used.add(leaf));
        groups.push({ head: box, name: actual, subs: [plan, actual, rate], roles: { target: plan, actual, rate }, readable: true, path: [...above, box], department: null });
      }
    }
  }
  // Plan columns a rate was measured against are read; the header over them is not an indicator.
  // Its other columns (a plan in 个 beside the one in 户 the rates use) are named as not read.
  const planLeftovers: Box[] = [];
  for (const box of planBoxes) {
    const leaves = subsUnder(box, subs);
    if (!leaves.some((leaf) => usedPlans.has(leaf))) continue;
    used.add(box);
    for (const leaf of leaves) {
      used.add(leaf);
      if (!usedPlans.has(leaf)) planLeftovers.push(leaf);
    }
  }
  // A header over figures with no plan and no rate (完成投资 › 总投资 · 住房建设投资 · 基础设施投资): when one
  // figure is the sum of the others it is the indicator, read as an actual; the others are its parts.
  for (const [row, boxes] of headed === null ? [] : rows) {
    if (row > headRow) continue;
    for (const box of boxes) {
      if (used.has(box) || PLAN_HEAD.test(box.key) || ORGANISATION.test(box.key)) continue;
      const leaves = subsUnder(box, subs);
      if (leaves.length === 0 || leaves.some((leaf) => used.has(leaf) || subRole(leaf.key) === 'rate' || subRole(leaf.key) === 'target' || subRole(leaf.key) === 'growth')) continue;
      const whole = totalLeaf(sheet, dataRows, leaves);
      if (!whole) continue;
      used.add(box);
      leaves.forEach((leaf) => used.add(leaf));
      const above: Box[] = [];
      for (let r = top; r < row; r++) {
        const over = (rows.get(r) ?? []).find((b) => covers(b, box.col) && b.right >= box.right);
        if (over) above.push(over);
      }
      groups.push({ head: whole, subs: leaves, roles: { actual: whole }, readable: true, path: [...above, box], department: null });
    }
  }
  if (groups.length === 0) return { groups: unheadedGroups(sheet, dataRows, subs, summed, units), loose: [] };
  // Units down the side under heads that read as no indicator (派遣案件总数 › 12345热线 › 按时办结 · 超时办结): the
  // handling task told by its counts, as under a one-row header.
  if (units && !groups.some((g) => g.readable)) {
    const handled = unheadedGroups(sheet, dataRows, subs, summed, units);
    if (handled.length > 0) return { groups: handled, loose: [] };
  }
  const firstGroup = Math.min(...groups.map((g) => g.head.col), Number.MAX_SAFE_INTEGER);
  const loose: Box[] = [];
  for (const boxes of [...rows.values(), subs]) {
    for (const box of boxes) if (!used.has(box) && box.col >= firstGroup && !NUMBER_HEAD.test(box.key)) loose.push(box);
  }
  return { groups, loose: [...planLeftovers, ...loose] };
}

/**
 * The lowest header box of each column right of the regions: the sub-headers. They end on the last header row
 * but may start higher (占计划(%) merged down beside 户数 › 合计(户)), as multi-row headers are drawn.
 */
function leafBoxes(sheet: SheetSnapshot, merges: MergeIndex, region: Box, top: number, subRow: number, width: number): Box[] {
  const leaves: Box[] = [];
  for (let row = top; row <= subRow; row++) {
    for (const box of rowBoxes(sheet, merges, row, width)) if (box.bottom === subRow && box.col > region.right) leaves.push(box);
  }
  return leaves.sort((a, b) => a.col - b.col);
}

/** A 全市 / 合计 row among the first or last rows under the header: the whole the places add up to. */
function hasTotalRow(sheet: SheetSnapshot, merges: MergeIndex, region: Box, subRow: number): boolean {
  for (let row = subRow + 1; row <= Math.min(rowCount(sheet), subRow + 80); row++) {
    const area = merges.areaAt(row, region.col);
    const at = area && area.top === row && area.left < region.col ? area.left : region.col;
    const text = cellWords(cellAt(sheet, row, at)).replace(/\s+/g, '');
    if (END_ROW.test(text)) break;
    if (TOTAL_REGION.test(text)) return true;
  }
  return false;
}

/**
 * The first or last place row is the whole the others add up to, in some column of figures, to the last digit shown
 * (达州市 over its districts and counties, with no 全市 word): a line for the whole area as plainly as 合计 is.
 */
function hasSumRow(sheet: SheetSnapshot, region: Box, subRow: number, subs: readonly Box[]): boolean {
  const rows: number[] = [];
  for (let row = subRow + 1; row <= Math.min(rowCount(sheet), subRow + 80); row++) {
    const text = cellWords(cellAt(sheet, row, region.col)).replace(/\s+/g, '');
    if (text === '' || END_ROW.test(text)) break;
    rows.push(row);
  }
  if (rows.length < 4) return false;
  return subs.some((leaf) => [rows[0], rows[rows.length - 1]].some((whole) => {
    const others = rows.filter((r) => r !== whole).map((r) => numberAt(sheet, r, leaf.col));
    const total = numberAt(sheet, whole, leaf.col);
    if (total === null || total <= 0 || others.some((v) => v === null || v < 0)) return false;
    const decimals = Math.max(...rows.map((r) => decimalsShown(sheet, r, leaf.col)));
    const sum = others.reduce((acc: number, v) => acc + (v ?? 0), 0);
    return Math.abs(total - sum) <= 0.5 * others.length * 10 ** -decimals + 1e-9 * total;
  }));
}

function shapeAt(sheet: SheetSnapshot, merges: MergeIndex, region: Box, top: number, subRow: number, width: number, units = false): Shape | null {
  const subs = leafBoxes(sheet, merges, region, top, subRow, width);
  if (subs.length === 0) return null;
  const summed = (namesPlaces(region.key) || units) && (hasTotalRow(sheet, merges, region, subRow) || hasSumRow(sheet, region, subRow, subs));
  const { groups, loose } = subs.length >= 2 ? groupsOf(sheet, merges, top, subRow, subs, width, summed, units) : { groups: [], loose: [] };
  const dataRows = Array.from({ length: Math.max(0, Math.min(rowCount(sheet), subRow + 60) - subRow) }, (_, i) => subRow + 1 + i);
  const leaves = measureLeaves(sheet, dataRows, subs, groups);
  if (groups.length === 0 && leaves.length === 0) return null;
  const above = Array.from({ length: subRow - top }, (_, i) => rowBoxes(sheet, merges, top + i, width)).flat().filter((b) => b.bottom < subRow);
  // The lowest box right above a leaf and no wider names it (规上工业增加值 over 增速(%)).
  const measures = leaves.map((leaf) => ({ leaf, name: above.filter((b) => b.col === leaf.col && b.right === leaf.right).sort((a, b) => b.row - a.row)[0] ?? null }));
  const named = new Set<Box>(measures.flatMap((m) => [m.leaf, ...(m.name ? [m.name] : [])]));
  return { top, subRow, region, groups, loose: loose.filter((box) => !named.has(box)), measures, ...(units ? { units } : {}) };
}

/** The row's cell under a 序号 / 编号 header holds a whole number. */
function numberedRow(sheet: SheetSnapshot, boxes: readonly Box[], row: number): boolean {
  return boxes.some((b) => /^(?:序号|编号)$/.test(b.key) && Number.isInteger(numberAt(sheet, row, b.col)));
}

/** The first cross-table header at or below `fromRow`, or null. */
export function findShape(sheet: SheetSnapshot, merges: MergeIndex, width: number, fromRow: number): Shape | null {
  const last = Math.min(rowCount(sheet), fromRow + SCAN_ROWS);
  for (let row = fromRow; row < last; row++) {
    const boxes = rowBoxes(sheet, merges, row, width);
    if (boxes.length < 2) continue;
    const firstWide = Math.min(...boxes.filter((b) => b.right > b.col).map((b) => b.col), Number.MAX_SAFE_INTEGER);
    const candidates = boxes.filter((b) => b.col < firstWide && !NUMBER_HEAD.test(b.key));
    // A 地区 header merged across the numbers and the names of the places (地区 over 1 | 市直单位): the places are
    // its last column, the one the names are written in.
    const wide = boxes.find((b) => b.col === firstWide && b.right > b.col && namesPlaces(b.key));
    if (wide) candidates.push({ ...wide, col: wide.right });
    // The places' own header left blank (首格空着): the column left of the first header box, if the places are there.
    const blank = boxes[0].col > 1 && boxes[0].col === boxes[0].right ? boxes[0].col - 1 : null;
    if (blank !== null && merges.areaAt(row, blank) === undefined) candidates.unshift({ row, col: blank, right: blank, bottom: row, text: '', key: '' });
    for (const region of candidates) {
      const first = boxes.every((b) => b.col >= region.col || NUMBER_HEAD.test(b.key));
      // A region header merged down the header rows ends where the sub-headers are; one that is not, sits over them.
      // A one-row header (序号 · 市 州 · 计划完成数 · …) is its own sub-header row.
      const subRows = region.bottom > region.row ? [region.bottom] : [row + 1, row];
      for (const subRow of subRows) {
        if (subRow - row + 1 > MAX_HEADER_ROWS) continue;
        // A row whose 序号 holds a number is the first data row, never a line of sub-headers (南桥村 | 特色精品示范村
        // under a 示范村名称 merged across two columns).
        if (subRow > row && numberedRow(sheet, boxes, subRow)) continue;
        const units = first && (namesUnits(region.key) || unitsByValues(sheet, merges, region, row, subRow, width));
        if (regionCount(sheet, region.col, subRow + 1, namesPlaces(region.key) || units) < 2) continue;
        const shape = shapeAt(sheet, merges, region, row, subRow, width, units);
        if (shape) return shape;
      }
    }
  }
  return null;
}
