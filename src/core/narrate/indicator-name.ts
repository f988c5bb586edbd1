import type { Indicator } from '../model';
import { cleanTitle, joinedWords } from './section-tree';

/**
 * The indicator's name as a sentence uses it. Sheets write 固定资产投资（亿元） or 督查项目数; the sentence
 * says 固定资产投资完成39.9亿元 and 督查项目119个.
 */
export function subjectName(indicator: Indicator, unit: string | null, isCount: boolean): string {
  let name = cleanTitle(indicator.name.value.replace(/[\r\n]+/g, ''));
  // 全社会固定资产投资（1—5月）: the months go into the sentence's own words (1—5月份…).
  name = name.replace(/[（(]\d{1,2}\s*[—–\-~～至]\s*\d{1,2}月份?[）)]/g, '').trim();
  // A unit in brackets at the end belongs to the column, not to the sentence.
  name = name.replace(/[（(][^（）()]{1,8}[）)]$/, (bracket) => (unit !== null && bracket.includes(unit) ? '' : bracket)).trim();
  name = name.replace(/[（(](?:万元|亿元|元|个|家|份|项|人|次|天|%|％)[）)]$/, '').trim();
  // 督查项目数 119个 → 督查项目119个: the measure word already says it is a count.
  // 人数, 户数, 件数 are the count itself: 死亡人数 must not become 死亡人.
  if (isCount) name = name.replace(/(?<=.[^人户件次起家个项名座条批场篇处])(?:个数|数量|总数|数)$/, '');
  return name === '' ? indicator.name.value.trim() : name;
}

/** A name written as a clause (创新三农机制，促进龙头企业健康发展) ends its lead with a stop, not a colon. */
export function isClauseName(name: string): boolean {
  return /[，,；;]/.test(name);
}

/**
 * The name as a paragraph's lead (1.食品安全抽检批次： · 1.优化营商环境,提升获得感。): a name the staff ended with
 * their own stop keeps one mark, never 。： (a form's 三级指标 written as a sentence).
 */
export function leadName(name: string): string {
  // 目标 内容 (4分): the points are the row's 分值, said after the figures, not part of the name.
  const bare = joinedWords(name).replace(/[\s\u3000]*[（(]\s*\d+(?:\.\d+)?\s*分\s*[）)]$/, '').replace(/[\s\u3000。；;，,、：:.．]+$/, '');
  if (bare === '') return `${name}：`;
  return `${bare}${isClauseName(bare) ? '。' : '：'}`;
}
