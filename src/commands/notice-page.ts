import { pickLocale, t } from '../core/i18n';

/**
 * notice.html: the small dialog the ribbon's 生成汇报 opens with the result. Plain DOM, no framework:
 * it must appear at once. Its buttons answer the parent (close, or open the pane for details).
 */
function render(): void {
  const params = new URLSearchParams(window.location.search);
  const locale = pickLocale(params.get('lang') ?? undefined);
  document.documentElement.lang = locale;
  document.title = t('ui.notice.title', locale);
  const root = document.getElementById('notice');
  if (!root) return;
  const title = document.createElement('h1');
  title.textContent = t('ui.notice.title', locale);
  const text = document.createElement('p');
  text.className = `notice-${params.get('intent') ?? 'success'}`;
  text.textContent = params.get('text') ?? '';
  text.setAttribute('role', 'status');
  const detail = document.createElement('p');
  detail.className = 'notice-detail';
  detail.textContent = params.get('detail') ?? '';
  const answer = (message: string) => {
    if (typeof Office !== 'undefined' && Office.context?.ui?.messageParent) Office.context.ui.messageParent(message);
    else window.close();
  };
  const close = document.createElement('button');
  close.textContent = t('ui.notice.close', locale);
  close.addEventListener('click', () => answer('close'));
  const open = document.createElement('button');
  open.textContent = t('ui.notice.open-pane', locale);
  open.addEventListener('click', () => answer('open-pane'));
  root.replaceChildren(title, text, detail, open, close);
  close.focus();
}

if (typeof Office !== 'undefined') void Office.onReady().then(render);
else render();
