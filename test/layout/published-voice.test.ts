/**
 * Published tables, read as published (test/fixtures/real-corpus): what the 总览 and the draft say of who
 * wrote them. A title is not a 填报单位, and a table of regions is the area's, not one bureau's.
 */
import * as path from 'node:path';
import { runsText } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { readXlsxSnapshot } from '../../src/node/xlsx-read';
import { sheetByRole, shown } from './plan-reading';

const REAL = path.join(__dirname, '..', 'fixtures', 'real-corpus');

async function outcomeOf(file: string) {
  const snapshot = await readXlsxSnapshot(path.join(REAL, file));
  return runPipeline(snapshot, { generatedAt: '2026-01-01T00:00:00Z' });
}

function overviewLines(outcome: Awaited<ReturnType<typeof outcomeOf>>): string[] {
  return sheetByRole(outcome.plan, 'overview').rows.map((row) => row.map((cell) => String(shown(cell) ?? '')).join(''));
}

function draftText(outcome: Awaited<ReturnType<typeof outcomeOf>>): string {
  return (outcome.report?.blocks ?? []).map((block) => runsText(block.runs)).join('\n');
}

describe('总览与汇报稿不冒认填报单位', () => {
  it('表中没写填报单位时，总览写“表名”，不把标题当作填报单位', async () => {
    const outcome = await outcomeOf('14-苍南县-2022年市县民生实事未完成项目进度表.xlsx');
    expect(outcome.recognition.table?.unitName ?? null).toBeNull();
    const lines = overviewLines(outcome);
    expect(lines.some((line) => line.startsWith('填报单位：'))).toBe(false);
    expect(lines).toContain('表名：2022年度市县民生实事未完成项目进度表(截至10月31日)（表中未写明填报单位）');
  });

  it('表中没写填报单位时，任何生成的表都不留一个空的“填报单位：”', async () => {
    for (const file of ['14-苍南县-2022年市县民生实事未完成项目进度表.xlsx', '15-眉山市-2019年十大民生工程完成情况表（就业促进）.xlsx']) {
      const outcome = await outcomeOf(file);
      expect(outcome.recognition.table?.unitName ?? null).toBeNull();
      const texts = outcome.plan.sheets.flatMap((sheet) => sheet.rows.flatMap((row) => row.map((value) => (value?.kind === 'text' ? value.text : ''))));
      expect(texts.filter((text) => /填报单位：(\s|　|$)/.test(text))).toEqual([]);
      expect(texts.some((text) => text.includes('（表中未写明填报单位）'))).toBe(true);
    }
  });

  it('地区×指标交叉表属于整个地区：汇报稿不以“我单位”自述', async () => {
    const outcome = await outcomeOf('15-眉山市-2019年十大民生工程完成情况表（就业促进）.xlsx');
    expect(outcome.recognition.table?.layoutClass).toBe('cross-table');
    const draft = draftText(outcome);
    expect(draft).not.toMatch(/我单位|全单位/);
    expect(draft).toMatch(/各责任单位/);
  });
});
