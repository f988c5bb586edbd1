/**
 * Whether a finished clause finishes the task the row sets, or only something the task holds. Issue 19's
 * whole-task rule: 已完成 only when the words say the whole task is done. Three general ways a done clause
 * falls short, each read from the target the row gives:
 *
 * - it speaks of a thing the target does not name (梅河路悦书房已建成开放 under 打造书香舒城, 已完成签约 under
 *   引进项目5个): a named item of a broad programme, or a sub-task, whose link to the whole nobody can see;
 * - the target joins two acts (制定并实施, 建成并投入使用) and the clause finishes the first only (已制定方案);
 * - the target lists its parts (城区段、郊区段) and the clause names some of them, not all (已完成城区段建设);
 * - the target is to build or put right something and the clause finishes its paperwork only (项目已获批).
 *
 * A clause that names nothing of its own (已完成, 已全部完成, 完成年度目标任务) is the staff's word on the row
 * itself and stays done.
 */
import { DONE_VERB } from './clause-signals';

/** Two texts name the same thing when they share two characters in a row (悦书房 · 书房). */
function sharesWord(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i += 1) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
}

/**
 * Words a done clause is built of that name no thing: the marks of completion and time, the verbs of
 * finishing, the place of the reporting unit (我县, 全市), and nouns that point back at the row's own task
 * (该项目, 工程, 年度任务). What remains is what the clause says was finished.
 */
const NAMES_NOTHING = new RegExp(
  [
    String.raw`截[至止][^，]{0,12}?(?:日|底|末|目前|月)`,
    String.raw`\d{4}年(?:度)?`,
    String.raw`\d{1,2}月(?:\d{1,2}日)?(?:底|末|初|中旬|上旬|下旬)?`,
    String.raw`\d+(?:\.\d+)?(?:万|亿)?[\u4e00-\u9fff%]?`,
    // 提前半年 · 提前一个季度: how early, not what.
    String.raw`提前[一二两三四五六七八九十半\d]{0,3}个?(?:年|月|季度|天|周)?`,
    '目前|现已|现|今年|本年|当年|年内|年底|年初|近期|日前|此前|上半年|下半年|全年|年度|本年度',
    '全县|我县|全市|我市|全区|我区|全镇|我镇|全乡|我乡|全省|我省|全州|我州|全旗|本单位|我单位|我局|本局|我委|全国',
    // 按时间节点, 按计划: the schedule it kept, not a thing it finished.
    '按(?:时间)?节点|按计划|按进度',
    '已经|已|均|都|全部|全面|圆满|顺利|超额|提前|按时|如期|按期|正式|基本上|总体|整体|如数|足额|及时|经过|经|于|在',
    DONE_VERB,
    // Verbs of doing and of being in use, besides the verbs of finishing: they name no thing either.
    '创建|新建|召开|举办|举行|开展|组织|执行|实施|推行|施行|落地|达成|投入使用|投入运行|投入运营|交付使用|使用|运行|运营|试运营|完毕',
    '该|此|本|这|其|相关|所有|各项|各类|全部|项目|工程|工作|任务|目标|计划|指标|事项|建设|改造|要求|预期|既定|上级|下达|的|了|并|和|及|与|等|个|项',
  ].join('|'),
  'gu',
);

/** What a done clause says was finished, with the words that name nothing taken away. */
function thingNamed(clause: string): string {
  return clause
    .replace(/[^\u4e00-\u9fff\d.%]/gu, '')
    .replace(NAMES_NOTHING, '')
    .replace(/[^\u4e00-\u9fff]/gu, '');
}

/** Whether a target names a thing of its own (棚户区改造1200套 names 棚户区; 5.1万个、840万户 or 年底前完成 names none). */
export function namesAThing(targetText: string | null | undefined): boolean {
  return targetText != null && thingNamed(targetText).length >= 2;
}

/**
 * Verbs of the steps that find or take in the work before it is done (排查问题, 摸排危房, 受理申请, 入户调查, 登记), or
 * that approve or price it (批复, 中标, 概算): a count under one of them is how many were found, taken in or approved, not
 * how many were put right, built, settled or spent.
 */
// 批复投资500万元 · 中标金额 · 概算: money approved or priced is the paperwork before the money is spent.
const FINDING_STEP = /排查|摸排|摸底|调查|普查|受理|登记|申报|申请|审核|核查|梳理|走访|建档|立案|批复|核准|中标|概算/u;

/**
 * A count that meets the target's figure in the target's measure word, in a clause about something else: 已培训农民500人
 * under 转移农村劳动力就业500人 shares no word with the target ('other'); 已排查问题20个 under 整改问题20个 shares the
 * thing but counts an earlier step of it ('step', with the step's verb). null when the clause names nothing of its own
 * (已完成500户: the staff's word on the row) or names the target's thing by its act.
 */
/** Words of a target that bound or address its figure and name no thing (1万例以上, 目标人群500人, 不少于). */
const BOUND_WORDS = /以上|以下|以内|左右|不少于|不低于|不超过|至少|人群|对象|共计|累计|合计|共|(?:各|全|我|本)(?:乡镇|县区|镇|乡|村|社区|街道|县|区|市|省)/gu;

export function countOffTarget(clause: string, targetText: string): { readonly kind: 'other' | 'step'; readonly words: string } | null {
  const target = thingNamed(targetText).replace(BOUND_WORDS, '');
  // What a bracket adds (含去年结转200户) is a note on the count, not what was counted.
  const thing = thingNamed(clause.replace(/[（(][^）)]*[）)]/gu, '')).replace(BOUND_WORDS, '');
  if (target.length < 2 || thing.length < 2) return null;
  if (charsShared(thing, target) === 0) return { kind: 'other', words: thing };
  const step = FINDING_STEP.exec(clause)?.[0];
  return step !== undefined && !targetText.includes(step) ? { kind: 'step', words: step } : null;
}

/**
 * A broad programme: a target that sets a direction, not an end (打造书香舒城, 提升公共文化服务水平, 深化“放管服”
 * 改革, 公共文化服务体系建设): it opens on a verb of shaping or improving, or names a quality, and counts
 * nothing. Such a task is never finished by one of the things done under it, however much the thing shares its
 * words (城南社区文化广场 under 公共文化服务).
 */
const PROGRAMME = /^(?:加快|大力|全力|持续|积极|深入|全面|进一步|着力|切实|不断|努力)?(?:打造|营造|提升|推进|推动|加强|深化|完善|健全|优化|丰富|提振|促进|巩固|强化|改善|构建|繁荣|提高|弘扬|助力|创新|规范|夯实|筑牢|守牢|激发|增强|攻坚)/u;

/** …or it names a quality, not a thing: 公共文化服务体系建设, 营商环境, 治理能力, 文明城市形象. */
const ABSTRACT_HEAD = /(?:体系|体制|机制|水平|能力|环境|氛围|品牌|形象|生态|格局|效能|质量)(?:建设|提升|优化)?[。.！!]?$/u;

export function isProgrammeTarget(targetText: string): boolean {
  const first = targetText.trim().replace(/^[\d一二三四五六七八九十]+[.、．]\s*/u, '');
  return (PROGRAMME.test(first) || ABSTRACT_HEAD.test(first)) && !/\d/u.test(targetText);
}

/** How many characters of a thing lie in a two-character run the target also has. */
function charsShared(thing: string, target: string): number {
  const covered = new Set<number>();
  for (let i = 0; i + 2 <= thing.length; i += 1) {
    if (target.includes(thing.slice(i, i + 2))) {
      covered.add(i);
      covered.add(i + 1);
    }
  }
  return covered.size;
}

/**
 * The thing a done clause finished, when the target the row sets does not name it (梅河路悦书房 under
 * 打造书香舒城); null when the clause names nothing of its own or the target names it too. Under a concrete
 * target one shared word ties the two (城南幼儿园 · 新建城南幼儿园); under a broad programme the thing must be
 * the programme's own words (已打造书香舒城), since every item under it shares some of them. A target with no
 * words to compare (26000, 95%, 年底前完成) can name nothing, so nothing is held against it; and a thing the
 * row's own name shares a word with (城南幼儿园 on the row 城南幼儿园建设) is the row's.
 */
export function thingOutsideTarget(clause: string, given: string | null | undefined, taskName?: string | null): string | null {
  // A row with no target whose own name is a broad programme (建优营商环境, 提升公共文化服务水平) is held to that name as to a
  // programme target: a thing finished under it (完成某大厦低效楼宇整治) is one item of the programme, not the programme.
  const targetText = given ?? (taskName != null && isProgrammeTarget(taskName) ? taskName : null);
  if (targetText == null) return null;
  // The target's own count repeated (707处工程 under 巩固提升工程707处) ties the clause to it.
  const counts = targetText.match(/\d+(?:\.\d+)?(?:万|亿)?[\u4e00-\u9fff%]/gu) ?? [];
  if (counts.some((count) => clause.includes(count))) return null;
  const thing = thingNamed(clause);
  if (thing.length < 2) return null;
  const target = targetText.replace(/[^\u4e00-\u9fff]/gu, '');
  const name = (taskName ?? '').replace(/[^\u4e00-\u9fff]/gu, '');
  // The row's own name says what the task is about as much as its target does (城南幼儿园 on the row
  // 城南幼儿园建设, target 年底前建成投用), unless it too is a broad programme.
  if (name.length >= 2 && !isProgrammeTarget(name) && charsShared(thing, name) > 0) return null;
  // A target that names no thing of its own (年底前完成, 完成省下达任务) can hold nothing against the clause,
  // and nor can a row with no name to go by.
  if (thingNamed(targetText).length < 2) return name.length >= 2 ? thing : null;
  const shared = charsShared(thing, target);
  if (isProgrammeTarget(targetText)) return shared >= thing.length - 1 ? null : thing;
  return shared > 0 ? null : thing;
}

/**
 * Acts a target may join (建成并投入使用, 制定并实施), with the words that say the second act was done: the
 * second act is done only when the clause says it, in its own verb or one of these.
 */
const SECOND_ACT_DONE: readonly (readonly [RegExp, RegExp])[] = [
  [/^投入(?:使用|运行|运营)|^投用|^投运|^投产|^交付|^使用|^运行|^运营|^开放|^启用|^通车|^入住/u, /投入(?:使用|运行|运营)|交付|投用|投运|投产|使用|运行|运营|开放|启用|通车|入住/u],
  [/^实施|^执行|^推行|^落实|^推广/u, /实施|执行|推行|落实|推广/u],
  [/^验收/u, /验收/u],
  [/^报批|^报审|^审批/u, /批复|获批|批准|审批通过/u],
];

/**
 * Verbs of paperwork: an approval, a filing, a signature. They end a task that is paperwork (申报项目获批,
 * 按时上报报表); under a task to build or put right something (建成, 改造, 整治) they end a step of it only.
 */
const PAPER_VERB = /获批|批复|批准|上报|报送|报齐|报批|报审|送审|提交|签订|立项|备案|申报|申请/gu;
export const BUILD_TASK = /建成|建设|新建|改建|扩建|修建|兴建|改造|修缮|修复|铺设|安装|整治|治理|投用|投运|竣工|完工|通车|开放/u;
const FINISH_WORK = /完工|竣工|建成|投用|投运|投产|启用|开放|通车|交付|验收|完成|到位|落实|达标|实现|解决|化解|销号|开通|办结/u;

/**
 * Nouns of works a clause's subject may name itself by (改建工程, 建设项目): a project told of by its name — or a title to
 * win (创建省级示范县的申报材料), whose filing is a step toward the award as a permit is toward the works.
 */
const WORKS_NOUN = /工程|项目|创建|创成/u;

/**
 * Whether the task is to build or put right something. The target says so when it names a thing; a target that names
 * none (年底前完成, 6条) or no target leaves it to the row's name (国道改建工程), and with neither, to the subject the
 * clause opens on (XX改建工程已向…报送…): staff name the works before telling what was done on them.
 */
function buildsSomething(clause: string, targetText: string | null | undefined, taskName: string | null | undefined): boolean {
  if (targetText != null && thingNamed(targetText).length >= 2) return BUILD_TASK.test(targetText);
  if (taskName != null && thingNamed(taskName).length >= 2) return BUILD_TASK.test(taskName);
  const subject = /^(.{2,30}?)(?:现已|已经|均已|已)/u.exec(clause)?.[1];
  return subject !== undefined && (BUILD_TASK.test(subject) || WORKS_NOUN.test(subject));
}

/**
 * The paperwork verb a clause finishes with, when paperwork is all it finishes and the task is to build or put right
 * something (项目已获批 under 建成投用 · 改建工程已报送用地预审意见): a procedure on the way to the works, not the works.
 * null otherwise.
 */
export function paperworkOnly(clause: string, targetText: string | null | undefined, taskName?: string | null): string | null {
  if (!buildsSomething(clause, targetText, taskName)) return null;
  const paper = clause.match(PAPER_VERB);
  if (paper === null) return null;
  const rest = clause.replace(PAPER_VERB, '');
  return FINISH_WORK.test(rest) ? null : (paper[0] ?? null);
}

/**
 * The second of two acts the target joins (制定并实施方案, 建成并投入使用), when the clause finishes the first
 * act only (已制定方案, 已建成, 已完成方案编制): the words of the second act it leaves out. null when the target
 * joins no acts, the clause names neither act nor the target's object (a bare 已完成 is the row's own word), or
 * it says the second act was done too.
 */
/**
 * Two acts written as one word, with no 并 between them (建成投用, 竣工投入使用, 建成通车, 完工交付使用): the works built and
 * then put to use. A finish of the building alone (已完工, 已建成) leaves the use unsaid, as under 建成并投入使用.
 */
export const BUILT_THEN_USED = /(建成|竣工|完工)(投入使用|投入运行|投入运营|投用|投运|投产|交付使用|交付|通车|开放|启用|入住)/u;

/** Words that say a second act was done, for an act a target names (投用 → 投入使用, 交付, 运行 …). */
export function secondActDoneWords(act: string): RegExp {
  const rule = SECOND_ACT_DONE.find(([first]) => first.test(act));
  return rule !== undefined ? rule[1] : new RegExp(act.slice(-2), 'u');
}

export function secondActLeftOut(clause: string, targetText: string | null | undefined): string | null {
  if (targetText == null) return null;
  // 完成整改问题20个并通过验收: a count may stand before 并 as well as a verb's object; 建成投用 joins the two without 并.
  const joined = /([\u4e00-\u9fff]{2}|\d+[\u4e00-\u9fff])(?:并|后|并且|且)([\u4e00-\u9fff]{2,4})/u.exec(targetText) ?? BUILT_THEN_USED.exec(targetText);
  if (joined?.[1] === undefined || joined[2] === undefined) return null;
  const [firstAct, secondWords] = [joined[1], joined[2]];
  const rule = SECOND_ACT_DONE.find(([act]) => act.test(secondWords));
  const secondAct = (rule !== undefined ? rule[0].exec(secondWords)?.[0] : undefined) ?? secondWords.slice(0, 2);
  const secondDone = rule !== undefined ? rule[1] : new RegExp(secondAct, 'u');
  if (secondDone.test(clause)) return null;
  const object = targetText.slice((joined.index ?? 0) + joined[0].length).replace(/[^\u4e00-\u9fff]/gu, '');
  // The first act is the verb the target opens with (编制…规划并报批 → 编制) as much as the two characters before 并.
  const leadingVerb = /^(?:完成|全面|加快|积极|年底前|年内)?([\u4e00-\u9fff]{2})/u.exec(targetText.trim())?.[1];
  const namesLeadingVerb = leadingVerb !== undefined && leadingVerb !== firstAct && BUILD_OR_MAKE.test(leadingVerb) && clause.includes(leadingVerb);
  // …or a verb of the same kind (建成 · 完工, 竣工, 施工; 制定 · 印发, 出台): 已完成施工 finishes the building, not its use.
  const namesActKind = SAME_ACT.some((kind) => kind.test(firstAct) && kind.test(clause));
  const namesFirstAct = clause.includes(firstAct) || sharesWord(firstAct, clause.replace(/已|经/gu, '')) || namesLeadingVerb || namesActKind;
  const namesObject = object.length >= 2 && sharesWord(object, clause);
  return namesFirstAct || namesObject ? secondAct : null;
}

/** Verbs that finish the same first act in other words: building, and drafting a document. */
const SAME_ACT: readonly RegExp[] = [/建成|建设|完工|竣工|施工|改造|新建/u, /编制|制定|起草|修订|印发|出台|发布/u];

/** Verbs that make a thing (编制, 制定, 建成): the act a target opens with before 并 joins the next one. */
const BUILD_OR_MAKE = /编制|制定|修订|起草|建成|建设|完成|改造|新建|组建|设立|成立|开展|实施|研究|整改|治理|办理/u;

/** Verbs a list of parts opens with (加快“三馆一院”、…): the act, not a part's name. */
const LIST_VERB = /^(?:加快|推进|推动|实施|开展|完成|建设|新建|建成|打造|做好|抓好|启动)+/u;

/**
 * The parts a target lists (城区段、郊区段 · 东、西两片区 · 甲村、乙村、丙村 · 加快“三馆一院”、新华书店·梅河路悦书房
 * 等项目建设): names joined by 、. Names in a list run parallel, so each is as long as the shortest written alone
 * (改造城区段、郊区段建设 → 城区段, 郊区段); a count or 等 after the last (两片区, 三个村, 等项目) closes the list
 * and gives one-character names their noun (东片区, 西片区). One name before 等 (甲项目等3个项目) is a list too:
 * 等 says there are more.
 */
function listedParts(targetText: string): readonly string[] {
  // A year (2021年省、市为民办实事) dates the list, it is no part of its first name.
  const plain = targetText.replace(/\d{4}\s*年度?/gu, '').replace(/[“”"'‘’《》〈〉「」『』·•]/gu, '');
  for (const segment of plain.split(/[^\u4e00-\u9fff、]+/u)) {
    const list = /[\u4e00-\u9fff]+(?:、[\u4e00-\u9fff]+)*/u.exec(segment);
    if (list === null) continue;
    const raw = list[0].split('、');
    const last = raw[raw.length - 1] ?? '';
    const counted = /^([\u4e00-\u9fff]+?)(?:[两二三四五六七八九十]+|等)(?:个)?([\u4e00-\u9fff]{0,2})/u.exec(last);
    if (raw.length === 1) {
      // 甲项目等3个项目: the one name and the others 等 stands for.
      const single = /^([\u4e00-\u9fff]{2,12}?)等/u.exec(last);
      const name = single?.[1]?.replace(LIST_VERB, '');
      if (name !== undefined && name.length >= 2) return [name, `其他${counted?.[2] || '事项'}`];
      continue;
    }
    const names = counted?.[1] !== undefined ? [...raw.slice(0, -1), counted[1]] : raw;
    const length = counted?.[1] !== undefined ? counted[1].length : Math.min(...(raw.length > 2 ? raw.slice(1, -1) : raw).map((name) => name.length));
    if (length < 1 || length > 12) continue;
    // The first name carries the words before the list (要求6月底完成物探、地探…): its name starts after their last verb.
    const cut = names.map((name, index) => (index === 0 ? firstName(name.slice(-length)) : name.slice(0, length)));
    const noun = counted?.[2] ?? '';
    if (length === 1 && noun === '') continue;
    return length === 1 ? cut.map((name) => `${name}${noun}`) : cut.filter((name) => name !== '');
  }
  return [];
}

/** A list's first name without the verb (and the time) the list is written after: 月底完成物探 → 物探, 加快三馆一院 → 三馆一院. */
function firstName(name: string): string {
  const after = /^.*(?:完成|加快|推进|推动|实施|开展|建设|新建|建成|打造|做好|抓好|启动)(.{2,})$/u.exec(name)?.[1];
  return (after ?? name).replace(LIST_VERB, '');
}

/**
 * A part the target lists that a clause naming some of the others leaves out (已完成城区段建设 under 城区段、郊区段):
 * the clause finishes the parts it names only. null when the target lists no parts or the clause names none or all.
 */
export function listedPartLeftOut(clause: string, targetText: string | null | undefined): string | null {
  if (targetText == null) return null;
  const parts = listedParts(targetText);
  if (parts.length < 2) return null;
  // A clause names a part by its name, or by the part of a long name it goes by (梅河路悦书房 · 新华书店梅河路悦书房).
  const thing = thingNamed(clause);
  // A short aside in brackets inside a name (危(病)桥改造, 公租房（含廉租房）建设) is no part of the name.
  const plain = clause.replace(/[（(][^（()）]{1,6}[)）]/gu, '');
  // A clause that lists with 等 itself (X、Y等全部完成) speaks for the rest of the list as the target does.
  const names = (part: string): boolean => /等/u.test(clause) || clause.includes(part) || plain.includes(part) || (thing.length >= 3 && part.includes(thing));
  const named = parts.filter(names);
  if (named.length === 0 || named.length === parts.length) return null;
  return parts.find((part) => !names(part)) ?? null;
}

/** Verbs of a task that clears something away (清理浮萍, 拆除违建, 取缔非法码头): its end is the thing gone. */
const CLEARING = /清理|清除|清运|清捞|清淤|整治|消除|拆除|取缔|关停|清退|清零/u;
/** The thing said to be gone (水面无浮萍及垃圾, 已无违建, 不再有非法码头); not a lack of means (无资金, 无法, 无条件). */
const ABSENT = /(?:已无|已不存在|不再有|无|没有)(?!法|资金|经费|条件|能力|人员|力量|进展|实质)([\u4e00-\u9fff]{2,10})/u;

/**
 * The clause says the thing the target clears away is gone (经核查，河段水面无浮萍及垃圾 under 完成对河道浮萍及垃圾的清理):
 * the task's own result found on inspection, so the task is done. The thing must be the target's own (two characters in a
 * row shared), and the clause must not name the clearing as still to do.
 */
export function clearedAsTargeted(clause: string, targetText: string | null | undefined): boolean {
  if (targetText == null || !CLEARING.test(targetText)) return false;
  const gone = ABSENT.exec(clause)?.[1];
  if (gone === undefined || CLEARING.test(gone)) return false;
  // Mostly the target's own words (浮萍及垃圾 · 违规网箱), not a thing that only mentions them (垃圾处理设施).
  return charsShared(gone, targetText.replace(CLEARING, '')) * 2 >= gone.length;
}
