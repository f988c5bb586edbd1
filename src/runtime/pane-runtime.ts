import { showOutsideOffice } from '../taskpane/outside-office';
import { OutsideExcel, paneRoot, startRuntime } from './start-runtime';

/**
 * The entry of the pane-only runtime (manifest-basic.xml, for Office without SharedRuntime 1.1): the ribbon
 * only opens this pane, so there is no action to associate.
 */
const root = paneRoot();
if (root) {
  startRuntime(root).catch((error: unknown) => {
    if (!(error instanceof OutsideExcel)) showOutsideOffice(root);
  });
}
