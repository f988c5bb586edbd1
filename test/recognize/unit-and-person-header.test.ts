import { recognize } from '../../src/core/recognize';
import { unitAndPersonOf } from '../../src/core/recognize/unit-and-person';
import { workbookOf } from './build-snapshot';

/** One column for the unit in charge and its head (牵头单位及主要负责人): each cell is split. Made-up rows. */
describe('“牵头单位及主要负责人”一列：单位与负责人各归其位', () => {
  it('每格拆成单位和人名；没有人名的整格是单位', () => {
    expect(unitAndPersonOf('市民政局 伍泽国')).toEqual({ unit: '市民政局', person: '伍泽国' });
    expect(unitAndPersonOf('区住建局\n王立新')).toEqual({ unit: '区住建局', person: '王立新' });
    expect(unitAndPersonOf('县卫健局、县医保局')).toEqual({ unit: '县卫健局、县医保局', person: null });
  });

  it('表头“责任单位和责任人”：单位读作责任单位，人名读作责任人，并询问', () => {
    const r = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows: [
      ['序号', '工作任务', '责任单位和责任人', '进展情况'],
      [1, '新建社区养老服务站10个', '区民政局 李建华', '已建成6个'],
      [2, '改造老旧小区15个', '区住建局 赵明', '已完工9个'],
    ] }]));
    expect(r.table?.indicators.map((i) => [i.department?.value, i.owner?.value])).toEqual([['区民政局', '李建华'], ['区住建局', '赵明']]);
    expect(r.unsure).toContain('owner');
  });
});
