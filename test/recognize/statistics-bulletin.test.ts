import type { CellValue, MergeArea } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { nameWithoutPartMark } from '../../src/core/recognize/name-unit';
import '../../src/node/traditional-chinese';
import { area, workbookOf } from './build-snapshot';

/*
 * Statistics bulletins and monthly tables (统计公报, 统计月报) as statistics bureaus publish them: a caption line with
 * the period and the measure (2023年1-6月 … 单位：亿元) above the header, 本月 beside 1-本月 (the month and the months
 * so far), a “#” before the first of the parts of the row above (其中, the statistical yearbooks' sign). Made-up tables,
 * in other words than the published ones.
 */

function read(rows: readonly (readonly CellValue[])[], merges: readonly MergeArea[] = []) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }]));
  if (recognition.table === null) throw new Error(`no table was read: ${recognition.issues.map((i) => i.code).join(',')}`);
  return recognition.table;
}

describe('表头上方的“时段……单位：万元”一行是表题说明，不是分组表头', () => {
  it('时段合并在名称列与数列之上、末格写“单位：万元”：表头只是下一行，名称照读', () => {
    const t = read([
      ['2024年1-9月全县建筑业主要指标', null, null, null],
      ['2024年1-9月', null, null, '单位：万元'],
      ['指  标', '1-9月', '上年同期', '增长(%)'],
      ['建筑业总产值', 52310, 48022, 8.9],
      ['房屋施工面积', 3120, 3301, -5.5],
      ['新签合同额', 40211, 39870, 0.9],
    ], [area('A2:C2')]);
    expect(t.headerRows).toEqual([3]);
    expect(t.columns.name?.letter).toBe('A');
    expect(t.columns.lastYear?.letter).toBe('C');
    expect(t.indicators.map((i) => i.name.value)).toEqual(['建筑业总产值', '房屋施工面积', '新签合同额']);
    expect(t.indicators[0].unit).toBe('万元');
  });

  it('不变：真正的分组表头（“2024年1-9月”只合并在数列之上）仍并入表头', () => {
    const t = read([
      ['全县建筑业主要指标', null, null, null],
      ['指标', '2024年1-9月', null, '增长(%)'],
      [null, '本期', '上年同期', null],
      ['建筑业总产值', 52310, 48022, 8.9],
      ['新签合同额', 40211, 39870, 0.9],
    ], [area('A2:A3'), area('B2:C2'), area('D2:D3')]);
    expect(t.headerRows).toEqual([2, 3]);
    expect(t.columns.lastYear?.letter).toBe('C');
  });
});

describe('名称前的“#”是统计年鉴“其中”的符号，不是名称的一部分', () => {
  it('“#”与名称之间有无空格，都读作名称本身', () => {
    const t = read([
      ['2023年全镇主要农产品产量', null],
      ['品  种', '产量(吨)'],
      ['油料', 3520],
      ['#花生', 2100],
      ['＃ 芝麻', 640],
      ['水果', 9120],
    ]);
    expect(t.indicators.map((i) => i.name.value)).toEqual(['油料', '花生', '芝麻', '水果']);
  });

  it('不变：名称中间或数字前的“#”（3#楼、#2机组）照写', () => {
    const t = read([
      ['2023年重点项目进度', null, null],
      ['项目', '年度计划(万元)', '完成(万元)'],
      ['安置房3#楼', 800, 420],
      ['#2机组改造', 600, 300],
      ['污水管网', 300, 120],
    ]);
    expect(t.indicators.map((i) => i.name.value)).toEqual(['安置房3#楼', '#2机组改造', '污水管网']);
  });
});

describe('“#”后的名称以“一”字开头（一般、一次性）也去掉“#”；“#一、”这样的序号不动', () => {
  it('“#一般公共预算收入”“＃一次性补贴”读作名称本身', () => {
    const t = read([
      ['2024年1-6月财政收支', null],
      ['项目', '累计(万元)'],
      ['财政总收入', 52100],
      ['#一般公共预算收入', 31800],
      ['＃一次性补贴', 420],
      ['财政总支出', 61000],
    ]);
    expect(t.indicators.map((i) => i.name.value)).toEqual(['财政总收入', '一般公共预算收入', '一次性补贴', '财政总支出']);
  });

  it('不变：符号后是中文序号（一、 十、）时不当作“其中”符号去掉', () => {
    expect(nameWithoutPartMark('★一、完成经济普查')).toBe('★一、完成经济普查');
    expect(nameWithoutPartMark('#十、其他')).toBe('#十、其他');
    expect(nameWithoutPartMark('#2机组改造')).toBe('#2机组改造');
  });
});

describe('繁体表：“#”去掉后，名称仍照原表的字引用', () => {
  it('“# 批發(fā)業(yè)”（存页加了拼音）读作“批發(fā)業(yè)”：照原表，只去掉“#”', () => {
    const t = read([
      ['2023年商品銷售總額', null, null],
      ['指標', '1-本月', '比去年同期增長(%)'],
      ['商品銷售總額(億元)', 5120.4, 3.2],
      ['# 批發(fā)業(yè)', 4630.1, 2.9],
      ['零售業', 490.3, 6.1],
    ]);
    expect(t.indicators.map((i) => i.name.value)).toEqual(['商品銷售總額', '批發(fā)業(yè)', '零售業']);
  });
});

describe('“本月 | 1-本月”“本季 | 1-本季”：统计局不写月份数字的两栏，汇报读年初至今一栏', () => {
  it('“指标 | 本季 | 比上年同季增长(%) | 1-本季 | 比上年同期增长(%)”：完成值、增幅取 1-本季 两栏', () => {
    const t = read([
      ['全市建筑业总产值', null, null, null, null],
      ['2023年2季度', null, null, null, null],
      ['指标', '本季', '比上年同季增长(%)', '1-本季', '比上年同期增长(%)'],
      ['建筑业总产值(亿元)', 812.3, 4.4, 1420.8, 3.9],
      ['房屋建筑业', 533.1, 2.1, 930.2, 1.8],
      ['土木工程建筑业', 279.2, 9.0, 490.6, 8.1],
    ]);
    expect(t.columns.actual?.letter).toBe('D');
    expect(t.columns.growth?.letter).toBe('E');
    expect(t.indicators[0].actual?.value).toBeCloseTo(1420.8);
  });

  it('“本月 | 1-本月”：读 1-本月', () => {
    const t = read([
      ['2022年5月全区规模以上工业', null, null],
      ['指标', '本月', '1-本月'],
      ['工业总产值(亿元)', 61.2, 290.4],
      ['工业销售产值(亿元)', 59.8, 281.7],
    ]);
    expect(t.columns.actual?.letter).toBe('C');
  });

  it('不变：只有“本月”一栏时，它就是完成值', () => {
    const t = read([
      ['2022年5月全区规模以上工业', null],
      ['指标', '本月'],
      ['工业总产值(亿元)', 61.2],
      ['工业销售产值(亿元)', 59.8],
    ]);
    expect(t.columns.actual?.letter).toBe('B');
  });
});

describe('统计表下的“指标解释”“统计范围”“数据来源”是注释，不是分节', () => {
  it('“指标解释:”一行起，其下各段都是注释', () => {
    const t = read([
      ['2021年1-6月全县工业用电量', null, null],
      ['指标名称', '1-6月', '增长(%)'],
      ['全社会用电量', 12.5, 6.1],
      ['#工业用电', 8.2, 7.4],
      ['城乡居民生活用电', 2.1, 3.0],
      ['指标解释:', null, null],
      ['全社会用电量指第一、二、三产业用电与城乡居民生活用电之和。', null, null],
      ['工业用电量指工业企业生产用电。', null, null],
    ]);
    expect(t.sections).toEqual([]);
    expect(t.notes).toHaveLength(3);
    expect(t.indicators).toHaveLength(3);
  });

  it('一行写明“统计范围、数据来源及指标解释”（无冒号）也是注释的开头', () => {
    const t = read([
      ['2021年3季度全市住宿业营业额', null, null],
      ['指标', '1-本季', '比去年同期增长(%)'],
      ['住宿业营业额(亿元)', 80.3, 12.2],
      ['#星级饭店', 30.1, 15.0],
      ['住宿业营业额统计范围、数据来源及指标解释', null, null],
      ['一、统计范围:', null, null],
      ['辖区内限额以上住宿业法人企业。', null, null],
    ]);
    expect(t.sections).toEqual([]);
    expect(t.notes).toHaveLength(3);
  });

  it('不变：名称列里以“数据来源”收尾、其右有数的一行仍是指标', () => {
    const t = read([
      ['2021年工作进度', null, null],
      ['指标', '目标', '完成'],
      ['核实统计数据来源', 10, 8],
      ['更新台账', 5, 5],
    ]);
    expect(t.indicators.map((i) => i.name.value)).toEqual(['核实统计数据来源', '更新台账']);
    expect(t.notes).toEqual([]);
  });
});

describe('当月（本季）一栏与其增速：读出并标明，不当完成值', () => {
  it('“6月 | 1-6月累计 | 累计增长%”：6月一栏是当月值，完成值是累计', () => {
    const t = read([
      ['全市规模以上工业', null, null, null],
      [null, '6月', '1-6月累计', '累计增长%'],
      ['工业增加值(亿元)', 40.2, 233.5, 5.1],
      ['工业销售产值(亿元)', 150.3, 870.2, 4.0],
    ]);
    expect(t.columns.actual?.letter).toBe('C');
    expect(t.singlePeriodColumns?.value?.letter).toBe('B');
    expect(t.singlePeriodColumns?.growth).toBeUndefined();
  });

  it('“本季 | 比上年同季增长 | 1-本季 | 比上年同期增长”：本季两栏分别是当季值与当季增速', () => {
    const t = read([
      ['2023年2季度', null, null, null, null],
      ['指标', '本季', '比上年同季增长(%)', '1-本季', '比上年同期增长(%)'],
      ['建筑业总产值(亿元)', 812.3, 4.4, 1420.8, 3.9],
      ['房屋建筑业', 533.1, 2.1, 930.2, 1.8],
    ]);
    expect(t.singlePeriodColumns?.value?.letter).toBe('B');
    expect(t.singlePeriodColumns?.growth?.letter).toBe('C');
  });

  it('不变：“5月 | 1-6月累计”月份对不上、或没有累计一栏时，不认当月栏', () => {
    const off = read([
      ['全市规模以上工业', null, null],
      [null, '5月', '1-6月累计'],
      ['工业增加值(亿元)', 40.2, 233.5],
      ['工业销售产值(亿元)', 150.3, 870.2],
    ]);
    expect(off.singlePeriodColumns).toBeUndefined();
    const plain = read([
      ['2023年重点工作', null, null],
      ['指标', '年度目标', '完成'],
      ['新增就业(人)', 5000, 3100],
      ['新建公园(个)', 4, 2],
    ]);
    expect(plain.singlePeriodColumns).toBeUndefined();
  });
});

describe('“1-本月”的时段：表上署的年月', () => {
  it('表题下一行“2022年8月”，累计栏“1-本月”：读作 2022年1—8月', () => {
    const t = read([
      ['全区限额以上批发零售业销售额', null, null],
      ['2022年8月', null, null],
      ['指标', '本月', '1-本月'],
      ['销售额(亿元)', 30.2, 240.8],
      ['#批发业', 25.1, 201.3],
    ]);
    expect([t.period.year, t.period.fromMonth, t.period.toMonth]).toEqual([2022, 1, 8]);
  });

  it('表题“2021年9月”，累计栏只写“累计”（或“本年累计”）：也是 1—9月', () => {
    for (const head of ['累计', '本年累计']) {
      const t = read([
        ['某县2021年9月主要经济指标', null, null, null],
        ['指  标', '本月', head, '比增(%)'],
        ['社会消费品零售总额(亿元)', 6.1, 52.3, 7.2],
        ['全社会用电量(万千瓦时)', 9200, 81000, 5.1],
      ]);
      expect([t.period.year, t.period.fromMonth, t.period.toMonth]).toEqual([2021, 1, 9]);
      expect(t.columns.actual?.letter).toBe('C');
    }
  });

  it('不变：“2022年8月底前”是期限，不是表署的月份；累计栏写明“1-6月”时按它', () => {
    const deadline = read([
      ['全区重点工作（2022年8月底前完成）', null, null],
      ['指标', '本月', '1-本月'],
      ['销售额(亿元)', 30.2, 240.8],
      ['批发业', 25.1, 201.3],
    ]);
    expect(deadline.period.toMonth).not.toBe(8);
    const stated = read([
      ['2022年8月', null, null],
      ['指标', '6月', '1-6月累计'],
      ['销售额(亿元)', 30.2, 240.8],
      ['批发业', 25.1, 201.3],
    ]);
    expect(stated.period.toMonth).toBe(6);
  });
});

describe('统计月报：一、有自己数字的项，其下 1、2、与“在…中:”引出的各行是它的构成', () => {
  const rows: (readonly CellValue[])[] = [
    ['项目', '计量单位', '1-6月累计', '增长(%)'],
    ['一、农林牧渔业总产值', '亿元', 52.1, 3.2],
    ['1、农业', '亿元', 30.4, 2.8],
    ['2、牧业', '亿元', 21.7, 3.9],
    ['二、粮食播种面积', '万亩', 80.2, 0.4],
    ['1、小麦', '万亩', 50.1, 0.2],
    ['2、玉米', '万亩', 30.1, 0.8],
    ['其中:', null, null, null],
    ['高标准农田', '万亩', 41.0, 5.1],
    ['三、生猪出栏', '万头', 12.3, -2.0],
  ];

  it('1、2、的路径是上面的一、项；引导行之下不编号的行也归它', () => {
    const t = read(rows);
    const pathOf = (name: string) => t.indicators.find((i) => i.name.value === name)?.path;
    expect(pathOf('农林牧渔业总产值')).toEqual([]);
    expect(pathOf('农业')).toEqual(['农林牧渔业总产值']);
    expect(pathOf('玉米')).toEqual(['粮食播种面积']);
    expect(pathOf('高标准农田')).toEqual(['粮食播种面积']);
    expect(pathOf('生猪出栏')).toEqual([]);
    expect(t.layoutClass).toBe('multi-level');
  });

  it('不变：没有数字的“一、”是分节标题，其下的 1、2、是分节里的指标', () => {
    const t = read([
      ['项目', '目标', '完成'],
      ['一、经济发展', null, null],
      ['1、地区生产总值(亿元)', 300, 150],
      ['2、固定资产投资(亿元)', 120, 70],
      ['二、民生保障', null, null],
      ['1、新增就业(人)', 5000, 2600],
    ]);
    expect(t.sections.map((s) => s.title)).toEqual(['经济发展', '民生保障']);
    expect(t.indicators.find((i) => i.name.value === '新增就业')?.path).toEqual(['民生保障']);
  });
});

describe('名称前标重点、约束性指标的记号（★ * ▲）不是名称的一部分', () => {
  it('“*城镇调查失业率”“★新增城镇就业”：读作记号后的字', () => {
    const t = read([
      ['2022年经济社会发展主要指标', null, null, null],
      ['指标', '单位', '年度目标', '1-6月完成'],
      ['*城镇调查失业率', '%', 5.5, 4.9],
      ['★新增城镇就业', '人', 3000, 1650],
      ['▲ 居民人均可支配收入增长', '%', 6, 5.1],
    ]);
    expect(t.indicators.map((i) => i.name.value)).toEqual(['城镇调查失业率', '新增城镇就业', '居民人均可支配收入增长']);
  });

  it('不变：记号后紧跟编号时，编号仍是序号（*1.新增……）', () => {
    const t = read([
      ['2022年重点任务', null, null],
      ['任务', '目标', '完成'],
      ['*1.新增城镇就业(人)', 3000, 1650],
      ['2.新建口袋公园(个)', 10, 6],
    ]);
    expect(t.indicators.map((i) => i.name.value)).toEqual(['新增城镇就业', '新建口袋公园']);
  });
});
