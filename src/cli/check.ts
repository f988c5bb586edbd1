import type { Locale } from '../core/i18n';
import { issueMessage, issueSuggestion, t } from '../core/i18n';
import type { Issue } from '../core/model';
import { compareIssues, refToString } from '../core/model';
import { recognize } from '../core/recognize';
import { validate } from '../core/validate';
import type { CommandIo } from './analyze';
import { loadWorkbook } from './workbook-input';
import { noTableMessage } from './no-table-message';

export interface CheckOptions {
  readonly sheet?: string;
  /** YYYY-MM-DD */
  readonly asOf?: string;
  readonly lang?: Locale;
}

const STDIO: CommandIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Columns a terminal gives a character: two for CJK and full-width forms, one for the rest. */
function terminalWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000 ? 2 : 1;
  }
  return width;
}

/** Pads to `width` terminal columns, cutting with … what does not fit. */
function fit(text: string, width: number): string {
  const full = terminalWidth(text);
  if (full <= width) return text + ' '.repeat(width - full);
  let out = '';
  let used = 0;
  for (const ch of text) {
    const next = terminalWidth(ch);
    if (used + next > width - 1) break;
    out += ch;
    used += next;
  }
  return `${out}…${' '.repeat(Math.max(0, width - used - 1))}`;
}

/** The issues as a table a person reads in a terminal: 级别 位置 指标 问题, the suggestion under each problem. */
export function issuesTable(issues: readonly Issue[], locale: Locale): string[] {
  const positions = issues.map((issue) => (issue.cell ? refToString(issue.cell) : t('sheet.checks.whole-table', locale)));
  const names = issues.map((issue) => issue.indicatorName ?? '');
  const headers = (['severity', 'position', 'indicator', 'problem'] as const).map((column) => t(`sheet.checks.header.${column}`, locale));
  const widths = [
    Math.max(terminalWidth(headers[0]), ...issues.map((issue) => terminalWidth(t(`severity.${issue.severity}`, locale)))),
    Math.min(28, Math.max(terminalWidth(headers[1]), ...positions.map(terminalWidth))),
    Math.min(24, Math.max(terminalWidth(headers[2]), ...names.map(terminalWidth))),
  ];
  const indent = ' '.repeat(widths.reduce((sum, width) => sum + width + 2, 0));
  const lines = [headers.map((header, i) => (i < widths.length ? fit(header, widths[i]) : header)).join('  ')];
  issues.forEach((issue, i) => {
    const cells = [t(`severity.${issue.severity}`, locale), positions[i], names[i]].map((cell, column) => fit(cell, widths[column]));
    lines.push(`${cells.join('  ')}  ${issueMessage(issue, locale)}`);
    const fix = issueSuggestion(issue, locale);
    if (fix !== '') lines.push(`${indent}${t('cli.check.fix', locale)}${fix}`);
  });
  return lines;
}

/**
 * `huibao check FILE.xlsx`: the department's pre-submission check. Runs recognition and validation only, so
 * it works even where report generation would not. Exit 0 clean (warnings allowed), 1 errors to fix,
 * 2 the file cannot be used.
 */
export async function runCheck(file: string, options: CheckOptions, io: CommandIo = STDIO): Promise<number> {
  const locale = options.lang ?? 'zh-CN';
  const loaded = await loadWorkbook(file, { command: 'check', files: [file], sheet: options.sheet, asOf: options.asOf, json: false, lang: locale, help: false }, locale);
  if (!loaded.ok) {
    io.err(loaded.message);
    return 2;
  }
  const recognition = recognize(loaded.snapshot, { sheet: options.sheet ?? loaded.snapshot.settings?.sheet, asOf: options.asOf });
  const table = recognition.table;
  const issues = [...recognition.issues, ...(table ? validate(table, loaded.snapshot) : [])].sort(compareIssues);
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const warnings = issues.filter((issue) => issue.severity === 'warning').length;
  io.out(t('cli.check.title', locale, { file, sheet: table?.sheet ?? '—' }));
  io.out(t('sheet.checks.summary', locale, { total: issues.length, errors, warnings, infos: issues.length - errors - warnings }));
  if (issues.length > 0) io.out(['', ...issuesTable(issues, locale)].join('\n'));
  if (!table) {
    io.err(noTableMessage(file, recognition, locale));
    return 2;
  }
  io.out('');
  io.out(t(errors > 0 ? 'cli.check.has-errors' : issues.length > 0 ? 'cli.check.no-errors' : 'cli.check.none', locale, { errors }));
  return errors > 0 ? 1 : 0;
}
