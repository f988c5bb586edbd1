import { useSimplifier, type Simplifier } from '../core/text/simplifier';

/**
 * Traditional → simplified characters for recognition in Node (the CLI, tests, benches): OpenCC's
 * dictionaries through opencc-js, built on first use (≈70 ms) so a workbook in simplified characters never
 * pays for it. Imported for its effect by the .xlsx reader, which every Node run of the engine goes through.
 */
let convert: Simplifier | null = null;

function build(): Simplifier {
  // opencc-js publishes t2cn behind package "exports"; its CommonJS build is the one every bundler here resolves.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const opencc = require('opencc-js/t2cn') as { Converter: (options: { from: string; to: string }) => Simplifier };
  return opencc.Converter({ from: 'tw', to: 'cn' });
}

useSimplifier((text) => {
  convert = convert ?? build();
  return convert(text);
});
