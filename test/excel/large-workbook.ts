import type { CellValue, WorkbookSnapshot } from '../../src/core/model';

/**
 * A department workbook with `rows` indicators, laid out like the sample (title, two-row header, sections),
 * for the host's 50,000-row run: big enough that neither the read nor the write fits in one 5 MB request.
 */
export function largeWorkbook(rows: number): WorkbookSnapshot {
  const values: CellValue[][] = [
    ['2009年度目标任务分解表'],
    ['填报单位：灌南县发展和改革委员会'],
    ['序号', '指标名称', '单位', '全年目标', '1—6月完成情况', null, '责任科室', '责任人', '分值', '完成情况说明'],
    [null, null, null, null, '完成值', '上年同期', null, null, null, null],
    ['一、', '勤政目标'],
  ];
  const departments = ['计划科', '项目科', '综合科', '经贸科', '农经科'];
  for (let i = 1; i <= rows; i++) {
    const target = 100 + (i % 50);
    values.push([
      i,
      `第${i}项重点工作推进数`,
      '个',
      target,
      Math.round(target * (0.3 + (i % 5) * 0.1)),
      Math.round(target * 0.4),
      departments[i % departments.length],
      `责任人${i % 97}`,
      1,
      `按月督查，第${i}项已完成阶段目标`,
    ]);
  }
  return {
    name: '大型目标任务分解表',
    sheets: [
      {
        name: '目标分解表',
        visible: true,
        position: 0,
        values,
        formulas: [],
        numberFormats: [],
        merges: [
          { top: 1, left: 1, bottom: 1, right: 10 },
          { top: 3, left: 5, bottom: 3, right: 6 },
          { top: 3, left: 1, bottom: 4, right: 1 },
        ],
      },
    ],
  };
}
