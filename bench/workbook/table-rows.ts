/**
 * The rows of a bench 目标任务分解表, as plain data: sections 一、/（一）/1、 and indicators （1）（2）…,
 * drawn from a department profile by a seeded generator. The rows use the shipped sample's line model,
 * so the bench table and the sample are the same kind of thing at different sizes.
 */
import type { IndicatorLine, SampleLine, SectionLine } from '../../scripts/sample-indicators';
import { chineseNumeral } from '../../src/core/narrate/outline-numbering';
import type { DepartmentProfile, QualitativeTemplate, QuantitativeTemplate } from './department-profiles';
import { COMMON_QUALITATIVE, COMMON_QUANTITATIVE } from './department-profiles';
import { SeededRandom } from './seeded-random';

export interface BenchPeriod {
  readonly year: number;
  /** The figures cover months 1 … toMonth. */
  readonly toMonth: number;
}

export interface TableRowsOptions {
  /** How many indicator rows (sections, header, total and notes come on top). */
  readonly indicators: number;
  readonly seed: number;
  readonly profile: DepartmentProfile;
  readonly period: BenchPeriod;
}

/** Shares of the indicators per top group, as a county appraisal weighs them. */
const GROUPS = [
  { title: '勤政目标', share: 0.8 },
  { title: '优政目标', share: 0.08 },
  { title: '廉政目标', share: 0.12 },
] as const;

const FIXED_SECTIONS: Record<(typeof GROUPS)[number]['title'], readonly string[]> = {
  勤政目标: ['单位职能工作', '关键绩效内容', '机关专项工作'],
  优政目标: ['超常影响', '超常成果'],
  廉政目标: ['组织领导与率先垂范', '落实党风廉政建设责任制', '作风建设与专项治理'],
};

const MEASURES = [
  '年初将目标任务逐项分解到科室和责任人，定期检查，及时掌握工作进度',
  '实行月度督查、季度通报制度，确保序时进度和阶段目标顺利完成',
  '主动对接上级部门，积极争取政策和资金支持',
  '加强调研分析，及时向县委、县政府报送运行情况',
  '简化办事环节，方便、快捷地服务基层和企业',
  '召开专题推进会，逐项明确时间节点和责任人',
];

const CLOSINGS = ['下半年将继续加大推进力度', '确保全年目标任务完成', '部分项目受资金影响进度偏慢，正在协调解决', '已达到序时进度要求', ''];

const STATUSES = ['已完成', '推进中', '已完成', '正在推进', '按序时推进'];

const DEADLINES = ['06-30', '09-30', '12-31', '12-31', '12-31', '03-31'];

/** Splits `total` into parts of roughly `size`, each between min and max (the last may be smaller). */
function chunks(total: number, random: SeededRandom, min: number, max: number): number[] {
  const parts: number[] = [];
  let left = total;
  while (left > 0) {
    const part = Math.min(left, random.int(min, max));
    parts.push(part);
    left -= part;
  }
  return parts;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

function shuffled<T>(items: readonly T[], random: SeededRandom): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

class RowDrawer {
  private readonly random: SeededRandom;

  constructor(
    private readonly options: TableRowsOptions,
  ) {
    this.random = new SeededRandom(options.seed);
  }

  private get elapsed(): number {
    return this.options.period.toMonth / 12;
  }

  private office(): { department: string; owner: string } {
    return { ...this.random.pick(this.options.profile.offices) };
  }

  private deadline(): string {
    return `${this.options.period.year}-${this.random.pick(DEADLINES)}`;
  }

  private weight(): number {
    return this.random.pick([1, 1.5, 2, 2, 3, 3, 4, 5]);
  }

  private progressText(done: string): string {
    const measure = this.random.pick(MEASURES);
    const closing = this.random.pick(CLOSINGS);
    const extra = this.random.chance(0.3) ? `；${this.random.pick(MEASURES)}` : '';
    return `${measure}${extra}，${done}${closing ? `，${closing}` : ''}。`;
  }

  quantitative(outline: string, template: QuantitativeTemplate): IndicatorLine {
    const random = this.random;
    const target = round(random.between(template.min, template.max), template.decimals);
    const monthsLabel = `1—${this.options.period.toMonth}月`;
    if (template.direction === 'lower') {
      // 逆向指标: the target is an upper bound written "≤N"; the actual is usually within it.
      const actual = Math.max(0, Math.round(target * random.between(0.3, 1.2)));
      return {
        kind: 'indicator',
        outline,
        name: template.name,
        unit: template.unit,
        target: `≤${target}`,
        actual,
        progressText: this.progressText(`${monthsLabel}实际${actual}${template.unit}`),
        ...this.office(),
        weight: this.weight(),
        deadline: this.deadline(),
      };
    }
    const rate = template.unit === '%' ? random.between(0.9, 1.05) : random.between(this.elapsed * 0.6, this.elapsed * 1.4);
    const actual = round(target * rate, template.decimals);
    const hasPeriodTarget = template.unit !== '%' && random.chance(0.5);
    const hasLastYear = template.unit !== '%' && random.chance(0.45);
    const lastYear = hasLastYear ? round(actual / random.between(0.85, 1.45), template.decimals) : undefined;
    const percentOfTarget = round((actual / target) * 100, 2);
    return {
      kind: 'indicator',
      outline,
      name: template.name,
      unit: template.unit,
      target,
      ...(hasPeriodTarget ? { periodTarget: round(target * this.elapsed, template.decimals) } : {}),
      ...this.actual(actual, template),
      ...(lastYear !== undefined ? { lastYear } : {}),
      progressText: this.progressText(`${monthsLabel}完成${actual}${template.unit}，占全年目标的${percentOfTarget}%`),
      ...this.office(),
      weight: this.weight(),
      deadline: this.deadline(),
    };
  }

  /** Most actuals are numbers; some are typed as text with their unit, a few as honest approximations, a few not yet filled. */
  private actual(value: number, template: QuantitativeTemplate): { actual?: number | string } {
    const roll = this.random.next();
    if (roll < 0.04) return {};
    if (roll < 0.12) return { actual: `${value}${template.unit}` };
    if (roll < 0.15 && value >= 20 && template.decimals === 0 && template.unit !== '%') {
      return { actual: `${Math.floor(value / 10) * 10}余${template.unit}` };
    }
    return { actual: value };
  }

  qualitative(outline: string, template: QualitativeTemplate): IndicatorLine {
    const status = this.random.pick(STATUSES);
    return {
      kind: 'indicator',
      outline,
      name: template.name,
      target: template.target,
      actual: status,
      progressText: this.progressText(status === '已完成' ? '该项工作已按要求完成' : '该项工作正按计划推进'),
      ...this.office(),
      weight: this.weight(),
      deadline: this.deadline(),
    };
  }

  /** Indicators under one section: numbers first where the section is about figures, words where it is about duties. */
  indicators(count: number, mostlyQualitative: boolean): IndicatorLine[] {
    const { profile } = this.options;
    const quantitative = shuffled([...profile.quantitative, ...COMMON_QUANTITATIVE], this.random);
    const qualitative = shuffled([...profile.qualitative, ...COMMON_QUALITATIVE], this.random);
    const lines: IndicatorLine[] = [];
    for (let i = 0; i < count; i++) {
      const outline = `（${i + 1}）`;
      const wantsWords = this.random.chance(mostlyQualitative ? 0.85 : 0.25);
      lines.push(
        wantsWords
          ? this.qualitative(outline, qualitative[i % qualitative.length])
          : this.quantitative(outline, quantitative[i % quantitative.length]),
      );
    }
    return lines;
  }

  pick<T>(items: readonly T[]): T {
    return this.random.pick(items);
  }

  split(total: number, min: number, max: number): number[] {
    return chunks(total, this.random, min, max);
  }
}

function section(level: 1 | 2 | 3, outline: string, title: string): SectionLine {
  return { kind: 'section', level, outline, title };
}

/** Indicator counts per top group: shares of the total, every group present once there are enough rows. */
function groupSizes(total: number): number[] {
  const sizes = GROUPS.map((group) => Math.floor(total * group.share));
  sizes[0] += total - sizes.reduce((sum, size) => sum + size, 0);
  return sizes;
}

/** A second round of (一)-level titles in a big table reads as another batch of the same work. */
function secondLevelTitle(fixed: readonly string[], index: number): string {
  const round = Math.floor(index / fixed.length);
  const title = fixed[index % fixed.length];
  return round === 0 ? title : `${title}（第${chineseNumeral(round + 1)}批）`;
}

export function tableRows(options: TableRowsOptions): SampleLine[] {
  const drawer = new RowDrawer(options);
  const lines: SampleLine[] = [];
  groupSizes(options.indicators).forEach((size, groupIndex) => {
    if (size === 0) return;
    const group = GROUPS[groupIndex];
    lines.push(section(1, `${chineseNumeral(groupIndex + 1)}、`, group.title));
    const fixed = FIXED_SECTIONS[group.title];
    const withThemes = group.title === '勤政目标';
    // 勤政目标 has 1、 themes under each (一); the other groups list indicators straight under (一).
    drawer.split(size, withThemes ? 24 : 4, withThemes ? 60 : 9).forEach((sectionSize, sectionIndex) => {
      const title = secondLevelTitle(fixed, sectionIndex);
      lines.push(section(2, `（${chineseNumeral(sectionIndex + 1)}）`, title));
      const dutyWork = !withThemes || title.startsWith('机关专项工作');
      if (!withThemes || dutyWork) {
        lines.push(...drawer.indicators(sectionSize, true));
        return;
      }
      drawer.split(sectionSize, 5, 12).forEach((themeSize, themeIndex) => {
        lines.push(section(3, `${themeIndex + 1}、`, options.profile.themes[themeIndex % options.profile.themes.length]));
        lines.push(...drawer.indicators(themeSize, false));
      });
    });
  });
  return options.indicators <= WEIGHTED_TO_HUNDRED ? weightsToHundred(lines) : lines;
}

/** A department's 分值 add up to 100; past a few hundred rows no table is weighted that way, so only small ones are. */
const WEIGHTED_TO_HUNDRED = 200;

function weightsToHundred(lines: readonly SampleLine[]): SampleLine[] {
  const total = lines.reduce((sum, line) => sum + (line.kind === 'indicator' ? line.weight : 0), 0);
  let assigned = 0;
  let lastIndicator = -1;
  const scaled = lines.map((line, index) => {
    if (line.kind !== 'indicator') return line;
    const weight = Math.max(0.1, round((line.weight * 100) / total, 1));
    assigned += weight;
    lastIndicator = index;
    return { ...line, weight };
  });
  const last = scaled[lastIndicator];
  if (last && last.kind === 'indicator') scaled[lastIndicator] = { ...last, weight: round(last.weight + 100 - assigned, 1) };
  return scaled;
}

export function indicatorCount(lines: readonly SampleLine[]): number {
  return lines.filter((line) => line.kind === 'indicator').length;
}
