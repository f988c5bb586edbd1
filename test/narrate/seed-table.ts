import { TableBuilder } from './table-builder';

/**
 * The 2009 上半年 table of 灌南县发展和改革委员会 as the seed report implies it: every figure the report states,
 * grouped as the report is. Annual targets the report does not give are plausible choices.
 */
export function seedTable(): TableBuilder {
  return new TableBuilder()
    .section(1, '一、', '勤政目标')
    .section(2, '（一）', '单位职能工作')
    .section(3, '1', '计划管理')
    .qualitative({
      name: '制定年度国民经济和社会发展计划',
      targetText: '3月底前提请县人大审议',
      progressText: '提出了《2009年灌南县国民经济和社会发展计划》，经县十二届人大二次会议审议通过，并印发全县执行',
    })
    .quantitative({
      name: '全县固定资产投资',
      unit: '亿元',
      target: 90,
      actual: 39.9,
      lastYear: 30.44,
      statedGrowth: 0.3108,
      dataMonths: { fromMonth: 1, toMonth: 5 },
      progressText: '按季度对固定资产投资和重点项目完成情况进行监测分析',
    })
    .section(3, '2', '项目建设')
    .quantitative({ name: '督查项目数', unit: '个', target: 200, actual: 119, progressText: '实行月度督查季度通报制度' })
    .quantitative({ name: '扩大内需中央投资项目', unit: '个', target: 11, actual: 11 })
    .quantitative({ name: '新建过千万元投资项目档案', unit: '份', target: 150, actual: 83 })
    .quantitative({ name: '项目库更新率', unit: '%', target: 40, actual: 45 })
    .quantitative({ name: '市级重大项目', unit: '个', target: 36, actual: 36, progressText: '其中新开工12个，投产3个' })
    .quantitative({ name: '县级重大项目', unit: '个', target: 100, actual: 119 })
    .section(2, '（二）', '关键绩效内容')
    .quantitative({ name: '备案核准审批上报项目', unit: '个', target: 30, actual: 18, progressText: '其中县内13个' })
    .quantitative({ name: '项目审批时限', unit: '天', target: 3, actual: 1, direction: 'lower' })
    .quantitative({ name: '新增市级农业龙头企业', unit: '家', target: 2, progressText: '目前正进行全县涉农企业调查摸底工作，另有3家企业作为省级龙头企业候选名单已报省发改委' })
    .quantitative({ name: '完成改制企业', unit: '家', target: 2, actual: 2 })
    .quantitative({ name: '置换职工身份', unit: '人', target: 300, actual: 300, actualApprox: 'over' })
    .quantitative({
      name: '争取无偿资金',
      unit: '万元',
      target: 3000,
      actual: 1746,
      lastYear: 1204,
      statedGrowth: 0.45,
      progressText: '已有10个项目进入国家盘子，还有1200万元无偿资金在下一阶段下达',
    })
    .section(2, '（三）', '机关专项工作')
    .qualitative({ name: '党的建设、精神文明建设、计划生育等机关专项工作', progressText: '不断加强机关的思想作风建设和制度建设，无违反计划生育现象' })
    .section(1, '二、', '优政目标')
    .section(2, '（一）', '超常影响')
    .qualitative({ name: '学习实践科学发展观活动', progressText: '经验在人民网上进行发表交流' })
    .section(2, '（二）', '超常成果')
    .qualitative({ name: '“三百”会战项目', progressText: '四项会战项目由我委承担，会战项目顺利完成' })
    .section(1, '三、', '廉政目标')
    .section(2, '（一）', '组织领导与率先垂范')
    .qualitative({ name: '机构健全，专题部署', progressText: '有党风廉政建设机构，班子成员变动后能及时调整充实' })
    .qualitative({ name: '责任明确，奖惩落实', progressText: '主要领导任党风廉政建设领导小组组长' })
    .qualitative({ name: '领导干部廉洁自律', progressText: '党政主要领导带头遵守领导干部廉洁自律的有关规定，无投诉' })
    .section(2, '（二）', '落实党风廉政建设责任制')
    .qualitative({ name: '做好信访稳定工作', progressText: '本单位无越级访、集体访和重访现象' })
    .qualitative({ name: '开展廉政文化建设活动', targetText: '全年不少于1次', status: 'in-progress' });
}
