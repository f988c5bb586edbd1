import { Button, Caption1, Subtitle2, Text } from '@fluentui/react-components';
import { t, type Locale } from '../core/i18n';
import type { CellRef } from '../core/model';
import type { IssueGroup } from './issue-groups';
import { usePaneStyles } from './pane-styles';

/** Issues grouped by severity; each is a button that selects its cell in Excel. */
export function IssueList({ groups, locale, onSelect }: { groups: readonly IssueGroup[]; locale: Locale; onSelect: (cell: CellRef) => void }) {
  const styles = usePaneStyles();
  return (
    <section className={styles.section} aria-labelledby="issues-title" data-testid="issues">
      <Subtitle2 as="h2" id="issues-title">
        {t('ui.issues.title', locale)}
      </Subtitle2>
      {groups.length === 0 && <Text>{t('ui.issues.none', locale)}</Text>}
      {groups.map((group) => (
        <div key={group.severity} className={styles.section} data-severity={group.severity}>
          <Text as="h3" weight="semibold">
            {group.title}
          </Text>
          <ul className={styles.list}>
            {group.items.map((item) => (
              <li key={item.key}>
                {item.cell ? (
                  <Button
                    appearance="subtle"
                    className={styles.issueButton}
                    onClick={() => item.cell && onSelect(item.cell)}
                    aria-label={`${item.message} ${t('ui.issues.goto', locale, { cell: item.cellLabel })}`}
                    data-cell={item.cellLabel}
                  >
                    <span className={styles.issueText}>
                      <Text>{item.message}</Text>
                      {item.fix && <Caption1 className={styles.muted}>{item.fix}</Caption1>}
                      <Caption1>{t('ui.issues.goto', locale, { cell: item.cellLabel })}</Caption1>
                    </span>
                  </Button>
                ) : (
                  <span className={styles.issueText}>
                    <Text>{item.message}</Text>
                    {item.fix && <Caption1 className={styles.muted}>{item.fix}</Caption1>}
                  </span>
                )}
              </li>
            ))}
          </ul>
          {group.more > 0 && <Caption1>{t('ui.issues.more', locale, { count: group.more })}</Caption1>}
        </div>
      ))}
    </section>
  );
}
