import { pickLocale, t, type Locale } from '../core/i18n';
import { buildDocx } from './docx-delivery';
import { DOCX_MIME } from './docx-mime';
import { decodeReportLink } from './report-link';

/**
 * download.html: opened in the system browser by the pane on Mac (Office.context.ui.openBrowserWindow), since
 * Excel's webview there saves no files. The draft arrives in the address's fragment; this page builds the
 * .docx in the browser and offers the save. Nothing is fetched but this page's own scripts.
 */
function paragraph(text: string): HTMLParagraphElement {
  const element = document.createElement('p');
  element.textContent = text;
  return element;
}

async function start(root: HTMLElement, locale: Locale): Promise<void> {
  const data = decodeReportLink(window.location.hash);
  // The draft has served its purpose in the address bar; keep it out of the history.
  if (window.location.hash) history.replaceState(null, '', window.location.pathname + window.location.search);
  if (!data) {
    root.replaceChildren(paragraph(t('ui.docx.page-bad-link', locale)));
    root.setAttribute('data-state', 'bad-link');
    return;
  }
  root.replaceChildren(paragraph(t('ui.docx.dialog-wait', locale)));
  const bytes = await buildDocx(data.report);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([bytes.slice()], { type: DOCX_MIME }));
  link.download = data.fileName;
  link.textContent = `${t('ui.docx.save', locale)}：${data.fileName}`;
  link.setAttribute('data-testid', 'save-docx');
  root.replaceChildren(paragraph(t('ui.docx.dialog-ready', locale)), link);
  root.setAttribute('data-state', 'ready');
  link.focus();
  link.click();
}

const root = document.getElementById('download');
if (root) {
  const locale = pickLocale(new URLSearchParams(window.location.search).get('lang') ?? navigator.language);
  document.documentElement.lang = locale;
  const run = () =>
    start(root, locale).catch(() => {
      root.replaceChildren(paragraph(t('ui.docx.failed', locale)));
      root.setAttribute('data-state', 'failed');
    });
  void run();
  // A browser that reuses this tab for the next report changes only the fragment: build that one too.
  window.addEventListener('hashchange', () => void run());
}
