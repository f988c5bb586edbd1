/**
 * Excel's own limits, in one table both hosts and the emulator read. Each entry names the Microsoft page
 * it comes from and quotes the figure as that page gives it, so a reviewer can check one line against one
 * page. Where Microsoft documents no figure (the HYPERLINK text limit), the entry says where the figure
 * comes from instead.
 */

/** Where a limit is written down. */
export interface LimitSource {
  readonly title: string;
  readonly url: string;
  /** The words of the page that give the figure. */
  readonly quote: string;
  /**
   * False where the page was found but the passage was not read when the entry was written (the quote is
   * the page's wording as known, not copied): a reviewer should check these first.
   */
  readonly verbatim: boolean;
}

export interface ExcelLimit {
  readonly value: number;
  readonly unit: string;
  readonly source: LimitSource;
}

const SPECIFICATIONS = {
  title: 'Excel specifications and limits (support.microsoft.com)',
  url: 'https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3',
} as const;

const RESOURCE_LIMITS = {
  title: 'Resource limits and performance optimization for Office Add-ins — Excel add-ins',
  url: 'https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins',
} as const;

const RANGE_API = {
  title: 'Excel.Range class — getMergedAreasOrNullObject() (Excel JavaScript API reference)',
  url: 'https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)',
} as const;

const FORMULA_SPEC = {
  title: '[MS-OI29500] 2.1.1085 Part 1 Section 18.18.35, ST_Formula (Formula)',
  url: 'https://learn.microsoft.com/openspecs/office_standards/ms-oi29500/8ebf82e4-4fa4-43a6-9ecd-d2d793a6f4bf',
} as const;

const RENAME_SHEET = {
  title: 'Rename a worksheet (support.microsoft.com)',
  url: 'https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9',
} as const;

export const EXCEL_LIMITS = {
  rows: { value: 1_048_576, unit: 'rows', source: { ...SPECIFICATIONS, quote: 'Total number of rows and columns on a worksheet: 1,048,576 rows by 16,384 columns', verbatim: true } },
  columns: { value: 16_384, unit: 'columns', source: { ...SPECIFICATIONS, quote: 'Total number of rows and columns on a worksheet: 1,048,576 rows by 16,384 columns', verbatim: true } },
  rowHeight: { value: 409, unit: 'points', source: { ...SPECIFICATIONS, quote: 'Row height: 409 points', verbatim: true } },
  columnWidth: { value: 255, unit: 'characters', source: { ...SPECIFICATIONS, quote: 'Column width: 255 characters', verbatim: true } },
  cellCharacters: { value: 32_767, unit: 'characters', source: { ...SPECIFICATIONS, quote: 'Total number of characters that a cell can contain: 32,767 characters', verbatim: true } },
  lineFeedsPerCell: { value: 253, unit: 'line feeds', source: { ...SPECIFICATIONS, quote: 'Maximum number of line feeds per cell: 253', verbatim: true } },
  hyperlinksPerSheet: { value: 65_530, unit: 'hyperlinks', source: { ...SPECIFICATIONS, quote: 'Hyperlinks in a worksheet: 65,530', verbatim: true } },
  formulaCharacters: {
    value: 8_192,
    unit: 'characters',
    source: { ...FORMULA_SPEC, quote: 'Excel restricts the contents of this simple type to be at most 8192 characters.', verbatim: true },
  },
  nestingLevels: { value: 64, unit: 'levels', source: { ...SPECIFICATIONS, quote: 'Nested levels of functions: 64', verbatim: false } },
  /**
   * Not on the specifications page: Excel refuses a formula whose text constant is longer, with the message
   * "Text values in formulas are limited to 255 characters". It bounds HYPERLINK's link text and address.
   */
  formulaTextConstant: {
    value: 255,
    unit: 'characters',
    source: { title: "Excel's formula parser (message: Text values in formulas are limited to 255 characters)", url: SPECIFICATIONS.url, quote: 'Text values in formulas are limited to 255 characters', verbatim: false },
  },
  sheetNameCharacters: { value: 31, unit: 'characters', source: { ...RENAME_SHEET, quote: 'Worksheet names cannot: … Contain more than 31 characters.', verbatim: false } },
  mergedAreasPerRead: {
    value: 512,
    unit: 'merged areas',
    source: { ...RANGE_API, quote: 'Note that if the merged areas count in this range is more than 512, then this method will fail to return the result.', verbatim: true },
  },
  payloadBytes: {
    value: 5 * 1024 * 1024,
    unit: 'bytes',
    source: { ...RESOURCE_LIMITS, quote: 'Excel on the web has a payload size limit for requests and responses of 5MB. RichAPI.Error will be thrown if that limit is exceeded.', verbatim: false },
  },
  cellsPerRead: {
    value: 5_000_000,
    unit: 'cells',
    source: { ...RESOURCE_LIMITS, quote: 'A range is limited to five million cells for get operations.', verbatim: false },
  },
} as const satisfies Record<string, ExcelLimit>;

export type ExcelLimitName = keyof typeof EXCEL_LIMITS;

/** Characters a sheet name may not hold, as the rename page lists them. */
export const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

/** A name Excel keeps for itself (its shared-workbook change history), in English and as zh-CN Excel shows it. */
export const RESERVED_SHEET_NAMES: readonly string[] = ['History', '历史记录'];

/** Why Excel would refuse this sheet name, or null when it takes it. */
export function sheetNameProblem(name: string): string | null {
  if (name.length === 0) return 'empty';
  if (name.length > EXCEL_LIMITS.sheetNameCharacters.value) return `${name.length} characters (at most ${EXCEL_LIMITS.sheetNameCharacters.value})`;
  if (SHEET_NAME_FORBIDDEN.test(name)) return 'holds one of [ ] : * ? / \\';
  if (name.startsWith("'") || name.endsWith("'")) return 'begins or ends with an apostrophe';
  if (RESERVED_SHEET_NAMES.some((reserved) => reserved.toLowerCase() === name.toLowerCase())) return 'a name Excel reserves';
  return null;
}

/** Line feeds in a text (Excel counts each \n). */
export function lineFeeds(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

/**
 * How deep a formula nests: the deepest run of open parentheses outside text constants. A parenthesis
 * that only groups counts too, so this can only overstate Excel's count of nested functions.
 */
export function nestingDepth(formula: string): number {
  let depth = 0;
  let deepest = 0;
  let inText = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') inText = !inText;
    else if (inText) continue;
    else if (ch === '(') deepest = Math.max(deepest, ++depth);
    else if (ch === ')') depth--;
  }
  return deepest;
}

/** The longest text constant in a formula ("" inside one is one quote character). */
export function longestTextConstant(formula: string): number {
  let longest = 0;
  let i = 0;
  while (i < formula.length) {
    if (formula[i] !== '"') {
      i++;
      continue;
    }
    let length = 0;
    i++;
    while (i < formula.length) {
      if (formula[i] === '"') {
        if (formula[i + 1] === '"') {
          length++;
          i += 2;
          continue;
        }
        break;
      }
      length++;
      i++;
    }
    i++;
    longest = Math.max(longest, length);
  }
  return longest;
}
