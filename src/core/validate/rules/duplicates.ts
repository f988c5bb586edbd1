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
    for (const indicator of table.indicators) {
      const group = groupOf(indicator);
      const groupKey = indicator.path.map(sameKey).join('\u0000');
      const params = { group: group === '' ? '全表' : group };
      const name = sameKey(indicator.name.value ?? '');
      if (name !== '') {
        const key = `${groupKey}\u0001${name}`;
        const first = firstByName.get(key);
        if (first) issues.push(indicatorIssue('duplicate-name', indicator, indicator.name.cell, { ...params, other: refToString(first.name.cell) }));
        else firstByName.set(key, indicator);
      }
      const outline = sameKey(indicator.outline ?? '');
      if (outline !== '') {
        const key = `${groupKey}\u0001${outline}`;
        const first = firstByOutline.get(key);
        if (first) {
          issues.push(
            indicatorIssue('duplicate-outline', indicator, outlineCell(indicator), {
              ...params,
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
