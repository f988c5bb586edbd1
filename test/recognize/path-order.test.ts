import { recognize } from '../../src/core/recognize';
import { area, workbookOf } from './build-snapshot';

/**
 * An indicator's path runs from the top down: heading rows (一、…), then the levels written in columns (a category
 * merged down), then the item a sub-item sits under ((1) under 1、). Made-up tables, none copied from a published one.
 */
describe('路径自上而下：分节、分类列、再是子项所属的项', () => {
  it('分类列合并、项下有 (1)(2) 子项：子项的路径是 分类 › 项', () => {
    const recognition = recognize(workbookOf('t.xlsx', [{
      name: 'Sheet1',
      rows: [
        ['类别', '项目', '目标任务', '完成情况'],
        ['城乡建设', '1、农村公路提升', '改造60公里', '完成41公里'],
        [null, '（1）县道', '20公里', '18公里'],
        [null, '（2）乡村道', '40公里', '23公里'],
        [null, '2、城区停车位', '新增900个', '完成640个'],
      ],
      merges: [area('A2:A5')],
    }]));
    const table = recognition.table!;
    expect(table.indicators.map((i) => i.path)).toEqual([['城乡建设'], ['城乡建设', '农村公路提升'], ['城乡建设', '农村公路提升'], ['城乡建设']]);
    expect(table.layoutClass).toBe('multi-level');
  });
});
