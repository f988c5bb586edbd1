import type { ReportDoc } from '../core/model';
import { DOCX_MIME } from './docx-mime';
import { docxFileName } from './draft-html';
import type { AddinRuntime } from './office-runtime';

/**
 * Getting the .docx out of the pane, per platform:
 * - The web: the pane's own `<a download>` link; the pane is a page in the user's browser, which saves it.
 * - Windows desktop: whether Excel's WebView2 saves a blob link from an add-in has not been shown here, and
 *   Microsoft documents Office.context.ui.openBrowserWindow (OpenBrowserWindowApi 1.1) for opening a page
 *   in the system browser. So the system browser opens download.html on our own origin with the draft in
 *   the link's fragment and builds the file there; the blob link is the fallback where that API is missing
 *   or the draft is too long for a link.
 * - Mac (and iPad): WKWebView saves nothing, not even from a dialog: the system browser as on Windows.
 * - Everywhere: "copy the draft (formatted)" stays as the fallback.
 */
export type DocxRoute = 'link' | 'browser-window' | 'copy-only';

export function docxRoute(platform: string, canOpenBrowserWindow: boolean): DocxRoute {
  switch (platform) {
    case 'Mac':
    case 'iOS':
      return canOpenBrowserWindow ? 'browser-window' : 'copy-only';
    case 'PC':
      return canOpenBrowserWindow ? 'browser-window' : 'link';
    default:
      return 'link';
  }
}

export type DocxDelivery =
  | { readonly kind: 'link'; readonly fileName: string; readonly url: string }
  | { readonly kind: 'browser-window'; readonly fileName: string }
  | { readonly kind: 'too-large'; readonly fileName: string; readonly length: number; readonly limit: number }
  | { readonly kind: 'unsupported'; readonly fileName: string };

/** The builder is loaded on first use, so the pane starts without the docx library. */
export async function buildDocx(report: ReportDoc): Promise<Uint8Array> {
  const { reportDocxBytes } = await import(/* webpackChunkName: "docx" */ '../docx/report-docx');
  return reportDocxBytes(report);
}

/** Starts the download and keeps the blob's address, so the pane can also show it as a link to click. */
export function downloadThroughLink(bytes: Uint8Array, fileName: string): string {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: DOCX_MIME }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  return url;
}

export interface DeliveryContext {
  readonly route: DocxRoute;
  /** The page the pane was served from; download.html sits beside it. */
  readonly pageUrl: string;
  readonly locale: string;
  readonly openBrowserWindow: (url: string) => void;
  /** Where a draft too long for the browser's link may still go out through the pane's own link (Windows). */
  readonly linkFallback: boolean;
}

/** The route and the means for this runtime: its platform, whether Office can open the system browser, its page. */
export function deliveryContextOf(runtime: Pick<AddinRuntime, 'office' | 'platform' | 'pageUrl' | 'locale'>): DeliveryContext {
  const { ui, requirements } = runtime.office.context;
  const canOpen = typeof ui.openBrowserWindow === 'function' && requirements.isSetSupported('OpenBrowserWindowApi', '1.1');
  return {
    route: docxRoute(runtime.platform, canOpen),
    pageUrl: runtime.pageUrl,
    locale: runtime.locale,
    openBrowserWindow: (url) => ui.openBrowserWindow?.(url),
    linkFallback: runtime.platform === 'PC',
  };
}

export async function deliverDocx(report: ReportDoc, workbookName: string, context: DeliveryContext): Promise<DocxDelivery> {
  const fileName = docxFileName(workbookName);
  switch (context.route) {
    case 'link':
      return { kind: 'link', fileName, url: downloadThroughLink(await buildDocx(report), fileName) };
    case 'browser-window': {
      const { reportLinkUrl, REPORT_LINK_LIMIT } = await import(/* webpackChunkName: "report-link" */ './report-link');
      const url = reportLinkUrl(context.pageUrl, { fileName, report }, context.locale);
      if (url.length > REPORT_LINK_LIMIT) {
        if (context.linkFallback) return { kind: 'link', fileName, url: downloadThroughLink(await buildDocx(report), fileName) };
        return { kind: 'too-large', fileName, length: url.length, limit: REPORT_LINK_LIMIT };
      }
      context.openBrowserWindow(url);
      return { kind: 'browser-window', fileName };
    }
    case 'copy-only':
      return { kind: 'unsupported', fileName };
    default: {
      const unreachable: never = context.route;
      return unreachable;
    }
  }
}
