import fc from 'fast-check';
import { parseNumberText } from '../../src/core/recognize/number-text';

function figure(text: string) {
  const read = parseNumberText(text);
  if (read.kind !== 'number') throw new Error(`“${text}” was not read as a figure: ${read.kind}`);
  return read;
}

describe('单元格里的数字，按人的写法读', () => {
  it.each([
    ['120亿元', 120, '亿元', 'exact'],
    ['27家', 27, '家', 'exact'],
    ['1520万美元', 1520, '万美元', 'exact'],
    ['１５２０', 1520, null, 'exact'],
    ['９６．２', 96.2, null, 'exact'],
    ['1,012,000', 1012000, null, 'exact'],
    ['45%', 45, '%', 'exact'],
    ['≥95%', 95, '%', 'atLeast'],
    ['不低于90%', 90, '%', 'atLeast'],
    ['≤3', 3, null, 'atMost'],
    ['不超过3个工作日', 3, '个工作日', 'atMost'],
    ['控制在5%以内', 5, '%', 'atMost'],
    ['50万元以上', 50, '万元', 'atLeast'],
    ['约12万人', 12, '万人', 'about'],
    ['近3万亩', 3, '万亩', 'nearly'],
    ['逾93%', 93, '%', 'over'],
    ['-4.7', -4.7, null, 'exact'],
  ] as const)('“%s” 读作 %s（单位 %s，%s）', (text, value, unit, approx) => {
    const read = figure(text);
    expect(read.value).toBe(value);
    expect(read.unit).toBe(unit);
    expect(read.approx).toBe(approx);
    expect(read.inSentence).toBe(false);
  });

  it('把“300余人”读作300人以上，并标记为近似值', () => {
    expect(figure('300余人')).toMatchObject({ value: 300, unit: '人', approx: 'over' });
    expect(figure('300多万元')).toMatchObject({ value: 300, unit: '万元', approx: 'over' });
  });

  it('句子里的目标数取出数字，并说明它来自句子', () => {
    expect(figure('全年完成100亿元')).toMatchObject({ value: 100, unit: '亿元', inSentence: true });
    expect(figure('城区生活垃圾分类覆盖率达到90%以上')).toMatchObject({ value: 90, approx: 'atLeast', inSentence: true });
  });

  it('日期和时段不是数字：“2024年12月底前完成”“1—6月”都没有目标数', () => {
    expect(parseNumberText('2024年12月底前完成').kind).toBe('none');
    expect(parseNumberText('6月30日前').kind).toBe('none');
    expect(parseNumberText('年底前完成').kind).toBe('none');
    expect(figure('1—5月完成39.9亿元')).toMatchObject({ value: 39.9, unit: '亿元' });
  });

  it('PM2.5 是名称的一部分，不是数字', () => {
    expect(figure('PM2.5浓度不超过35')).toMatchObject({ value: 35, approx: 'atMost' });
  });

  it('有两个数字时不猜：“新建10个、投资5亿元”', () => {
    expect(parseNumberText('新建10个、投资5亿元')).toEqual({ kind: 'several', count: 2 });
  });

  it('“下降5%”记下降，数值仍为5', () => {
    expect(figure('同比下降5%')).toMatchObject({ value: 5, falling: true });
  });

  it('小数位照原样记：39.9 一位，31.08% 两位', () => {
    expect(figure('39.9').decimals).toBe(1);
    expect(figure('31.08%').decimals).toBe(2);
  });

  it('任何文字都不会让它出错，读出的数总是有限数', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const read = parseNumberText(text);
        if (read.kind === 'number') expect(Number.isFinite(read.value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('数字与单位、限定词任意组合时都读得出原数', () => {
    const prefix = fc.constantFrom('', '≥', '≤', '约', '近', '不超过', '不低于', '控制在');
    const unit = fc.constantFrom('', '亿元', '万元', '个', '%', '人次', '万亩');
    fc.assert(
      fc.property(prefix, fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 99 }), unit, (before, whole, cents, u) => {
        const text = `${before}${whole}.${String(cents).padStart(2, '0')}${u}`;
        const read = figure(text);
        expect(read.value).toBeCloseTo(whole + cents / 100, 6);
        expect(read.unit).toBe(u === '' ? null : u);
      }),
    );
  });
});

describe('≧ ≦（日文输入法的大于等于、小于等于）与 ≥ ≤ 同义', () => {
  it.each([
    ['≧90%', 90, 'atLeast', '%'],
    ['≦5天', 5, 'atMost', '天'],
    ['<=475元/亩', 475, 'atMost', '元/亩'],
  ])('“%s”读作 %s（%s）', (text, value, approx, unit) => {
    expect(parseNumberText(text)).toMatchObject({ kind: 'number', value, approx, unit, inSentence: false });
  });
});

describe('误差写成“±3%以内”：偏差的上限', () => {
  it.each([
    ['±3%以内', 3, '%'],
    ['±5%', 5, '%'],
    ['±0.5米', 0.5, '米'],
  ])('“%s”读作不超过 %s', (text, value, unit) => {
    expect(parseNumberText(text)).toMatchObject({ kind: 'number', value, approx: 'atMost', unit, inSentence: false });
  });
});

describe('每X在数字前只说按什么计，不使它成为句子', () => {
  it('“每户500”“每人每年1200元”是一个数，不在句中', () => {
    const perHousehold = parseNumberText('每户500');
    expect(perHousehold).toMatchObject({ kind: 'number', value: 500, inSentence: false });
    expect(parseNumberText('每人每年1200元')).toMatchObject({ kind: 'number', value: 1200, unit: '元', inSentence: false });
  });

  it('“每季度开展检查2次”仍是句子', () => {
    expect(parseNumberText('每季度开展检查2次')).toMatchObject({ kind: 'number', inSentence: true });
  });
});

describe('“组”是量词：≥8组、8组', () => {
  it('读出数与单位', () => {
    expect(parseNumberText('≥8组')).toMatchObject({ kind: 'number', value: 8, approx: 'atLeast', unit: '组', inSentence: false });
  });
});

describe('数后括号里按可比口径重说一遍的，是注，不是第二个数', () => {
  it('“8.4(可比6.1)”“5.5%(按可比价4.8%)”读前一个数', () => {
    expect(parseNumberText('8.4(可比6.1)')).toMatchObject({ kind: 'number', value: 8.4, inSentence: false });
    expect(parseNumberText('5.5%(按可比价4.8%)')).toMatchObject({ kind: 'number', value: 5.5, unit: '%', inSentence: false });
  });

  it('括号里是别的内容（其中…）仍是两个数', () => {
    expect(parseNumberText('20(其中新建8)').kind).toBe('several');
  });
});
