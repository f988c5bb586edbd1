import { t } from '../core/i18n';

/**
 * Opened in a plain browser (or before Office answers), the pane cannot reach a workbook. It says so,
 * in Chinese first, instead of failing silently.
 */
export function showOutsideOffice(root: HTMLElement): void {
  const heading = document.createElement('h1');
  heading.textContent = t('ui.title', 'zh-CN');
  const zh = document.createElement('p');
  zh.lang = 'zh-CN';
  zh.textContent = t('ui.outside-office', 'zh-CN');
  const en = document.createElement('p');
  en.lang = 'en';
  en.textContent = t('ui.outside-office', 'en-US');
  root.replaceChildren(heading, zh, en);
  root.setAttribute('data-state', 'outside-office');
}
