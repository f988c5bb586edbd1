import type { IndicatorTable } from '../../src/core/model';
import { analysisJson } from '../../src/core/contract/analysis-json';
import { recognize } from '../../src/core/recognize';
import { readLayoutClass } from '../../src/core/recognize/layout-class';
import { runPipeline } from '../../src/core/pipeline';
import { area, workbookOf, type SheetSpec } from './build-snapshot';

function read(spec: SheetSpec): IndicatorTable {
  const table = recognize(workbookOf('wb', [spec])).table;
  if (!table) throw new Error(`no table read from ${spec.name}`);
  return table;
}

const letters = (table: IndicatorTable): Record<string, string | undefined> =>
  Object.fromEntries(Object.entries(table.columns).map(([field, m]) => [field, m?.letter]));

describe('句子表：目标与完成情况写在句子里', () => {
  const sentences: SheetSpec = {
    name: 'S',
    rows: [
      ['2024年重点工作二季度执行情况'],
      ['序号', '重点工作', '责任领导', '责任科室', '年度目标', '完成情况', '取得成效'],
      [1, '农村公路提档升级', '王明', '交通办', '全年完成提档升级公路30公里', '上半年完成提档升级公路18公里', '群众出行更便捷'],
      [2, '招商引资', '李华', '招商办', '全年引进亿元以上项目5个', '已引进亿元以上项目3个', '产业链进一步完善'],
      [3, '农房改造', '王明', '村建办', '完成农房改造120户', '已完成改造80户', '居住条件改善'],
    ],
  };

  it('读作 sentence；完成情况是写成句子的完成值，成效一栏是情况说明', () => {
    const table = read(sentences);
    expect(table.layoutClass).toBe('sentence');
    expect(letters(table)).toMatchObject({ target: 'E', actual: 'F', progressText: 'G', department: 'D', leader: 'C' });
    expect(letters(table).owner).toBeUndefined();
  });

  it('责任领导读作分管领导（leader），不当作责任人（owner），analyze --json 也给出', () => {
    const table = read(sentences);
    const first = table.indicators[0];
    expect(first.leader?.value).toBe('王明');
    expect(first.owner).toBeNull();
    const json = analysisJson(runPipeline(workbookOf('wb', [sentences]), { generatedAt: '2024-07-01T00:00:00Z' }));
    expect(json.indicators?.[0]).toMatchObject({ leader: '王明', owner: null });
  });

  it('数写在单元格里的表仍是 breakdown，哪怕名称里带数', () => {
    const table = read({
      name: 'S',
      rows: [
        ['序号', '指标名称', '单位', '全年目标', '1—6月完成', '责任科室', '责任人'],
        [1, '新建农村公路30公里', '公里', 30, 18, '交通办', '王明'],
        [2, '新增就业', '人', 1200, 700, '人社科', '李华'],
      ],
    });
    expect(table.layoutClass).toBe('breakdown');
  });
});

describe('版式类别的规则', () => {
  const measures = { rows: 4, sentenceRows: 0, plainFigureRows: 0, statedFigureProgressRows: 0, sentenceNameRows: 0, figureNameRows: 0, severalFigureRows: 0, targetFigureRows: 0 };
  const col = (letter: string, n: number) => ({ col: n, letter, header: '', confidence: 1, source: 'synonym' as const });

  it('没有目标列、完成情况一栏只写状态（顺利推进）：progress-only，哪怕进展说明里有数', () => {
    const cls = readLayoutClass({ columns: { name: col('B', 2), actual: col('F', 6) }, levels: 0, subItems: 0, sentenceMode: false, measures: { ...measures, sentenceRows: 4 } });
    expect(cls).toBe('progress-only');
  });

  it('同样只写状态，但名称上面有合并的类别列：分组的子项目，multi-level', () => {
    const cls = readLayoutClass({ columns: { category: col('B', 2), name: col('D', 4), actual: col('F', 6) }, levels: 1, subItems: 0, sentenceMode: false, measures });
    expect(cls).toBe('multi-level');
  });

  it('半数以上的行数在句子里、数单独成格的不到一半：sentence；有分类列、目标写在名称里时，还要半数以上的行一格写着几个数', () => {
    const columns = { name: col('B', 2), target: col('C', 3) };
    expect(readLayoutClass({ columns, levels: 0, subItems: 0, sentenceMode: false, measures: { ...measures, sentenceRows: 3, plainFigureRows: 1 } })).toBe('sentence');
    expect(readLayoutClass({ columns, levels: 1, subItems: 0, sentenceMode: false, measures: { ...measures, sentenceRows: 3, plainFigureRows: 1, severalFigureRows: 1 } })).toBe('sentence');
    expect(readLayoutClass({ columns, levels: 1, subItems: 0, sentenceMode: false, measures: { ...measures, sentenceRows: 3, plainFigureRows: 2 } })).toBe('multi-level');
    const named = { name: col('B', 2), progressText: col('C', 3) };
    expect(readLayoutClass({ columns: named, levels: 1, subItems: 0, sentenceMode: false, measures: { ...measures, sentenceRows: 3, severalFigureRows: 2 } })).toBe('sentence');
    expect(readLayoutClass({ columns: named, levels: 1, subItems: 0, sentenceMode: false, measures: { ...measures, sentenceRows: 3, severalFigureRows: 1 } })).toBe('multi-level');
  });
});

describe('牵头单位、配合单位', () => {
  it('“配合部门”一列是配合单位，不被丢弃，也不当作责任单位', () => {
    const table = read({
      name: 'S',
      rows: [
        ['序号', '任务名称', '指标要求', '牵头部门', '配合部门'],
        [1, '地区生产总值', '增长5.5%', '发改局', '统计局、财政局'],
        [2, '服务业增加值', '增长6%', '发改局', '商务局'],
      ],
    });
    expect(letters(table)).toMatchObject({ department: 'D', cooperating: 'E' });
    expect(table.indicators[0].cooperating?.value).toBe('统计局、财政局');
  });

  it('牵头责任单位旁的“责任单位”一列是参与的单位（cooperating）', () => {
    const table = read({
      name: 'S',
      rows: [
        ['序号', '目标与任务', '牵头责任单位', '责任单位', '全年目标'],
        [1, '城镇新增就业', '人社局', '各乡镇', 5000],
        [2, '新建保障房', '住建局', '财政局', 300],
      ],
    });
    expect(letters(table)).toMatchObject({ department: 'C', cooperating: 'D' });
  });
});

describe('分季度的目标列', () => {
  it('一至四季度并排的目标是全年的安排：不当作序时目标，时段按全年', () => {
    const table = read({
      name: 'S',
      rows: [
        ['2019年重点工作目标'],
        ['序号', '重要项目', '目标任务', '阶段性目标', '', '', '', '主责部门'],
        ['', '', '', '第一季度', '第二季度', '第三季度', '第四季度', ''],
        [1, '稳增长', '一般公共预算收入达到169亿元', '制定方案', '推进实施', '中期评估', '全面完成', '发改委'],
        [2, '招商', '引进项目50个', '引进10个', '引进25个', '引进40个', '引进50个', '商务委'],
      ],
      merges: [area('D2:G2'), area('A2:A3'), area('B2:B3'), area('C2:C3'), area('H2:H3')],
    });
    expect(table.columns.periodTarget).toBeUndefined();
    expect([table.period.fromMonth, table.period.toMonth]).toEqual([1, 12]);
  });
});
