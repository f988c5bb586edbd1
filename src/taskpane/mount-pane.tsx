import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { AddinRuntime } from './office-runtime';

/** Renders the task pane into the page, for whichever runtime entry built `runtime`. */
export function mountPane(root: HTMLElement, runtime: AddinRuntime): void {
  root.removeAttribute('data-state');
  createRoot(root).render(
    <FluentProvider theme={webLightTheme} lang={runtime.locale}>
      <App runtime={runtime} />
    </FluentProvider>,
  );
}
