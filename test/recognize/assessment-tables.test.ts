import type { CellValue, MergeArea } from '../../src/core/model';
import { recognize } from '../../src/core/recognize';
import { area, workbookOf } from './build-snapshot';

/*
 * Assessment tables (考核指标, 考核细则, 计分表) as counties and towns hand them down: short indicator names with the
 * statements of what each must reach beside them, 分值, and two kinds of unit — the one that does the work and the
 * one that scores it. Made-up tables in other words than the published ones.
 */

function read(rows: readonly (readonly CellValue[])[], merges: readonly MergeArea[] = []) {
  const recognition = recognize(workbookOf('t.xlsx', [{ name: 'Sheet1', rows, merges }]));
  if (recognition.table === null) throw new Error(`no table was read: ${recognition.issues.map((i) => i.code).join(',')}`);
  return recognition.table;
}

describe('短指标名旁“指标内容/指标要求”写成句子：是每项要达到的目标', () => {
  it('“类别 | 考核指标 | 指标内容 | 分值”：指标内容一栏是目标（文字）', () => {
    const t = read([
      ['某镇2019年度目标责任考核指标', null, null, null],
      ['类别', '考核指标', '指标内容', '分值'],
      ['经济发展', '招商引资', '全年引进项目不少于3个，到位资金达到5000万元以上', 10],
      [null, '项目建设', '按计划推进镇区道路改造和污水管网工程，年底前完工', 8],
      ['社会事业', '安全生产', '全年不发生较大及以上安全事故，隐患整改率达到100%', 6],
    ]);
    expect(t.columns.name?.letter).toBe('B');
    expect(t.columns.target?.letter).toBe('C');
    expect(t.indicators[1].name.value).toBe('项目建设');
  });

  it('不变：“项目名称 | 项目内容”里的内容是说明，不是目标', () => {
    const t = read([
      ['2019年重点项目表', null, null, null],
      ['项目名称', '项目内容', '年度计划投资(万元)', '责任单位'],
      ['镇区道路', '改造镇区主干道3.2公里，配套雨污管网', 1200, '镇建设办'],
      ['文化站', '新建镇综合文化站一座，建筑面积800平方米', 600, '镇文化站'],
      ['污水厂', '扩建镇污水处理厂，日处理能力提升到2000吨', 900, '镇环保办'],
    ]);
    expect(t.columns.target?.letter).toBe('C');
  });
});

describe('做事的单位与打分的单位：评分部门另读，不当协办单位', () => {
  it('“责任部门 | 评分部门”：责任部门是承办，评分部门单列', () => {
    const t = read([
      ['2021年乡村振兴考核清单', null, null, null, null],
      ['考核内容', '单位', '年度目标', '责任部门', '评分部门'],
      ['新增农村公路', '公里', 12, '县交通局', '县考核办'],
      ['改造农村厕所', '户', 300, '县农业农村局', '县考核办'],
      ['新建污水站点', '个', 8, '县生态环境分局', '县考核办'],
    ]);
    expect(t.columns.department?.letter).toBe('D');
    expect(t.assessorColumn?.letter).toBe('E');
    expect(t.columns.cooperating).toBeUndefined();
    expect(t.indicators[0].department?.value).toBe('县交通局');
  });

  it('“牵头单位 | 考核责任单位”：后者不是配合单位', () => {
    const t = read([
      ['2012年度工作考核项目表', null, null, null],
      ['考核项目', '分值', '牵头单位', '考核责任单位'],
      ['机关作风建设', 30, '县直机关工委', '县考核办'],
      ['政务公开', 20, '县政府办', '县考核办'],
      ['信访维稳', 25, '县信访局', '县委政法委'],
    ]);
    expect(t.columns.department?.letter).toBe('C');
    expect(t.assessorColumn?.letter).toBe('D');
    expect(t.columns.cooperating).toBeUndefined();
  });

  it('不变：只有一栏“监考单位”时仍读作责任单位；“责任单位 | 配合单位”照旧', () => {
    const only = read([
      ['2016年度目标任务分解表', null, null, null],
      ['指标', '分值', '目标任务', '监考单位'],
      ['地区生产总值增长率', 3, 8, '区发改局'],
      ['工业投资', 2, 52, '区经信局'],
      ['建筑业总产值', 1, 140, '区住建局'],
    ]);
    expect(only.columns.department?.letter).toBe('D');
    expect(only.assessorColumn).toBeUndefined();
    const shared = read([
      ['2021年重点任务', null, null],
      ['任务', '责任单位', '配合单位'],
      ['新建公园3个', '县住建局', '县自然资源局'],
      ['改造老旧小区5个', '县住建局', '各街道'],
    ]);
    expect(shared.columns.cooperating?.letter).toBe('C');
    expect(shared.assessorColumn).toBeUndefined();
  });
});

describe('只给权重的考核指标体系：名称是统计量的，是定量指标', () => {
  const rows: (readonly CellValue[])[] = [
    ['某市考核评价指标体系', null, null, null],
    ['序号', '考评指标', '权重', '数据来源'],
    [1, '一般公共预算收入', 12, '市财政局'],
    [2, '社会消费品零售总额', 10, '市统计局'],
    [3, '常住人口城镇化率', 8, '市统计局、市住建局'],
    [4, '高新技术产业增加值占比', 6, '市科技局'],
    [5, '推进营商环境改革', 5, '市发展改革委'],
  ];

  it('收入、总额、率、占比：定量；“推进……”一类工作：定性', () => {
    const t = read(rows);
    expect(t.indicators.map((i) => i.kind)).toEqual(['quantitative', 'quantitative', 'quantitative', 'quantitative', 'qualitative']);
  });

  it('“数据来源”一栏不是责任单位', () => {
    const t = read(rows);
    expect(t.columns.department).toBeUndefined();
    expect(t.indicators[0].department).toBeNull();
  });

  it('不变：没有权重一栏的计划表，名称是统计量也不凭空当定量', () => {
    const t = read([
      ['2023年重点工作', null, null],
      ['工作任务', '牵头单位', '完成时限'],
      ['一般公共预算收入', '县财政局', '2023年12月'],
      ['推进营商环境改革', '县发改委', '2023年12月'],
    ]);
    expect(t.indicators.map((i) => i.kind)).toEqual(['qualitative', 'qualitative']);
  });
});

describe('分值凭数认：写成“6分”的是分值，写成“90亿元”“12%”的不是', () => {
  const rows: (readonly CellValue[])[] = [
    ['2010年重点镇综合实力考核标准', null, null, null, null],
    ['考核指标', null, '标准权数', '标准(分)', '备注'],
    ['一', '规模以上工业产值', '120亿元', '8分', '最高得分16分'],
    ['二', '规模以上工业产值增长速度', '10%', '6分', '最高得分12分,最低得分0分'],
    ['三', '财政总收入', '9亿元', '8分', '最高得分15分'],
    ['四', '财政总收入增长速度', '10%', '6分', '最高得分10分,最低得分0分'],
  ];

  const merged = [area('A2:B2')];

  it('表头写错位时按内容：C栏是目标，D栏是分值', () => {
    const t = read(rows, merged);
    expect(t.columns.target?.letter).toBe('C');
    expect(t.columns.weight?.letter).toBe('D');
    expect(t.indicators[0].target?.value).toBe(120);
    expect(t.indicators[0].unit).toBe('亿元');
    expect(t.indicators[0].weight?.value).toBe(8);
  });

  it('“最高得分16分”一类是计分规则：单列，不当进展', () => {
    const t = read(rows, merged);
    expect(t.columns.progressText).toBeUndefined();
    expect(t.scoringColumn?.letter).toBe('E');
    expect(t.indicators[0].progressText).toBeNull();
  });

  it('不变：“分值”下写裸数、“备注”写进展说明的表照旧', () => {
    const t = read([
      ['2010年重点工作', null, null, null],
      ['指标', '目标', '分值', '备注'],
      ['新增就业(人)', 500, 6, '已完成320人，四季度还将举办两场招聘会'],
      ['新建公园(个)', 3, 4, '两个已开工建设，一个正在办理用地手续'],
    ]);
    expect(t.columns.weight?.letter).toBe('C');
    expect(t.columns.progressText?.letter).toBe('D');
    expect(t.scoringColumn).toBeUndefined();
  });
});

describe('序号栏写的编码（A1、S-02）就是编号，不另数', () => {
  it('“A1 | A2 | B1”照写', () => {
    const t = read([
      ['2015年镇街考核指标', null, null, null],
      ['序号', '指标', '单位', '分值'],
      ['A1', '一般公共预算收入增长率', '%', 5],
      ['A2', '工业投资增长率', '%', 4],
      ['B1', '城镇登记失业率', '%', 3],
    ]);
    expect(t.indicators.map((i) => i.id)).toEqual(['A1', 'A2', 'B1']);
  });

  it('不变：写 1、2、3 的序号照旧', () => {
    const t = read([
      ['2015年镇街考核指标', null, null, null],
      ['序号', '指标', '单位', '分值'],
      [1, '一般公共预算收入增长率', '%', 5],
      [2, '工业投资增长率', '%', 4],
    ]);
    expect(t.indicators.map((i) => i.id)).toEqual(['1', '2']);
  });
});

describe('考核细则：考核项目是短语（不算短），旁边的考核指标是几句话的要求：仍是目标', () => {
  it('项目名十来个字、要求几十个字：要求一栏读作目标（文字）', () => {
    const t = read([
      ['某县2019年度生态环境保护目标管理考核细则', null, null, null],
      ['序号', '考核项目', '各项分值', '考核指标'],
      [1, '进一步健全生态环境保护责任体系', 5, '调整充实领导小组，明确各成员单位职责分工，建立月调度、季通报工作机制，年内召开专题会议不少于4次。'],
      [2, '全面落实大气污染防治重点任务', 6, '完成燃煤锅炉淘汰改造任务，加强工地扬尘管控，实现施工现场围挡、覆盖、硬化、冲洗全覆盖，得6分。'],
      [3, '持续推进农村生活污水治理工作', 4, '完成年度农村生活污水治理任务，已建设施正常运行率达到90%以上，每低5个百分点扣1分。'],
    ]);
    expect(t.columns.name?.letter).toBe('B');
    expect(t.columns.target?.letter).toBe('D');
  });

  it('不变：名称与旁边一栏一样长（都是短语）时，旁边一栏不当目标', () => {
    const t = read([
      ['某县2019年度重点项目表', null, null, null],
      ['序号', '项目名称', '分值', '建设内容'],
      [1, '进一步完善城区污水管网工程', 5, '新建城区污水管网工程十二公里'],
      [2, '全面推进农村公路提档升级工程', 6, '改造提升农村公路四十八公里'],
      [3, '持续推进城乡供水一体化工程', 4, '新建改造城乡供水管网九公里'],
    ]);
    expect(t.columns.target).toBeUndefined();
  });
});
