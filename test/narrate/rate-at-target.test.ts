import { compute } from '../../src/core/compute';
import type { ReportBlock } from '../../src/core/model';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { recognize } from '../../src/core/recognize';
import { validate } from '../../src/core/validate';
import { workbookOf } from '../recognize/build-snapshot';
import { halfYear, TableBuilder } from './table-builder';

function text(block: ReportBlock): string {
  return (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs);
}

/**
 * Just over the target, the sheet's own 累计进度 reads 100% (402 of 400): the draft wrote “占全年目标任务400个的100%，
 * 超额完成全年目标任务”, an excess beside an even 100% (歙县 141's 培训家政服务人员 1187 of 1185). Over the target the
 * rate shows the excess (100.5%); exactly at it, the sheet's 100% stays. Made-up rows.
 */
describe('略超目标时不写“100%”又写“超额完成”', () => {
  const workbook = workbookOf('进展', [{
    name: 'Sheet1',
    rows: [
      ['2024年1-9月某县30项民生实事实施进展情况', '', '', '', '', '', ''],
      ['县民生办电话:0000-1234567', '', '', '市民生办电话:0000-7654321 7654322', '', '', ''],
      ['序号', '项目名称', '目标任务', '牵头单位', '累计完成', '累计进度', '备注'],
      [1, '老年助餐服务', '新建老年食堂400个', '县民政局', 402, '100%', ''],
      [2, '社区托育服务', '新增托位1200个', '县卫健委', 1203, '100%', ''],
      [3, '职业技能培训', '培训农村劳动力3000人次', '县人社局', 3000, '100%', ''],
      [4, '家政服务', '培训家政人员800人', '县商务局', 640, '80%', ''],
    ],
  }]);
  const table = recognize(workbook).table!;
  const lines = narrate(table, compute(table, validate(table, workbook))).blocks.map(text);
  const line = (part: string): string => lines.find((l) => l.includes(part))!;

  it('超额的两项写出超出的比例（100.5%、100.25%），不写“的100%，超额完成”', () => {
    expect(line('老年助餐')).toMatch(/100\.5%，(已)?超额完成/);
    expect(line('社区托育')).toMatch(/100\.25%，(已)?超额完成/);
    expect(lines.join('\n')).not.toMatch(/的100%，(已)?超额完成/);
  });

  it('不应变：恰好完成的不写超额；不足的照写表中比例', () => {
    expect(line('职业技能培训')).not.toContain('超额');
    expect(line('家政服务')).toContain('80%');
  });
});

/** A rate whose target is the same rate (100% of 100%): “达到100%，实现全年目标100%，已完成全年目标任务” said it three times. */
describe('比率恰好等于目标比率且已完成时只说一次', () => {
  const builder = new TableBuilder({ ...halfYear(2024), toMonth: 12, expectedProgress: 1, label: '全年' }, '某县民政局')
    .section(1, '一、', '社会救助')
    .quantitative({ name: '低保金按时足额发放率', unit: '%', target: 100, actual: 100 })
    .quantitative({ name: '救助申请办结率', unit: '%', target: 95, actual: 97 })
    .quantitative({ name: '临时救助及时率', unit: '%', target: 98, actual: 92 });
  const lines = narrate(builder.table(), builder.results()).blocks.map(text);

  it('“达到100%，全面完成全年目标任务”，不再写“实现全年目标100%”', () => {
    const paid = lines.find((l) => l.includes('低保金'))!;
    expect(paid).not.toContain('实现全年目标100%');
    expect(paid.split('100%').length - 1).toBe(1);
    expect(paid).toContain('完成全年目标任务');
  });

  it('不应变：高于、低于目标的仍写与目标比较的百分点', () => {
    expect(lines.find((l) => l.includes('救助申请'))).toContain('比全年目标95%高2个百分点');
    expect(lines.find((l) => l.includes('临时救助'))).toContain('比全年目标98%低6个百分点');
  });
});
