import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { isRateFigure, readRaw } from '../../src/core/recognize/value-parse';
import { workbookOf } from './build-snapshot';

/**
 * What a 完成比例 / 占年任务之比 column holds besides a rate: an amount (达到目标60元) is no share of plan, and
 * a sentence about the work (11月底开始发货) is how far along the task is.
 */

const cell = { sheet: 'Sheet1', row: 2, col: 5 };

function figure(value: string | number) {
  const read = readRaw(value, 'General', cell);
  if (read.kind !== 'figure') throw new Error(`not a figure: ${String(value)}`);
  return read.figure;
}

describe('完成比例一列里的数字，只有百分数、小数或百分点才是比例', () => {
  it.each(['139.1%', '0.85', 96, '上升2.1个百分点'])('“%s”可以是比例', (value) => {
    expect(isRateFigure(figure(value))).toBe(true);
  });

  it.each(['达到目标60元', '3840元', '完成12个', '5.2万人'])('“%s”是数量，不是比例', (value) => {
    expect(isRateFigure(figure(value))).toBe(false);
  });
});

describe('占年任务之比一列写的不是比例时', () => {
  function tableOf(rows: (string | number | null)[][]): IndicatorTable {
    const recognition = recognize(workbookOf('民生实事落实情况', [{ name: 'Sheet1', rows }]));
    if (!recognition.table) throw new Error('no table');
    return recognition.table;
  }
  const table = tableOf([
    ['序号', '考核指标', '单位', '工作目标', '已完成数', '占年任务之比', '责任单位'],
    [1, '城镇新增就业', '万人', 5, 4.6, '92%', '人社局'],
    [2, '提高农村低保标准', '元/年/人', '不低于3700元', 3840, '达到目标3840元', '民政局'],
    [3, '数字电视户户通', '户', 800, null, '11月底厂家开始安排发货,预定12月初开始安装调试设备。', '广电局'],
    [4, '农村公路提质改造', '公里', 120, 120, '已完成', '交通局'],
  ]);
  const byName = (name: string) => table.indicators.find((i) => i.name.value === name);

  it('“达到目标3840元”不读作完成比例 3840', () => {
    expect(byName('提高农村低保标准')?.statedCompletion).toBeNull();
    expect(byName('城镇新增就业')?.statedCompletion).toMatchObject({ value: 0.92 });
  });

  it('一句讲进展的话读作进展说明；“已完成”这样的状态词不算', () => {
    expect(byName('数字电视户户通')?.progressText).toMatchObject({ value: '11月底厂家开始安排发货,预定12月初开始安装调试设备。' });
    expect(byName('农村公路提质改造')?.progressText).toBeNull();
  });
});
