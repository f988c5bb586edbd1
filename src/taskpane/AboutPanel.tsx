import { Caption1, Text } from '@fluentui/react-components';
import { t, type Locale } from '../core/i18n';
import { usePaneStyles } from './pane-styles';

/** 关于: the office.js, Excel and engine thread in use, for the help desk and for staff asking "which version?". */
export function AboutPanel({ lines, locale }: { lines: readonly string[]; locale: Locale }) {
  const styles = usePaneStyles();
  return (
    <section className={styles.section} aria-labelledby="about-title" data-testid="about">
      <Text as="h2" weight="semibold" size={200} id="about-title">
        {t('ui.about.title', locale)}
      </Text>
      {lines.map((line) => (
        <Caption1 key={line} className={styles.muted} as="p">
          {line}
        </Caption1>
      ))}
    </section>
  );
}
