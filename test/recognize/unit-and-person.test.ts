import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { unitAndPerson } from '../../src/core/recognize/unit-and-person';
import { workbookOf } from './build-snapshot';

/** 牵头单位及主要负责人: one cell holds the unit and the person who answers for it. */

describe('一格里写“单位 负责人”：分成责任单位和责任人', () => {
  it.each([
    ['市民政局 伍泽国', '市民政局', '伍泽国'],
    ['县住房和城乡建设局  李明', '县住房和城乡建设局', '李明'],
    ['区卫生健康委员会 欧阳文', '区卫生健康委员会', '欧阳文'],
    ['某镇人民政府 张伟', '某镇人民政府', '张伟'],
  ])('“%s” → %s · %s', (text, unit, person) => {
    expect(unitAndPerson(text)).toEqual({ unit, person });
  });

  it.each(['区财政局 区税务局', '市民政局', '县人社局 已完成', '交通运输 王强'])('“%s”不是“单位 负责人”', (text) => {
    expect(unitAndPerson(text)).toBeNull();
  });

  function tableOf(rows: (string | number | null)[][]): IndicatorTable {
    const recognition = recognize(workbookOf('民生实事落实情况', [{ name: 'Sheet1', rows }]));
    if (!recognition.table) throw new Error('no table');
    return recognition.table;
  }

  it('多数行这样写时，整列分开读：单位作责任单位，人名作责任人，都指向同一格', () => {
    const table = tableOf([
      ['序号', '工作任务', '牵头单位及主要负责人', '落实进展情况'],
      [1, '提高城乡低保标准', '市民政局 伍泽国', '已完成,城乡低保标准已提高。'],
      [2, '新增公办幼儿园学位', '市教育局 陈立新', '推进中,已完成主体工程。'],
      [3, '改造老旧小区', '市住建局 黄海', '推进中,已开工12个小区。'],
    ]);
    expect(table.columns.owner?.letter).toBe(table.columns.department?.letter);
    const second = table.indicators.find((i) => i.name.value === '新增公办幼儿园学位');
    expect(second).toMatchObject({ department: { value: '市教育局', cell: { col: 3 } }, owner: { value: '陈立新', cell: { col: 3 } } });
  });

  it('只有个别行带人名时不拆：责任单位照原文', () => {
    const table = tableOf([
      ['序号', '工作任务', '责任单位', '落实进展情况'],
      [1, '提高城乡低保标准', '市民政局 伍泽国', '已完成,城乡低保标准已提高。'],
      [2, '新增公办幼儿园学位', '市教育局', '推进中,已完成主体工程。'],
      [3, '改造老旧小区', '市住建局', '推进中,已开工12个小区。'],
    ]);
    expect(table.columns.owner).toBeUndefined();
    expect(table.indicators[0].department?.value).toBe('市民政局 伍泽国');
  });
});
