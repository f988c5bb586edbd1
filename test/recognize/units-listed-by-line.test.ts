import { recognize } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/** Units in charge listed one to a line in their cell are quoted as listed. Made-up rows. */
describe('一格里分行写的几个责任单位照原样分行', () => {
  it('“县水务局\\n县住建局”保留换行；一行写的照旧', () => {
    const { table } = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows: [
      ['序号', '重点工作', '责任单位', '配合单位', '完成时限'],
      [1, '实施城区防洪堤加固工程', '县水务局\n县住建局 ', '各乡镇\n县财政局', '12月底前'],
      [2, '新建城市书房3处', '县文旅局', '县财政局、各街道', '10月底前'],
    ] }]));
    expect(table?.indicators.map((i) => i.department?.value)).toEqual(['县水务局\n县住建局', '县文旅局']);
    expect(table?.indicators.map((i) => i.cooperating?.value)).toEqual(['各乡镇\n县财政局', '县财政局、各街道']);
  });
});
