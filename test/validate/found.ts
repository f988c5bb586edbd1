import { issueMessage, issueSuggestion } from '../../src/core/i18n';
import type { Issue } from '../../src/core/model';
import { refToString } from '../../src/core/model';
import { validate } from '../../src/core/validate';
import type { Built } from './table-builder';

/** What a member of staff would read for each issue of one code: cell, message, suggestion. */
export interface Finding {
  readonly issue: Issue;
  readonly cell: string | null;
  readonly message: string;
  readonly fix: string;
}

export function findings(built: Built, code: string): Finding[] {
  return validate(built.table, built.snapshot)
    .filter((issue) => issue.code === code)
    .map((issue) => ({
      issue,
      cell: issue.cell ? refToString(issue.cell) : null,
      message: issueMessage(issue),
      fix: issueSuggestion(issue),
    }));
}

export function codes(built: Built): string[] {
  return validate(built.table, built.snapshot).map((issue) => issue.code);
}
