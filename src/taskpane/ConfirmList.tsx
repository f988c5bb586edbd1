import { Caption1, Field, Input, Select, Subtitle2, Text } from '@fluentui/react-components';
import { t, type Locale } from '../core/i18n';
import type { Status } from '../core/model';
import type { ConfirmRow } from './confirm-view';
import { usePaneStyles } from './pane-styles';

interface Props {
  readonly rows: readonly ConfirmRow[];
  readonly locale: Locale;
  readonly disabled: boolean;
  readonly onConfirm: (row: ConfirmRow, status: Status) => void;
  /** 确认人: the name the person gave once (remembered on this machine), '' when none. */
  readonly confirmer: string;
  /** False when this machine would not keep the name (storage blocked). */
  readonly confirmerKept: boolean;
  readonly onConfirmerChange: (name: string) => void;
}

/** 需人工确认: each indicator with why the engine could not say, and one choice that confirms it in the workbook. */
export function ConfirmList({ rows, locale, disabled, onConfirm, confirmer, confirmerKept, onConfirmerChange }: Props) {
  const styles = usePaneStyles();
  if (rows.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="confirm-title" data-testid="confirm">
      <Subtitle2 as="h2" id="confirm-title">
        {t('ui.confirm.title', locale, { count: rows.length })}
      </Subtitle2>
      <Caption1 className={styles.muted}>{t('ui.confirm.hint', locale)}</Caption1>
      <Field
        label={t('ui.confirm.name', locale)}
        hint={confirmerKept ? t('ui.confirm.name-hint', locale) : `${t('ui.confirm.name-hint', locale)}${t('ui.confirm.name-unsaved', locale)}`}
      >
        <Input value={confirmer} maxLength={40} disabled={disabled} onChange={(_, data) => onConfirmerChange(data.value)} data-testid="confirmer" />
      </Field>
      <ul className={styles.list}>
        {rows.map((row) => (
          <li key={row.key} data-row={row.indicatorRow}>
            <span className={styles.issueText}>
              <Text weight="semibold">{row.name}</Text>
              {row.evidence && <Caption1 className={styles.muted}>{row.evidence}</Caption1>}
              <Select
                aria-label={t('ui.confirm.choose', locale, { name: row.name })}
                value={row.confirmed ?? ''}
                disabled={disabled}
                onChange={(_, data) => data.value && onConfirm(row, data.value as Status)}
                data-testid="confirm-status"
              >
                <option value="" disabled>
                  {t('ui.confirm.placeholder', locale)}
                </option>
                {row.choices.map((choice) => (
                  <option key={choice.status} value={choice.status}>
                    {choice.text}
                  </option>
                ))}
              </Select>
              {row.confirmedText && (
                <Caption1 role="status" data-testid="confirmed">
                  {row.confirmedText}
                </Caption1>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
