import { runsText, type CellValue } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { workbookOf } from '../recognize/build-snapshot';

/**
 * A plan with nothing reported (real-frozen-12/123 and /124, real-frozen-10/104) opened with the seed's words of
 * effort — 紧紧围绕年初制定的目标任务…狠抓措施落实…定期检查，跟踪进度 — that no cell of the table says. The
 * opening now states only how many tasks there are and that none has been reported on. Made-up tables.
 */
function opening(rows: readonly (readonly CellValue[])[]): string {
  const out = runPipeline(workbookOf('某局年度任务', [{ name: '任务', rows }]), { generatedAt: '2024-03-01T04:00:00.000Z' });
  return runsText(out.report!.blocks[0].runs);
}

describe('什么都没填报的计划表的开头', () => {
  it('只说共几项、均未填报，不写“狠抓措施落实”“定期检查，跟踪进度”', () => {
    const text = opening([
      ['某局2024年重点工作任务分解'],
      ['序号', '重点任务', '牵头科室', '完成时限'],
      [1, '修订行政执法事项清单', '法规科', '2024年6月'],
      [2, '开展执法案卷评查', '监督科', '2024年11月'],
    ]);
    expect(text).toContain('2024年共确定绩效指标2项');
    expect(text).toContain('截至12月底，2项均尚未填报完成情况');
    expect(text).not.toMatch(/狠抓措施落实|定期检查|跟踪进度|紧紧围绕/);
  });

  it('不变：填报了完成情况的表仍用原来的开头', () => {
    const text = opening([
      ['某局2024年重点工作任务分解'],
      ['序号', '重点任务', '牵头科室', '完成时限', '完成情况'],
      [1, '修订行政执法事项清单', '法规科', '2024年6月', '已修订并印发执行'],
      [2, '开展执法案卷评查', '监督科', '2024年11月', null],
    ]);
    expect(text).toContain('狠抓措施落实');
  });
});
