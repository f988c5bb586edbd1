import type { Plugin } from 'esbuild';
import { shippedSurface } from './shipped-surface';

/**
 * For an emulator bundled into a page (the e2e tests, the bench's task-pane measure): the page cannot read
 * node_modules, so the shipped office.js's surface is read here, at build time, and goes into the bundle
 * as data in place of the module that reads it.
 */
export const shippedSurfaceInline: Plugin = {
  name: 'shipped-surface-inline',
  setup(plugin) {
    plugin.onResolve({ filter: /\/shipped-surface$/ }, () => ({ path: 'shipped-surface', namespace: 'shipped-surface' }));
    plugin.onLoad({ filter: /.*/, namespace: 'shipped-surface' }, () => ({
      contents: `const surface = ${JSON.stringify(shippedSurface())}; export function shippedSurface() { return surface; }`,
      loader: 'js',
    }));
  },
};
