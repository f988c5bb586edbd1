import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { registerRibbonActions } from '../commands/ribbon-actions';
import { t } from '../core/i18n';
import type { ExcelRun } from '../excel/sync-batch';
import { App } from './App';
import { type OfficeGlobal, sharedRuntime } from './office-runtime';
import { showOutsideOffice } from './outside-office';

/**
 * The shared runtime's page: registers the ribbon action and renders the pane. Outside Excel (a plain
 * browser, or office.js missing) it shows a message instead.
 */
async function start(root: HTMLElement): Promise<void> {
  root.textContent = `${t('ui.loading', 'zh-CN')} / ${t('ui.loading', 'en-US')}`;
  if (typeof Office === 'undefined') {
    showOutsideOffice(root);
    return;
  }
  const info = await Office.onReady();
  // Excel's API arrives with the host; it exists only once Office says this is Excel.
  if (info.host !== Office.HostType.Excel || typeof Excel === 'undefined') {
    showOutsideOffice(root);
    return;
  }
  const run: ExcelRun = (batch) => Excel.run(batch);
  // The Office global fits OfficeGlobal except for overloads TypeScript cannot match one to one.
  const runtime = sharedRuntime(Office as unknown as OfficeGlobal, run);
  registerRibbonActions(runtime, window.location.href);
  root.removeAttribute('data-state');
  createRoot(root).render(
    <FluentProvider theme={webLightTheme} lang={runtime.locale}>
      <App runtime={runtime} />
    </FluentProvider>,
  );
}

const root = document.getElementById('root');
if (root) {
  start(root).catch(() => showOutsideOffice(root));
}
