import { runPipeline } from '../../src/core/pipeline';
import type { Indicator, NumberField, ReportDoc, Run } from '../../src/core/model';
import { runsText } from '../../src/core/model';
import { statedPointsWords } from '../../src/core/narrate/stated-points';
import { workbookOf } from '../recognize/build-snapshot';

/**
 * A change staff wrote in percentage points (提升2.1个百分点, 同比下降0.3个百分点) is quoted in the draft as they wrote
 * it, its figure pointing at the cell the words are in, and never turned into a growth rate. Rows are made up.
 */

const HEADER = ['序号', '指标', '单位', '目标值', '完成值', '完成情况说明'];

function draftOf(rows: readonly (readonly (string | number)[])[]): ReportDoc {
  const snapshot = workbookOf('百分点', [{ name: 'Sheet1', rows: [['2025年主要指标上半年完成情况'], HEADER, ...rows] }]);
  const outcome = runPipeline(snapshot, { generatedAt: '2025-07-01T00:00:00Z' });
  return outcome.report!;
}

function sentenceAbout(doc: ReportDoc, name: string): Run[] {
  const block = doc.blocks.find((b) => runsText(b.runs).includes(name) || (b.kind === 'paragraph' && (b.lead?.text ?? '').includes(name)));
  if (!block) throw new Error(`no sentence for ${name}`);
  return [...block.runs];
}

describe('汇报稿：以百分点写的变化照录原话', () => {
  it('完成值只写“提升2.1个百分点”：照录，数字指向该单元格，不写“尚未填报”，也不推算增幅或完成率', () => {
    const runs = sentenceAbout(draftOf([[1, '常住人口城镇化率', '%', 61, '提升2.1个百分点', '']]), '常住人口城镇化率');
    const text = runsText(runs);
    expect(text).toContain('提升2.1个百分点');
    expect(text).not.toMatch(/尚未填报|增长\d|完成全年目标的|序时进度/);
    const figure = runs.find((run) => run.kind === 'number' && run.text === '2.1个百分点');
    expect(figure?.kind === 'number' && figure.sources).toEqual([{ sheet: 'Sheet1', row: 3, col: 5 }]);
  });

  it('完成值的句子里另有变化（达到2.6%，同比提高0.15个百分点）：完成值之后照录这一分句', () => {
    const text = runsText(sentenceAbout(draftOf([[1, '研发经费投入强度', '%', 2.8, '达到2.6%，同比提高0.15个百分点', '新增高新技术企业12家']]), '研发经费投入强度'));
    expect(text).toMatch(/2\.6%，同比提高0\.15个百分点/);
    expect(text.match(/0\.15个百分点/g)).toHaveLength(1);
  });

  it('下降也照录（下降0.3个百分点），不改写成“减少”或百分比', () => {
    const text = runsText(sentenceAbout(draftOf([[1, '规上工业企业亏损面', '%', 12, '比上年同期下降0.3个百分点', '']]), '亏损面'));
    expect(text).toContain('比上年同期下降0.3个百分点');
    expect(text).not.toMatch(/下降\d+(\.\d+)?%/);
  });

  it('说明里已经写了这个变化时不重复', () => {
    const text = runsText(sentenceAbout(draftOf([[1, '森林覆盖率', '%', 40, '提高0.4个百分点', '森林覆盖率提高0.4个百分点，完成造林1.2万亩']]), '森林覆盖率'));
    expect(text.match(/0\.4个百分点/g)).toHaveLength(1);
  });
});

describe('statedPointsWords 取出写变化的那一分句', () => {
  const field = (text: string, value: number): NumberField => ({ value, text, cell: { sheet: 'S', row: 2, col: 3 }, approx: 'exact', decimals: 1, derived: true });
  const indicator = (points: NumberField | null) => ({ statedChangePoints: points }) as unknown as Indicator;

  it('只取有百分点的分句，原话照录', () => {
    expect(statedPointsWords(indicator(field('全年达到45.2%，较上年提升1.3个百分点；继续推进', 1.3)))).toBe('较上年提升1.3个百分点');
    expect(statedPointsWords(indicator(field('回落0.5百分点', -0.5)))).toBe('回落0.5百分点');
    expect(statedPointsWords(indicator(null))).toBeNull();
    // A comparison in points (高于全省1.2个百分点) before the change is not the change.
    expect(statedPointsWords(indicator(field('增速高于全省1.2个百分点，同比提高0.5个百分点', 0.5)))).toBe('同比提高0.5个百分点');
    expect(statedPointsWords(indicator({ ...field('比上年下降10.3个百分点', -0.3) }))).toBeNull();
  });
});
