/**
 * What must never appear in a draft: a raw float, NaN, null, undefined, Infinity, or a Latin word the
 * program wrote. Words the department typed itself (PM2.5, GDP in an indicator name) are theirs to keep,
 * so a token that occurs in the workbook's own text is allowed.
 */
export function hygieneProblems(draft: string, workbookTexts: readonly string[] = []): string[] {
  const own = workbookTexts.join('\n');
  const problems: string[] = [];
  // An outline number "1." opening a paragraph is not a decimal point, even before a name such as 300余人.
  draft = draft.replace(/^([\s\u3000]*)\d+\.(?=\d)/gm, '$1');
  for (const word of ['NaN', 'null', 'undefined', 'Infinity', '[object Object]']) {
    if (draft.includes(word) && !own.includes(word)) problems.push(word);
  }
  for (const match of draft.matchAll(/[A-Za-z]+/g)) {
    if (!own.includes(match[0])) problems.push(`Latin word "${match[0]}"`);
  }
  // A float's noise shows many digits (0.30000000000000004); the draft prints a staff's figure with the decimals
  // they typed (0.011, 3.078万) or an exact change of unit (1520万美元 → 0.152亿美元), at most four places.
  for (const match of draft.matchAll(/\d+\.\d{5,}/g)) {
    if (!own.includes(match[0])) problems.push(`raw float ${match[0]}`);
  }
  for (const match of draft.matchAll(/\d(?:\.\d+)?e[+-]?\d+/gi)) if (!own.includes(match[0])) problems.push(`exponent ${match[0]}`);
  return [...new Set(problems)];
}
