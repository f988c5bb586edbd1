import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/*
 * Issue 18, ask when unsure: a column of names gives each row its own. The same words down consecutive rows (a project
 * written again beside each of its sub-tasks, a status copied row to row) say the column read as the names is a
 * group or an account: it is asked about, even under a header that says 名称.
 */

const repeated = workbookOf('民生实事', [{
  name: 'Sheet1',
  rows: [
    ['序号', '项目名称', '年度任务', '完成情况', '责任单位'],
    [1, '城乡供水提升工程', '新建水厂1座', '主体完工', '县水利局'],
    [2, '城乡供水提升工程', '改造管网30公里', '完成18公里', '县水利局'],
    [3, '城乡供水提升工程', '新增农村集中供水人口2万人', '完成1.2万人', '县水利局'],
    [4, '全民健身设施补短板', '新建社区健身点20个', '建成12个', '县体育局'],
    [5, '全民健身设施补短板', '新建百姓健身房3个', '建成1个', '县体育局'],
  ],
}]);

const distinct = workbookOf('民生实事', [{
  name: 'Sheet1',
  rows: [
    ['序号', '项目名称', '年度任务', '完成情况', '责任单位'],
    [1, '新建水厂', '新建水厂1座', '主体完工', '县水利局'],
    [2, '改造供水管网', '改造管网30公里', '完成18公里', '县水利局'],
    [3, '农村集中供水', '新增农村集中供水人口2万人', '完成1.2万人', '县水利局'],
    [4, '社区健身点', '新建社区健身点20个', '建成12个', '县体育局'],
    [5, '百姓健身房', '新建百姓健身房3个', '建成1个', '县体育局'],
  ],
}]);

describe('识别：名称列里同一名称逐行重复，不是每行自己的名称，要问', () => {
  it('“项目名称”一列逐行重复：名称列入待确认并提问', () => {
    const recognition = recognize(repeated);
    const name = recognition.table!.columns.name!;
    expect(recognition.unsure).toContain('name');
    expect(name.confidence).toBeLessThan(0.75);
    expect(recognition.questions).toContainEqual(expect.objectContaining({ kind: 'column', letter: name.letter, read: 'name' }));
  });

  it('每行名称各不相同：不问', () => {
    const recognition = recognize(distinct);
    expect(recognition.unsure).not.toContain('name');
  });

  it('用户指定过名称列（--map）就不再问', () => {
    const answered = recognize(repeated, { columnMap: { name: 'B' } });
    expect(answered.unsure).not.toContain('name');
  });
});

/*
 * Header words and values disagree on where the names are: the names were taken from a column's values (具体内容)
 * while another column's header names them plainly (任务名称). Either reading could be right: asked.
 */
describe('识别：名称按值取自一列，而另一列的表头明明写着“名称”，要问', () => {
  const disagree = workbookOf('实事', [{
    name: 'Sheet1',
    rows: [
      ['序号', '任务名称', '具体内容', '责任单位', '完成时限'],
      [1, '托育服务扩容', '新增普惠托位300个，建成社区托育点5处，并完成从业人员培训。', '县卫健局', '2025年12月底'],
      [null, null, '开展婴幼儿照护指导进家庭活动，覆盖全县所有乡镇和社区。', '县卫健局', '2025年10月底'],
      [2, '养老助餐提质', '新建老年助餐点12个，推动助餐服务向农村延伸，提高服务覆盖面。', '县民政局', '2025年11月底'],
      [null, null, '建立助餐补贴动态调整机制，落实高龄、失能老人就餐补贴政策。', '县民政局', '2025年9月底'],
    ],
  }]);

  it('名称读自“具体内容”一列（按值），“任务名称”读作类别：名称列入待确认并提问', () => {
    const recognition = recognize(disagree);
    const name = recognition.table!.columns.name!;
    expect(name).toMatchObject({ letter: 'C', source: 'values' });
    expect(name.confidence).toBeLessThan(0.75);
    expect(recognition.unsure).toContain('name');
    expect(recognition.questions).toContainEqual(expect.objectContaining({ kind: 'column', letter: 'C', read: 'name' }));
  });
});
