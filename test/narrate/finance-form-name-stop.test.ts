import { runsText } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import type { SheetSpec } from '../recognize/build-snapshot';
import { workbookOf } from '../recognize/build-snapshot';
import { LAYOUT_FIXTURES } from '../fixtures/layouts/specs';

/**
 * A 绩效目标表 or 自评表 whose 三级指标 is written as a sentence with its own stop (提高群众办事效率。) was drafted
 * as "1.提高群众办事效率。：年度指标值…" — a stop and a colon together (seen on real-frozen-7/75 原州区 水源涵养林
 * and real-frozen-9/97 金寨 物业管理). The lead keeps one mark. Made-up names in other words.
 */
const spec = LAYOUT_FIXTURES.find((fixture) => fixture.file.startsWith('部门整体支出绩效自评表'));
if (spec === undefined) throw new Error('no fixture 部门整体支出绩效自评表');
const sheet = spec.sheets[0];

function withName(row: number, name: string): SheetSpec {
  return { ...sheet, rows: sheet.rows.map((cells, i) => (i === row ? cells.map((cell, c) => (c === 3 ? name : cell)) : cells)) };
}

function draft(form: SheetSpec): string[] {
  const { report } = runPipeline(workbookOf('部门整体支出绩效自评表', [form]), { generatedAt: '2024-01-10T04:00:00.000Z' });
  return (report?.blocks ?? []).map((block) => (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs));
}

describe('财政部绩效表：指标名称自带句号时，段首不写成“。：”', () => {
  it('句子式的三级指标（带句号）：不出现“。：”，名称照录', () => {
    const text = draft(withName(15, '优化营商环境,提升市场主体获得感。'));
    const line = text.find((paragraph) => paragraph.includes('提升市场主体获得感')) ?? '';
    expect(line).not.toBe('');
    expect(line).not.toMatch(/[。；，、][：:]/);
    expect(text.join('\n')).not.toMatch(/[。；，、][：:]/);
  });

  it('不变：普通名称仍以冒号引出', () => {
    const text = draft(sheet);
    expect(text.some((paragraph) => /食品安全抽检批次：年度指标值/.test(paragraph))).toBe(true);
  });
});
