/**
 * The page of a 党政机关公文 (GB/T 9704-2012 §5): A4, margins top 37mm · bottom 35mm · left 28mm · right 26mm,
 * a type area of 156mm × 225mm holding 22 lines of 28 characters in 3号 (16pt) type.
 * Word measures in twentieths of a point (twips).
 */

const TWIPS_PER_MM = 1440 / 25.4;

export function mmToTwips(mm: number): number {
  return Math.round(mm * TWIPS_PER_MM);
}

export const PAGE = {
  width: mmToTwips(210),
  height: mmToTwips(297),
  marginTop: mmToTwips(37),
  marginBottom: mmToTwips(35),
  marginLeft: mmToTwips(28),
  marginRight: mmToTwips(26),
} as const;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** 3号 body type and 2号 title type, in points. */
export const BODY_PT = 16;
export const TITLE_PT = 22;
/** 4号 page numbers. */
export const PAGE_NUMBER_PT = 14;

/** The type area's width and height in twips. */
const TYPE_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;
const TYPE_HEIGHT = PAGE.height - PAGE.marginTop - PAGE.marginBottom;

/** 225mm ÷ 22 lines ≈ 28.95pt: the line pitch of the document grid (579 twips, as 公文 templates have it). */
export const LINE_PITCH = Math.floor(TYPE_HEIGHT / LINES_PER_PAGE);

/** One character of the grid, in twips: 156mm ÷ 28 ≈ 15.79pt. */
export const CHAR_PITCH = TYPE_WIDTH / CHARS_PER_LINE;

/**
 * Word's grid adds charSpace ÷ 4096 pt to the body font's size to get the character pitch, so 28 characters
 * of 16pt type fit 156mm with a slightly negative value (−842, as 公文 templates have it).
 */
export const CHAR_SPACE = Math.floor((CHAR_PITCH / 20 - BODY_PT) * 4096);

/** The first-line indent of a paragraph: two characters of the grid. */
export const FIRST_LINE_INDENT = Math.round(2 * CHAR_PITCH);

/**
 * Page numbers sit 7mm below the type area (§7.5): the footer's distance from the page edge leaves room for
 * one 4号 line between that rule and the bottom margin.
 */
export const FOOTER_DISTANCE = PAGE.marginBottom - mmToTwips(7) - PAGE_NUMBER_PT * 20;

/** 空一字: the page number stands one 4号 character in from the edge of the type area. */
export const PAGE_NUMBER_INSET = PAGE_NUMBER_PT * 20;

/** No header is printed; Word still wants a distance, kept inside the top margin. */
export const HEADER_DISTANCE = mmToTwips(15);
