/**
 * How a department speaks of itself and of those above it: 灌南县发展和改革委员会 writes 我委 and 全委,
 * and works 在县委、县政府领导下. Both follow from the unit's own name.
 * A list that spans a whole area (民生实事, 政府工作报告任务, tasks spread over many bureaus) is not one
 * bureau's self-report: it speaks as 全区 and hands work to 各责任单位, whoever compiled it.
 */

const SELF_WORDS: readonly (readonly [RegExp, string])[] = [
  // XX镇人民政府 speaks as 我镇, XX街道办事处 as 我街道.
  [/([县区市镇乡])人民政府$/, ''],
  [/(街道)办事处$/, ''],
  [/委员会$/, '委'],
  [/办公室$/, '办'],
  [/(局|委|办|厅|院|所|队|站|部|处|署|馆|社|会)$/, ''],
  [/中心$/, '中心'],
];

export interface UnitVoice {
  /** 我委 · 我局 · 我单位 */
  readonly we: string;
  /** 全委 · 全局 · 全单位 */
  readonly all: string;
  /** 县委、县政府 · 市委、市政府 · null when the name does not say which level of government. */
  readonly leadership: string | null;
  /** Who the targets are broken down to: 各科室 in a unit's own table, 各责任单位 in an area-wide list. */
  readonly assignees: string;
}

/** What the voice is read from besides the unit's name: the table's title and its 责任单位 column. */
export interface VoiceContext {
  readonly title: string | null;
  readonly departments: readonly string[];
  /** A cross-table lists regions down its side: such a table belongs to the area, never to one bureau. */
  readonly regionRows?: boolean;
}

/** Titles of lists that belong to a whole county or district, not to one of its departments. */
const AREA_LIST = /民生实事|为民办实事|实事项目|政府工作报告|重点工作任务|重点任务分解|重点项目推进|全[县区市]/u;
/** A 责任单位 that is an organisation of its own (区教育局, 各街道), not a section of one (计划科, 项目办). */
const ORGANISATION = /(?:局|委员会|委|人民政府|街道办事处|街道|镇|乡|公司|集团|医院|学校)$/u;
/** A department of a government (县农业农村局, 区发展和改革委员会), as against the government itself. */
const DEPARTMENT = /(?:局|委员会|委|办公室|中心)$/u;
/** Tasks handed to this many organisations make an area-wide list. */
const AREA_ORGANISATIONS = 3;

function isAreaList(context: VoiceContext): boolean {
  if (context.regionRows === true) return true;
  // 县农业农村局重点工作任务…: the title names the bureau whose own list it is.
  if (context.title !== null && AREA_LIST.test(context.title.replace(/\s+/gu, '')) && !DEPARTMENT.test(placeIn(context.title))) return true;
  const organisations = new Set(
    context.departments.flatMap((cell) => cell.split(/[、，,；;\/\s]+/u)).map((name) => name.trim()).filter((name) => ORGANISATION.test(name)),
  );
  return organisations.size >= AREA_ORGANISATIONS;
}

/** The place a title opens with (XX区 in XX区2023年民生实事…), before the year and the list's own words (乡村振兴 is no 乡). */
function placeIn(title: string): string {
  return title.replace(/\s+/gu, '').replace(/^(?:19|20)\d{2}年度?/u, '').split(/(?:19|20)\d{2}|民生|为民|政府工作|重点|关于|实事/u)[0] ?? '';
}

/** 区 for XX区2023年民生实事…: the level of government the list belongs to, from the title, else the unit's name. */
function areaLevel(title: string | null, unitName: string | null): string | null {
  for (const text of [title === null ? null : placeIn(title), unitName]) {
    const level = text === null ? null : leadershipFor(text);
    if (level !== null) return level.slice(0, 1);
  }
  return null;
}

function selfWord(unitName: string): string {
  const name = unitName.replace(/[（(][^）)]*[）)]$/, '').trim();
  for (const [pattern, word] of SELF_WORDS) {
    const match = pattern.exec(name);
    if (match) return word === '' ? match[1] ?? '单位' : word;
  }
  return '单位';
}

/**
 * The lowest level of government the name mentions: 连云港市灌南县教育局 → 县. 市场 (market), 城市 (as in
 * 城市管理局), 城乡 and 城镇 are not levels of government.
 */
function leadershipFor(unitName: string): string | null {
  const levels = [...unitName.matchAll(/(?<!城)[乡镇]|[县区](?!域)|(?<!城)市(?!场)|省/g)].map((match) => match[0]);
  const level = levels[levels.length - 1];
  switch (level) {
    case undefined:
      return null;
    case '乡':
    case '镇':
      return `${level}党委、${level}政府`;
    default:
      return `${level}委、${level}政府`;
  }
}

export function unitVoice(unitName: string | null, context: VoiceContext = { title: null, departments: [] }): UnitVoice {
  const name = unitName === null || unitName.trim() === '' ? null : unitName;
  if (isAreaList(context)) {
    const level = areaLevel(context.title, name);
    const leadership = level === null ? null : level === '乡' || level === '镇' ? `${level}党委、${level}政府` : `${level}委、${level}政府`;
    return level === null
      ? { we: '各责任单位', all: '各项', leadership, assignees: '各责任单位' }
      : { we: `全${level}`, all: `全${level}`, leadership, assignees: '各责任单位' };
  }
  if (name === null) return { we: '我单位', all: '全单位', leadership: null, assignees: '各科室' };
  const self = selfWord(name);
  return { we: `我${self}`, all: `全${self}`, leadership: governmentLeadership(name) ?? leadershipFor(name), assignees: '各科室' };
}

/** A government reports to its own Party committee: XX镇人民政府 works 在镇党委的领导下, XX县人民政府 在县委. */
function governmentLeadership(unitName: string): string | null {
  const match = /([县区市镇乡])人民政府$/.exec(unitName.trim());
  if (!match) return null;
  return match[1] === '镇' || match[1] === '乡' ? `${match[1]}党委` : `${match[1]}委`;
}
