import { recognize } from '../../src/core/recognize';
import { CONFIDENCE_THRESHOLD } from '../../src/core/recognize';
import { workbookOf } from './build-snapshot';

/*
 * Issue 18: a wrong reading the engine was sure of is the worst outcome. Where a column's reading won over a
 * rival that is still open — the same field in a column read as nothing, or this column as a field found
 * nowhere — by less than a small margin, recognition asks instead of taking it silently.
 */


/** Two columns of progress words side by side (进展情况, 工作进展): either could be the account, neither header says which. */
const twoAccounts = workbookOf('进展', [{
  name: 'Sheet1',
  rows: [
    ['序号', '重点任务', '责任单位', '进展情况', '工作进展'],
    [1, '新建城市书房3处', '县文旅局', '已完成选址，正在装修', '完成2处主体装修，第3处已开工'],
    [2, '改造老旧小区15个', '县住建局', '已开工12个', '已完工9个，其余6个月底前完工'],
    [3, '新增公共停车位500个', '县城管局', '已建成300个', '新建停车位320个，剩余部分正在施工'],
  ],
}]);

const plain = workbookOf('分解表', [{
  name: 'Sheet1',
  rows: [
    ['序号', '指标名称', '单位', '全年目标', '1—6月完成', '责任单位'],
    [1, '新增城镇就业', '人', 5000, 2600, '县人社局'],
    [2, '新建农村公厕', '座', 40, 18, '县农业农村局'],
  ],
}]);

describe('识别：两种读法相差无几时问，不默认', () => {
  it('进展列读到一列，而另一列同样像进展：该列列入待确认并提问', () => {
    const recognition = recognize(twoAccounts);
    const account = recognition.table!.columns.progressText!;
    expect(recognition.unsure).toContain('progressText');
    expect(account.confidence).toBeLessThan(CONFIDENCE_THRESHOLD);
    expect(recognition.questions).toContainEqual(expect.objectContaining({ kind: 'column', letter: account.letter, read: 'progressText' }));
    expect(recognition.issues.map((i) => i.code)).toContain('recognize-low-confidence');
  });

  it('表头说得清楚的表不问', () => {
    const recognition = recognize(plain);
    expect(recognition.unsure).toEqual([]);
    expect(recognition.questions).toEqual([]);
  });

  it('用户指定过的列（--map）不再算作相差无几', () => {
    const answered = recognize(twoAccounts, { columnMap: { progressText: 'E' } });
    expect(answered.table!.columns.progressText!.letter).toBe('E');
    expect(answered.unsure).not.toContain('progressText');
    expect(answered.questions.some((q) => q.kind === 'column' && q.read === 'progressText')).toBe(false);
  });
});
