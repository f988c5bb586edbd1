import type { NumberField } from '../../src/core/model';
import { fieldFigure } from '../../src/core/narrate/figure';
import { tidyStaffText } from '../../src/core/narrate/staff-text';

function bound(text: string, value: number, approx: NumberField['approx']): NumberField {
  return { value, cell: { sheet: '目标分解表', row: 5, col: 5 }, approx, text, decimals: String(value).split('.')[1]?.length ?? 0, derived: false };
}

describe('照录工作人员的原话：比较词不换成同义词', () => {
  it('“低于4.1%”仍是低于，不写成不超过', () => {
    expect(fieldFigure(bound('低于4.1%', 4.1, 'atMost'), '%', '城镇调查失业率')?.text).toBe('低于4.1%');
  });

  it('“4.1%以下”“不少于95%”照录；只有符号（≤3）时才用“不超过”', () => {
    expect(fieldFigure(bound('4.1%以下', 4.1, 'atMost'), '%', '城镇调查失业率')?.text).toBe('4.1%以下');
    expect(fieldFigure(bound('不少于95%', 95, 'atLeast'), '%', '参保率')?.text).toBe('不少于95%');
    expect(fieldFigure(bound('≤3', 3, 'atMost'), '天', '备案办结时限')?.text).toBe('不超过3天');
  });
});

describe('单元格里的换行不在词中间留下空格', () => {
  it('词中间的换行（读表时变成空格）接回去', () => {
    expect(tidyStaffText('城乡居民 医保参保率达97%')).toBe('城乡居民医保参保率达97%');
    expect(tidyStaffText('主要领导任党风廉政建设领导小 组长')).toBe('主要领导任党风廉政建设领导小组长');
  });

  it('两句话之间、编号之前的换行成为分号', () => {
    expect(tidyStaffText('防汛物资已储备到位 防汛预案已修订完善')).toBe('防汛物资已储备到位；防汛预案已修订完善');
    expect(tidyStaffText('1.完成考核 2.完成体检1.8万人')).toBe('1.完成考核；2.完成体检1.8万人');
  });

  it('标点旁的换行去掉，不在分号、逗号后留空格', () => {
    expect(tidyStaffText('1.重点项目开工12个；\n2.新签约项目5个，\n总投资30亿元')).toBe('1.重点项目开工12个；2.新签约项目5个，总投资30亿元');
    expect(tidyStaffText('1.重点项目开工12个； 2.新签约项目5个， 总投资30亿元')).toBe('1.重点项目开工12个；2.新签约项目5个，总投资30亿元');
  });

  it('以数字结尾的一句之后换行是另起一句（逗号），数字的尾巴（以上、左右）和量词后的名词接回去', () => {
    expect(tidyStaffText('完成4场 下半年再开展4场')).toBe('完成4场，下半年再开展4场');
    expect(tidyStaffText('完成投资1.2亿元 占全年目标的60%')).toBe('完成投资1.2亿元，占全年目标的60%');
    expect(tidyStaffText('参保率达97% 以上')).toBe('参保率达97%以上');
    expect(tidyStaffText('共 3个 项目')).toBe('共3个项目');
  });

  it('中文之间从不留空格；外文词间的空格保留', () => {
    for (const text of ['正在 推进', '已建成 3个，其余 正在施工', '完成\n情况']) expect(tidyStaffText(text)).not.toMatch(/[\u4e00-\u9fff]\s+[\u4e00-\u9fff]/);
    expect(tidyStaffText('PM2.5 浓度下降')).toBe('PM2.5 浓度下降');
  });
});
