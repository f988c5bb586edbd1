import type { MessageKey } from './zh-CN';

export const enUS: Record<MessageKey, string> = {
  'status.exceeded': 'Exceeded',
  'status.completed': 'Completed',
  'status.on-track': 'On track',
  'status.behind': 'Behind',
  'status.no-data': 'No data',
  'status.in-progress': 'In progress',
  'status.not-reported': 'Not reported',
  'status.pending': 'To be verified',

  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Note',

  'step.read': 'Read',
  'step.recognize': 'Recognise',
  'step.validate': 'Validate',
  'step.compute': 'Compute',
  'step.narrate': 'Draft',
  'step.write': 'Write',

  'cli.usage':
    'Usage:\n  huibao analyze FILE.xlsx [--sheet NAME] [--as-of YYYY-MM-DD] [--map field=COL,…] [--json]\n  huibao report FILE.xlsx [--out DIR] [--sheet NAME] [--as-of YYYY-MM-DD]\n  huibao check FILE.xlsx',
  'cli.unknown-command': 'Unknown command "{command}".',
  'cli.file-missing': 'File "{file}" not found.',
  'cli.not-xlsx': '"{file}" is not a readable .xlsx workbook ({reason}). Save it as .xlsx in Excel and try again.',
  'cli.no-table': 'No indicator table found in "{file}": make sure a sheet has headers such as 指标名称, 目标值 and 完成值, or name the sheet with --sheet.',
  'cli.wrote': 'Written:\n  {xlsx}\n  {docx}',
  'cli.bad-option': 'Invalid option: {detail}',
  'cli.internal': 'Internal error while processing "{file}": {detail}. The original file was not changed.',
};
