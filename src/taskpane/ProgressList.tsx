import { Caption1, mergeClasses, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import type { Locale } from '../core/i18n';
import { t } from '../core/i18n';
import type { PaneState } from './pane-store';
import { usePaneStyles } from './pane-styles';
import { progressRows } from './progress-view';

export function ProgressList({ state, locale }: { state: PaneState; locale: Locale }) {
  const styles = usePaneStyles();
  return (
    <section className={styles.section} aria-labelledby="progress-title">
      <Subtitle2 as="h2" id="progress-title">
        {t('ui.progress.title', locale)}
      </Subtitle2>
      <ol className={styles.list} data-testid="progress">
        {progressRows(state, locale).map((row) => (
          <li key={row.step} className={styles.progressRow} data-step={row.step} data-status={row.status} data-ms={state.steps[row.step].ms === null ? undefined : Math.round(state.steps[row.step].ms ?? 0)}>
            <Text className={mergeClasses(styles.progressLabel, row.status === 'running' && styles.running)}>{row.label}</Text>
            {row.status === 'running' ? <Spinner size="extra-tiny" aria-label={row.statusLabel} /> : <Caption1 className={row.status === 'done' ? styles.done : styles.muted}>{row.statusLabel}</Caption1>}
            <Caption1 className={styles.muted}>{row.timeLabel}</Caption1>
          </li>
        ))}
      </ol>
    </section>
  );
}
