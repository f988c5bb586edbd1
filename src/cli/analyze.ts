import { analysisJson, type AnalysisJson } from '../core/contract/analysis-json';
import type { Locale } from '../core/i18n';
import { issueMessage, t, tDynamic } from '../core/i18n';
import type { Issue, WorkbookSettings } from '../core/model';
import { runPipeline, type PipelineOutcome } from '../core/pipeline';
import type { CliArgs } from './args';
import type { XlsxSource } from '../node/xlsx-read';
import { loadWorkbook } from './workbook-input';
import { noTableMessage } from './no-table-message';
import { questionLines } from './question-lines';
import type { RecognitionQuestion } from '../core/recognize';

export interface CommandIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** The engine's outcome for a file, with the parsed file a report writes into (see XlsxSource) and the answers in effect, which the report keeps. */
export type AnalyzedFile = PipelineOutcome & { readonly source: XlsxSource; readonly settings: WorkbookSettings };

/** Runs the engine on one file for a command; null (with the message already printed) when the file is unusable. */
export async function analyzeFile(file: string, args: CliArgs, io: CommandIo, locale: Locale): Promise<AnalyzedFile | null> {
  const loaded = await loadWorkbook(file, args, locale);
  if (!loaded.ok) {
    io.err(loaded.message);
    return null;
  }
  const outcome = runPipeline(loaded.snapshot, {
    sheet: args.sheet ?? loaded.snapshot.settings?.sheet,
    asOf: args.asOf,
    columnMap: args.columnMap,
    layoutClass: args.layoutClass ?? loaded.snapshot.settings?.layoutClass,
  });
  return { ...outcome, source: loaded.source, settings: loaded.snapshot.settings ?? {} };
}

function percent(value: number | null): string {
  return value === null ? '—' : `${(value * 100).toFixed(2)}%`;
}

function summary(json: AnalysisJson, questions: readonly RecognitionQuestion[], locale: Locale): string {
  const layout = json.layoutClass ? tDynamic(`ui.layout.${json.layoutClass}`, locale) : '—';
  const lines = [`工作表：${json.sheet}　表头行：${json.headerRows.join('、')}　版式：${layout}（${json.layoutClass}，可用 --layout 更正）`];
  if (json.period) lines.push(`期间：${json.period.yearAssumed ? '【待核实】' : ''}${json.period.year}年${json.period.label}　序时进度：${percent(json.period.expectedProgress)}`);
  lines.push(
    `列：${Object.entries(json.columns)
      .map(([field, letter]) => `${field}=${letter}(${Math.round((json.confidence[field as keyof typeof json.confidence] ?? 0) * 100)}%)`)
      .join(' ')}`,
  );
  const counts = new Map<string, number>();
  for (const indicator of json.indicators) counts.set(indicator.status, (counts.get(indicator.status) ?? 0) + 1);
  lines.push(
    `指标 ${json.indicators.length} 项：${[...counts].map(([status, n]) => `${tDynamic(`status.${status}`, locale)} ${n}`).join('，')}`,
  );
  for (const indicator of json.indicators) {
    lines.push(`  ${indicator.row}\t${indicator.id}\t${indicator.name}\t完成率 ${percent(indicator.completionRate)}\t${tDynamic(`status.${indicator.status}`, locale)}`);
  }
  const errors = json.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = json.issues.filter((issue) => issue.severity === 'warning').length;
  lines.push(`校验：${errors} 个错误，${warnings} 个警告，${json.issues.length - errors - warnings} 个提示（详见 huibao check）`);
  lines.push(...questionLines(questions, locale));
  return lines.join('\n');
}

export async function runAnalyze(args: CliArgs, io: CommandIo, locale: Locale): Promise<number> {
  const file = args.files[0];
  if (!file) {
    io.err(t('cli.usage', locale));
    return 2;
  }
  const outcome = await analyzeFile(file, args, io, locale);
  if (!outcome) return 2;
  const json = analysisJson(outcome, locale);
  if (args.json) io.out(JSON.stringify(json, null, 2));
  if (json.sheet === null) {
    io.err(noTableMessage(file, outcome.recognition, locale));
    return 2;
  }
  if (!args.json) io.out(summary(json, outcome.recognition.questions, locale));
  return 0;
}
