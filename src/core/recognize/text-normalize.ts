/**
 * Departments type with whatever their input method gives: full-width digits (１５２０), full-width
 * brackets, ideographic spaces, five kinds of dash. Matching works on one normal form of the text.
 */

/** Full-width ASCII (０-９, Ａ-Ｚ, ％, （）, ：…) to half-width; the ideographic space to a space. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += text[i];
  }
  return out;
}

/** Dashes between numbers as people type them (1—6月, 1－6月, 1~6月, 1至6月), all made "-". */
const DASHES = /[—–―－~～〜]/g;

/** Text with nothing to clean: no leading, trailing or doubled whitespace, no control characters. */
const PLAIN = /^(?:[^\s\u0000-\u001f\u007f](?:[^\s\u0000-\u001f\u007f]| (?! |$))*)?$/;
/** …and nothing to normalise either: no full-width forms, no dashes to unify. */
const PLAIN_ASCII_CJK = /^(?:[!-}\u4e00-\u9fff\u3001\u3002\u201c\u201d](?:[!-}\u4e00-\u9fff\u3001\u3002\u201c\u201d]| (?! |$))*)?$/;

/** Control characters other than tab and line breaks never mean anything in a cell. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Text as written, only without control characters and with whitespace runs collapsed: for names and notes. */
export function cleanText(text: string): string {
  if (PLAIN.test(text)) return text;
  return text.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

/** Same length as the input: full-width to half-width and dashes unified, so a match's offsets fit the original. */
export function matchForm(text: string): string {
  return toHalfWidth(text).replace(DASHES, '-');
}

/** Half-width, control characters gone, dashes unified, whitespace collapsed and trimmed. */
export function normalizeText(text: string): string {
  if (PLAIN_ASCII_CJK.test(text)) return text;
  return toHalfWidth(text).replace(CONTROL, '').replace(DASHES, '-').replace(/\s+/g, ' ').trim();
}

/** Brackets, quotes and separators as some input methods and sites write them, and the one each stands for. */
const VARIANTS: Readonly<Record<string, string>> = {
  '「': '“', '」': '”', '『': '“', '』': '”', '〝': '“', '〞': '”',
  '〔': '(', '〕': ')', '〖': '(', '〗': ')', '﹙': '(', '﹚': ')',
  '﹪': '%', '﹑': '、', '﹐': ',', '﹔': ';', '﹕': ':', '∶': ':', '︰': ':',
};
const VARIANT = /[「」『』〝〞〔〕〖〗﹙﹚﹪﹑﹐﹔﹕∶︰]/g;

/** Variant punctuation to the one each stands for (〔〕 → (), 「」 → “”, ﹪ → %). */
export function unifyPunctuation(text: string): string {
  return text.replace(VARIANT, (ch) => VARIANTS[ch] ?? ch);
}

/** The normal form for comparing header words: also without any whitespace, punctuation unified, in lower case. */
export function compactText(text: string): string {
  return unifyPunctuation(normalizeText(text).replace(/\s+/g, '')).toLowerCase();
}
