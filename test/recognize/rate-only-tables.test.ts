import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import '../../src/node/traditional-chinese';
import { workbookOf, type SheetSpec } from './build-snapshot';

/**
 * Tables whose only measure is a share done: 序号 | 任务 | 责任单位 | 进展比例 (or 推进情况, 完成率(%)), each task
 * naming its own goal in words (新增托位300个). The share column is read as the completion rate whatever its
 * header calls it, once its values are percentages; the one figure with a unit in a task is its target, worked
 * out of the name and asked about. Sheets are written for the rule, none copied from a published table.
 */

function read(spec: SheetSpec) {
  const recognition = recognize(workbookOf('进度表', [spec]));
  if (!recognition.table) throw new Error(`no table: ${recognition.issues.map((i) => i.code).join(', ')}`);
  return recognition;
}

function row(table: IndicatorTable, at: number) {
  const found = table.indicators.find((i) => i.row === at);
  if (!found) throw new Error(`no row ${at}`);
  return found;
}

describe('只有进度比例一列的表：比例一列按值认作完成比例，任务句里唯一带单位的数是目标', () => {
  it.each([
    ['进展比例'],
    ['推进情况'],
    ['工作进展'],
    ['当前进展'],
  ])('表头“%s”下是百分数：读作完成比例，版式是 progress-only', (header) => {
    const { table } = read({
      name: 'Sheet1',
      rows: [
        ['序号', '任务内容', '责任单位', header],
        [1, '新增普惠托位300个。', '县卫健局', '60%'],
        [2, '改造提升农贸市场4家。', '县市场监管局', '25%'],
        [3, '建设城市绿道12公里。', '县住建局', '100%'],
        [4, '为困难群众发放取暖补贴。', '县民政局', '80%'],
      ],
    });
    expect(table!.layoutClass).toBe('progress-only');
    expect(table!.columns.completionRate?.letter).toBe('D');
    expect(row(table!, 2).statedCompletion?.value).toBeCloseTo(0.6);
  });

  it('任务句里唯一带单位的数是目标，标为推算、指向名称单元格，并提出问题', () => {
    const recognition = read({
      name: 'Sheet1',
      rows: [
        ['序号', '民生实事项目', '牵头单位', '完成率(%)'],
        [1, '新增普惠托位300个。', '县卫健局', '60%'],
        [2, '改造提升农贸市场4家。', '县市场监管局', '25%'],
        [3, '建设城市绿道12公里。', '县住建局', '100%'],
      ],
    });
    const table = recognition.table!;
    expect(row(table, 2)).toMatchObject({ kind: 'quantitative', unit: '个', target: { value: 300, derived: true, cell: { row: 2, col: 2 } } });
    expect(row(table, 3)).toMatchObject({ unit: '家', target: { value: 4, derived: true } });
    expect(row(table, 4)).toMatchObject({ unit: '公里', target: { value: 12, derived: true } });
    expect(row(table, 2).target?.confidence).toBeLessThan(0.8);
    expect(recognition.questions.filter((q) => q.kind === 'row').map((q) => q.row)).toEqual([2, 3, 4]);
  });

  it('一句里有两个带单位的数（托位1140个、普惠托位685个）没有单一目标；没有数的任务也没有目标', () => {
    const { table } = read({
      name: 'Sheet1',
      rows: [
        ['序号', '任务', '责任单位', '进展比例'],
        [1, '新增托位1140个,其中普惠托位685个。', '县卫健局', '40%'],
        [2, '为全县老年人免费接种流感疫苗。', '县卫健局', '20%'],
        [3, '新建口袋公园6个。', '县住建局', '50%'],
      ],
    });
    expect(row(table!, 2).target).toBeNull();
    expect(row(table!, 3).target).toBeNull();
    expect(row(table!, 4).target).toMatchObject({ value: 6, derived: true });
  });

  it('进展一列写的是句子（已完成招标，正在施工）时仍是进展情况，不是完成比例', () => {
    const { table } = read({
      name: 'Sheet1',
      rows: [
        ['序号', '任务', '责任单位', '进展情况'],
        [1, '新建口袋公园6个。', '县住建局', '已完成选址,3个开工建设,完成投资的40%。'],
        [2, '改造老旧小区12个。', '县住建局', '已完成招标,正在施工。'],
        [3, '新增停车位800个。', '县交通局', '已完成500个,完成率62.5%。'],
      ],
    });
    expect(table!.columns.completionRate).toBeUndefined();
    expect(table!.columns.progressText?.letter ?? table!.columns.actual?.letter).toBe('D');
  });

  it('目标是比例的任务（入学比例达90%以上、报销比例≥55%）：句中唯一的百分数是目标；另有年份或第二个比例的没有单一目标', () => {
    const { table } = read({
      name: 'Sheet1',
      rows: [
        ['序号', '实事项目', '责任单位', '进展比例'],
        [1, '随迁子女入读公办学校比例达90%以上。', '县教育局', '70%'],
        [2, '门诊慢特病报销比例≥55%。', '县医保局', '100%'],
        [3, '城乡居民医保参保率达98%,2024年新增参保1200人。', '县医保局', '60%'],
        [4, '乡镇卫生院报销比例达70%,村卫生室报销比例达80%。', '县医保局', '50%'],
      ],
    });
    expect(row(table!, 2)).toMatchObject({ unit: '%', target: { value: 90, approx: 'atLeast', derived: true } });
    expect(row(table!, 3)).toMatchObject({ unit: '%', target: { value: 55, approx: 'atLeast', derived: true } });
    expect(row(table!, 5).target).toBeNull();
  });
});

