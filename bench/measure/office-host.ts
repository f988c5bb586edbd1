/**
 * Office.js host on the Excel emulator (test/emulator): round trips (context.sync) and payload bytes for
 * reading the workbook into a snapshot and for applying the plan, per bench size.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { GeneratedWorkbook } from '../make-workbooks';
import { REPO } from '../child-process';
import { NotReady } from '../not-ready';

export interface OfficeHostSize {
  readonly indicators: number;
  readonly readSyncs: number;
  readonly readBytes: number;
  readonly readUnderLimit: boolean;
  /** Round trips the target allows for this payload. */
  readonly readAllowed: number;
  readonly applySyncs: number;
  readonly applyBytes: number;
  readonly applyUnderLimit: boolean;
  readonly applyAllowed: number;
}

export interface OfficeHostFigure {
  readonly limitBytes: number;
  readonly sizes: readonly OfficeHostSize[];
}

export async function measureOfficeHost(_workbooks: readonly GeneratedWorkbook[], _log: (line: string) => void): Promise<OfficeHostFigure> {
  if (!existsSync(path.join(REPO, 'test', 'emulator', 'index.ts'))) throw new NotReady('Excel 模拟器 test/emulator 尚未就绪 not built yet');
  throw new NotReady('Excel 模拟器 test/emulator 尚未就绪 not built yet');
}
