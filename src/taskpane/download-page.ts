import { pickLocale, t } from '../core/i18n';
import { DOCX_MIME } from './docx-mime';

/**
 * download.html: the dialog window desktop Excel opens to save the .docx, since a download link inside the
 * pane goes nowhere there. It tells the pane it is ready, receives the file, and offers the save.
 */
function show(root: HTMLElement, children: Node[]): void {
  root.replaceChildren(...children);
}

function start(): void {
  const locale = pickLocale(new URLSearchParams(window.location.search).get('lang') ?? undefined);
  document.documentElement.lang = locale;
  const root = document.getElementById('download');
  if (!root) return;
  const wait = document.createElement('p');
  wait.textContent = t('ui.docx.dialog-wait', locale);
  show(root, [wait]);
  Office.context.ui.addHandlerAsync(Office.EventType.DialogParentMessageReceived, (arg: { message: string }) => {
    const { fileName, base64 } = JSON.parse(arg.message) as { fileName: string; base64: string };
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const url = URL.createObjectURL(new Blob([bytes], { type: DOCX_MIME }));
    const ready = document.createElement('p');
    ready.textContent = t('ui.docx.dialog-ready', locale);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.textContent = `${t('ui.docx.save', locale)}：${fileName}`;
    link.addEventListener('click', () => setTimeout(() => Office.context.ui.messageParent('done'), 1000));
    show(root, [ready, link]);
    link.focus();
  });
  Office.context.ui.messageParent('ready');
}

void Office.onReady().then(start);
