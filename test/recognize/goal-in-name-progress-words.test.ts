import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import '../../src/node/traditional-chinese';
import { workbookOf, type SheetSpec } from './build-snapshot';

/**
 * 民生实事 progress tables: 序号 | 实事内容 | 牵头单位 | 进展情况, no column for targets or figures done. The goal
 * is in the task (新建停车泊位800个), what was done and the rate are in the progress words (已建成920个,完成率115%).
 * The goal is read out of the name, the figure done from the words when its unit converts to the goal's, and the
 * rate; when done ÷ goal bears the rate out, the reading is sure, otherwise it is asked. Sheets are written for
 * the rule, none copied from a published table.
 */

function read(spec: SheetSpec) {
  const recognition = recognize(workbookOf('民生实事进展', [spec]));
  if (!recognition.table) throw new Error(`no table: ${recognition.issues.map((i) => i.code).join(', ')}`);
  return recognition;
}

function row(table: IndicatorTable, at: number) {
  const found = table.indicators.find((i) => i.row === at);
  if (!found) throw new Error(`no row ${at}`);
  return found;
}

const sheet: SheetSpec = {
  name: 'Sheet1',
  rows: [
    ['2023年民生实事项目进展情况(截至9月30日)'],
    ['序号', '实事内容', '牵头单位', '进展情况'],
    [1, '新建公共停车泊位800个。', '县住建局', '已建成停车泊位920个,完成率115%。'],
    [2, '为2.4万名中小学生开展免费视力筛查。', '县教育局', '已筛查18600名,完成率77.5%。'],
    [3, '完成农村公路提档升级60公里。', '县交通局', '累计完成投资3200万元,完成率40%;完成提档升级45公里,完成率75%。'],
    [4, '改造提升老旧小区6个。', '县住建局', '已完成4个。'],
    [5, '推进城乡供水一体化。', '县水务局', '已完成管网铺设,完成率90%。'],
  ],
};

describe('目标写在实事内容里、完成数和完成率写在进展情况的句子里', () => {
  it('目标取名称里带单位的数，完成数取进展句里单位可换算的数，换算到目标的单位', () => {
    const { table } = read(sheet);
    expect(row(table!, 3)).toMatchObject({ kind: 'quantitative', unit: '个', target: { value: 800, derived: true }, actual: { value: 920 } });
    expect(row(table!, 3).statedCompletion?.value).toBeCloseTo(1.15);
    expect(row(table!, 4)).toMatchObject({ unit: '万名', target: { value: 2.4 }, actual: { value: 1.86 } });
    expect(row(table!, 4).statedCompletion?.value).toBeCloseTo(0.775);
  });

  it('一句里两个完成率：取与 完成数÷目标 相符的那一个，投资额（万元）不是公里数', () => {
    const { table } = read(sheet);
    expect(row(table!, 5)).toMatchObject({ unit: '公里', target: { value: 60 }, actual: { value: 45 } });
    expect(row(table!, 5).statedCompletion?.value).toBeCloseTo(0.75);
  });

  it('完成率与完成数相符时不再询问；没有完成率可印证时读出但提问', () => {
    const recognition = read(sheet);
    const asked = recognition.questions.filter((q) => q.kind === 'row').map((q) => q.row);
    expect(asked).not.toContain(3);
    expect(asked).not.toContain(5);
    expect(row(recognition.table!, 6)).toMatchObject({ target: { value: 6, derived: true }, actual: { value: 4 } });
    expect(asked).toContain(6);
  });

  it('名称里没有目标数的任务不凭进展句造出目标', () => {
    const { table } = read(sheet);
    expect(row(table!, 7).target).toBeNull();
  });

  it('表里另有目标列时，名称里的数不当目标', () => {
    const { table } = read({
      name: 'Sheet1',
      rows: [
        ['序号', '实事内容', '本区目标', '进展情况'],
        [1, '全省新建公共停车泊位10万个。', 900, '已建成停车泊位920个。'],
        [2, '全省改造老旧小区600个。', 6, '已完成4个。'],
      ],
    });
    expect(row(table!, 2).target?.value).not.toBe(10);
  });

  it('进展句里有几个与目标同单位的数：取完成率所印证的那一个', () => {
    const { table } = read({
      name: 'Sheet1',
      rows: [
        ['序号', '实事内容', '牵头单位', '进展情况'],
        [1, '新增(优化)公交线路20条。', '县交通局', '已完成新增(优化)线路24条,完成率120%。其中新增9条,优化15条。'],
        [2, '改造农村公厕40座。', '县农业农村局', '已改造30座,其中新建12座。'],
      ],
    });
    expect(row(table!, 2)).toMatchObject({ unit: '条', target: { value: 20 }, actual: { value: 24 } });
    expect(row(table!, 2).statedCompletion?.value).toBeCloseTo(1.2);
    // No rate to choose between 30座 and 12座: nothing done is read.
    expect(row(table!, 3).actual).toBeNull();
  });
});

