import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '../core/i18n';
import type { Issue, OutputPlan, WorkbookSettings } from '../core/model';
import { issueMessage, t, type MessageKey } from '../core/i18n';
import { reportDocxBuffer } from '../node/docx-write';
import type { XlsxSource } from '../node/xlsx-read';
import { reportBaseName, reportExtension } from '../node/xlsx-package/report-names';
import { writeXlsxReport } from '../node/xlsx-write';

export { reportBaseName, reportExtension };
import type { CliArgs } from './args';
import { analyzeFile, type CommandIo } from './analyze';
import { noTableMessage } from './no-table-message';

/**
 * The output could not be written (the last report still open in Excel or WPS, a folder of that name, a full
 * disk): the user's to fix, not a bug, so it is said in words they can act on rather than as an internal error.
 */
export class OutputWriteError extends Error {
  constructor(
    readonly target: string,
    readonly code: string,
  ) {
    super(`${code}: ${target}`);
  }
}

const WRITE_FAILURES: Readonly<Record<string, MessageKey>> = {
  EBUSY: 'cli.write-busy',
  EPERM: 'cli.write-busy',
  EACCES: 'cli.write-busy',
  EISDIR: 'cli.write-is-folder',
  EEXIST: 'cli.write-not-folder',
  ENOTDIR: 'cli.write-not-folder',
  ENOSPC: 'cli.write-no-space',
  EROFS: 'cli.write-busy',
};

/** Runs a file-system step, turning the failures a user can fix into OutputWriteError. */
async function writing<T>(target: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (typeof code === 'string' && code in WRITE_FAILURES) throw new OutputWriteError(target, code);
    throw error;
  }
}

/** The message for an OutputWriteError, in the user's language. */
export function outputWriteMessage(error: OutputWriteError, locale: Locale): string {
  return t('cli.cannot-write', locale, { file: error.target, reason: t(WRITE_FAILURES[error.code] ?? 'cli.write-busy', locale) });
}

/** Writes to a temporary file first, so a failure never leaves a half-written workbook where the old one was. */
async function writeAtomically(target: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    await writing(target, () => write(temporary));
    await writing(target, () => fs.rename(temporary, target));
  } finally {
    await fs.rm(temporary, { force: true });
  }
}

/** The engine's plan for the .xlsx writer and the .docx already packed, with nothing else of the outcome kept alive while the workbook is written. */
interface ReportToWrite {
  readonly source: XlsxSource;
  readonly plan: OutputPlan;
  /** The answers in effect, kept inside the report workbook for the page, the add-in and the next run. */
  readonly settings: WorkbookSettings;
  readonly docxBytes: Buffer;
  readonly draftEdits: readonly Issue[];
}

/**
 * Analysis, then the .docx packed at once (about 1 MB even at 50,000 rows) so the ReportDoc can go before
 * the workbook is written: at 50,000 rows the plan is ~150 MB and the ReportDoc ~40 MB.
 */
async function analyzeForReport(file: string, args: CliArgs, io: CommandIo, locale: Locale): Promise<ReportToWrite | null> {
  const outcome = await analyzeFile(file, args, io, locale);
  if (!outcome) return null;
  if (!outcome.recognition.table || !outcome.report) {
    io.err(noTableMessage(file, outcome.recognition, locale));
    return null;
  }
  return {
    source: outcome.source,
    plan: outcome.plan,
    settings: outcome.settings,
    docxBytes: await reportDocxBuffer(outcome.report),
    draftEdits: outcome.issues.filter((issue) => issue.code === 'draft-edited'),
  };
}

export async function reportOne(file: string, args: CliArgs, io: CommandIo, locale: Locale): Promise<{ xlsx: string; docx: string } | null> {
  const toWrite = await analyzeForReport(file, args, io, locale);
  if (!toWrite) return null;
  const outDir = args.out ?? path.dirname(file);
  await writing(outDir, () => fs.mkdir(outDir, { recursive: true }));
  const base = reportBaseName(file);
  const xlsx = path.join(outDir, `${base}-汇报${reportExtension(file)}`);
  const docx = path.join(outDir, `${base}-汇报.docx`);
  // The input may be an earlier report of the same workbook: the writer reads it whole before the temporary file replaces it.
  await writeAtomically(xlsx, (temporary) => writeXlsxReport(toWrite.source, toWrite.plan, temporary, toWrite.settings));
  await writeAtomically(docx, (temporary) => fs.writeFile(temporary, toWrite.docxBytes));
  // Staff edits to an earlier 汇报稿 were kept as a copy: say so, or they would think them lost.
  for (const issue of toWrite.draftEdits) io.out(issueMessage(issue, locale));
  return { xlsx, docx };
}

/** The workbooks a report run covers: each file given, and every .xlsx/.xlsm/.xls/.et inside each folder given. */
export async function reportInputs(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const given of paths) {
    const stat = await fs.stat(given).catch(() => null);
    if (stat?.isDirectory()) {
      const names = (await fs.readdir(given)).filter((name) => /\.(xlsx|xlsm|xls|et)$/i.test(name) && !name.startsWith('~$') && !name.startsWith('.')).sort();
      files.push(...names.map((name) => path.join(given, name)));
    } else files.push(given);
  }
  return files;
}

/** One line that redraws itself on a terminal; silent when output goes to a file or a pipe. */
function progressLine(done: number, total: number, file: string): string {
  const width = 24;
  const filled = Math.round((done / total) * width);
  return `\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${path.basename(file)}`.padEnd(80);
}

export async function runReport(args: CliArgs, io: CommandIo, locale: Locale): Promise<number> {
  if (args.files.length === 0) {
    io.err(t('cli.usage', locale));
    return 2;
  }
  const files = await reportInputs(args.files);
  if (files.length === 1 && args.files.length === 1 && files[0] === args.files[0]) {
    const written = await reportOne(files[0], args, io, locale).catch((error: unknown) => {
      if (!(error instanceof OutputWriteError)) throw error;
      io.err(outputWriteMessage(error, locale));
      return null;
    });
    if (!written) return 2;
    io.out(t('cli.wrote', locale, written));
    return 0;
  }
  return runBatch(files, args, io, locale);
}

/** Many workbooks: one output per input; a failure in one is reported and the others are still done. */
async function runBatch(files: readonly string[], args: CliArgs, io: CommandIo, locale: Locale): Promise<number> {
  const failed: string[] = [];
  const tty = process.stderr.isTTY === true;
  for (const [index, file] of files.entries()) {
    if (tty) process.stderr.write(progressLine(index, files.length, file));
    const problems: string[] = [];
    const quiet: CommandIo = { out: io.out, err: (text) => problems.push(text) };
    const written = await reportOne(file, args, quiet, locale).catch((error: unknown) => {
      problems.push(error instanceof OutputWriteError ? outputWriteMessage(error, locale) : t('cli.internal', locale, { file, detail: error instanceof Error ? error.message : String(error) }));
      return null;
    });
    if (!written) failed.push(`${file}：${problems.join(' ')}`);
  }
  if (tty) process.stderr.write(`${progressLine(files.length, files.length, '')}\n`);
  io.out(t('cli.batch-done', locale, { done: files.length - failed.length, total: files.length }));
  for (const line of failed) io.err(line);
  return failed.length === 0 ? 0 : failed.length === files.length ? 2 : 1;
}
