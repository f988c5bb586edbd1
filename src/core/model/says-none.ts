/**
 * A cell whose whole text says "none" (无, 没有, 未发生, 零). What that means depends on the column: none of
 * the bad thing where less is better, nothing to report in 存在问题, and, in a 完成值 of work to be done,
 * something only a person can tell apart from a blank.
 */
const NONE = /^(?:无|没有|未发生|零)$/u;

export function saysNone(text: string | null | undefined): boolean {
  return text !== null && text !== undefined && NONE.test(text.trim());
}
