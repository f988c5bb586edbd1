import type { ReportDoc } from '../core/model';
import { draftHtml, draftPlainText } from './draft-html';

/**
 * Copies the draft with its formatting. The async clipboard API first; where a webview refuses it, the
 * old way: select a hidden copy of the formatted text and run the copy command.
 */
export async function copyDraft(report: ReportDoc): Promise<boolean> {
  const html = draftHtml(report);
  const text = draftPlainText(report);
  try {
    if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/html': new Blob([html], { type: 'text/html' }), 'text/plain': new Blob([text], { type: 'text/plain' }) }),
      ]);
      return true;
    }
  } catch {
    // Fall through to the selection copy below.
  }
  const holder = document.createElement('div');
  holder.contentEditable = 'true';
  holder.style.position = 'fixed';
  holder.style.left = '-10000px';
  holder.innerHTML = html;
  document.body.appendChild(holder);
  const range = document.createRange();
  range.selectNodeContents(holder);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } finally {
    selection?.removeAllRanges();
    holder.remove();
  }
  return copied;
}
