/**
 * The table `npm run bench` prints: every figure beside its baseline and its target, with a mark that
 * says whether the target is met. A figure that could not be measured says why, and is never a number.
 */

export type Verdict = 'pass' | 'fail' | 'info' | 'not-measured';

export interface TableRow {
  /** "引擎 engine" … Chinese first, English alongside. */
  readonly measure: string;
  readonly size: string;
  readonly measured: string;
  readonly baseline: string;
  readonly ratio: string;
  readonly target: string;
  readonly verdict: Verdict;
}

const HEADS = ['项目 Measure', '规模 Size', '实测 Measured', '基线 Baseline', '比值 Ratio', '目标 Target', '结果 Result'];

export function verdictMark(verdict: Verdict): string {
  switch (verdict) {
    case 'pass':
      return '✓ 达标 pass';
    case 'fail':
      return '✗ 未达标 fail';
    case 'info':
      return '— 参考 info';
    case 'not-measured':
      return '… 未测 n/a';
    default: {
      const unreachable: never = verdict;
      return unreachable;
    }
  }
}

function cells(row: TableRow): string[] {
  return [row.measure, row.size, row.measured, row.baseline, row.ratio, row.target, verdictMark(row.verdict)];
}

/** Terminal columns a string takes: CJK and full-width forms take two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6);
    width += wide ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function textTable(rows: readonly TableRow[]): string {
  const lines = [HEADS, ...rows.map(cells)];
  const widths = HEADS.map((_, col) => Math.max(...lines.map((line) => displayWidth(line[col]))));
  const rule = widths.map((width) => '─'.repeat(width)).join('─┼─');
  const render = (line: readonly string[]) => line.map((cell, col) => pad(cell, widths[col])).join(' │ ');
  return [render(HEADS), rule, ...lines.slice(1).map(render)].join('\n');
}

export function markdownTable(rows: readonly TableRow[]): string {
  const escape = (text: string) => text.replace(/\|/g, '\\|');
  return [
    `| ${HEADS.join(' | ')} |`,
    `| ${HEADS.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${cells(row).map(escape).join(' | ')} |`),
  ].join('\n');
}
