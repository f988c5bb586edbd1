import { recognize } from '../../src/core/recognize';
import type { RowQuestion } from '../../src/core/recognize';
import { partlyUnmeasured, statesUnreadFigure } from '../../src/core/recognize/row-doubts';
import { workbookOf } from './build-snapshot';

/*
 * Issue 18, ask when unsure: a figure worked out of words is sure only when the words are strong evidence for it.
 * A figure column's cell that states a figure the engine could not read (3*2, 8.5(可比7.2)) is asked, not kept silently
 * as words; a figure read out of a sentence with parts no figure measures (新建3个站点，并完善管理制度) is asked;
 * a figure in its own cell, or a sentence whose every part carries a figure, is not.
 */

const rowQuestions = (rows: (string | number | null)[][]): RowQuestion[] =>
  recognize(workbookOf('分解表', [{ name: 'Sheet1', rows }])).questions.flatMap((q) => (q.kind === 'row' ? [q] : []));

describe('一格里写着数，却没能读成数：逐行提问', () => {
  it('目标“3*2”留作文字时问该行，同一行完成也没读成数的在同一问里；“8.5(可比7.2)”读作 8.5（括号是注），不问', () => {
    const asked = rowQuestions([
      ['序号', '指标名称', '全年目标', '1—6月完成', '责任单位'],
      [1, '更新环卫车辆', '3*2', '2*2', '县城管局'],
      [2, '服务业增加值增速', '8.5(可比7.2)', 9.1, '县发改委'],
      [3, '新建农村公厕', 40, 18, '县农业农村局'],
    ]);
    const rows = new Map(asked.map((q) => [q.row, q]));
    expect(rows.get(2)).toMatchObject({ reason: 'words', field: 'target', fields: ['target', 'actual'], value: null, text: '3*2' });
    expect(rows.has(3)).toBe(false);
    expect(rows.has(4)).toBe(false);
  });

  it('写成数的格、写成日期或时限的格不问', () => {
    expect(statesUnreadFigure('2025年6月底')).toBe(false);
    expect(statesUnreadFigure('10月前')).toBe(false);
    expect(statesUnreadFigure('2024.03-2024.11')).toBe(false);
    expect(statesUnreadFigure('年底前完成')).toBe(false);
    expect(statesUnreadFigure('按计划推进，已完成全年任务的60%，其余正在施工')).toBe(false);
    expect(statesUnreadFigure('≦3次')).toBe(true);
    expect(statesUnreadFigure('1*4')).toBe(true);
    expect(statesUnreadFigure('每亩450')).toBe(true);
  });
});

describe('从句子里读出的数：句中另有不带数的部分就问', () => {
  it('句子各部分都带数（达到8亿元，增长6%）不问；只有一部分带数就问', () => {
    expect(partlyUnmeasured('达到8亿元，增长6%')).toBe(false);
    expect(partlyUnmeasured('新建3个站点')).toBe(false);
    expect(partlyUnmeasured('新建3个站点，并完善站点管理制度')).toBe(true);
    expect(partlyUnmeasured('改造两处桥梁，完成验收')).toBe(true);
    expect(partlyUnmeasured('改造两处桥梁，新建三个停车场')).toBe(false);
  });

  it('目标一格是几项任务、数只说了其中一件事：这个数不当作目标（目标照录为文字），也就不再问一个读错的目标', () => {
    // Sixth round: the published tables' readers (real-corpus/20 招远, 34 安溪) read such a target as words, no single
    // value; the part's figure was read and asked about before (table-read wholeTaskOrWords).
    const rows = [
      ['序号', '重点任务', '年度目标', '进展情况', '责任单位'],
      [1, '社区养老服务提升', '新建3个社区养老服务站，并建立上门服务长效机制。', '已建成2个，机制正在起草', '县民政局'],
      [2, '农村道路养护', '完成农村公路养护120公里', '已完成70公里', '县交通局'],
      [3, '文化下乡', '送戏下乡60场', '已演出35场', '县文旅局'],
    ];
    expect(rowQuestions(rows).filter((q) => q.field === 'target')).toEqual([]);
    const [care, roads] = recognize(workbookOf('分解表', [{ name: 'Sheet1', rows }])).table!.indicators;
    expect(care.target).toBeNull();
    expect(care.targetText?.value).toBe('新建3个社区养老服务站，并建立上门服务长效机制。');
    expect(roads.target?.value).toBe(120);
  });
});

describe('除名称外什么也没写的行：在多数行都写了东西的表里，问它是不是一项指标', () => {
  it('“其中:”“按行业分”一类引导行不读作指标；夹在写了数的行中间、只有名称的一行（建筑业）被问到', () => {
    const asked = rowQuestions([
      ['项目', '本期', '累计', '累计比上年增长%'],
      ['全县合计', 120.4, 480.2, 6.1],
      ['其中:', null, null, null],
      ['农业', 30.2, 110.5, 3.2],
      ['工业', 60.1, 250.8, 7.4],
      ['按行业分', null, null, null],
      ['服务业', 30.1, 118.9, 6.6],
    ]);
    expect(asked.filter((q) => q.reason === 'bare')).toEqual([]);
    const leadIns = recognize(workbookOf('分解表', [{ name: 'Sheet1', rows: [
      ['项目', '本期', '累计', '累计比上年增长%'],
      ['全县合计', 120.4, 480.2, 6.1],
      ['其中:', null, null, null],
      ['农业', 30.2, 110.5, 3.2],
      ['按行业分', null, null, null],
      ['服务业', 30.1, 118.9, 6.6],
    ] }])).table?.indicators.map((i) => i.name.value);
    expect(leadIns).toEqual(['全县合计', '农业', '服务业']);
    const bare = rowQuestions([
      ['项目', '本期', '累计', '累计比上年增长%'],
      ['全县合计', 120.4, 480.2, 6.1],
      ['农业', 30.2, 110.5, 3.2],
      ['建筑业', null, null, null],
      ['工业', 60.1, 250.8, 7.4],
      ['服务业', 30.1, 118.9, 6.6],
    ]);
    expect(bare.filter((q) => q.reason === 'bare').map((q) => q.row)).toEqual([4]);
    expect(bare.find((q) => q.row === 4)).toMatchObject({ field: 'name', fields: ['name'], value: null, text: '建筑业' });
  });

  it('计划表多数行只有名称：不逐行问', () => {
    const asked = rowQuestions([
      ['序号', '重点工作'],
      [1, '修订村规民约'],
      [2, '开展移风易俗宣传'],
      [3, '建立红白理事会'],
    ]);
    expect(asked.filter((q) => q.reason === 'bare')).toEqual([]);
  });
});
