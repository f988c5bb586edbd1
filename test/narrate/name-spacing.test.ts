import { runsText, type CellValue } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { workbookOf } from '../recognize/build-snapshot';
import { LAYOUT_FIXTURES } from '../fixtures/layouts/specs';

/**
 * A name whose cell broke a word over two lines, or whose stored copy kept the break as a space (建档立卡人 员,
 * 用水 效率控制 红线, 北 京, 目标 内容), was printed so in the draft's prose, while the headings beside it were
 * already joined (real-frozen-11/114 and /118, -12/122 and /127, real-frozen-6/55). Made-up names.
 */
function draftText(name: string, rows: readonly (readonly CellValue[])[]): string {
  const out = runPipeline(workbookOf(name, [{ name: 'Sheet1', rows }]), { generatedAt: '2024-07-10T04:00:00.000Z' });
  return out.report!.blocks.map((b) => (b.kind === 'paragraph' && b.lead ? b.lead.text : '') + runsText(b.runs)).join('\n');
}

describe('指标名里汉字之间的空格、换行在汇报稿里合上', () => {
  const text = draftText('某局2024年上半年目标', [
    ['某局2024年上半年目标任务完成情况'],
    ['序号', '指标名称', '单位', '全年目标', '1-6月完成', '责任科室'],
    [1, '城区 供水 管网改造', '公里', 20, 12, '建设科'],
    [2, '农村饮水\n安全巩固', '处', 40, 18, '农水科'],
    [3, 'PM2.5 年均浓度', '微克/立方米', 35, 31, '监测站'],
  ]);

  it('城区供水管网改造、农村饮水安全巩固', () => {
    expect(text).toContain('城区供水管网改造');
    expect(text).toContain('农村饮水安全巩固');
    expect(text).not.toMatch(/城区 供水|饮水\s+安全/);
  });

  it('不变：字母、数字与汉字之间职员打的空格照留', () => {
    expect(text).toContain('PM2.5 年均浓度');
  });
});

describe('财政自评表的三级指标名', () => {
  const spec = LAYOUT_FIXTURES.find((f) => f.file.startsWith('项目支出绩效自评表'))!.sheets[0];
  const spaced = { ...spec, rows: spec.rows.map((cells) => cells.map((cell) => (cell === '养护任务完成及时率' ? '养护任务完 成及时率' : cell === '道路使用寿命' ? '道路使用\n寿命' : cell))) };

  it('各项与扣分名单里都合上', () => {
    const out = runPipeline(workbookOf('项目支出绩效自评表', [spaced]), { generatedAt: '2024-01-10T04:00:00.000Z' });
    const draft = out.report!.blocks.map((b) => (b.kind === 'paragraph' && b.lead ? b.lead.text : '') + runsText(b.runs)).join('\n');
    expect(draft).toContain('养护任务完成及时率：');
    expect(draft).toContain('道路使用寿命');
    expect(draft).not.toMatch(/完 成及时率|使用\s+寿命/);
  });
});
