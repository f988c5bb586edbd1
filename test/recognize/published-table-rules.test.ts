import type { IndicatorTable } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { parseNumberText } from '../../src/core/recognize/number-text';
import { area, workbookOf, type SheetSpec } from './build-snapshot';

/**
 * Rules read off tables governments publish, each shown on a small table of its own (made up here, not a
 * corpus table): the real corpus measures them, these pin what each rule does and does not do.
 */
function tableOf(sheet: SheetSpec): IndicatorTable {
  const recognition = recognize(workbookOf('测试', [sheet]));
  if (!recognition.table) throw new Error(recognition.issues.map((i) => i.code).join(','));
  return recognition.table;
}

describe('单元格里的数', () => {
  it('“=8个”是恰好8个，“≥100百分比”是不低于100%', () => {
    expect(parseNumberText('=8个')).toMatchObject({ kind: 'number', value: 8, unit: '个', approx: 'exact', inSentence: false });
    expect(parseNumberText('≥100百分比')).toMatchObject({ kind: 'number', value: 100, unit: '%', approx: 'atLeast', inSentence: false });
    expect(parseNumberText('≥50厘米')).toMatchObject({ kind: 'number', value: 50, unit: '厘米', approx: 'atLeast' });
  });
});

describe('只分解任务、不写数的表', () => {
  const sheet: SheetSpec = {
    name: 'Sheet1',
    rows: [
      ['某县重点工作目标任务分解表', null, null],
      ['序号', '目标与任务', '牵头单位'],
      [1, '推进城区老旧管网改造，年内完工', '县住建局'],
      [2, '建成县级养老服务中心并投入运营', '县民政局'],
    ],
  };

  it('“目标与任务”是名称、牵头单位是责任单位：表读得出，不被拒绝', () => {
    const table = tableOf(sheet);
    expect(table.columns.name?.letter).toBe('B');
    expect(table.columns.department?.letter).toBe('C');
    expect(table.indicators.map((i) => i.department?.value)).toEqual(['县住建局', '县民政局']);
  });

  it('没有名称列、只有科室与负责人的表（通讯录）仍不是指标表', () => {
    const book: SheetSpec = { name: 'Sheet1', rows: [['科室', '负责人', '电话'], ['办公室', '张三', '1234'], ['规划科', '李四', '5678']] };
    expect(recognize(workbookOf('通讯录', [book])).table).toBeNull();
  });
});

describe('表头的说法', () => {
  it('写着数的“工作目标”是目标值；“占年任务之比”是完成率；“指标要求”是目标', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['考核指标', '单位', '工作目标', '已完成数', '占年任务之比'],
        ['城镇新增就业', '人', 5000, 4200, '84%'],
        ['新增养老床位', '张', 300, 310, '103.3%'],
      ],
    });
    expect(table.columns).toMatchObject({ name: { letter: 'A' }, target: { letter: 'C' }, actual: { letter: 'D' }, completionRate: { letter: 'E' } });
    const requirement = tableOf({
      name: 'Sheet1',
      rows: [['任务名称', '指标要求', '牵头部门'], ['地区生产总值', '增长6%', '发改局'], ['一般公共预算收入', '增长5%', '财政局']],
    });
    expect(requirement.columns.target?.letter).toBe('B');
  });

  it('只写增速的目标（增长6%）是增速目标，不是6%的水平', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [['任务名称', '指标要求', '牵头部门'], ['地区生产总值', '增长6%(市下达指标)', '发改局'], ['服务业增加值', '增长7%', '发改局']],
    });
    const [gdp, services] = table.indicators;
    expect(gdp.target).toBeNull();
    expect(gdp.targetGrowth?.value).toBeCloseTo(0.06, 10);
    expect(gdp.targetText?.value).toBe('增长6%(市下达指标)');
    expect(gdp.kind).toBe('quantitative');
    expect(services.targetGrowth?.value).toBeCloseTo(0.07, 10);
  });

  it('单独一个“-”是空格子，不是文字', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [['指标名称', '目标值', '完成值'], ['新增就业', 100, 90], ['新增床位', '-', '- - -']],
    });
    expect(table.indicators[1]).toMatchObject({ target: null, targetText: null, actual: null, actualText: null });
  });
});

describe('“备注”列看内容', () => {
  it('写的是单位名称时作责任单位', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [['指标名称', '目标值', '完成值', '备注'], ['新增就业', 100, 90, '人社局'], ['新增床位', 50, 50, '民政局'], ['改造管网', 10, 8, '住建局、水务公司']],
    });
    expect(table.columns.department?.letter).toBe('D');
    expect(table.indicators[2].department?.value).toBe('住建局、水务公司');
  });

  it('多数行是进展的句子时作完成情况说明；只有一两个字的说明不算', () => {
    const notes = tableOf({
      name: 'Sheet1',
      rows: [
        ['指标名称', '目标值', '完成值', '备注'],
        ['新增就业', 100, 90, '已完成全年任务的九成，四季度继续推进'],
        ['新增床位', 50, 20, '两处养老中心主体完工，正在装修'],
      ],
    });
    expect(notes.columns.progressText?.letter).toBe('D');
    const labels = tableOf({
      name: 'Sheet1',
      rows: [['指标名称', '目标值', '完成值', '备注'], ['事故起数', 5, 3, '逆向指标'], ['新增床位', 50, 20, null]],
    });
    expect(labels.columns.progressText).toBeUndefined();
  });
});

describe('结论与过程两列文字', () => {
  it('“目标完成情况”写短结论、另一列写长段进展时，前者是完成情况（文字），后者是说明', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['序号', '工作任务', '责任单位', '进展情况、存在问题及下一步打算', '目标完成情况'],
        [1, '新建公办幼儿园2所', '教体局', '进展情况：一号园主体完工，二号园完成基础施工。下步打算：加快装修进度。', '顺利推进'],
        [2, '改造老旧小区5个', '住建局', '进展情况：三个小区完成管网改造，两个小区完成招标。下步打算：六月前全部开工。', '顺利推进'],
      ],
    });
    expect(table.columns.actual?.letter).toBe('E');
    expect(table.columns.progressText?.letter).toBe('D');
    expect(table.indicators[0].actualText?.value).toBe('顺利推进');
  });
});

describe('名称在部分行横跨层级列', () => {
  it('合并横跨两列的名称是没有上级的一项；拆成两列的行，左列是上级、右列是名称', () => {
    const table = tableOf({
      name: 'Sheet1',
      rows: [
        ['序号', '考核指标', null, '单位', '工作目标', '已完成数'],
        [1, '城镇新增就业', null, '万人', 5.2, 6],
        [2, '农村公路提质改造', null, '公里', 160, 170],
        [3, '户户通工程', '新增直播卫星用户', '万户', 15, 16],
        [null, null, '台站节目数字化覆盖', '座', 60, 60],
      ],
      merges: [area('B1:C1'), area('B2:C2'), area('B3:C3'), area('B4:B5'), area('A4:A5')],
    });
    expect(table.layoutClass).toBe('multi-level');
    expect(table.columns.name?.letter).toBe('C');
    expect(table.indicators.map((i) => [i.name.value, i.path])).toEqual([
      ['城镇新增就业', []],
      ['农村公路提质改造', []],
      ['新增直播卫星用户', ['户户通工程']],
      ['台站节目数字化覆盖', ['户户通工程']],
    ]);
  });
});

describe('地区×指标交叉表：多层表头', () => {
  // 计划在左、各项指标下“占计划(%)”：比例说明它是哪一列除以哪一列；“完成投资”下总投资等于其余两列之和。
  const sheet: SheetSpec = {
    name: 'Sheet1',
    rows: [
      ['某州安居工程进度表', null, null, null, null, null, null, null, null],
      ['县名', '计划任务数', null, '项目进展', null, null, null, '完成投资', null],
      [null, '项目(个)', '户数(户)', '开工住房', null, '竣工住房', null, null, null],
      [null, null, null, '户数(户)', '占计划(%)', '户数(户)', '占计划(%)', '总投资', '住房投资'],
      ['甲州', 30, 2000, 1800, 90, 500, 25, 900, 900],
      ['东县', 10, 1000, 900, 90, 300, 30, 500, 500],
      ['西县', 8, 600, 540, 90, 100, 16.7, 250, 250],
    ],
    merges: [area('A1:I1'), area('A2:A4'), area('B2:C2'), area('D2:G2'), area('H2:I3'), area('B3:B4'), area('C3:C4'), area('D3:E3'), area('F3:G3')],
  };

  it('占计划的比例找出计划列与完成列；州名行作合计行', () => {
    const table = tableOf(sheet);
    expect(table.layoutClass).toBe('cross-table');
    const started = table.indicators.find((i) => i.name.value === '开工住房');
    expect(started).toMatchObject({ path: ['项目进展'], target: { value: 2000 }, actual: { value: 1800 } });
    expect(started?.statedCompletion?.value).toBeCloseTo(0.9, 10);
    expect(started?.breakdown?.map((r) => [r.region.value, r.target?.value, r.actual?.value])).toEqual([
      ['东县', 1000, 900],
      ['西县', 600, 540],
    ]);
  });

  it('一组里有一列等于其余各列之和（允许逐项四舍五入）时，它是指标，其余是分项', () => {
    const withParts: SheetSpec = {
      ...sheet,
      rows: sheet.rows.map((row, i) => (i === 0 ? [...row, null] : i === 3 ? [...row, '配套投资'] : i >= 4 ? [...row.slice(0, 8), Number(row[8]) - 100, 101] : [...row, null])),
      merges: [area('A1:J1'), area('A2:A4'), area('B2:C2'), area('D2:G2'), area('H2:J3'), area('B3:B4'), area('C3:C4'), area('D3:E3'), area('F3:G3')],
    };
    const total = tableOf(withParts).indicators.find((i) => i.name.value === '总投资');
    expect(total).toMatchObject({ path: ['完成投资'], target: null, actual: { value: 900 } });
    expect(tableOf(withParts).indicators.some((i) => i.name.value === '住房投资' || i.name.value === '配套投资')).toBe(false);
  });

  it('不满足“总数等于分项之和”的一组不当作指标', () => {
    const table = tableOf(sheet);
    // 总投资 900 = 住房投资 900 alone is no sum of parts (a sum needs at least two parts): the group is not read.
    expect(table.indicators.some((i) => i.name.value === '总投资')).toBe(false);
  });
});
