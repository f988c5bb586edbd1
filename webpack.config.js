/* Builds the add-in into dist/: the task pane (shared runtime page, and the pane-only page of the basic
 * manifest), the engine's Web Worker, the ribbon notice dialog, the Word download page, office.js, the icons,
 * and manifest.xml / manifest-basic.xml with their URLs taken from ONE setting.
 *
 *   HUIBAO_ADDIN_URL   where the add-in is served (default https://localhost:3000); every manifest URL follows it.
 *   HUIBAO_OFFICE_JS   "self-hosted" (default): office.js is copied into dist/ and served from our own origin, so
 *                      intranet machines without internet can run the add-in. "cdn": the pages load Microsoft's
 *                      hosted office.js (always current, but every Excel must reach appsforoffice.microsoft.com).
 *
 * `npm run build` → production build; `npm start` → HTTPS dev server with office-addin-dev-certs certificates. */
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');
const ts = require('typescript');

/**
 * The oldest engine the pane and its worker are built for. The manifests admit Office 2016 and with it
 * Internet Explorer 11, legacy Edge and old Safari webviews, which cannot run the pane at all (React 18,
 * Fluent UI 9, and the engine's regular-expression lookbehind, which Safari has only from 16.4 and EdgeHTML and
 * Trident never). What can run it — WebView2 (Chromium 86 and later) and Safari/WKWebView 16.4 and later —
 * all read ES2020, so our code is compiled to ES2020 (class fields and newer syntax are lowered), and every
 * other webview is told so by the ES5 check inlined into the pages (src/taskpane/webview-check.ts).
 */
const BUNDLE_TARGET = 'es2020';

/** src/taskpane/webview-check.ts compiled to ES5 and wrapped to run at once, for the pages' inline script. */
function webviewCheckScript() {
  const source = require('node:fs').readFileSync(path.join(__dirname, 'src', 'taskpane', 'webview-check.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES5, module: ts.ModuleKind.CommonJS, removeComments: true } });
  return `(function () {\nvar exports = {};\n${outputText}\nexports.checkWebview(window, document);\n})();`;
}

const DEFAULT_URL = 'https://localhost:3000';
const ADDIN_URL = (process.env.HUIBAO_ADDIN_URL || DEFAULT_URL).replace(/\/+$/, '');
const OFFICE_JS = path.join(__dirname, 'node_modules', '@microsoft', 'office-js', 'dist');
const OFFICE_JS_VERSION = require('./node_modules/@microsoft/office-js/package.json').version;
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS_MODE = process.env.HUIBAO_OFFICE_JS || 'self-hosted';
if (OFFICE_JS_MODE !== 'self-hosted' && OFFICE_JS_MODE !== 'cdn') {
  throw new Error(`HUIBAO_OFFICE_JS must be "self-hosted" or "cdn", not "${OFFICE_JS_MODE}"`);
}

/** What the pages' <script> and <meta name="huibao-office-js"> say about office.js. */
const officeJs =
  OFFICE_JS_MODE === 'cdn'
    ? { src: OFFICE_JS_CDN, meta: `cdn:${OFFICE_JS_CDN}` }
    : { src: 'office-js/office.js', meta: `self-hosted:${OFFICE_JS_VERSION}` };

/** The engine worker's hashed file name, for the pages' <meta name="huibao-engine-worker">. */
function engineWorkerFile(compilation) {
  const chunk = compilation.namedChunks.get('engine-worker');
  return chunk ? [...chunk.files].find((file) => file.endsWith('.js')) || '' : '';
}

/** A page of the add-in: office.js and the worker's name filled in, our script loaded blocking at the end of
 * the body (deferred scripts let Office dispatch a first ribbon click before the action is associated). */
function addinPage(filename, template, chunk) {
  return new HtmlWebpackPlugin({
    filename,
    template,
    chunks: [chunk],
    inject: 'body',
    scriptLoading: 'blocking',
    templateParameters: (compilation) => ({ officeJsSrc: officeJs.src, officeJsMeta: officeJs.meta, engineWorker: engineWorkerFile(compilation), webviewCheck: webviewCheckScript() }),
  });
}

/**
 * 网页版 (dist/web/index.html) carries its script inline, so the page is one file that opens from file://,
 * from a USB stick or under any sub-path of an intranet server, and so the engine's Worker can be made from a
 * blob of that script's text (a page opened from file:// may not start a Worker from a script URL).
 */
const WEB_PAGE = 'web/index.html';
const WEB_SCRIPT_ID = 'huibao-web';
class InlineWebScript {
  apply(compiler) {
    compiler.hooks.compilation.tap('InlineWebScript', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('InlineWebScript', (data) => {
        if (data.outputName !== WEB_PAGE) return data;
        const chunk = compilation.namedChunks.get('web');
        const file = chunk ? [...chunk.files].find((name) => name.endsWith('.js')) : undefined;
        if (!file) throw new Error('InlineWebScript: the web chunk has no script');
        // Terser already writes "<\/script" inside strings; this also covers any that reach the output another way.
        const source = compilation.assets[file].source().toString().replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
        data.bodyTags = data.bodyTags.map((tag) =>
          tag.tagName === 'script' && tag.attributes && tag.attributes.src ? { tagName: 'script', voidTag: false, meta: tag.meta, attributes: { id: WEB_SCRIPT_ID }, innerHTML: source } : tag,
        );
        compilation.deleteAsset(file);
        return data;
      });
    });
  }
}

/** The manifest in the repository names the default URL; the build rewrites it to the setting. */
function manifestForUrl(content) {
  return content.toString().split(DEFAULT_URL).join(ADDIN_URL);
}

/** office.js loads its Excel part and its strings from its own folder; copy those, not the 86 MB package. */
const officeJsFiles = [
  'office.js',
  'excel-*.js',
  'excelwebapp-*.js',
  'o15apptofilemappingtable.js',
  'es6-promise.js',
  '*/office_strings.js',
].map((pattern) => ({
  from: pattern,
  context: OFFICE_JS,
  to: 'office-js/',
  globOptions: { ignore: ['**/*.debug.js'] },
}));

async function httpsOptions() {
  // Loaded only for `npm start`: it creates or reuses trusted development certificates.
  const devCerts = require('office-addin-dev-certs');
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    // Trusting the CA needs sudo (Linux) or an admin prompt; the certificates themselves are made first,
    // so serve with them and say what is left to do.
    const defaults = require('office-addin-dev-certs/lib/defaults');
    const fs = require('node:fs');
    if (!fs.existsSync(defaults.localhostCertificatePath)) throw error;
    console.warn(`\n[huibao] The development CA could not be installed (${String(error.message).split('\n')[0]}).`);
    console.warn(`[huibao] Serving HTTPS anyway. Trust ${defaults.caCertificatePath} on the machine running Excel.\n`);
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
    };
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode !== 'development';
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    mode: production ? 'production' : 'development',
    // webpack's own runtime code for the same engines as ours.
    target: ['web', BUNDLE_TARGET],
    devtool: production ? false : 'eval-source-map',
    entry: {
      taskpane: './src/runtime/shared-runtime.ts',
      'taskpane-basic': './src/runtime/pane-runtime.ts',
      'engine-worker': './src/runtime/engine-worker.ts',
      notice: './src/commands/notice-page.ts',
      download: './src/taskpane/download-page.ts',
      web: './src/web/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      // The web page's script goes under web/ (then inline in its page, see InlineWebScript).
      filename: (pathData) => (pathData.chunk && pathData.chunk.name === 'web' ? 'web/[name].js' : production ? '[name].[contenthash:8].js' : '[name].js'),
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', target: BUNDLE_TARGET, noEmit: false } } },
        },
      ],
    },
    performance: { hints: false },
    // Terser drops what tree-shaking marked unused (esbuild's minifier cannot, inside webpack's module scopes);
    // the filesystem cache keeps its minutes to the first build, so the e2e tests' rebuilds are quick.
    optimization: { minimizer: [new TerserPlugin({ extractComments: false, terserOptions: { ecma: 2020, compress: { passes: 2 }, format: { comments: false } } })] },
    cache: { type: 'filesystem', name: production ? 'production' : 'development', buildDependencies: { config: [__filename] } },
    plugins: [
      addinPage('taskpane.html', './src/taskpane/taskpane.html', 'taskpane'),
      addinPage('taskpane-basic.html', './src/taskpane/taskpane.html', 'taskpane-basic'),
      addinPage('notice.html', './src/commands/notice.html', 'notice'),
      new HtmlWebpackPlugin({ filename: 'download.html', template: './src/taskpane/download.html', chunks: ['download'] }),
      new HtmlWebpackPlugin({ filename: WEB_PAGE, template: './src/web/index.html', chunks: ['web'], inject: 'body', scriptLoading: 'blocking' }),
      new InlineWebScript(),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', to: 'manifest.xml', transform: manifestForUrl },
          { from: 'manifest-basic.xml', to: 'manifest-basic.xml', transform: manifestForUrl },
          { from: 'assets/icons/*.png', to: 'assets/icons/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          ...(OFFICE_JS_MODE === 'self-hosted' ? officeJsFiles : []),
        ],
      }),
    ],
    devServer: serving
      ? {
          port: Number(new URL(ADDIN_URL).port || 443),
          host: new URL(ADDIN_URL).hostname,
          server: { type: 'https', options: await httpsOptions() },
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          hot: false,
          liveReload: true,
          client: { overlay: false },
        }
      : undefined,
  };
};

module.exports.ADDIN_URL = ADDIN_URL;
module.exports.BUNDLE_TARGET = BUNDLE_TARGET;
module.exports.webviewCheckScript = webviewCheckScript;
module.exports.DEFAULT_URL = DEFAULT_URL;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
