import { recognize } from '../../src/core/recognize';
import '../../src/node/traditional-chinese';
import { workbookOf } from './build-snapshot';

/**
 * A grouping written out on every row instead of merged (*医疗卫生 three times, then *教育助学) left of the task
 * column, under words the vocabulary does not know, is a level of the path. A table that reports only a share done
 * stays progress-only when grouped so. Sheets are written for the rule.
 */
describe('每行重复写的分组列是上级，不是名称', () => {
  it.each([
    ['民生实事类别'],
    ['省定十件实事名称'],
  ])('表头“%s”、分组每行重复：读作路径', (header) => {
    const { table } = recognize(workbookOf('进度表', [{
      name: 'Sheet1',
      rows: [
        ['序号', header, '项目内容', '完成率(%)', '牵头单位'],
        [1, '托育服务', '新增普惠托位300个。', '60%', '县卫健局'],
        [2, '托育服务', '建设社区托育点5个。', '40%', '县卫健局'],
        [3, '托育服务', '培训托育从业人员200人。', '100%', '县人社局'],
        [4, '助餐服务', '新建老年食堂8家。', '50%', '县民政局'],
        [5, '助餐服务', '改造助餐点12个。', '75%', '县民政局'],
      ],
    }]));
    expect(table!.columns.name?.letter).toBe('C');
    expect(table!.indicators.map((i) => i.path)).toEqual([['托育服务'], ['托育服务'], ['托育服务'], ['助餐服务'], ['助餐服务']]);
    expect(table!.layoutClass).toBe('progress-only');
  });

  it('每行各不相同的左列不是分组', () => {
    const { table } = recognize(workbookOf('进度表', [{
      name: 'Sheet1',
      rows: [
        ['序号', '项目编号', '项目内容', '完成率(%)', '牵头单位'],
        [1, 'XM-01', '新增普惠托位300个。', '60%', '县卫健局'],
        [2, 'XM-02', '建设社区托育点5个。', '40%', '县卫健局'],
        [3, 'XM-03', '培训托育从业人员200人。', '100%', '县人社局'],
      ],
    }]));
    expect(table!.indicators.every((i) => i.path.length === 0)).toBe(true);
  });
});
