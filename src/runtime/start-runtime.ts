import type { ExcelRun } from '../excel/sync-batch';
import { mountPane } from '../taskpane/mount-pane';
import { type AddinRuntime, createRuntime, type OfficeGlobal } from '../taskpane/office-runtime';
import { showOutsideOffice } from '../taskpane/outside-office';
import { engineWorkerUrl, officeJsSource } from './page-meta';
import { WorkerEngine } from './worker-engine';

/**
 * Builds the runtime once Office is ready and renders the pane into it. Outside Excel (a plain browser, or
 * office.js missing) the page says so instead, and the promise rejects so no ribbon action runs.
 */
export class OutsideExcel extends Error {
  constructor() {
    super('not running inside Excel');
  }
}

export async function startRuntime(root: HTMLElement): Promise<AddinRuntime> {
  if (typeof Office === 'undefined') {
    showOutsideOffice(root);
    throw new OutsideExcel();
  }
  const info = await Office.onReady();
  // Excel's API arrives with the host; it exists only once Office says this is Excel.
  if (info.host !== Office.HostType.Excel || typeof Excel === 'undefined') {
    showOutsideOffice(root);
    throw new OutsideExcel();
  }
  const run: ExcelRun = (batch) => Excel.run(batch);
  // The Office global fits OfficeGlobal except for overloads TypeScript cannot match one to one.
  const runtime = createRuntime(Office as unknown as OfficeGlobal, run, {
    engine: WorkerEngine.forPage(engineWorkerUrl()),
    pageUrl: window.location.href,
    officeJs: officeJsSource(),
  });
  mountPane(root, runtime);
  return runtime;
}

/**
 * The page's root element, with the loading line shown until Office answers; null where the page's own ES5
 * check found an Internet Explorer or legacy Edge webview and already explained that the pane cannot run there.
 */
export function paneRoot(): HTMLElement | null {
  const root = document.getElementById('root');
  return root?.getAttribute('data-state') === 'legacy-webview' ? null : root;
}
