import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import type { ReportDoc } from '../core/model';

/**
 * The draft carried inside a link to download.html, for Excel on Mac: its webview saves no files, so the pane
 * opens the system browser on a page of our own origin that builds the .docx there. The report travels in the
 * URL's fragment (after #), which browsers never send to a server: no upload, no network.
 */
export interface ReportLinkData {
  readonly fileName: string;
  readonly report: ReportDoc;
}

const VERSION = 'r1.';

/**
 * Longest link we hand to openBrowserWindow. Microsoft documents no limit; browsers take 64 KB easily, and the
 * sample's draft needs about 8 KB, so a report beyond this is far larger than any department writes by hand.
 */
export const REPORT_LINK_LIMIT = 65536;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeReportLink(data: ReportLinkData): string {
  return VERSION + toBase64Url(deflateSync(strToU8(JSON.stringify(data)), { level: 9 }));
}

function isReportDoc(value: unknown): value is ReportDoc {
  if (!value || typeof value !== 'object') return false;
  const doc = value as Partial<ReportDoc>;
  return typeof doc.title === 'string' && typeof doc.unitLine === 'string' && typeof doc.dateLine === 'string' && Array.isArray(doc.blocks);
}

/** The fragment's data, or null when the link was cut short or is not ours. */
export function decodeReportLink(fragment: string): ReportLinkData | null {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (!text.startsWith(VERSION)) return null;
  try {
    const data = JSON.parse(strFromU8(inflateSync(fromBase64Url(text.slice(VERSION.length))))) as Partial<ReportLinkData>;
    if (typeof data.fileName !== 'string' || !data.fileName.endsWith('.docx') || !isReportDoc(data.report)) return null;
    return { fileName: data.fileName, report: data.report };
  } catch {
    return null;
  }
}

/** download.html?lang=…#r1.… beside the page the pane was served from (a deployment under /addin/ keeps its path). */
export function reportLinkUrl(pageUrl: string, data: ReportLinkData, locale: string): string {
  const page = new URL('download.html', pageUrl);
  page.search = new URLSearchParams({ lang: locale }).toString();
  return `${page.href}#${encodeReportLink(data)}`;
}
