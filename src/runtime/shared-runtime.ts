import { GENERATE_ACTION, ribbonHandler } from '../commands/ribbon-actions';
import type { AddinRuntime } from '../taskpane/office-runtime';
import { showOutsideOffice } from '../taskpane/outside-office';
import { OutsideExcel, paneRoot, startRuntime } from './start-runtime';

/**
 * The entry of the shared runtime (manifest.xml): one page that is both the task pane and the ribbon's function
 * file. The ribbon action is associated here, at load and before Office.onReady, as Microsoft's samples do;
 * the page's script loads blocking (webpack.config.js), so the association exists before Office dispatches a
 * first click that started the runtime. The handler waits for the runtime, so that click is not lost.
 */
const root = paneRoot();
const ready: Promise<AddinRuntime> = root ? startRuntime(root) : Promise.reject(new OutsideExcel());
ready.catch((error: unknown) => {
  if (root && !(error instanceof OutsideExcel)) showOutsideOffice(root);
});

if (typeof Office !== 'undefined' && Office.actions) {
  try {
    Office.actions.associate(GENERATE_ACTION, ribbonHandler(ready));
  } catch {
    // Opened outside Office (a plain browser): there is no ribbon, and the page already says so.
  }
}
