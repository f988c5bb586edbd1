import type { AddinRuntime, OpenedDialog } from '../taskpane/office-runtime';
import { noticeUrl, ribbonNotice } from './ribbon-notice';

/**
 * The ribbon's 生成汇报 (ExecuteFunction "generateReport"): the same runner as the pane's button, in the same
 * shared runtime, then a notice of the result. 打开助手 needs no code: the manifest's ShowTaskpane opens the pane.
 */
export const GENERATE_ACTION = 'generateReport';

function showNotice(runtime: AddinRuntime, url: string): Promise<void> {
  return new Promise((resolve) => {
    runtime.office.context.ui.displayDialogAsync(url, { height: 28, width: 32, displayInIframe: true }, (result) => {
      if (String(result.status) === 'failed') {
        resolve();
        return;
      }
      const dialog: OpenedDialog = result.value;
      dialog.addEventHandler('dialogMessageReceived', (arg) => {
        dialog.close();
        if (arg.message === 'open-pane') void runtime.office.addin.showAsTaskpane();
      });
      resolve();
    });
  });
}

export async function generateFromRibbon(runtime: AddinRuntime, pageUrl: string): Promise<void> {
  const result = await runtime.runner.run();
  await showNotice(runtime, noticeUrl(pageUrl, ribbonNotice(result, runtime.locale), runtime.locale));
}

export function registerRibbonActions(runtime: AddinRuntime, pageUrl: string): void {
  runtime.office.actions.associate(GENERATE_ACTION, (event) => {
    // Office waits for completed() before the button can be pressed again; call it whatever happened.
    generateFromRibbon(runtime, pageUrl)
      .catch(() => undefined)
      .finally(() => event.completed());
  });
}
