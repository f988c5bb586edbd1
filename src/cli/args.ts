import type { FieldKey, LayoutClass } from '../core/model';
import { FIELD_KEYS, LAYOUT_CLASSES } from '../core/model';

export interface CliArgs {
  readonly command: string | null;
  readonly files: readonly string[];
  readonly sheet?: string;
  readonly asOf?: string;
  readonly out?: string;
  readonly json: boolean;
  readonly columnMap?: Partial<Record<FieldKey, string>>;
  /** --layout: the kind of table, as the user corrects it. */
  readonly layoutClass?: LayoutClass;
  readonly lang: 'zh-CN' | 'en-US';
  readonly help: boolean;
}

export class ArgsError extends Error {}

const VALUE_OPTIONS = new Set(['--sheet', '--as-of', '--out', '--map', '--lang', '--layout']);

function parseLayout(text: string): LayoutClass {
  const found = LAYOUT_CLASSES.find((name) => name === text.trim());
  if (!found) throw new ArgsError(`--layout 只能是 ${LAYOUT_CLASSES.join('、')} 之一，收到“${text}”`);
  return found;
}

/** "target=D,actual=F" → { target: 'D', actual: 'F' }; unknown fields and bad letters are refused. */
export function parseColumnMap(text: string): Partial<Record<FieldKey, string>> {
  const map: Partial<Record<FieldKey, string>> = {};
  for (const pair of text.split(/[,，]/).filter((part) => part.trim() !== '')) {
    const [field, letter] = pair.split('=').map((part) => part.trim());
    if (!(FIELD_KEYS as readonly string[]).includes(field)) throw new ArgsError(`--map 中的字段“${field}”不认识，可用：${FIELD_KEYS.join(', ')}`);
    if (!letter || !/^[A-Za-z]{1,3}$/.test(letter)) throw new ArgsError(`--map 中“${field}”的列“${letter ?? ''}”应为列字母，如 D`);
    map[field as FieldKey] = letter.toUpperCase();
  }
  return map;
}

function isDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const files: string[] = [];
  const values = new Map<string, string>();
  let json = false;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (VALUE_OPTIONS.has(arg)) {
      const value = argv[++i];
      if (value === undefined) throw new ArgsError(`${arg} 后面缺少取值`);
      values.set(arg, value);
    } else if (arg.startsWith('--') && arg.includes('=') && VALUE_OPTIONS.has(arg.slice(0, arg.indexOf('=')))) {
      values.set(arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1));
    } else if (arg.startsWith('--')) throw new ArgsError(`不认识的选项 ${arg}`);
    else files.push(arg);
  }
  const asOf = values.get('--as-of');
  if (asOf !== undefined && !isDate(asOf)) throw new ArgsError(`--as-of 应为 YYYY-MM-DD 格式的日期，收到“${asOf}”`);
  const lang = values.get('--lang') ?? 'zh-CN';
  if (lang !== 'zh-CN' && lang !== 'en-US') throw new ArgsError(`--lang 只能是 zh-CN 或 en-US`);
  const map = values.get('--map');
  const layout = values.get('--layout');
  return {
    command: files.shift() ?? null,
    files,
    sheet: values.get('--sheet'),
    asOf,
    out: values.get('--out'),
    json,
    columnMap: map === undefined ? undefined : parseColumnMap(map),
    layoutClass: layout === undefined ? undefined : parseLayout(layout),
    lang,
    help,
  };
}
