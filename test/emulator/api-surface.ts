import { compareVersions } from '../../src/excel/requirement-sets';

/**
 * The Excel API surface of an office.js build, as plain data: which classes it defines, which members each
 * has, and which requirement set the library itself checks before letting a member be used
 * (`_throwIfApiNotSupported("Range.getMergedAreasOrNullObject", "ExcelApi", "1.13")`). Made from the
 * shipped @microsoft/office-js files by shipped-surface.ts; plain JSON so the browser emulator can take it too.
 */
export interface MemberGate {
  readonly set: string;
  readonly version: string;
}

export interface ApiSurface {
  /** Where it came from, e.g. "@microsoft/office-js 1.1.110 (excel-web-16.00, excel-win32-16.01, excel-mac-16.00)". */
  readonly source: string;
  /** Class → member → the set the library checks, or null when it lets the member through unchecked. */
  readonly classes: Readonly<Record<string, Readonly<Record<string, MemberGate | null>>>>;
  /** The newest ExcelApi version any member of this build checks for: what the build implements. */
  readonly newestExcelApi: string;
}

export type MemberStatus = { readonly kind: 'present'; readonly gate: MemberGate | null } | { readonly kind: 'absent' };

/** Members every client object inherits from OfficeExtension.ClientObject. */
const CLIENT_OBJECT_MEMBERS = new Set(['context', 'isNullObject']);

export function memberStatus(surface: ApiSurface, className: string, member: string): MemberStatus {
  const members = surface.classes[className];
  if (!members) return { kind: 'absent' };
  if (Object.prototype.hasOwnProperty.call(members, member)) return { kind: 'present', gate: members[member] };
  if (CLIENT_OBJECT_MEMBERS.has(member)) return { kind: 'present', gate: null };
  return { kind: 'absent' };
}

export function hasMember(surface: ApiSurface, className: string, member: string): boolean {
  return memberStatus(surface, className, member).kind === 'present';
}

/** Whether a gate passes for a host that supports ExcelApi up to `excelApi` (and no online-only sets). */
export function gateOpen(gate: MemberGate | null, excelApi: string): boolean {
  if (gate === null) return true;
  return gate.set === 'ExcelApi' && compareVersions(gate.version, excelApi) <= 0;
}
