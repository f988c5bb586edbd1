/**
 * The typefaces GB/T 9704-2012 names, and what stands in where they are missing. 方正小标宋简体 and the
 * *_GB2312 faces are often absent from a new Windows, a Mac or a 信创 desktop; Word then looks in the font
 * table for an alternative name and a GB2312 character set, so each face is listed with its fallback chain:
 * 仿宋_GB2312 → 仿宋 → FangSong, 楷体_GB2312 → 楷体 → KaiTi, 方正小标宋简体 → 华文中宋 → 宋体.
 */
export type FontRole = 'title' | 'level1' | 'level2' | 'body' | 'pageNumber';

export const FONT_FOR: Readonly<Record<FontRole, string>> = {
  title: '方正小标宋简体',
  level1: '黑体',
  level2: '楷体_GB2312',
  body: '仿宋_GB2312',
  pageNumber: '宋体',
};

interface FontEntry {
  readonly name: string;
  /** The next face to try when this one is missing. */
  readonly altName: string | null;
  /** PANOSE classification Word uses to pick a close substitute; omitted where unknown. */
  readonly panose: string | null;
}

/** Every face the document names, each pointing at its next fallback. */
export const FONT_TABLE: readonly FontEntry[] = [
  { name: '方正小标宋简体', altName: '华文中宋', panose: null },
  { name: '华文中宋', altName: '宋体', panose: '02010600040101010101' },
  { name: '黑体', altName: 'SimHei', panose: '02010609060101010101' },
  { name: '楷体_GB2312', altName: '楷体', panose: '02010609030101010101' },
  { name: '楷体', altName: 'KaiTi', panose: '02010609060101010101' },
  { name: '仿宋_GB2312', altName: '仿宋', panose: '02010609030101010101' },
  { name: '仿宋', altName: 'FangSong', panose: '02010609060101010101' },
  { name: '宋体', altName: 'SimSun', panose: '02010600030101010101' },
];

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** word/fontTable.xml with the fallbacks, replacing the bare table the docx package writes. */
export function fontTableXml(): string {
  const fonts = FONT_TABLE.map((font) => {
    const alt = font.altName === null ? '' : `<w:altName w:val="${escapeXml(font.altName)}"/>`;
    const panose = font.panose === null ? '' : `<w:panose1 w:val="${font.panose}"/>`;
    // charset 86 is GB2312: with it Word substitutes a Chinese face, never a Latin one.
    return `<w:font w:name="${escapeXml(font.name)}">${alt}${panose}<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`;
  }).join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    fonts +
    '</w:fonts>'
  );
}
