import type { NumberRun, ReportBlock, ReportDoc } from '../../src/core/model';
import { refToString, runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { hygieneProblems } from './draft-hygiene';
import { seedTable } from './seed-table';
import { halfYear, TableBuilder } from './table-builder';

function blockText(block: ReportBlock): string {
  return (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs);
}

function fullText(doc: ReportDoc): string {
  return [doc.title, doc.unitLine, doc.dateLine, ...doc.blocks.map(blockText)].join('\n');
}

function numberRuns(doc: ReportDoc): NumberRun[] {
  return doc.blocks.flatMap((block) => block.runs.filter((run): run is NumberRun => run.kind === 'number'));
}

/** Every item that states this figure: a paragraph, or in an 一是…；二是… paragraph the item between ；. */
function itemsStating(doc: ReportDoc, figure: string): string[] {
  return doc.blocks.flatMap((block) => {
    const text = blockText(block);
    const lead = block.kind === 'paragraph' && block.lead ? block.lead.text : '';
    return text
      .slice(lead.length)
      .split(/；(?=[一二三四五六七八九十]+是|（\d+）)/)
      .map((item) => lead + item)
      .filter((item) => item.includes(figure));
  });
}

function itemStating(doc: ReportDoc, figure: string): string {
  return itemsStating(doc, figure)[0] ?? '';
}

describe('按种子汇报的样子起草：灌南县发改委2009年上半年', () => {
  const builder = seedTable();
  const doc = narrate(builder.table(), builder.results());
  const text = fullText(doc);

  it('标题、署名、成文日期', () => {
    expect(doc.title).toBe('2009年上半年绩效指标完成情况汇报');
    expect(doc.unitLine).toBe('灌南县发展和改革委员会');
    expect(doc.dateLine).toBe('2009年7月1日');
  });

  it('开头段：期间、指标总数和完成、序时、推进的项数，以“汇报如下：”收尾', () => {
    const opening = blockText(doc.blocks[0]);
    expect(opening).toMatch(/^半年以来，在县委、县政府的正确领导下，我委/);
    expect(opening).toContain('共确定绩效指标22项，其中定量指标13项、定性指标9项');
    expect(opening).toMatch(/截至6月底，已完成或超额完成\d+项/);
    expect(opening).toContain('达到或超过序时进度');
    expect(opening.endsWith('现将工作情况汇报如下：')).toBe(true);
  });

  it('按工作簿的分组顺序分节，编号一、（一）1.', () => {
    const headings = doc.blocks.filter((block) => block.kind === 'heading').map(blockText);
    expect(headings).toEqual([
      '一、勤政目标完成情况',
      '（一）单位职能工作',
      '（二）关键绩效内容',
      '二、优政目标完成情况',
      '三、廉政目标完成情况',
    ]);
    const leads = doc.blocks.flatMap((block) => (block.kind === 'paragraph' && block.lead ? [block.lead.text] : []));
    expect(leads.slice(0, 2)).toEqual(['1.计划管理：', '2.项目建设：']);
    expect(leads).toContain('（三）机关专项工作：');
    expect(leads).toContain('（一）组织领导与率先垂范。');
  });

  it('固定资产投资写作：1—5月份全县固定资产投资完成39.9亿元，增幅（同比增长）31.08%', () => {
    const item = itemStating(doc, '39.9亿元');
    expect(item).toContain('1—5月份全县固定资产投资');
    expect(item).toMatch(/39\.9亿元，(增幅|同比增长|比上年同期增长|比同期增长)31\.08%/);
    expect(item).toMatch(/完成全年目标|占全年目标任务/);
  });

  it('每个种子汇报里的数都在讲对应指标的句子里，带着单位', () => {
    const expected: [string, string][] = [
      ['119个', '督查项目'],
      ['83份', '项目档案'],
      ['45%', '更新率'],
      ['36个', '市级重大项目'],
      ['18个', '备案核准审批上报项目'],
      ['13个', '县内'],
      ['2家', '改制企业'],
      ['300余人', '置换职工身份'],
      ['1746万元', '无偿资金'],
      ['1200万元', '无偿资金'],
      ['10个项目', '国家盘子'],
      ['3天', '审批时限'],
      ['1天', '审批时限'],
    ];
    for (const [figure, about] of expected) {
      const items = itemsStating(doc, figure);
      expect({ figure, about, found: items.some((item) => item.includes(about)) ? 'yes' : items }).toEqual({ figure, about, found: 'yes' });
    }
  });

  it('超额完成与比目标高出的百分点照实写', () => {
    expect(itemStating(doc, '119%')).toContain('超额完成');
    expect(itemStating(doc, '45%')).toContain('比全年目标40%高5个百分点');
  });

  it('逆向指标（审批时限）写作“由要求的3天压缩至1天”', () => {
    expect(text).toContain('由要求的3天压缩至1天');
  });

  it('科室的完成情况说明原话写进去', () => {
    expect(text).toContain('经县十二届人大二次会议审议通过');
    expect(text).toContain('实行月度督查季度通报制度');
    expect(text).toContain('有党风廉政建设机构，班子成员变动后能及时调整充实');
  });

  it('每个数都带着来源单元格', () => {
    const runs = numberRuns(doc);
    expect(runs.length).toBeGreaterThan(30);
    for (const run of runs) expect({ run: run.text, sources: run.sources.length > 0 }).toEqual({ run: run.text, sources: true });
    const row = builder.table().indicators.find((indicator) => indicator.name.value === '全县固定资产投资')!.row;
    const investment = runs.find((run) => run.text === '39.9亿元');
    expect(investment?.sources.map(refToString)).toEqual([`目标分解表!G${row}`]);
    const rate = runs.find((run) => run.text === '44.33%');
    expect(rate?.sources.map(refToString)).toEqual([`目标分解表!G${row}`, `目标分解表!E${row}`]);
    const growth = runs.find((run) => run.text === '31.08%');
    expect(growth?.sources.map(refToString)).toEqual([`目标分解表!I${row}`]);
  });

  it('结尾段：总之……，并留出【待补充】写下一步打算', () => {
    const closing = blockText(doc.blocks[doc.blocks.length - 1]);
    expect(closing).toMatch(/^总之，经过半年的努力，我委/);
    expect(closing).toContain('【待补充：下一步工作打算和措施】');
    expect(closing).toContain('“新增市级农业龙头企业”指标尚未填报完成数据');
  });

  it('句式有变化：不是每句都用同一种说法', () => {
    expect(text).toMatch(/同比增长|增幅|比上年同期增长/);
    const rateForms = ['完成全年目标的', '占全年目标任务', '完成全年目标'].filter((form) => text.includes(form));
    expect(rateForms.length).toBeGreaterThan(1);
    const countVerbs = ['达到', '累计'].filter((verb) => text.includes(verb));
    expect(countVerbs.length).toBe(2);
  });

  it('没有浮点尾数、NaN、null、undefined 或英文词', () => {
    expect(hygieneProblems(text)).toEqual([]);
  });
});

describe('滞后、待核实、无数据的写法', () => {
  const builder = new TableBuilder()
    .section(1, '一、', '勤政目标')
    .section(2, '（一）', '经济指标')
    .quantitative({ name: '招商引资到位资金', unit: '万元', target: 500000, actual: 120000, lastYear: 150000 })
    .quantitative({ name: '新开工项目', unit: '个', target: 40, actual: 25, status: 'pending' })
    .quantitative({ name: '规模以上工业增加值', unit: '亿元', target: 50 })
    .quantitative({ name: '服务业增加值', unit: '亿元', target: 20, actual: 10.4, lastYear: 10.4 });
  const doc = narrate(builder.table(), builder.results());
  const text = fullText(doc);

  it('滞后的指标写明低于序时进度的百分点，并留【待补充：滞后原因及下一步措施】', () => {
    const item = itemStating(doc, '12亿元');
    expect(item).toContain('招商引资到位资金');
    expect(item).toContain('低于序时进度26个百分点');
    expect(item).toContain('【待补充：滞后原因及下一步措施】');
  });

  it('万元达到一亿时以亿元表述，同比下降照写', () => {
    expect(text).toContain('完成12亿元');
    expect(text).toMatch(/(同比下降|比上年同期下降|比同期减少)20%/);
  });

  it('与上年同期相同写作“与上年同期持平”', () => {
    expect(itemStating(doc, '10.4亿元')).toContain('与上年同期持平');
  });

  it('待核实的指标不给出数字，只写待核实', () => {
    const item = itemStating(doc, '新开工项目');
    expect(item).toContain('新开工项目：完成数据待核实');
    expect(item).not.toMatch(/25个/);
  });

  it('没有完成数的指标说明尚未填报，留【待补充】', () => {
    expect(itemStating(doc, '规模以上工业增加值')).toContain('【待补充：完成情况】');
  });

  it('结尾段点名滞后和待核实的指标', () => {
    const closing = blockText(doc.blocks[doc.blocks.length - 1]);
    expect(closing).toContain('同时也要看到，“招商引资到位资金”指标滞后于序时进度，【待补充：滞后原因分析】');
    expect(closing).toContain('“新开工项目”指标的数据有待核实');
  });

  it('开头段数清待核实和未填报', () => {
    expect(blockText(doc.blocks[0])).toContain('另有1项待核实、1项尚未填报完成情况');
  });
});

describe('没有分组、没有单位名的表也能成稿', () => {
  const builder = new TableBuilder(halfYear(2024), null)
    .quantitative({ name: '培训人次', unit: '人次', target: 1000, actual: 620 })
    .qualitative({ name: '完善内部管理制度', progressText: '已修订财务、考勤等制度6项' });
  const doc = narrate(builder.table(), builder.results(), { reportDate: '2024-07-05' });

  it('散列的指标归入“主要绩效指标”一节，落款用给定日期', () => {
    expect(doc.unitLine).toBe('');
    expect(doc.dateLine).toBe('2024年7月5日');
    expect(blockText(doc.blocks[1])).toBe('一、主要绩效指标完成情况');
    expect(blockText(doc.blocks[0])).toMatch(/^半年以来，我单位紧紧围绕/);
  });
});

describe('比率、逆向指标、年终与近似值的写法', () => {
  const yearEnd = { ...halfYear(2024), toMonth: 12, expectedProgress: 1, label: '1—12月' };
  const builder = new TableBuilder(yearEnd, 'XX镇人民政府')
    .section(1, '一、', '社会事业')
    .quantitative({ name: '城乡居民医保参保率', unit: '%', target: 95, actual: 96.1, lastYear: 94.8 })
    .quantitative({ name: '较大生产安全事故起数', unit: '起', target: 0, actual: 0, lastYear: 1, direction: 'lower' })
    .quantitative({ name: '新增耕地', unit: '万亩', target: 0.5, actual: 0.23 })
    .quantitative({ name: '高标准农田', unit: '万亩', target: 3.2, actual: 3, actualApprox: 'nearly' })
    .quantitative({ name: '基本医疗保险参保人数', unit: '人', target: 1012000, actual: 998650 });
  const doc = narrate(builder.table(), builder.results());
  const text = fullText(doc);

  it('比率同上年比较用百分点，与目标比较不重复“不少于”', () => {
    expect(itemStating(doc, '96.1%')).toContain('比上年同期提高1.3个百分点，比全年目标95%高1.1个百分点');
  });

  it('目标为0的逆向指标不写“控制在目标0起以内”，也不写“下降100%”', () => {
    const item = itemStating(doc, '较大生产安全事故起数');
    expect(item).toContain('为0起');
    expect(item).not.toContain('控制在目标0起以内');
    expect(item).not.toContain('100%');
  });

  it('年终报告里滞后的指标写“未完成全年目标任务”，不谈序时进度', () => {
    const item = itemStating(doc, '新增耕地');
    expect(item).toContain('未完成全年目标任务');
    expect(item).not.toContain('序时进度');
  });

  it('近似的完成数只给出约数的完成率', () => {
    expect(itemStating(doc, '近3万亩')).toMatch(/约94%/);
  });

  it('十万以上的人数以万人计，但不丢职员写的数位：998650人照写（不写99.87万人），同一句的目标也以人计', () => {
    expect(text).toContain('共998650人，完成全年目标1012000人的98.68%');
    expect(text).not.toContain('99.87万人');
  });

  it('镇人民政府自称我镇，在镇党委领导下', () => {
    expect(blockText(doc.blocks[0])).toMatch(/^今年以来，在镇党委的正确领导下，我镇/);
  });
});
