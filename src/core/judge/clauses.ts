/** Marks that open a list item (1. / （2） / 一是 / ①): they carry no meaning and hide the clause's first verb. */
const ITEM_MARK = /^(?:\d{1,2}[.、．]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|[①-⑳])\s*/u;

/**
 * A 完成情况 cut into clauses: staff join facts with ，；。 and line breaks, and each clause says one thing
 * (已建成3个 | 其余正在施工). 、 is kept inside a clause: it joins a list (无越级访、集体访和重访).
 */
export function clausesOf(text: string): string[] {
  return text
    .replace(/[ \t\u3000]+/gu, '')
    .split(/[，,。；;！!？?\r\n]+/u)
    .map((clause) => clause.replace(ITEM_MARK, '').trim())
    .filter((clause) => clause !== '');
}

/** Whether two texts say the same words, whatever the spaces and punctuation staff typed. */
export function sameWords(a: string, b: string): boolean {
  const bare = (text: string): string => text.replace(/[\s，,。.；;：:、！!]/gu, '');
  return bare(a) !== '' && bare(a) === bare(b);
}
