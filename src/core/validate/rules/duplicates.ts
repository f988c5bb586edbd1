import type { Indicator, Issue } from '../../model';
import { refToString } from '../../model';
import { shownText } from '../message-values';
import { columnRef, indicatorIssue, type Rule } from '../rule-context';

/** "固定资产 投资" and "固定资产投资", "（1）" and "(1)" are the same to a reader. */
function sameKey(text: string): string {
  return String(text).normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function groupOf(indicator: Indicator): string {
  return indicator.path.map((title) => shownText(String(title), 20)).join(' › ');
}

/**
 * The same indicator twice in one group (same name, or same outline number under the same sections):
 * a rollup would count it twice. Each repeat points at the first occurrence.
 */
export const duplicatesRule: Rule = {
  name: 'duplicates',
  check({ table }) {
    const issues: Issue[] = [];
    const firstByName = new Map<string, Indicator>();
    const firstByOutline = new Map<string, Indicator>();
    const outlineCell = (item: Indicator) => columnRef(table, item.row, 'id') ?? item.name.cell;
    // Thousands of indicators share a few section titles: each title's key is worked out once.
    const titleKeys = new Map<string, string>();
    const titleKey = (title: string): string => {
      let key = titleKeys.get(title);
      if (key === undefined) {
        key = sameKey(title);
        titleKeys.set(title, key);
      }
      return key;
    };
    for (const indicator of table.indicators) {
      const groupKey = indicator.path.map(titleKey).join('\u0000');
      // The group's words are only needed for a message: most indicators have no duplicate.
      const groupParams = () => {
        const group = groupOf(indicator);
        return { group: group === '' ? '全表' : group };
      };
      const name = sameKey(indicator.name.value ?? '');
      if (name !== '') {
        const key = `${groupKey}\u0001${name}`;
        const first = firstByName.get(key);
        if (first) issues.push(indicatorIssue('duplicate-name', indicator, indicator.name.cell, { ...groupParams(), other: refToString(first.name.cell) }));
        else firstByName.set(key, indicator);
      }
      const outline = sameKey(indicator.outline ?? '');
      if (outline !== '') {
        const key = `${groupKey}\u0001${outline}`;
        const first = firstByOutline.get(key);
        if (first) {
          issues.push(
            indicatorIssue('duplicate-outline', indicator, outlineCell(indicator), {
              ...groupParams(),
              outline: shownText(indicator.outline, 12),
              other: refToString(outlineCell(first)),
            }),
          );
        } else firstByOutline.set(key, indicator);
      }
    }
    return issues;
  },
};
