import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { BASELINE_EXCEL_API, compareVersions, FEATURE_REQUIREMENTS, featureOfCall } from '../../src/excel/requirement-sets';
import { type ApiSurface, memberStatus } from '../emulator/api-surface';
import { shippedSurface } from '../emulator/shipped-surface';
import { EXCEL_DIR, type OfficeCall, officeCalls, sourceFiles } from './office-calls';

/**
 * Every Excel API member src/excel calls must exist in the office.js we ship (its class definitions in
 * node_modules/@microsoft/office-js/dist), or sit behind a run-time member check: an optional feature whose
 * members detectCapabilities looks for in the loaded library, with `capabilities.has(feature)` (or `usable`)
 * before the call. A member the library gates on a set newer than ExcelApi 1.1 needs the same guard, with a
 * feature version no lower than the library's gate. Calls on plain data shapes (CellProperties …) are data,
 * not library members, and are left out.
 */
function surfaceProblems(calls: readonly OfficeCall[], surface: ApiSurface): string[] {
  const problems: string[] = [];
  for (const use of calls.filter((call) => call.onClass)) {
    const [className, member] = use.call.split('.');
    const status = memberStatus(surface, className, member);
    const feature = featureOfCall(use.call);
    const need = feature ? FEATURE_REQUIREMENTS[feature] : null;
    const guarded = feature !== null && need !== null && !need.required && use.guards.has(feature);
    if (status.kind === 'absent') {
      if (!guarded || !need?.members.includes(use.call)) problems.push(`${use.call} (${use.where}): not in the shipped office.js, and not behind a run-time member check`);
      continue;
    }
    const gate = status.gate;
    if (gate === null || compareVersions(gate.version, BASELINE_EXCEL_API) <= 0) continue;
    if (gate.set !== 'ExcelApi') problems.push(`${use.call} (${use.where}): the library gates it on ${gate.set} ${gate.version}, which desktop Excel never reports`);
    else if (!guarded) problems.push(`${use.call} (${use.where}): the library needs ExcelApi ${gate.version}; call it only behind capabilities.has(<its feature>)`);
    else if (need && compareVersions(need.version, gate.version) < 0) problems.push(`${use.call} (${use.where}): the library needs ExcelApi ${gate.version}, the table says ${need.version}`);
  }
  return problems;
}

/** Compiles fragments in one program (so the checker loads @types/office-js once) and lists each one's calls. */
function callsOfFragments(fragments: Readonly<Record<string, string>>): Record<string, OfficeCall[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'huibao-surface-'));
  const requirementSets = path.join(EXCEL_DIR, 'requirement-sets').replace(/\\/g, '/');
  const files = Object.entries(fragments).map(([name, source]) => {
    const file = path.join(dir, `${name}.ts`);
    writeFileSync(file, source.replace(/'\.\/requirement-sets'/g, `'${requirementSets}'`));
    return file;
  });
  try {
    const calls = officeCalls(files);
    return Object.fromEntries(Object.keys(fragments).map((name) => [name, calls.filter((call) => call.where.startsWith(`${name}.ts:`))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bad and good sources the checker must tell apart. */
const FRAGMENTS = {
  unguardedNote: `
        export function writeNote(sheet: Excel.Worksheet): void {
          sheet.notes.add('A1', '完成值为1—5月数');
        }
      `,
  unguardedMerged: `
      export function merged(range: Excel.Range): void {
        range.getMergedAreasOrNullObject();
      }
    `,
  guardedMerged: `
      import type { Capabilities } from './requirement-sets';
      export function merged(range: Excel.Range, capabilities: Capabilities): void {
        if (capabilities.has('merged-areas-read')) range.getMergedAreasOrNullObject();
      }
    `,
  wrongGuard: `
      import type { Capabilities } from './requirement-sets';
      export function writeNote(sheet: Excel.Worksheet, capabilities: Capabilities): void {
        if (capabilities.has('indent')) sheet.notes.add('A1', '说明');
      }
    `,
} as const;

describe('API 表面：src/excel 调用的每个 Excel 成员都在所带 office.js 里，或在运行时检查之后', () => {
  const surface = shippedSurface();
  const calls = officeCalls(sourceFiles());
  const fragments = callsOfFragments(FRAGMENTS);

  it('从所带的 office.js 读出了类与成员（检查本身在工作）', () => {
    expect(surface.source).toMatch(/@microsoft\/office-js 1\.1\.110/);
    expect(Object.keys(surface.classes).length).toBeGreaterThan(150);
    expect(memberStatus(surface, 'Range', 'formulas').kind).toBe('present');
    expect(memberStatus(surface, 'Worksheet', 'notes').kind).toBe('absent');
    expect(memberStatus(surface, 'Range', 'getMergedAreasOrNullObject')).toEqual({ kind: 'present', gate: { set: 'ExcelApi', version: '1.13' } });
    expect(calls.filter((call) => call.onClass).length).toBeGreaterThan(60);
  });

  it('src/excel 的每个调用都通过', () => {
    expect(surfaceProblems(calls, surface)).toEqual([]);
  });

  it('所带 office.js 没有的成员（批注）确实被调用了，而且只在 notes 功能检查之后', () => {
    const notes = calls.filter((call) => call.call === 'Worksheet.notes' || call.call === 'NoteCollection.add');
    expect(notes.length).toBeGreaterThan(0);
    for (const call of notes) expect([call.call, call.guards.has('notes')]).toEqual([call.call, true]);
  });

  it('不加判断就调用所带 office.js 没有的成员：检查失败，并指出是哪个成员', () => {
    const problems = surfaceProblems(fragments.unguardedNote, surface);
    expect(problems).toEqual([
      expect.stringMatching(/^NoteCollection\.add \(unguardedNote\.ts:3\): not in the shipped office\.js/),
      expect.stringMatching(/^Worksheet\.notes \(unguardedNote\.ts:3\): not in the shipped office\.js/),
    ]);
  });

  it('不加判断就调用 ExcelApi 1.13 才有的成员：检查失败；放在 capabilities.has 之后就通过', () => {
    expect(surfaceProblems(fragments.unguardedMerged, surface)).toEqual([
      expect.stringMatching(/^Range\.getMergedAreasOrNullObject \(unguardedMerged\.ts:3\): the library needs ExcelApi 1\.13/),
    ]);
    expect(fragments.guardedMerged.map((call) => call.call)).toEqual(['Range.getMergedAreasOrNullObject']);
    expect(surfaceProblems(fragments.guardedMerged, surface)).toEqual([]);
  });

  it('判断了别的功能也不算数：notes 成员放在 indent 的检查之后仍然失败', () => {
    expect(surfaceProblems(fragments.wrongGuard, surface)).toHaveLength(2);
  });
});
