import { build, indicator, soundRow } from '../table-builder';
import { findings } from '../found';

describe('not-a-number 应填数字处不是数字', () => {
  it('完成值里有数字却读不出来（39.9亿元5、1.2.3）时报错，指出列名和原文', () => {
    const built = build([indicator(soundRow({ actual: '39.9亿元5' }))]);
    const [found] = findings(built, 'not-a-number');
    expect(found.cell).toBe(built.ref('固定资产投资', 'actual'));
    expect(found.issue.severity).toBe('error');
    expect(found.message).toBe('“固定资产投资”的“1—6月完成”应填数字，这里是“39.9亿元5”。');
    expect(findings(build([indicator(soundRow({ target: '1.2.3' }))]), 'not-a-number')).toHaveLength(1);
  });

  it('分值用汉字写数（五分）时对定性指标同样报错', () => {
    const built = build([indicator({ name: '党风廉政建设', kind: 'qualitative', weight: '五分', progressText: '无违纪' })]);
    expect(findings(built, 'not-a-number').map((item) => item.cell)).toEqual([built.ref('党风廉政建设', 'weight')]);
  });

  it('TRUE/FALSE 也不是数字', () => {
    const built = build([indicator(soundRow({ lastYear: true }))]);
    expect(findings(built, 'not-a-number')[0].message).toContain('TRUE');
  });

  it('带单位的数字（120亿元）、约数（300余人）和占位符（—）都不报', () => {
    const built = build([
      indicator(soundRow({ target: '120亿元', weight: 40 })),
      indicator(soundRow({ name: '置换职工身份', unit: '人', target: 300, actual: '300余人', lastYear: '—', growth: null, weight: 60 })),
    ]);
    expect(findings(built, 'not-a-number')).toEqual([]);
  });

  it('定性指标目标、完成栏写文字不报', () => {
    const built = build([indicator({ name: '南北挂钩', kind: 'qualitative', target: '年内获批', actual: '有望今年批复' })]);
    expect(findings(built, 'not-a-number')).toEqual([]);
  });
});

describe('words-not-figure 数字栏写的是文字', () => {
  it('完成值写“待评审”时提醒按尚无数字处理（警告，不是错误）', () => {
    const built = build([indicator(soundRow({ name: '新增市级农业龙头企业', unit: '家', target: 2, actual: '待评审', lastYear: null, growth: null }))]);
    const [found] = findings(built, 'words-not-figure');
    expect(found.cell).toBe(built.ref('新增市级农业龙头企业', 'actual'));
    expect(found.issue.severity).toBe('warning');
    expect(found.message).toBe('“新增市级农业龙头企业”的“1—6月完成”写的是“待评审”，不是数字，按尚无数字处理。');
    expect(findings(built, 'not-a-number')).toEqual([]);
  });

  it('数字能读出来、或是定性指标时不报', () => {
    expect(findings(build([indicator(soundRow({ actual: '39.9亿元' }))]), 'words-not-figure')).toEqual([]);
    expect(findings(build([indicator({ name: '南北挂钩', kind: 'qualitative', actual: '有望今年批复' })]), 'words-not-figure')).toEqual([]);
  });
});
