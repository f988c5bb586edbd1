import { recognize } from '../../src/core/recognize';
import '../../src/node/traditional-chinese';
import { area, workbookOf } from './build-snapshot';

const _ = null;

/**
 * A table with no column of figures whose only account of the work is a column of progress words (目前实施情况,
 * 工作进展) is a table of sentences, whether or not its tasks hold a figure; grouped under a category column it
 * is still multi-level. Sheets are written for the rule.
 */
describe('只有进展文字、没有数字列的表是“句子”版式', () => {
  it.each([
    [['序号', '项目内容', '目前实施情况', '牵头单位']],
    [['序号', '重点任务', '工作进展', '责任单位']],
  ])('表头 %j：版式是 sentence', (header) => {
    const recognition = recognize(workbookOf('实施情况', [{
      name: 'Sheet1',
      rows: [
        header,
        [1, '推进城乡教共体结对帮扶。', '已完成结对仪式,签订帮扶协议。', '县教育局'],
        [2, '深化县域医共体建设。', '正在制定实施方案。', '县卫健局'],
      ],
    }]));
    expect(recognition.table!.layoutClass).toBe('sentence');
  });

  it('有类别列分组时仍是多级', () => {
    const recognition = recognize(workbookOf('实施情况', [{
      name: 'Sheet1',
      rows: [
        ['序号', '类别', '重点任务', '工作进展', '责任单位'],
        [1, '教育', '推进城乡教共体结对帮扶。', '已完成结对仪式。', '县教育局'],
        [2, _, '新建公办幼儿园。', '已开工。', '县教育局'],
        [3, '卫生', '深化县域医共体建设。', '正在制定实施方案。', '县卫健局'],
        [4, _, '建设村卫生室。', '已选址。', '县卫健局'],
      ],
      merges: [area('B2:B3'), area('B4:B5')],
    }]));
    expect(recognition.table!.layoutClass).toBe('multi-level');
  });
});
