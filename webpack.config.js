/* Builds the add-in into dist/: the task pane (shared runtime page), the ribbon notice and download dialogs,
 * office.js served from our own origin, the icons, and manifest.xml with its URLs taken from ONE setting.
 *
 *   HUIBAO_ADDIN_URL   where the add-in is served (default https://localhost:3000); every manifest URL follows it.
 *
 * `npm run build` → production build; `npm start` → HTTPS dev server with office-addin-dev-certs certificates. */
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');

const DEFAULT_URL = 'https://localhost:3000';
const ADDIN_URL = (process.env.HUIBAO_ADDIN_URL || DEFAULT_URL).replace(/\/+$/, '');
const OFFICE_JS = path.join(__dirname, 'node_modules', '@microsoft', 'office-js', 'dist');

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
    devtool: production ? false : 'eval-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      notice: './src/commands/notice-page.ts',
      download: './src/taskpane/download-page.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
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
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext', noEmit: false } } },
        },
      ],
    },
    performance: { hints: false },
    // Terser drops what tree-shaking marked unused (esbuild's minifier cannot, inside webpack's module scopes);
    // the filesystem cache keeps its minutes to the first build, so the e2e tests' rebuilds are quick.
    optimization: { minimizer: [new TerserPlugin({ extractComments: false, terserOptions: { compress: { passes: 2 }, format: { comments: false } } })] },
    cache: { type: 'filesystem', name: production ? 'production' : 'development', buildDependencies: { config: [__filename] } },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'notice.html', template: './src/commands/notice.html', chunks: ['notice'] }),
      new HtmlWebpackPlugin({ filename: 'download.html', template: './src/taskpane/download.html', chunks: ['download'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'manifest.xml', to: 'manifest.xml', transform: manifestForUrl },
          { from: 'assets/icons/*.png', to: 'assets/icons/[name][ext]' },
          { from: 'src/taskpane/help.html', to: 'help.html' },
          ...officeJsFiles,
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
module.exports.DEFAULT_URL = DEFAULT_URL;
