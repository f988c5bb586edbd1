import { readHeader } from '../../src/core/recognize/header-vocabulary';
import { resolvePeriod } from '../../src/core/recognize/period-source';

const sources = (headers: string[][], title = '2019年重点工作目标') => ({
  headers: headers.map((parts) => readHeader(parts)),
  title,
  sheetName: 'Sheet1',
  workbookName: '',
  fallbackYear: 2019,
});

describe('表头里的时段', () => {
  it('只有一个时段时，它就是汇报的时段', () => {
    const found = resolvePeriod(sources([['序号'], ['目标任务'], ['1—6月完成情况']]));
    expect([found.period.fromMonth, found.period.toMonth, found.period.source]).toEqual([1, 6, 'header']);
  });

  it('四个季度并排是全年的安排，不是汇报时段：按全年', () => {
    const quarters = ['第一季度', '第二季度', '第三季度', '第四季度'].map((q) => ['阶段性目标和工作任务量', q]);
    const found = resolvePeriod(sources([['领域'], ['重要项目'], ...quarters, ['主责部门']]));
    expect([found.period.year, found.period.fromMonth, found.period.toMonth]).toEqual([2019, 1, 12]);
    expect(found.period.source).not.toBe('header');
  });
});
