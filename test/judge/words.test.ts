import { judgeWords, type Verdict, type WordsContext } from '../../src/core/judge';

const MID_YEAR: WordsContext = { asOf: '2023-06-30', expectedProgress: 0.5 };

function verdictOf(text: string, context: Partial<WordsContext> = {}): Verdict {
  return judgeWords(text, { ...MID_YEAR, ...context }).verdict;
}

describe('否定词在完成类动词之前：不算完成', () => {
  it.each(['没有完成，材料未报齐', '问题整改未落实到位', '尚未开工', '项目未能按期开工', '设备采购无法按时完成', '整改不到位', '至今没有建成', '仍未完成招聘', '化解任务不能按期完成'])(
    '“%s” → 滞后',
    (text) => {
      expect(verdictOf(text)).toBe('behind');
    },
  );

  it.each(['上半年未发生较大以上生产安全事故', '未出现漏保错保现象', '本单位党员干部无违法违纪现象', '无越级访、集体访和重访', '无违纪', '无投诉、无违纪'])('不良事件的否定是完成：“%s”', (text) => {
    expect(verdictOf(text)).toBe('completed');
  });

  it('未成年人、不断加强里的“未”“不”不是否定', () => {
    expect(verdictOf('未成年人保护工作已全面完成')).toBe('completed');
    expect(verdictOf('不断加强机关作风建设，持续推进')).toBe('in-progress');
  });
});

describe('用别的动词说完成', () => {
  it.each(['平台已正式上线运行', '该项目已于5月底竣工验收并交付使用', '县人民医院胸痛中心顺利通过国家级认证', '领导班子民主生活会已于1月召开', '老旧小区改造12个，已全部完工', '完成', '√', '超额完成'])(
    '“%s” → 已完成',
    (text) => {
      expect(verdictOf(text)).toBe('completed');
    },
  );
});

describe('部分完成、完成了一个步骤、持续开展：推进中', () => {
  it.each(['已建成3个，其余正在施工', '方案已完成，正在报批', '持续开展中', '基本完成', '已完成大部分', '已开工建设', '可研报告已编制完成，待县政府常务会研究', '燃气管道工程已完成招标，6月下旬进场', '常态化开展'])(
    '“%s” → 推进中',
    (text) => {
      expect(verdictOf(text)).toBe('in-progress');
    },
  );
});

describe('时限：到期未完成即滞后', () => {
  it('完成时限已过仍在推进 → 滞后；时限未到 → 推进中', () => {
    expect(verdictOf('正在施工', { deadline: '2023-05-31' })).toBe('behind');
    expect(verdictOf('正在施工', { deadline: '2023-12-31' })).toBe('in-progress');
  });

  it('完成时限当天不算已过（与时限规则一致）', () => {
    expect(verdictOf('正在施工', { deadline: '2023-06-30' })).toBe('in-progress');
  });

  it('说明里自己定的日期过了也算滞后：计划6月底前完成（9月底汇报）', () => {
    expect(verdictOf('计划6月底前完成，目前正在推进', { asOf: '2023-09-30', expectedProgress: 0.75 })).toBe('behind');
    expect(verdictOf('计划6月底前完成，目前正在推进', { asOf: '2023-05-31', expectedProgress: 5 / 12 })).toBe('in-progress');
  });

  it('已完成的，时限过了仍是已完成', () => {
    expect(verdictOf('已全部完工', { deadline: '2023-05-31' })).toBe('completed');
  });
});

describe('文字里的数字与目标比较', () => {
  it('未达标，仅完成4场，目标“上半年开展8场” → 4/8，滞后', () => {
    expect(judgeWords('未达标，仅完成4场', { ...MID_YEAR, targetText: '上半年开展8场' })).toEqual({ verdict: 'behind', basis: 'words', evidence: '“未达标”' });
    expect(judgeWords('上半年开展招聘会4场', { ...MID_YEAR, targetText: '上半年开展招聘会8场' })).toEqual({ verdict: 'behind', basis: 'deadline', evidence: '完成4场／目标8场＝50%，目标时限2023-06-30已到' });
  });

  it('全年目标按序时进度衡量：3.1万人/6万人达到序时，2万人滞后', () => {
    expect(verdictOf('已完成家庭医生签约3.1万人', { targetText: '全年签约6万人' })).toBe('on-track');
    expect(verdictOf('已完成家庭医生签约2万人', { targetText: '全年签约6万人' })).toBe('behind');
  });

  it('达到或超过目标数即完成，超过为超额完成', () => {
    expect(verdictOf('已开展招聘会10场', { targetText: '全年开展招聘会10场' })).toBe('completed');
    expect(verdictOf('已完成农村公路改造45公里', { targetText: '完成农村公路改造40公里' })).toBe('exceeded');
  });

  it('亿元与增长率分开：6.1亿元对25亿元，不拿5.5%比8%', () => {
    expect(verdictOf('已完成一般公共预算收入6.1亿元（快报数），同比增长5.5%', { targetText: '一般公共预算收入达到25亿元，增长8%' })).toBe('behind');
  });

  it('自报的完成比例：占全年任务的60%达到序时，完成率仅为35%滞后', () => {
    expect(verdictOf('已完成签约4.2万人，占全年任务的60%')).toBe('on-track');
    expect(verdictOf('“双随机”抽查任务完成率仅为35%')).toBe('behind');
  });

  it('没有目标时，只报数字、没说完成也没说在做：需人工确认（统一标注约定 ii）；说了在做才是推进中', () => {
    expect(verdictOf('1—5月份全县固定资产投资完成39.9亿元，增幅31.08%')).toBe('unclear');
    expect(verdictOf('1—5月份全县固定资产投资完成39.9亿元，重点项目正在加快推进')).toBe('in-progress');
  });
});

describe('看不出是否完成：需人工确认，绝不算已完成', () => {
  it.each(['按要求做好相关工作', '详见附件', '同上', '高度重视，认真组织，取得一定成效', '认真贯彻落实上级部署', '良好', '?', '已部署', '项目无资金来源'])('“%s” → 需人工确认', (text) => {
    expect(verdictOf(text)).toBe('unclear');
  });
});

describe('原时限规则的用例（完成类）仍然成立', () => {
  it.each(['已完成', '超额完成', '已印发全县执行，已完成', '全面落实', '已批复', '无违纪', '无越级访、集体访和重访', '无违反计划生育现象'])('“%s” 算完成', (text) => {
    expect(['completed', 'exceeded']).toContain(verdictOf(text));
  });

  it.each(['推进中', '申报工作正在有序推进，有望今年批复', '尚未完成', '年底召开', '无进展', '完成申报，争取年内获批', '', '待评审'])('“%s” 不算完成', (text) => {
    expect(['completed', 'exceeded']).not.toContain(verdictOf(text));
  });
});

describe('整句说目标本身已达到：自评表的写法', () => {
  it.each(['达成预期指标', '达到预期目标', '实现年度目标', '已达到绩效目标'])('“%s”是已完成', (text) => {
    expect(verdictOf(text)).toBe('completed');
  });

  it('否定或只达到一部分都不算完成', () => {
    expect(verdictOf('未达到预期目标')).toBe('behind');
    expect(verdictOf('达到目标的60%')).not.toBe('completed');
    expect(verdictOf('符合要求')).not.toBe('completed');
  });
});
