import type { CellValue, IndicatorTable } from '../../src/core/model';
import { refToString } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
// The Node host supplies the traditional → simplified converter (OpenCC), as the CLI's reader does.
import '../../src/node/traditional-chinese';
import { area, workbookOf, type SheetSpec } from './build-snapshot';

/*
 * A 地区×指标 cross-table is read either way round — places down the side and indicators across, or indicators
 * down the side and places across — from what its labels are: names that end as places end (…区, …县, …镇, …乡),
 * a line or column for the whole area (全市, 合计, or the city the title names), a header that names the kind of
 * place. No table here is one the engine was tuned on: the places and wordings are made up.
 */

type Row = readonly CellValue[];

function read(rows: readonly Row[], merges: SheetSpec['merges'] = [], book = '分解表'): { table: IndicatorTable; codes: string[] } {
  const recognition = recognize(workbookOf(book, [{ name: 'Sheet1', rows, merges }]));
  return { table: recognition.table as IndicatorTable, codes: recognition.issues.map((i) => i.code) };
}

describe('指标在左、地区在上：每格是该地的目标', () => {
  const rows: Row[] = [
    ['2024年临江市主要目标任务分解表'],
    ['序号', '指标', '计量单位', '全市', '东城区', '西城区', '南山县', '北湖镇'],
    [1, '新增城镇就业', '人', 5000, 2000, 1500, 1000, 500],
    [2, '农村自来水普及率', '%', '≥95%', '≥96%', '≥95%', 94, 93],
    [3, '规上工业增加值', '增长(%)', '8左右', 9, 8, '7.5以上', 7],
  ];
  const { table } = read(rows, [area('A1:H1')]);

  it('读作交叉表，一行一项指标，键是它自己的行', () => {
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators.map((i) => [i.row, i.name.value])).toEqual([[3, '新增城镇就业'], [4, '农村自来水普及率'], [5, '规上工业增加值']]);
    expect(table.headerRows).toEqual([2]);
    expect(table.columns.name?.letter).toBe('B');
    expect(table.columns.unit?.letter).toBe('C');
    expect(table.columns.target?.letter).toBe('D');
  });

  it('“全市”一列是指标自己的目标，其余各地是分解', () => {
    const jobs = table.indicators[0];
    expect(jobs).toMatchObject({ unit: '人', target: { value: 5000 } });
    expect(refToString(jobs.target!.cell)).toBe('Sheet1!D3');
    expect(jobs.breakdown?.map((r) => [r.region.value, r.target?.value])).toEqual([['东城区', 2000], ['西城区', 1500], ['南山县', 1000], ['北湖镇', 500]]);
  });

  it('单位写“增长(%)”：全市一格是增速目标，不是总量', () => {
    const industry = table.indicators[2];
    expect(industry.target).toBeNull();
    expect(industry.targetGrowth).toMatchObject({ value: 0.08, approx: 'about' });
    expect(industry.breakdown?.[2].target).toMatchObject({ value: 7.5, approx: 'atLeast' });
  });

  it('“≥95%”照读为下限', () => {
    expect(table.indicators[1].target).toMatchObject({ value: 95, approx: 'atLeast' });
  });
});

describe('指标在左、地区在上，合计在最右，报的是完成数', () => {
  const rows: Row[] = [
    ['2023年1-9月各乡镇主要指标完成情况'],
    ['指标名称', '单位', '城关镇', '河口乡', '石桥镇', '合计'],
    ['农村公路新改建', '公里', 12, 8, 5, 25],
    ['新增市场主体', '户', 310, 120, 95, 525],
  ];
  const { table } = read(rows);

  it('题目说“完成情况”：各格是完成数，合计一列是指标自己的数', () => {
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators.map((i) => i.actual?.value)).toEqual([25, 525]);
    expect(table.indicators.every((i) => i.target === null)).toBe(true);
    expect(table.indicators[1].breakdown?.map((r) => r.actual?.value)).toEqual([310, 120, 95]);
    expect(table.columns.actual?.letter).toBe('F');
  });

  it('时段取自表题', () => {
    expect(table.period).toMatchObject({ year: 2023, fromMonth: 1, toMonth: 9 });
  });
});

describe('指标在左、地区在上，指标分节（一、二、）', () => {
  const rows: Row[] = [
    ['2024年临江市目标任务分解表'],
    ['序号', '指标', '单位', '全市', '东城区', '西城区', '南山县'],
    ['一、经济发展', null, null, null, null, null, null],
    [1, '规上工业增加值增速', '%', 7, 7.5, 7, 6.5],
    ['二、民生保障', null, null, null, null, null, null],
    [2, '新增城镇就业', '人', 5000, 2000, 2000, 1000],
  ];
  const { table } = read(rows, [area('A3:G3'), area('A5:G5')]);

  it('节标题不是指标；其下的指标带上节名', () => {
    expect(table.indicators.map((i) => [i.row, i.path])).toEqual([[4, ['经济发展']], [6, ['民生保障']]]);
    expect(table.sections.map((s) => [s.row, s.title, s.outline])).toEqual([[3, '经济发展', '一、'], [5, '民生保障', '二、']]);
  });
});

describe('指标在左、地区在上，全市一列不写“全市”而写市名、放在最后', () => {
  const rows: Row[] = [
    ['各区完成情况'],
    ['指标', '单位', '东湖区', '西山区', '南岭区', '临江市'],
    ['新增市场主体', '户', 310, 120, 95, 525],
    ['农村公路新改建', '公里', 12, 8, 5, 25],
  ];
  const { table } = read(rows);

  it('临江市一列的数不少于各区之和，又是唯一的“市”：是全市的数', () => {
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators.map((i) => i.actual?.value)).toEqual([525, 25]);
    expect(table.indicators[0].breakdown?.map((r) => r.region.value)).toEqual(['东湖区', '西山区', '南岭区']);
    expect(table.indicators[0].confidence).toBeLessThan(1);
  });
});

describe('指标在左、地区在上，表头两行：各乡镇横跨在地名之上', () => {
  const rows: Row[] = [
    ['2025年青石县民生实事目标分解'],
    ['项目', '单位', '全县', '各乡镇', null, null],
    [null, null, null, '龙口镇', '白沙乡', '新桥镇'],
    ['改造农村危房', '户', 120, 50, 40, 30],
    ['新建村级养老服务站', '个', 6, 2, 2, 2],
  ];
  const { table } = read(rows, [area('A2:A3'), area('B2:B3'), area('C2:C3'), area('D2:F2')]);

  it('两行表头，全县是合计，三个乡镇是分解', () => {
    expect(table.layoutClass).toBe('cross-table');
    expect(table.headerRows).toEqual([2, 3]);
    expect(table.indicators.map((i) => i.target?.value)).toEqual([120, 6]);
    expect(table.indicators[0].breakdown?.map((r) => r.region.value)).toEqual(['龙口镇', '白沙乡', '新桥镇']);
  });
});

describe('指标在左、地区在上，没有单位一栏：单位取名称后的括号，否则取表上的“单位”', () => {
  const rows: Row[] = [
    ['2024年红河区各街道招商引资任务'],
    ['单位：万元'],
    ['任务', '全区', '东门街道', '西关街道', '南坪街道'],
    ['引进项目(个)', 30, 12, 10, 8],
    ['到位资金', 52000, 20000, 18000, 14000],
  ];
  const { table } = read(rows);

  it('“引进项目(个)”的单位是个，“到位资金”的单位是万元', () => {
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators.map((i) => [i.unit, i.target?.value])).toEqual([['个', 30], ['万元', 52000]]);
    expect(table.indicators[1].breakdown?.map((r) => r.region.value)).toEqual(['东门街道', '西关街道', '南坪街道']);
  });
});

describe('指标在左、地区在上，每地分“目标 · 完成 · 完成率”三栏', () => {
  const rows: Row[] = [
    ['2024年1-6月各镇重点工作推进情况'],
    ['序号', '工作内容', '单位', '全县', null, null, '城关镇', null, null, '河口乡', null, null, '石桥镇', null, null],
    [null, null, null, '目标', '完成', '完成率', '目标', '完成', '完成率', '目标', '完成', '完成率', '目标', '完成', '完成率'],
    [1, '新增城镇就业', '人', 1000, 600, '60%', 500, 300, '60%', 300, 200, '66.7%', 200, 100, '50%'],
    [2, '农村危房改造', '户', 90, 45, '50%', 40, 20, '50%', 30, 15, '50%', 20, 10, '50%'],
  ];
  const merges = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:F2', 'G2:I2', 'J2:L2', 'M2:O2'].map(area);
  const { table } = read(rows, merges);

  it('两行表头；全县三栏是指标自己的目标、完成与完成率', () => {
    expect(table.layoutClass).toBe('cross-table');
    expect(table.headerRows).toEqual([2, 3]);
    expect(table.indicators[0]).toMatchObject({ row: 4, name: { value: '新增城镇就业' }, unit: '人', target: { value: 1000 }, actual: { value: 600 }, statedCompletion: { value: 0.6 } });
    expect([table.columns.target?.letter, table.columns.actual?.letter, table.columns.completionRate?.letter]).toEqual(['D', 'E', 'F']);
  });

  it('各镇的三栏是分解', () => {
    expect(table.indicators[0].breakdown?.map((r) => [r.region.value, r.target?.value, r.actual?.value, r.rate?.value])).toEqual([
      ['城关镇', 500, 300, 0.6],
      ['河口乡', 300, 200, 0.667],
      ['石桥镇', 200, 100, 0.5],
    ]);
  });
});

describe('地区在左、每栏一项增速：首格空着，单位写在表上', () => {
  const rows: Row[] = [
    ['单位：%'],
    [null, '地区生产总值\n增长速度', '固定资产投资\n增长速度', '增速排名'],
    ['全 市', 6.1, 8.2, null],
    ['东湖区', 6.5, 9.1, 1],
    ['西山县', 5.8, -2.4, 3],
    ['南岭县', 6.0, 12.7, 2],
    ['注：表中为1-5月累计增速。'],
  ];
  const { table } = read(rows, [area('A1:D1'), area('A7:D7')], '增速');

  it('每栏增速各是一项指标，名称照原文（保留折行），排名不是指标', () => {
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators.map((i) => i.name.value)).toEqual(['地区生产总值\n增长速度', '固定资产投资\n增长速度']);
    expect(table.columns.category?.letter).toBe('A');
  });

  it('“全 市”一行是指标自己的数，单位取表上的“单位：%”', () => {
    expect(table.indicators.map((i) => [i.unit, i.actual?.value])).toEqual([['%', 6.1], ['%', 8.2]]);
    expect(table.indicators[1].breakdown?.map((r) => [r.region.value, r.actual?.value])).toEqual([['东湖区', 9.1], ['西山县', -2.4], ['南岭县', 12.7]]);
  });

  it('表里没写时段，注里写了：时段取自注', () => {
    expect(table.notes).toEqual(['注：表中为1-5月累计增速。']);
    expect(table.period).toMatchObject({ fromMonth: 1, toMonth: 5 });
  });
});

describe('繁体字的分县增速表：合计行只写州名，不带“州”字', () => {
  const rows: Row[] = [
    ['2021年1-3月全州規模工業增加值增速完成情況'],
    ['縣（市、區）', '1-3月增速(%)', '增速排位'],
    ['臨江', 7.2, null],
    ['東川市', 8.4, 2],
    ['西嶺縣', 9.1, 1],
    ['南湖縣', 6.3, 3],
    ['北原新區', 4.9, 4],
  ];
  const { table, codes } = read(rows, [area('A1:C1')], '增速');

  it('表头写明是县（市、区），“臨江”在最上、增速落在各县之间：是全州的数', () => {
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators).toHaveLength(1);
    expect(table.indicators[0]).toMatchObject({ name: { value: '1-3月增速(%)' }, unit: '%', actual: { value: 7.2 } });
  });

  it('地名照繁体原文引用', () => {
    expect(table.indicators[0].breakdown?.map((r) => r.region.value)).toEqual(['東川市', '西嶺縣', '南湖縣', '北原新區']);
  });

  it('合计行凭数的位置认出，不如写着“全州”那样确定：信心低一些，但不到要问的地步', () => {
    expect(table.indicators[0].confidence).toBeLessThan(1);
    expect(table.indicators[0].confidence).toBeGreaterThanOrEqual(0.75);
    expect(codes).not.toContain('recognize-low-confidence');
  });
});

describe('地区在左、每项指标分“总量 · 增长(%)”两栏', () => {
  const rows: Row[] = [
    ['2024年1-6月各县区主要经济指标'],
    ['地区', '地区生产总值', null, '一般公共预算收入', null],
    [null, '总量(亿元)', '增长(%)', '完成数(亿元)', '增长(%)'],
    ['全市', 1200, 5.6, 80, 3.1],
    ['东江区', 500, 6.1, 30, 2.0],
    ['西河县', 400, 5.0, 28, 4.2],
    ['北山县', 300, 5.2, 22, 3.3],
  ];
  const { table } = read(rows, [area('A2:A3'), area('B2:C2'), area('D2:E2')]);

  it('“增长(%)”是比上年的增速，不是完成计划的比例；“总量”是完成的数', () => {
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators.map((i) => [i.name.value, i.actual?.value, i.statedGrowth?.value, i.statedCompletion])).toEqual([
      ['地区生产总值', 1200, 0.056, null],
      ['一般公共预算收入', 80, 0.031, null],
    ]);
    expect(table.indicators[0].breakdown?.map((r) => [r.region.value, r.actual?.value, r.rate])).toEqual([['东江区', 500, null], ['西河县', 400, null], ['北山县', 300, null]]);
  });
});

describe('地区在左、每项指标头下只有一栏“增速(%)”，合计在最下', () => {
  const rows: Row[] = [
    ['2022年1-10月各区县主要指标增速'],
    ['序号', '区县', '规上工业增加值', '社会消费品零售总额', '固定资产投资'],
    [null, null, '增速(%)', '增速(%)', '增速(%)'],
    [1, '东港区', 6.1, 3.2, 10.5],
    [2, '西湖区', 5.2, 2.8, 8.1],
    [3, '南岸县', 7.7, 4.0, -3.2],
    [null, '合计', 6.3, 3.3, 6.6],
  ];
  const { table } = read(rows, [area('A2:A3'), area('B2:B3')]);

  it('指标名取栏上的表头，不是三个一样的“增速(%)”', () => {
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators.map((i) => [i.name.value, i.unit, i.actual?.value])).toEqual([
      ['规上工业增加值', '%', 6.3],
      ['社会消费品零售总额', '%', 3.3],
      ['固定资产投资', '%', 6.6],
    ]);
    expect(table.columns.id?.letter).toBe('A');
    expect(table.period).toMatchObject({ year: 2022, fromMonth: 1, toMonth: 10 });
  });
});

describe('地区在左、一栏数一栏率，没有计划也没有完成：率是它自己的指标', () => {
  const rows: Row[] = [
    ['地区', '新增城镇就业(万人)', '城镇调查失业率(%)'],
    ['全省', 12.3, 5.1],
    ['甲市', 5.1, 5.0],
    ['乙市', 4.2, 5.3],
    ['丙自治州', 3.0, 4.9],
  ];
  const { table } = read(rows);

  it('失业率不是谁的完成比例，是一项指标，越低越好', () => {
    expect(table.indicators.map((i) => [i.name.value, i.unit, i.actual?.value])).toEqual([
      ['新增城镇就业(万人)', '万人', 12.3],
      ['城镇调查失业率(%)', '%', 5.1],
    ]);
    expect(table.indicators[1].direction).toBe('lower');
  });
});

describe('地区在左、一栏累计完成一栏同比增长：各是一项', () => {
  it('完成数与增速各读一项，单位各取括号', () => {
    const rows: Row[] = [
      ['2023年1-8月各县区固定资产投资完成情况'],
      ['县市区', '累计完成(亿元)', '同比增长(%)'],
      ['全市', 320.5, 6.2],
      ['东湖区', 120.1, 5.0],
      ['西山县', 100.2, 7.9],
      ['南岭县', 100.2, 6.1],
    ];
    const { table } = read(rows);
    expect(table.layoutClass).toBe('cross-table');
    expect(table.indicators.map((i) => [i.name.value, i.unit, i.actual?.value])).toEqual([['累计完成(亿元)', '亿元', 320.5], ['同比增长(%)', '%', 6.2]]);
  });

  it('只有目标的几栏（新增就业目标、培训任务）：读作目标，并说明还没有报完成', () => {
    const rows: Row[] = [
      ['2025年各乡镇目标任务'],
      ['乡镇', '新增就业目标(人)', '培训任务(人次)'],
      ['全县', 1000, 3000],
      ['城关镇', 500, 1500],
      ['河口乡', 300, 900],
      ['石桥镇', 200, 600],
    ];
    const { table, codes } = read(rows);
    expect(table.indicators.map((i) => [i.target?.value, i.actual])).toEqual([[1000, null], [3000, null]]);
    expect(codes).toContain('recognize-plan-only');
  });
});

describe('不是交叉表的', () => {
  it('一栏增速、合计在下，但各行不是地名（新建项目、续建项目）：逐行的表', () => {
    const rows: Row[] = [
      ['项目类别', '投资增长(%)'],
      ['新建项目', 12.1],
      ['续建项目', 8.4],
      ['收尾项目', 3.2],
      ['合计', 9.0],
    ];
    expect(read(rows).table?.layoutClass).not.toBe('cross-table');
  });

  it('地名一列、一栏数，却没有全县一行：各地各是一项，不当作交叉表', () => {
    const rows: Row[] = [
      ['乡镇', '1-6月新增就业(人)'],
      ['城关镇', 320],
      ['河口乡', 110],
      ['石桥镇', 95],
    ];
    expect(read(rows).table?.layoutClass).not.toBe('cross-table');
  });

  it('表头横排的是经济类型（国有、集体、民营、合计）而不是地名：逐行的表', () => {
    const rows: Row[] = [
      ['指标', '单位', '国有', '集体', '民营', '合计'],
      ['新增投资', '亿元', 12, 3, 20, 35],
      ['新增就业', '人', 300, 80, 900, 1280],
    ];
    expect(read(rows).table?.layoutClass).not.toBe('cross-table');
  });

  it('表头横排的是年份而不是地名：逐行的表', () => {
    const rows: Row[] = [
      ['指标名称', '单位', '2022年', '2023年', '2024年目标'],
      ['地区生产总值', '亿元', 210, 228, 245],
      ['一般公共预算收入', '亿元', 12.1, 13.0, 14.2],
    ];
    expect(read(rows).table?.layoutClass).not.toBe('cross-table');
  });
});

describe('拿不准行标签是不是地名时，读作交叉表也要问', () => {
  const rows: Row[] = [
    ['2024年各片区民生实事进度'],
    ['片区', '改造老旧小区(个)', null, '新增停车位(个)', null],
    [null, '目标任务', '完成', '目标任务', '完成'],
    ['合计', 30, 18, 600, 420],
    ['东片', 12, 8, 250, 200],
    ['西片', 10, 6, 200, 120],
    ['南片', 8, 4, 150, 100],
  ];
  const recognition = recognize(workbookOf('进度', [{ name: 'Sheet1', rows, merges: ['A2:A3', 'B2:C2', 'D2:E2'].map(area) }]));

  it('照读为交叉表，同时问是哪一种表，交叉表的读法排第一', () => {
    expect(recognition.table?.layoutClass).toBe('cross-table');
    const question = recognition.questions.find((q) => q.kind === 'layout');
    expect(question).toMatchObject({ kind: 'layout', read: 'cross-table' });
    expect(question?.kind === 'layout' ? question.candidates[0].layout : null).toBe('cross-table');
    expect(question?.confidence).toBeLessThan(0.75);
  });

  it('行标签都以县、区、镇收尾时不问', () => {
    const named = rows.map((row) => (typeof row[0] === 'string' && /片$/.test(row[0]) ? [row[0].replace('片', '城区'), ...row.slice(1)] : row));
    const sure = recognize(workbookOf('进度', [{ name: 'Sheet1', rows: named, merges: ['A2:A3', 'B2:C2', 'D2:E2'].map(area) }]));
    expect(sure.table?.layoutClass).toBe('cross-table');
    expect(sure.questions.filter((q) => q.kind === 'layout')).toEqual([]);
  });
});
