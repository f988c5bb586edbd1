/**
 * How a 判断依据 is written: the staff's own words in Chinese quotation marks, figures with their measure
 * words, rates as percentages. A leader reads it beside the status, so it quotes, it does not paraphrase.
 */

/** The staff's words, as they wrote them, in the quotation marks a 公文 uses. */
export function quoted(words: string): string {
  return `“${words}”`;
}

/** A fraction as a percentage with at most one decimal (0.8 → 80%, 0.4816 → 48.2%). */
export function percent(fraction: number): string {
  const value = Math.round(fraction * 1000) / 10;
  return `${Number.isInteger(value) ? value.toFixed(0) : value.toFixed(1)}%`;
}

function trimmed(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(rounded);
}

/** An amount with its measure word, scaled back to 万/亿 the way staff write large sums (2.4e9 元 → 24亿元). */
export function amount(value: number, unit: string): string {
  if (unit === '%') return `${trimmed(value)}%`;
  if (unit === '元' && Math.abs(value) >= 1e8) return `${trimmed(value / 1e8)}亿元`;
  if (unit === '元' && Math.abs(value) >= 1e4) return `${trimmed(value / 1e4)}万元`;
  if (Math.abs(value) >= 1e8) return `${trimmed(value / 1e8)}亿${unit}`;
  if (Math.abs(value) >= 1e5) return `${trimmed(value / 1e4)}万${unit}`;
  return `${trimmed(value)}${unit}`;
}
