import { pickLocale, t, type Locale } from '../core/i18n';
import { ArgsError, parseArgs } from './args';
import { runAnalyze, type CommandIo } from './analyze';
import { runCheck } from './check';
import { runReport } from './report';

// `huibao check x.xlsx | head` closes the pipe early: the reader has what it wanted, so stop quietly, not with a stack.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

const io: CommandIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

async function main(argv: readonly string[]): Promise<number> {
  let locale: Locale = pickLocale(process.env.HUIBAO_LANG);
  try {
    const args = parseArgs(argv);
    locale = args.lang;
    if (args.help || args.command === null) {
      io.out(t('cli.usage', locale));
      return args.help ? 0 : 2;
    }
    switch (args.command) {
      case 'analyze':
        return await runAnalyze(args, io, locale);
      case 'report':
        return await runReport(args, io, locale);
      case 'check':
        if (!args.files[0]) {
          io.err(t('cli.usage', locale));
          return 2;
        }
        return await runCheck(args.files[0], { sheet: args.sheet, asOf: args.asOf, lang: locale }, io);
      default:
        io.err(`${t('cli.unknown-command', locale, { command: args.command })}\n${t('cli.usage', locale)}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof ArgsError) {
      io.err(t('cli.bad-option', locale, { detail: error.message }));
      return 2;
    }
    // A bug, not bad input: say so in Chinese, keep the stack for the developer, never leave a half-written file.
    const files = argv.slice(1).filter((arg) => /\.xlsx$/i.test(arg)).join('、') || argv.slice(1, 2).join('');
    io.err(t('cli.internal', locale, { file: files, detail: error instanceof Error ? error.message : String(error) }));
    if (process.env.HUIBAO_DEBUG) io.err(error instanceof Error ? (error.stack ?? '') : '');
    return 3;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`huibao: ${String(error)}\n`);
    process.exitCode = 3;
  },
);
