import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { serveEngine } from './engine-scope';
import { pageAnswerStore } from './remembered-answers';
import { WebApp } from './WebApp';
import { WebEngine } from './web-engine';

/**
 * The web page's one script (webpack entry "web", inlined into dist/web/index.html). In the page it mounts
 * the app; run again as the engine's blob Worker (no document there) it serves the engine instead.
 */
if (typeof document === 'undefined') {
  serveEngine(self as unknown as Parameters<typeof serveEngine>[0]);
} else {
  const root = document.getElementById('root');
  if (root) {
    // Chinese first whatever the browser's language (the page's own words carry English beside them); ?lang=en for English panels.
    const locale = new URLSearchParams(location.search).get('lang') === 'en' ? 'en-US' : 'zh-CN';
    root.removeAttribute('data-state');
    createRoot(root).render(
      <FluentProvider theme={webLightTheme} lang={locale}>
        <WebApp engine={WebEngine.forPage()} store={pageAnswerStore()} locale={locale} />
      </FluentProvider>,
    );
  }
}
