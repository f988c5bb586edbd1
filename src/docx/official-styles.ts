import { BODY_PT, FIRST_LINE_INDENT, LINE_PITCH, PAGE_NUMBER_PT, TITLE_PT } from './gbt9704-page';
import { FONT_FOR, type FontRole } from './official-fonts';

/**
 * word/styles.xml with the 公文 styles as named Word styles, so staff who go on editing in Word find
 * 公文标题, 一级标题 … in the style gallery and the headings in the navigation pane.
 *
 * Each paragraph keeps exactly one line pitch (22 lines a page) and its characters are condensed by a
 * quarter point, so 28 characters of 3号 type fill the 156mm line in Word, WPS and LibreOffice alike.
 * Snapping to the character grid is off: LibreOffice gives a 16pt character two cells of a 15.79pt grid
 * and would set 14 characters a line. The grid itself stays declared (22 × 28) for Word's page set-up.
 */
export type StyleId = 'Normal' | 'GongwenTitle' | 'GongwenSignature' | 'GongwenLevel1' | 'GongwenLevel2' | 'GongwenLevel3' | 'GongwenLevel4' | 'GongwenPageNumber';

/** Twentieths of a point taken off each character's advance: 28 × (16pt − 0.25pt) ≤ 156mm. */
export const CONDENSE_TWIPS = -5;

interface StyleSpec {
  readonly id: StyleId;
  /** The style's name in Word's gallery. */
  readonly name: string;
  readonly font: FontRole;
  readonly sizePt: number;
  readonly align: 'both' | 'center' | 'right' | 'left';
  readonly firstLineIndent: number;
  /** 0-based outline level for the navigation pane. */
  readonly outline?: number;
  readonly keepNext?: boolean;
}

const STYLES: readonly StyleSpec[] = [
  { id: 'Normal', name: 'Normal', font: 'body', sizePt: BODY_PT, align: 'both', firstLineIndent: FIRST_LINE_INDENT },
  { id: 'GongwenTitle', name: '公文标题', font: 'title', sizePt: TITLE_PT, align: 'center', firstLineIndent: 0, keepNext: true },
  { id: 'GongwenSignature', name: '署名与日期', font: 'level2', sizePt: BODY_PT, align: 'center', firstLineIndent: 0, keepNext: true },
  { id: 'GongwenLevel1', name: '一级标题', font: 'level1', sizePt: BODY_PT, align: 'both', firstLineIndent: FIRST_LINE_INDENT, outline: 0, keepNext: true },
  { id: 'GongwenLevel2', name: '二级标题', font: 'level2', sizePt: BODY_PT, align: 'both', firstLineIndent: FIRST_LINE_INDENT, outline: 1, keepNext: true },
  { id: 'GongwenLevel3', name: '三级标题', font: 'body', sizePt: BODY_PT, align: 'both', firstLineIndent: FIRST_LINE_INDENT, outline: 2, keepNext: true },
  { id: 'GongwenLevel4', name: '四级标题', font: 'body', sizePt: BODY_PT, align: 'both', firstLineIndent: FIRST_LINE_INDENT, outline: 3, keepNext: true },
  { id: 'GongwenPageNumber', name: '页码', font: 'pageNumber', sizePt: PAGE_NUMBER_PT, align: 'right', firstLineIndent: 0 },
];

function fonts(role: FontRole): string {
  const name = FONT_FOR[role];
  return `<w:rFonts w:ascii="${name}" w:hAnsi="${name}" w:eastAsia="${name}" w:cs="${name}"/>`;
}

function runProperties(role: FontRole, sizePt: number): string {
  const half = sizePt * 2;
  return `<w:rPr>${fonts(role)}<w:snapToGrid w:val="0"/><w:spacing w:val="${CONDENSE_TWIPS}"/><w:kern w:val="0"/><w:sz w:val="${half}"/><w:szCs w:val="${half}"/></w:rPr>`;
}

function paragraphProperties(spec: StyleSpec): string {
  const keep = spec.keepNext ? '<w:keepNext/>' : '';
  const outline = spec.outline === undefined ? '' : `<w:outlineLvl w:val="${spec.outline}"/>`;
  // The page number is not on the body's grid: its own line, 4号 type.
  const spacing = spec.id === 'GongwenPageNumber' ? '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>' : `<w:spacing w:before="0" w:after="0" w:line="${LINE_PITCH}" w:lineRule="exact"/>`;
  const indent = spec.firstLineIndent > 0 ? `<w:ind w:firstLine="${spec.firstLineIndent}"/>` : '<w:ind w:firstLine="0"/>';
  return `<w:pPr>${keep}<w:widowControl/><w:snapToGrid w:val="0"/>${spacing}${indent}<w:jc w:val="${spec.align}"/>${outline}</w:pPr>`;
}

function styleXml(spec: StyleSpec): string {
  const isDefault = spec.id === 'Normal' ? ' w:default="1"' : '';
  const basedOn = spec.id === 'Normal' ? '' : '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>';
  return `<w:style w:type="paragraph"${isDefault} w:styleId="${spec.id}"><w:name w:val="${spec.name}"/>${basedOn}<w:qFormat/>${paragraphProperties(spec)}${runProperties(spec.font, spec.sizePt)}</w:style>`;
}

export function stylesXml(): string {
  const defaults = `<w:docDefaults><w:rPrDefault>${runProperties('body', BODY_PT)}</w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:before="0" w:after="0" w:line="${LINE_PITCH}" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>`;
  const characterDefault = '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    defaults +
    STYLES.map(styleXml).join('') +
    characterDefault +
    '</w:styles>'
  );
}
