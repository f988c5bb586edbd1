import { t } from '../core/i18n';
import type { DialogOpening } from '../taskpane/dialog-guard';
import type { AddinRuntime, RibbonEvent } from '../taskpane/office-runtime';
import { noticeUrl, ribbonNotice } from './ribbon-notice';

/**
 * The ribbon's 生成汇报 (ExecuteFunction "generateReport"): the same runner as the pane's button, in the same
 * shared runtime, then a notice of the result. 打开助手 needs no code: the manifest's ShowTaskpane opens the pane.
 */
export const GENERATE_ACTION = 'generateReport';

/** Why the notice could not open, in words; null when it opened. */
function blockedReason(opening: DialogOpening, runtime: AddinRuntime): string | null {
  switch (opening.kind) {
    case 'opened':
      return null;
    case 'busy': {
      const what = opening.openPurpose === 'notice' ? t('ui.dialog.notice', runtime.locale) : t('ui.dialog.unknown', runtime.locale);
      return t('ui.dialog.busy', runtime.locale, { what });
    }
    case 'failed':
      return `${opening.code ?? ''} ${opening.message}`.trim() + (runtime.locale === 'zh-CN' ? '。' : '.');
    default: {
      const unreachable: never = opening;
      return unreachable;
    }
  }
}

async function showNotice(runtime: AddinRuntime, url: string): Promise<void> {
  const opening = await runtime.dialogs.openDialog({
    purpose: 'notice',
    url,
    options: { height: 28, width: 32, displayInIframe: true },
    onMessage: (message, close) => {
      close();
      if (message === 'open-pane') void runtime.office.addin?.showAsTaskpane();
    },
  });
  const reason = blockedReason(opening, runtime);
  if (reason === null) return;
  // No silent 12007: the pane carries the result and says why no notice appeared.
  runtime.store.dispatch({ type: 'notice', text: t('ui.dialog.notice-blocked', runtime.locale, { reason }) });
  await runtime.office.addin?.showAsTaskpane().catch(() => undefined);
}

export async function generateFromRibbon(runtime: AddinRuntime): Promise<void> {
  const result = await runtime.runner.run();
  await showNotice(runtime, noticeUrl(runtime.pageUrl, ribbonNotice(result, runtime.locale), runtime.locale));
}

/**
 * The handler Office calls for the button. It is associated at load (see src/runtime), before Office.onReady,
 * so a first click that arrives while the runtime is still starting waits for it instead of being lost.
 */
export function ribbonHandler(runtime: Promise<AddinRuntime>): (event: RibbonEvent) => void {
  return (event) => {
    // Office waits for completed() before the button can be pressed again; call it whatever happened.
    runtime
      .then((ready) => generateFromRibbon(ready))
      .catch(() => undefined)
      .finally(() => event.completed());
  };
}
