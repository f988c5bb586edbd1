import { Badge, Button, Caption1, Link, Subtitle2, Text } from '@fluentui/react-components';
import { t, type Locale } from '../core/i18n';
import type { DraftNote } from './delivery-message';
import { usePaneStyles } from './pane-styles';
import type { StatusCount } from './status-counts';

interface Props {
  readonly counts: readonly StatusCount[];
  readonly sheets: readonly string[];
  readonly locale: Locale;
  readonly draftReady: boolean;
  readonly draftNote: DraftNote | null;
  readonly onOpenSheet: (sheet: string) => void;
  readonly onDownload: () => void;
  readonly onCopy: () => void;
}

/** After a run: counts by status, the generated sheets, and the ways to take the draft to Word. */
export function ResultPanel({ counts, sheets, locale, draftReady, draftNote, onOpenSheet, onDownload, onCopy }: Props) {
  const styles = usePaneStyles();
  return (
    <section className={styles.section} aria-labelledby="results-title" data-testid="results">
      <Subtitle2 as="h2" id="results-title">
        {t('ui.results.title', locale)}
      </Subtitle2>
      <ul className={styles.counts} aria-label={t('ui.results.title', locale)}>
        {counts.map((count) => (
          <li key={count.status} style={{ listStyleType: 'none' }} data-status={count.status}>
            <Badge appearance="tint" size="large">
              {count.label} {t('ui.results.count', locale, { count: count.count })}
            </Badge>
          </li>
        ))}
      </ul>
      <Text as="h3" weight="semibold" id="sheets-title">
        {t('ui.results.sheets', locale)}
      </Text>
      <ul className={styles.list} aria-labelledby="sheets-title" data-testid="sheet-links">
        {sheets.map((sheet) => (
          <li key={sheet}>
            <Link as="button" onClick={() => onOpenSheet(sheet)} aria-label={t('ui.results.open-sheet', locale, { sheet })}>
              {sheet}
            </Link>
          </li>
        ))}
      </ul>
      <Text as="h3" weight="semibold">
        {t('ui.docx.title', locale)}
      </Text>
      <div className={styles.actions}>
        <Button appearance="secondary" disabled={!draftReady} onClick={onDownload} data-testid="download-docx">
          {t('ui.docx.download', locale)}
        </Button>
        <Button appearance="secondary" disabled={!draftReady} onClick={onCopy} data-testid="copy-draft">
          {t('ui.docx.copy', locale)}
        </Button>
        {draftNote && (
          <Caption1 role="status" data-testid="draft-message">
            {draftNote.text}
          </Caption1>
        )}
        {draftNote?.link && (
          <Link href={draftNote.link.href} download={draftNote.link.fileName} data-testid="docx-link">
            {draftNote.link.label}
          </Link>
        )}
      </div>
    </section>
  );
}
