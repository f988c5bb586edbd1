import '../../src/node/traditional-chinese';
import { byName, tableOfSheet } from './recognized-table';

/**
 * The staff's words quoted whole from a cell written over several lines keep its lines (1.…\n2.…): the breaks part
 * what the cell lists, as every published table's reader quoted them (real-corpus/54 湖州, real-frozen-2/26,
 * real-frozen-10/103, real-frozen-3/01, real-frozen-8/81, 82). Names stay one line.
 */
describe('分几行写的完成情况、目标：引用时保留分行', () => {
  const header = ['序号', '重点工作', '年度目标', '推进情况', '责任单位'];

  it('推进情况“1.…\\n2.…”与目标“6月开工\\n年内完工”照原样分行；名称里的换行仍读作一行', () => {
    const table = tableOfSheet('推进情况.xlsx', {
      name: 'Sheet1',
      rows: [
        header,
        [1, '城西污水处理厂\n提标改造', '6月开工\n年内完工', '1.已完成施工图设计审查。\n2.土建招标已挂网，计划7月进场。', '县住建局'],
        [2, '农村公路提档升级', '完成改造40公里', '已完成改造26公里', '县交通局'],
      ],
    });
    const plant = table.indicators[0];
    expect(plant.name.value).toBe('城西污水处理厂 提标改造');
    expect(plant.progressText?.value).toBe('1.已完成施工图设计审查。\n2.土建招标已挂网，计划7月进场。');
    expect(plant.targetText?.value).toBe('6月开工\n年内完工');
    expect(byName(table, '农村公路提档升级').progressText?.value).toBe('已完成改造26公里');
  });

  it('繁体表：分行照原文（繁体）引用，读的时候连起来的两行也照原样分行', () => {
    const table = tableOfSheet('進展.xlsx', {
      name: 'Sheet1',
      rows: [
        ['序號', '重點工作', '年度目標', '推進情況', '責任單位'],
        [1, '老舊小區改造', '改造小區20個', '已開工12個。\n其中5個已完成主體工程。', '縣住建局'],
        [2, '防洪堤加固', '完成堤身加固3公里\n具備擋水條件', '正在施工', '縣水利局'],
      ],
    });
    expect(byName(table, '老舊小區改造').progressText?.value).toBe('已開工12個。\n其中5個已完成主體工程。');
    expect(byName(table, '防洪堤加固').targetText?.value).toBe('完成堤身加固3公里\n具備擋水條件');
  });
});
