import { area, type SheetSpec } from './build-snapshot';

/**
 * Small tables written the way county and district offices publish them: not transcriptions of any one
 * table, but the same kinds of layout (multi-level names, progress only, stated rates, figures in sentences).
 * Shared by the unit tests and the CLI end-to-end test, which writes them to .xlsx.
 */

/** A category column and an indicator column under one merged header 项目; the category merged down. */
export function categoryUnderMergedHeader(): SheetSpec {
  return {
    name: '目标完成情况',
    merges: [area('A1:F1'), area('A2:B2'), area('A3:A5'), area('A6:A7')],
    rows: [
      ['2024年1—6月XX区经济社会发展主要目标完成情况'],
      ['项目', null, '年度目标', '1—6月完成', '责任单位', '备注'],
      ['经济发展', '地区生产总值增速', '6%', '5.8%', '区发改局'],
      [null, '固定资产投资', '50亿元', '26亿元', '区发改局'],
      [null, '社会消费品零售总额', '80亿元', '41.2亿元', '区商务局'],
      ['民生保障', '城镇新增就业', '5000人', '2650人', '区人社局'],
      [null, '新建改建农村公路', '60公里', '18公里', '区交通局'],
    ],
  };
}

/** 一级/二级/三级指标: the name is 三级, the path 一级 › 二级 (merged, or repeated on every row). */
export function threeLevelIndicators(): SheetSpec {
  return {
    name: '绩效指标',
    merges: [area('A1:F1'), area('A3:A5'), area('B3:B4')],
    rows: [
      ['2024年乡村振兴项目绩效目标完成情况（1—6月）'],
      ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '计量单位'],
      ['产出指标', '数量指标', '新建村级综合服务站', 20, 12, '个'],
      [null, null, '开展技能培训', 1000, 650, '人次'],
      [null, '质量指标', '工程验收合格率', 100, 100, '%'],
      ['效益指标', '社会效益指标', '带动农户增收', 300, 120, '户'],
      ['效益指标', '社会效益指标', '受益群众满意度', 90, 92, '%'],
    ],
  };
}

/** An item merged down over its sub-items: the sub-item is the indicator, the item its path. */
export function itemWithSubItems(): SheetSpec {
  return {
    name: '重点项目',
    merges: [area('A1:F1'), area('A3:A4'), area('B3:B4'), area('A5:A7'), area('B5:B7')],
    rows: [
      ['2024年上半年城建重点项目推进情况'],
      ['序号', '项目名称', '子项目', '年度目标', '1—6月完成', '计量单位'],
      [1, '老旧小区改造', '东城片区', 12, 7, '个'],
      [null, null, '西城片区', 8, 3, '个'],
      [2, '城市道路提升', '人民路', 3.2, 1.5, '公里'],
      [null, null, '解放路', 2.1, 2.1, '公里'],
      [null, null, '建设路', 1.6, 0.4, '公里'],
    ],
  };
}

/** Sub-items written as rows numbered one level deeper under their item, the item with its own figures. */
export function subItemRows(): SheetSpec {
  return {
    name: '重点项目',
    merges: [area('A1:E1')],
    rows: [
      ['2024年1—6月城市更新重点项目完成情况'],
      ['序号', '工作任务', '年度目标', '1—6月完成', '计量单位'],
      ['1', '老旧小区改造', 20, 10, '个'],
      ['（1）', '东城片区', 12, 7, '个'],
      ['（2）', '西城片区', 8, 3, '个'],
      ['2', '新建公共停车泊位', 1500, 900, '个'],
    ],
  };
}

/** Only a progress column: 当前进度 as 95%, 0.95 or 75% with words; the as-of in the title. */
export function progressOnly(): SheetSpec {
  return {
    name: 'Sheet1',
    merges: [area('A1:G1')],
    rows: [
      ['XX区2024年民生实事项目推进情况表（截至9月30日）'],
      ['序号', '项目名称', '项目内容', '牵头单位', '责任领导', '责任人', '当前进度'],
      [1, '新建公办幼儿园', '新建公办幼儿园3所，新增学位1080个', '区教育局', '王建国', '李明', '95%'],
      [2, '老旧小区改造', '完成12个老旧小区改造', '区住建局', '王建国', '赵刚', 0.95],
      [3, '农村饮水提升', '改造供水管网40公里', '区水务局', '陈立', '孙伟', '75%（东片区两个项目进度滞后）'],
      [4, '社区养老服务站', '新建社区养老服务站10个', '区民政局', '陈立', '周红', '100%'],
    ],
  };
}

/** 完成比例(%) stated, 实际完成值 left blank on some rows; one row gives both and disagrees. */
export function statedRate(): SheetSpec {
  return {
    name: '完成情况',
    merges: [area('A1:G1')],
    rows: [
      ['2024年1—6月部门目标任务完成情况'],
      ['序号', '指标名称', '计量单位', '年度指标值', '实际完成值', '完成比例(%)', '监考单位'],
      [1, '新增城镇就业', '人', 5000, null, 56, '区人社局'],
      [2, '新增市场主体', '户', 3000, null, 38.5, '区市场监管局'],
      [3, '新建5G基站', '个', 200, 120, 80, '区工信局'],
    ],
  };
}

/** Targets and actuals written as sentences, as many 政府工作报告 task lists are. */
export function figuresInSentences(): SheetSpec {
  return {
    name: '重点工作',
    merges: [area('A1:E1')],
    rows: [
      ['2024年一季度政府工作报告目标任务落实情况'],
      ['序号', '工作任务', '目标', '完成情况', '牵头单位'],
      [1, '财政收入', '一般公共预算收入达到25亿元,增长8%', '完成一般公共预算收入6.1亿元(快报数),同比增长5.5%', '区财政局'],
      [2, '外贸进出口', '外贸进出口总额达到120亿元，增长6%', '实现外贸进出口总额28.4亿元，同比下降3.2%', '区商务局'],
      [3, '城乡居民收入', '城乡居民人均可支配收入增长7%', '城乡居民人均可支配收入同比增长6.1%', '区统计局'],
    ],
  };
}
