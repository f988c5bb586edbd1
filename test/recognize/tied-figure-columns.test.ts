import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/*
 * Issue 18, ask when unsure: two figure columns whose headers name the same roles (both say 增长, both say 上年) are
 * told apart only by the order the columns were taken in. Whichever column got the growth, the choice is a guess:
 * both are asked about. Headers that name one role each are not.
 */

// Two growths that say nothing to tell them apart (both compare with last year, neither names its months).
const twoChanges = workbookOf('季度统计', [{
  name: '统计',
  rows: [
    ['项目', '产量', '产值', '产量比上年增长%', '产值比上年增长%'],
    ['粮食', 120.5, 380.2, 3.1, 2.4],
    ['蔬菜', 88.1, 240.7, -1.2, 0.8],
    ['水果', 40.3, 95.6, 5.5, 4.9],
  ],
}]);

const oneEach = workbookOf('季度统计', [{
  name: '统计',
  rows: [
    ['项目', '全年目标', '累计完成', '上年同期完成', '同比增长%'],
    ['粮食', 500, 380.2, 371.3, 2.4],
    ['蔬菜', 320, 240.7, 238.8, 0.8],
    ['水果', 120, 95.6, 91.1, 4.9],
  ],
}]);

describe('识别：两列表头都说“增长”“上年”，谁是增幅只凭先后，要问', () => {
  it('两列都列入待确认，各问一次', () => {
    const recognition = recognize(twoChanges);
    const columns = recognition.table!.columns;
    const asked = recognition.questions.flatMap((q) => (q.kind === 'column' ? [q.letter] : []));
    for (const field of ['growth', 'lastYear'] as const) {
      if (!columns[field]) continue;
      expect(recognition.unsure).toContain(field);
      expect(asked).toContain(columns[field]!.letter);
    }
    expect(columns.growth).toBeDefined();
    expect(recognition.unsure).toContain('growth');
    // Both columns are growths (比上年…增长): neither is last year's figure, so none is read as one.
    expect(columns.lastYear).toBeUndefined();
  });

  it('一栏只说本季、一栏说本年累计：增幅是累计的那栏，不必问；本季一栏是当季增速', () => {
    const recognition = recognize(workbookOf('季度统计', [{
      name: '统计',
      rows: [
        ['项目', '本季产量', '本年累计产量', '本季比上年同季增长%', '本年累计比上年同期增长%'],
        ['粮食', 120.5, 380.2, 3.1, 2.4],
        ['蔬菜', 88.1, 240.7, -1.2, 0.8],
        ['水果', 40.3, 95.6, 5.5, 4.9],
      ],
    }]));
    const table = recognition.table!;
    expect(table.columns.growth?.letter).toBe('E');
    expect(table.columns.actual?.letter).toBe('C');
    expect(table.singlePeriodColumns?.growth?.letter).toBe('D');
    expect(table.columns.lastYear).toBeUndefined();
  });

  it('各说各的表头（上年同期完成、同比增长）不问', () => {
    const recognition = recognize(oneEach);
    expect(recognition.table!.columns.lastYear?.letter).toBe('D');
    expect(recognition.table!.columns.growth?.letter).toBe('E');
    expect(recognition.unsure).not.toContain('growth');
    expect(recognition.unsure).not.toContain('lastYear');
  });
});
