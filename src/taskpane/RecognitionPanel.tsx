import { Badge, Button, Caption1, Field, Input, Select, Subtitle2, Text } from '@fluentui/react-components';
import { t, type Locale } from '../core/i18n';
import type { FieldKey, WorkbookSettings, WorkbookSnapshot } from '../core/model';
import { LAYOUT_CLASSES } from '../core/model';
import type { Recognition } from '../core/recognize';
import { usePaneStyles } from './pane-styles';
import {
  columnChoices,
  layoutChoices,
  mappingRows,
  questionRows,
  sheetChoices,
  tableSummary,
  withAnswer,
  withAsOf,
  withColumn,
  withLayout,
  withoutCorrections,
  withSheet,
} from './recognition-view';

interface Props {
  readonly recognition: Recognition;
  readonly snapshot: WorkbookSnapshot;
  readonly settings: WorkbookSettings;
  readonly locale: Locale;
  readonly disabled: boolean;
  readonly onChange: (settings: WorkbookSettings) => void;
  /** Where the answers are kept, as this host keeps them (the pane: the workbook's settings; the web page: the browser). */
  readonly savedNote?: string;
}

/** What was recognised, and the corrections a user can make: sheet, kind of table, columns, as-of date. */
export function RecognitionPanel({ recognition, snapshot, settings, locale, disabled, onChange, savedNote }: Props) {
  const styles = usePaneStyles();
  const table = recognition.table;
  const summary = table ? tableSummary(table, locale) : null;
  const sheet = settings.sheet ?? table?.sheet ?? '';
  const letters = sheet ? columnChoices(snapshot, sheet) : [];
  const auto = t('ui.recognition.sheet-auto', locale);
  const questions = questionRows(recognition, locale);
  return (
    <section className={styles.section} aria-labelledby="recognition-title" data-testid="recognition">
      <Subtitle2 as="h2" id="recognition-title">
        {t('ui.recognition.title', locale)}
      </Subtitle2>
      {questions.length > 0 && (
        <div className={styles.section} data-testid="recognition-questions">
          <Text as="h3" weight="semibold" id="questions-title">
            {t('ui.question.title', locale)}
          </Text>
          <ul className={styles.list} aria-labelledby="questions-title">
            {questions.map((question) => (
              <li key={question.key} data-question={question.key}>
                <Text block>{question.text}</Text>
                {question.choices.map((choice) => (
                  <Button key={choice.key} size="small" disabled={disabled} onClick={() => onChange(withAnswer(settings, choice.answer))}>
                    {choice.label}
                  </Button>
                ))}
              </li>
            ))}
          </ul>
          <Caption1 className={styles.muted}>{t('ui.question.note', locale)}</Caption1>
        </div>
      )}
      <Field label={t('ui.recognition.sheet', locale)}>
        <Select value={settings.sheet ?? ''} disabled={disabled} onChange={(_, data) => onChange(withSheet(settings, data.value || null))} data-testid="sheet-select">
          <option value="">{table ? `${auto}（${table.sheet}）` : auto}</option>
          {sheetChoices(snapshot).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      {summary && (
        <div>
          <Text block data-testid="layout-class">
            {summary.layout}
          </Text>
          <Text block>{summary.headerRows}</Text>
          <Text block>{summary.period}</Text>
          <Text block>{summary.indicators}</Text>
        </div>
      )}
      <Field label={t('ui.recognition.layout-pick', locale)}>
        <Select
          value={settings.layoutClass ?? ''}
          disabled={disabled}
          onChange={(_, data) => onChange(withLayout(settings, LAYOUT_CLASSES.find((name) => name === data.value) ?? null))}
          data-testid="layout-select"
        >
          <option value="">{t('ui.recognition.layout-auto', locale)}</option>
          {layoutChoices(locale).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('ui.recognition.as-of', locale)} hint={t('ui.recognition.as-of-hint', locale)}>
        <Input type="date" value={settings.asOf ?? ''} disabled={disabled} onChange={(_, data) => onChange(withAsOf(settings, data.value || null))} />
      </Field>
      {table && (
        <div className={styles.section}>
          <Text as="h3" weight="semibold" id="columns-title">
            {t('ui.recognition.columns', locale)}
          </Text>
          <ul className={styles.list} aria-labelledby="columns-title">
            {mappingRows(recognition, settings, locale).map((row) => (
              <li key={row.field} className={styles.mappingRow} data-field={row.field}>
                <Text id={`field-${row.field}`}>{row.label}</Text>
                <Select
                  size="small"
                  aria-labelledby={`field-${row.field}`}
                  value={settings.columnMap?.[row.field] ?? ''}
                  disabled={disabled}
                  onChange={(_, data) => onChange(withColumn(settings, row.field as FieldKey, data.value || null))}
                >
                  <option value="">{row.letter ? t('ui.recognition.auto-letter', locale, { letter: row.letter }) : t('ui.recognition.not-found', locale)}</option>
                  {letters.map((letter) => (
                    <option key={letter} value={letter}>
                      {letter}
                    </option>
                  ))}
                </Select>
                <Caption1>
                  {row.header}
                  {row.confidence !== null && ` · ${row.confidence}%`}{' '}
                  {row.corrected ? (
                    <Badge appearance="tint" color="success">
                      {t('ui.recognition.corrected', locale)}
                    </Badge>
                  ) : (
                    row.unsure && (
                      <Badge appearance="tint" color="warning">
                        {t('ui.recognition.unsure', locale)}
                      </Badge>
                    )
                  )}
                </Caption1>
              </li>
            ))}
          </ul>
          {settings.columnMap && (
            <Button size="small" disabled={disabled} onClick={() => onChange(withoutCorrections(settings))}>
              {t('ui.recognition.reset', locale)}
            </Button>
          )}
        </div>
      )}
      <Caption1 className={styles.muted}>{savedNote ?? t('ui.recognition.saved-note', locale)}</Caption1>
    </section>
  );
}
