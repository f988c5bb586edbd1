import type { Issue } from '../../model';
import { RECOGNIZE_CODES } from '../recognition-issues';

/** Refusals that name the layout they saw: a plain "no table found" would hide what to do. */
const LAYOUT_REFUSALS: readonly string[] = [RECOGNIZE_CODES.crossTableUnreadable];

/** The issue saying which layout a sheet has and why it could not be read, when recognition refused one. */
export function layoutRefusal(issues: readonly Issue[]): Issue | null {
  return issues.find((issue) => issue.severity === 'error' && LAYOUT_REFUSALS.includes(issue.code)) ?? null;
}
