import { compute } from '../../src/core/compute';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { recognize } from '../../src/core/recognize';
import { validate } from '../../src/core/validate';
import { workbookOf } from '../recognize/build-snapshot';

/**
 * A plan's main targets written as growths in words (增长6%左右) beside what was reached, also in words (增长2.5%左右,
 * 下降4%): the staff reported, so the draft never says 完成情况尚未填报, and a fall keeps its sign — quoted as written,
 * with a person asked whether it is done. Made-up rows; a row with a plain target and result must not change.
 */
describe('目标与完成都写成“增长…%”的文字：照录，不说尚未填报，下降不丢符号', () => {
  const workbook = workbookOf('t.xlsx', [{
    name: 'Sheet1',
    rows: [
      ['某区2023年国民经济和社会发展主要目标完成情况'],
      ['指标', '年度目标', '预计完成'],
      ['社会消费品零售总额', '增长7%左右', '增长3.5%左右'],
      ['进出口总额', '增长5%', '下降2%'],
      ['一般公共预算收入', '18亿元', '19.2亿元'],
    ],
  }]);
  const table = recognize(workbook).table!;
  const doc = narrate(table, compute(table, validate(table, workbook)));
  const text = doc.blocks.map((block) => (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs)).join('\n');
  const line = (name: string) => text.split('\n').find((l) => l.includes(name) && !l.startsWith('总之')) ?? '';

  it('不说“完成情况尚未填报”，照录增长与下降', () => {
    expect(line('社会消费品零售总额')).not.toContain('尚未填报');
    expect(line('社会消费品零售总额')).toContain('增长3.5%');
    expect(line('进出口总额')).not.toContain('尚未填报');
    expect(line('进出口总额')).toContain('下降2%');
    expect(line('进出口总额')).not.toMatch(/完成2%|实际完成2%/u);
  });

  it('有目标、有完成数的行照旧', () => {
    expect(line('一般公共预算收入')).toMatch(/19\.2亿元/u);
    expect(line('一般公共预算收入')).toMatch(/超额完成|106\.67%/u);
  });
});
