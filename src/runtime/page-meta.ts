import type { OfficeJsSource } from '../taskpane/office-runtime';

/**
 * What the build wrote into the page's <meta> tags (webpack.config.js): the engine worker's hashed file name
 * and which office.js the page loads. Read from the page rather than compiled in, so both follow the build.
 */
function meta(name: string): string | null {
  const content = document.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
  return content ? content : null;
}

/** The worker script's address, beside the page (a deployment under /addin/ keeps its path). */
export function engineWorkerUrl(): string | null {
  const file = meta('huibao-engine-worker');
  return file ? new URL(file, document.baseURI).href : null;
}

/** "self-hosted:1.1.110" or "cdn:https://…/office.js". */
export function officeJsSource(): OfficeJsSource {
  const value = meta('huibao-office-js') ?? '';
  const split = value.indexOf(':');
  const kind = value.slice(0, split);
  const detail = value.slice(split + 1);
  if (kind === 'self-hosted' && detail) return { kind: 'self-hosted', version: detail };
  if (kind === 'cdn' && detail) return { kind: 'cdn', url: detail };
  return { kind: 'unknown' };
}
