/**
 * The words a finance form's indicator grid heads its columns with. Provinces, counties and years word the same
 * column differently — 分值, 分值（分）, 指标分值, 标准分值, 权重（%）; 得分, 自评得分, 实际得分, 自评分 — so a
 * heading is judged by the word it is built on, once the marks the template adds around it are taken off:
 * a unit or a column label in brackets at its end (（分）, （%）, （A）), a star for a required field.
 */

/**
 * 分值（分） → 分值, 年度指标值（A） → 年度指标值, 权重(%) → 权重, 得分（C=B/A×分值） → 得分: the bracket at the end
 * names a unit, a column label or the way the column is worked out.
 */
export function bareHead(key: string): string {
  let bare = key.replace(/^[*＊]+/, '');
  for (;;) {
    const next = bare.replace(/[（(][^（）()]{0,12}[)）]$/, '');
    if (next === bare || next === '') return bare;
    bare = next;
  }
}

/** The points an indicator is worth: 分值, 指标分值, 标准分值, 标准分, 满分, 权重, 指标权重, 权重分值. */
const WEIGHT = /^(?:(?:指标|标准)?分值|标准分|满分(?:值)?|(?:指标)?权重(?:分值|分)?)$/;
/** The points the unit gave itself: 得分, 自评得分, 实际得分, 评价得分, 自评分, 评分. Not 评分标准 or 评（扣）分办法. */
const SCORE = /^(?:(?:自评|实际|评价|考核|最终|综合)?得分|自评分|评分)$/;
/**
 * The planned value: 年度指标值, 指标值及单位, 目标值, 预期目标值, 预期达到目标, and the plainer 年度目标,
 * 计划值, 目标数, 计划数 of county forms. Words that describe the value (指标值说明, 指标值类型) are not it.
 */
const TARGET = /(?:指标值|目标值|预期(?:达到)?目标)|^(?:年度|全年|本年|年初)?(?:目标|计划)(?:值|数)?$|^(?:年度|全年|本年)?(?:预期|预计)值$/;
const NOT_TARGET = /解释|说明|标准|内容|类型|性质|方向|原因/;
/** The value reached: 实际完成值, 完成值, 实际值, 完成情况, 执行情况, 完成数, 实现值. */
const ACTUAL = /实际|完成值|完成情况|执行情况|完成数|实现值/;
const NOT_ACTUAL = /原因|可能|措施|说明|进度|解释|标准|预计|预期/;

export function isWeightHead(key: string): boolean {
  return WEIGHT.test(bareHead(key));
}

export function isScoreHead(key: string): boolean {
  return SCORE.test(bareHead(key));
}

export function isTargetHead(key: string): boolean {
  return TARGET.test(bareHead(key)) && !ACTUAL.test(key) && !NOT_TARGET.test(key);
}

export function isActualHead(key: string): boolean {
  return ACTUAL.test(key) && !NOT_ACTUAL.test(key);
}

/** The national template's spelling of the actual (全年实际完成值, 年度完成值): preferred over a looser match. */
export function isPlainActualHead(key: string): boolean {
  return /^(?:全年|年度|本年)?(?:实际完成值|完成值|实际值|实际完成|实际完成情况)$/.test(bareHead(key));
}
