import { runsText, type CellValue } from '../../src/core/model';
import { runPipeline } from '../../src/core/pipeline';
import { workbookOf } from '../recognize/build-snapshot';

/**
 * The sheet stated its 完成率 (完成年度计划(%) 25.8) and the draft wrote its own quotient (25.81%) beside the
 * leader's table (real-frozen-13/131 福田区): where the two agree within rounding the draft writes the staff's.
 * Made-up figures.
 */
function draft(rows: readonly (readonly CellValue[])[]): string {
  const out = runPipeline(workbookOf('某局季度目标', [{ name: '目标', rows }]), { generatedAt: '2023-10-10T04:00:00.000Z' });
  return out.report!.blocks.map((b) => (b.kind === 'paragraph' && b.lead ? b.lead.text : '') + runsText(b.runs)).join('\n');
}

const HEADER = ['指标名称', '单位', '全年目标', '1-9月完成', '完成全年目标(%)'];

describe('表中自填的完成率与数相符时照写', () => {
  it('写46.2%，不写46.15%', () => {
    const text = draft([['某局2023年1-9月主要指标'], HEADER, ['新增市场主体', '户', 5200, 2400, 46.2], ['技术合同成交额', '万元', 8000, 6160, 77]]);
    expect(text).toContain('46.2%');
    expect(text).not.toContain('46.15%');
    expect(text).toContain('77%');
  });

  it('不变：表中自填的与数不符时写按数算的', () => {
    const text = draft([['某局2023年1-9月主要指标'], HEADER, ['新增市场主体', '户', 5200, 2400, 60], ['技术合同成交额', '万元', 8000, 6160, 77]]);
    expect(text).toContain('46.15%');
    expect(text).not.toMatch(/完成全年目标的60%|的60%/);
  });
});
