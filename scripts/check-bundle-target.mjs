/* Checks what `npm run build` wrote into dist/: every script parses as ES2020 (the engines the pane is built for,
 * webpack.config.js BUNDLE_TARGET — dependencies included, which ts-loader does not compile), and both pane pages
 * carry the ES5 webview check ahead of their bundles. Run after a build: node scripts/check-bundle-target.mjs */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { parse } = require('acorn');
const dist = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'dist');
let failed = 0;
for (const file of readdirSync(dist).filter((name) => name.endsWith('.js')).sort()) {
  try {
    parse(readFileSync(path.join(dist, file), 'utf8'), { ecmaVersion: 2020, sourceType: 'script' });
    console.log(`ES2020  ${file}`);
  } catch (error) {
    failed++;
    console.log(`NEWER   ${file}: ${error.message}`);
  }
}
for (const page of ['taskpane.html', 'taskpane-basic.html']) {
  const html = readFileSync(path.join(dist, page), 'utf8');
  const check = html.indexOf('checkWebview(window, document)');
  const bundle = html.search(/<script[^>]+src="[^"]*taskpane[^"]*\.js"/);
  const ok = check > 0 && bundle > check;
  if (!ok) failed++;
  console.log(`${ok ? 'checked' : 'MISSING'} ${page}: webview check ${check > 0 ? 'before' : 'not in'} the bundle`);
}
process.exit(failed === 0 ? 0 : 1);
