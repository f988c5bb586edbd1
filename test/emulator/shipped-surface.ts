import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { compareVersions } from '../../src/excel/requirement-sets';
import type { ApiSurface, MemberGate } from './api-surface';

/**
 * Reads the Excel API surface out of the office.js we ship (node_modules/@microsoft/office-js/dist), at test
 * time, so the emulator can never offer a member the real library lacks. office.js loads one of these per
 * platform; a member counts only if Windows, Mac and the web builds all define it.
 */
export const OFFICE_JS_DIST = path.join(__dirname, '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist');
export const PLATFORM_BUILDS = ['excel-web-16.00', 'excel-win32-16.01', 'excel-mac-16.00'] as const;

const CLASS_START = /var (\w+) = \(function \(_super\) \{/g;
const PROPERTY = /Object\.defineProperty\((\w+)\.prototype, "(\w+)"/g;
const METHOD = /(\w+)\.prototype\.(\w+) = function/g;
const GATE = /_throwIfApiNotSupported\("(\w+)\.(\w+)", (_defaultApiSetName|"\w+"), "([\d.]+)"/g;

type Members = Map<string, MemberGate | null>;

/** Each `var X = (function (_super) {…}(…)); Excel.X = X;` block: an Excel class and its members. */
function classesOf(source: string): Map<string, Members> {
  const starts = [...source.matchAll(CLASS_START)].map((match) => ({ name: match[1], at: match.index ?? 0 }));
  const classes = new Map<string, Members>();
  starts.forEach(({ name, at }, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].at : source.length;
    const block = source.slice(at, end);
    if (!block.includes(`Excel.${name} = ${name};`)) return;
    const members: Members = new Map();
    for (const pattern of [PROPERTY, METHOD]) {
      for (const match of block.matchAll(pattern)) if (match[1] === name && !match[2].startsWith('_')) members.set(match[2], null);
    }
    for (const match of block.matchAll(GATE)) {
      if (match[1] !== name || !members.has(match[2])) continue;
      members.set(match[2], { set: match[3] === '_defaultApiSetName' ? 'ExcelApi' : match[3].slice(1, -1), version: match[4] });
    }
    classes.set(name, members);
  });
  return classes;
}

function stricter(a: MemberGate | null, b: MemberGate | null): MemberGate | null {
  if (a === null) return b;
  if (b === null) return a;
  if (a.set !== b.set) return a.set === 'ExcelApi' ? b : a;
  return compareVersions(a.version, b.version) >= 0 ? a : b;
}

/** Members in every build, each with the strictest gate any build puts on it. */
function intersect(builds: readonly Map<string, Members>[]): Record<string, Record<string, MemberGate | null>> {
  const [first, ...rest] = builds;
  const result: Record<string, Record<string, MemberGate | null>> = {};
  for (const [className, members] of first) {
    const others = rest.map((build) => build.get(className));
    if (others.some((other) => other === undefined)) continue;
    const kept: Record<string, MemberGate | null> = {};
    for (const [member, gate] of members) {
      if (others.every((other) => other?.has(member))) kept[member] = others.reduce<MemberGate | null>((acc, other) => stricter(acc, other?.get(member) ?? null), gate);
    }
    result[className] = kept;
  }
  return result;
}

function newestExcelApi(classes: Record<string, Record<string, MemberGate | null>>): string {
  let newest = '1.1';
  for (const members of Object.values(classes)) {
    for (const gate of Object.values(members)) if (gate?.set === 'ExcelApi' && compareVersions(gate.version, newest) > 0) newest = gate.version;
  }
  return newest;
}

let cached: ApiSurface | null = null;

export function shippedSurface(): ApiSurface {
  if (cached) return cached;
  const version = (JSON.parse(readFileSync(path.join(OFFICE_JS_DIST, '..', 'package.json'), 'utf8')) as { version: string }).version;
  const builds = PLATFORM_BUILDS.map((build) => classesOf(readFileSync(path.join(OFFICE_JS_DIST, `${build}.debug.js`), 'utf8')));
  const classes = intersect(builds);
  cached = { source: `@microsoft/office-js ${version} (${PLATFORM_BUILDS.join(', ')})`, classes, newestExcelApi: newestExcelApi(classes) };
  return cached;
}
