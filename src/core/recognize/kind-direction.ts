import type { Approximation, Direction, IndicatorKind } from '../model';
import { compactText } from './text-normalize';

/**
 * 定量 or 定性, and which way is better. A target written as a sentence (年底前完成) with no figure
 * makes a qualitative indicator. Lower is better (逆向指标) when the target is a ceiling (≤, 不超过,
 * 控制在) or the name is one of the things a department wants fewer of: 事故, 辍学率, PM2.5, 审批时限, 能耗.
 */
export function indicatorKind(hasNumericTarget: boolean, hasNumericActual: boolean, hasNumericPeriodTarget: boolean): IndicatorKind {
  return hasNumericTarget || hasNumericActual || hasNumericPeriodTarget ? 'quantitative' : 'qualitative';
}

/**
 * The name of a statistical measure (地区生产总值, 财政收入, 城镇化率, 新兴产业比重, 进出口总额, 开展修复工程(个)): a figure
 * by what it names, though the row states none yet (a weighting sheet, 考核评价指标体系, gives only each measure's 权重).
 * Short words ending as a measure does, or with its unit in brackets; never a sentence of work (开展…, 推进…).
 */
const MEASURE_HEAD = /(总值|增加值|产值|收入|支出|总额|金额|额|总量|产量|销量|数量|人数|户数|个数|次数|率|比重|比例|占比|指数|面积|投资|资金|经费|规模|强度|产出|密度|均值|均数)$/;

export function namesAMeasure(name: string): boolean {
  const words = compactText(name);
  if (words.length === 0 || words.length > 16 || /[，。；;,：:！？]/.test(words) || /\d/.test(words)) return false;
  const unit = /[(（]([^()（）]{1,6})[)）]$/.exec(words);
  return MEASURE_HEAD.test(unit ? words.slice(0, unit.index) : words) || unit !== null;
}

const LOWER_IS_BETTER = [
  /事故/, /死亡/, /伤亡/, /辍学/, /pm2\.5/, /pm10/, /浓度/, /审批时限/, /办理时限/, /办结时限/, /审批时间/, /办理时间/,
  /办结时间/, /承诺时限/, /时限/, /耗时/, /用时/, /能耗/, /电耗/, /水耗/, /煤耗/, /物耗/, /经费支出/, /三公经费/,
  /公用经费/, /行政成本/, /发生率/, /发病率/, /死亡率/, /失业率/, /投诉/, /信访/, /上访/, /发案/, /刑事案件/,
  /火灾/, /污染/, /排放/, /赤字/, /债务率/, /负债率/, /空置率/, /超标/, /差错率/, /误差/, /违法/, /违纪/, /返贫/,
  /欠薪/, /拖欠/, /不良贷款/, /逾期/, /黑臭水体/, /劣v类/, /劣五类/, /近视率/, /肥胖率/, /孕产妇死亡/, /婴儿死亡/,
  /碳排放/, /二氧化硫/, /氮氧化物/, /化学需氧量/, /氨氮/, /突发/, /安全事件/, /事件数/, /事件起数/,
  // The plan's ceilings every 主要经济指标 table carries: prices held down (CPI 涨幅控制在3%左右), energy used per
  // unit of output, the gap between town and country incomes (城乡居民收入比).
  /消费价格/, /cpi/, /能源消耗/, /收入比/,
  // Losses (亏损企业, 亏损面, 亏损额) in an enterprises' results table; turning them round (扭亏) is not one.
  /(?<!扭)亏损/,
];

const LOWER_IS_BETTER_ANY = new RegExp(LOWER_IS_BETTER.map((pattern) => pattern.source).join('|'));

/** Names that speak of cutting something: the figure is the cut, and more cut is better. */
const REDUCTION = /(下降|降低|减少|削减|压减|压降|减排|减幅|降幅|下降率)/;
/** Names that turn a lower-is-better word into a higher-is-better figure (R&D is 研究与试验发展, however it is bracketed). */
const GOOD_SHARE = /(达标|优良|合格|处置|处理率|利用率|结案|破案|办结率|化解|满意|及时率|按时|准时|办结(?!时限|时间)|覆盖率|清零|治理|整改|销号|查处|打击|抓获|挽回|追回|返还|研发经费|研究与试验发展经费|r&d)/;

export function indicatorDirection(
  kind: IndicatorKind,
  name: string,
  targetApprox: Approximation | null,
  targetText: string | null,
): Direction {
  if (targetApprox === 'atMost') return 'lower';
  // A floor the table sets (≥95%, 不低于, 以上) says more is better, whatever the name's words (违法行为责停率 ≥95%).
  if (targetApprox === 'atLeast') return 'higher';
  // A qualitative item (无违纪现象, 做好信访稳定工作) is judged done or not: no direction to speak of.
  if (kind === 'qualitative') return 'higher';
  const words = compactText(name);
  if (REDUCTION.test(words) || GOOD_SHARE.test(words)) return 'higher';
  if (targetText && /(以内|以下|不超过|控制在|不高于)/.test(targetText)) return 'lower';
  return LOWER_IS_BETTER_ANY.test(words) ? 'lower' : 'higher';
}
