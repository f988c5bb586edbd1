// Bundles the command-line tool into build/huibao.cjs so `npx huibao` starts fast, with no TypeScript at run time.
// npm runs this on `npm ci` (the "prepare" script).
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'build/huibao.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
