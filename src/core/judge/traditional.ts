import { toSimplified } from '../text/simplifier';
import { halfWidthFigures } from './half-width';

/**
 * Traditional characters a mirror page prints (已開工67所, 全國棚戶區改造, 順利完成年度目標任務), read as the simplified
 * ones the rules are written in, and the pinyin such a page glosses characters with (已(yǐ)開(kāi)工), which splits the
 * words the rules read. Every text the judge reads goes through here once — the 完成情况, the 目标任务 and the row's
 * name alike — so no rule has to know both scripts. The characters go through OpenCC (the converter the host registers,
 * src/core/text/simplifier.ts), the same one recognition reads with; without one they are read as written.
 */

/** The pinyin a mirror page puts after a character, (kāi) or (zhen4). */
const PINYIN_GLOSS = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[1-5]?[)）]/gu;

/** The words as the rules read them: simplified characters, no pinyin glosses, figures in ASCII digits (half-width.ts). */
export function simplified(text: string): string {
  const unglossed = halfWidthFigures(text.replace(PINYIN_GLOSS, ''));
  return /[\u3400-\u9fff\uf900-\ufaff]/u.test(unglossed) ? toSimplified(unglossed) : unglossed;
}
