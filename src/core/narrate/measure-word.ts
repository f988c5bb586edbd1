/**
 * A count printed without its measure word reads as a bare number (督查项目119); reports always say
 * 119个. When the sheet leaves the unit empty, the indicator's name tells which word fits.
 * Ordered: the first match wins, so 企业 (家) is tried before 项目 (个).
 */
const MEASURE_WORDS: readonly (readonly [RegExp, string])[] = [
  [/(企业|公司|单位|银行|医院|学校|合作社)(数|数量)?$/, '家'],
  [/(人员|人数|职工|人才|劳动力|就业|培训|人口)/, '人'],
  [/(档案|文件|报告|材料|简报|信息|调研文章)(数|数量)?$/, '份'],
  [/(会议|检查|督查次数|活动|培训班|演练)(数|数量|次数)?$/, '次'],
  [/(户|农户|家庭)(数|数量)?$/, '户'],
  [/(项目|工程|园区|站点|基地|平台)(数|数量|个数)?$/, '个'],
  [/(事项|指标|制度|措施|任务|课题)(数|数量)?$/, '项'],
];

/** The measure word for a count whose sheet gives no unit, or null when the name does not tell. */
export function measureWordFor(name: string): string | null {
  for (const [pattern, word] of MEASURE_WORDS) if (pattern.test(name)) return word;
  return null;
}

/** Units that are measure words: a count reads "督查项目119个", not "督查项目为119个". */
const COUNT_UNITS = new Set(['个', '家', '份', '项', '人', '人次', '次', '户', '件', '名', '所', '座', '条', '批', '场', '篇', '期', '处', '台', '辆', '套', '起', '万人', '万户', '万人次']);

export function isCountUnit(unit: string | null): boolean {
  return unit !== null && COUNT_UNITS.has(unit);
}

const MONEY_UNITS = new Set(['元', '万元', '亿元', '万美元', '美元', '亿美元']);

export function isMoneyUnit(unit: string | null): boolean {
  return unit !== null && MONEY_UNITS.has(unit);
}

/** Time limits (审批时限 3天 → 1天): lower is better and the report says 压缩至. */
const DURATION_UNITS = new Set(['天', '日', '个工作日', '工作日', '小时', '分钟', '个月', '月']);

export function isDurationUnit(unit: string | null): boolean {
  return unit !== null && DURATION_UNITS.has(unit);
}
