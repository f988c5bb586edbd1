import type { ReportDoc } from '../core/model';
import { DOCX_MIME } from './docx-mime';
import { docxFileName } from './draft-html';
import type { DialogUi, OpenedDialog } from './office-runtime';

/**
 * Getting the .docx out of the pane. Excel on the web (and any browser) honours a plain download link;
 * desktop Excel's pane does not, so there the file goes to a dialog window on our own origin
 * (download.html), which offers the save. Copying the draft as formatted text is the fallback either way.
 */
export type DocxRoute = 'link' | 'dialog';

export function docxRoute(platform: string): DocxRoute {
  return platform === 'PC' || platform === 'Mac' ? 'dialog' : 'link';
}

/** The builder is loaded on first use, so the pane starts without the docx library. */
export async function buildDocx(report: ReportDoc): Promise<Uint8Array> {
  const { reportDocxBytes } = await import(/* webpackChunkName: "docx" */ '../docx/report-docx');
  return reportDocxBytes(report);
}

export function downloadThroughLink(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: DOCX_MIME }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Opens download.html in a dialog and hands it the file once it says it is ready. */
export function downloadThroughDialog(ui: DialogUi, bytes: Uint8Array, fileName: string, locale: string): Promise<void> {
  const url = `${window.location.origin}/download.html?lang=${encodeURIComponent(locale)}`;
  return new Promise((resolve, reject) => {
    ui.displayDialogAsync(url, { height: 30, width: 30, displayInIframe: false }, (result) => {
      if (String(result.status) === 'failed') {
        reject(new Error(result.error?.message ?? 'dialog failed'));
        return;
      }
      const dialog: OpenedDialog = result.value;
      dialog.addEventHandler('dialogMessageReceived', (arg) => {
        if (arg.message === 'ready') dialog.messageChild?.(JSON.stringify({ fileName, base64: toBase64(bytes) }));
        if (arg.message === 'done') dialog.close();
      });
      resolve();
    });
  });
}

export async function deliverDocx(report: ReportDoc, workbookName: string, route: DocxRoute, ui: DialogUi, locale: string): Promise<string> {
  const bytes = await buildDocx(report);
  const fileName = docxFileName(workbookName);
  if (route === 'link') downloadThroughLink(bytes, fileName);
  else await downloadThroughDialog(ui, bytes, fileName, locale);
  return fileName;
}
