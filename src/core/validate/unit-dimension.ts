/**
 * Which units can be converted into each other. A sheet may keep 万元 while a cell says 亿元 (convertible);
 * 万元 against 人 is a typing slip no conversion can mend.
 */
export type Dimension =
  | 'money'
  | 'foreign-money'
  | 'count'
  | 'people'
  | 'person-times'
  | 'times'
  | 'time'
  | 'percent'
  | 'percentage-points'
  | 'area'
  | 'length'
  | 'mass'
  | 'energy'
  | 'electricity'
  | 'power'
  | 'volume';

const DIMENSIONS: ReadonlyArray<readonly [Dimension, readonly string[]]> = [
  ['money', ['元', '千元', '万元', '十万元', '百万元', '千万元', '亿元', '万亿元']],
  ['foreign-money', ['美元', '万美元', '亿美元', '欧元', '万欧元']],
  [
    'count',
    ['个', '家', '份', '项', '件', '座', '所', '处', '户', '台', '套', '宗', '批', '张', '篇', '条', '期', '场', '部', '辆', '只', '头', '株', '棵', '起', '例', '万个', '万户', '万件'],
  ],
  ['people', ['人', '名', '位', '万人']],
  ['person-times', ['人次', '万人次']],
  ['times', ['次', '回', '轮']],
  ['time', ['天', '日', '个工作日', '工作日', '小时', 'h', '周', '个月', '月', '年']],
  ['percent', ['%', '百分比', '‰']],
  ['percentage-points', ['个百分点', '百分点']],
  ['area', ['亩', '万亩', '公顷', '平方米', '㎡', 'm2', '万平方米', '平方公里', '平方千米', 'km2']],
  ['length', ['米', 'm', '千米', '公里', 'km']],
  ['mass', ['吨', '万吨', '千克', '公斤', 'kg', 't']],
  ['energy', ['吨标煤', '吨标准煤', '万吨标煤', '万吨标准煤']],
  ['electricity', ['千瓦时', '度', '万千瓦时', '亿千瓦时', 'kwh']],
  ['power', ['千瓦', '万千瓦', 'kw', '兆瓦', 'mw']],
  ['volume', ['立方米', 'm3', '万立方米']],
];

const BY_UNIT = new Map<string, Dimension>();
for (const [dimension, units] of DIMENSIONS) for (const unit of units) BY_UNIT.set(unit, dimension);

/** "（亿元）" → "亿元", "％" → "%", "KM" → "km". */
export function normalizeUnit(unit: string): string {
  return unit
    .normalize('NFKC')
    .replace(/^[\s(（[【]+|[\s)）\]】]+$/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

export function dimensionOf(unit: string): Dimension | null {
  return BY_UNIT.get(normalizeUnit(unit)) ?? null;
}

/** Known units convert within their dimension; units we do not know convert only to themselves. */
export function convertible(a: string, b: string): boolean {
  const left = normalizeUnit(a);
  const right = normalizeUnit(b);
  if (left === '' || right === '' || left === right) return true;
  const dimensionA = BY_UNIT.get(left);
  const dimensionB = BY_UNIT.get(right);
  return dimensionA !== undefined && dimensionA === dimensionB;
}

/** Rates, not amounts: a negative value is a fall, not a typing slip. */
export function isRateUnit(unit: string | null | undefined): boolean {
  if (typeof unit !== 'string') return false;
  const dimension = dimensionOf(unit);
  return dimension === 'percent' || dimension === 'percentage-points';
}
