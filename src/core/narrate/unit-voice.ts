/**
 * How a department speaks of itself and of those above it: 灌南县发展和改革委员会 writes 我委 and 全委,
 * and works 在县委、县政府领导下. Both follow from the unit's own name.
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
 * The lowest level of government the name mentions: 连云港市灌南县教育局 → 县. 市场 (market), 城乡 and 城镇
 * are not levels of government.
 */
function leadershipFor(unitName: string): string | null {
  const levels = [...unitName.matchAll(/(?<!城)[乡镇]|[县区](?!域)|市(?!场)|省/g)].map((match) => match[0]);
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

export function unitVoice(unitName: string | null): UnitVoice {
  if (unitName === null || unitName.trim() === '') return { we: '我单位', all: '全单位', leadership: null };
  const self = selfWord(unitName);
  return { we: `我${self}`, all: `全${self}`, leadership: governmentLeadership(unitName) ?? leadershipFor(unitName) };
}

/** A government reports to its own Party committee: XX镇人民政府 works 在镇党委的领导下, XX县人民政府 在县委. */
function governmentLeadership(unitName: string): string | null {
  const match = /([县区市镇乡])人民政府$/.exec(unitName.trim());
  if (!match) return null;
  return match[1] === '镇' || match[1] === '乡' ? `${match[1]}党委` : `${match[1]}委`;
}
