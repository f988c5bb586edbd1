import { t, type Locale } from '../core/i18n';
import type { DocxDelivery } from './docx-delivery';

/** What the pane says after 下载 Word 文件, and the link to click again where the file is in the pane. */
export interface DraftNote {
  readonly text: string;
  readonly link?: { readonly href: string; readonly fileName: string; readonly label: string };
}

export function deliveryNote(delivery: DocxDelivery, locale: Locale): DraftNote {
  switch (delivery.kind) {
    case 'link':
      return {
        text: t('ui.docx.saved', locale, { file: delivery.fileName }),
        link: { href: delivery.url, fileName: delivery.fileName, label: t('ui.docx.save-again', locale, { file: delivery.fileName }) },
      };
    case 'browser-window':
      return { text: t('ui.docx.browser-window', locale, { file: delivery.fileName }) };
    case 'too-large':
      return { text: t('ui.docx.too-large', locale, { length: delivery.length, limit: delivery.limit }) };
    case 'unsupported':
      return { text: t('ui.docx.unsupported', locale) };
    default: {
      const unreachable: never = delivery;
      return unreachable;
    }
  }
}
