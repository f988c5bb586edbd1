import { recognize } from '../../src/core/recognize';
import { CONFIDENCE_THRESHOLD } from '../../src/core/recognize';
import { area, workbookOf } from './build-snapshot';

/*
 * Issue 18: a wrong reading the engine was sure of is the worst outcome. Where a column's reading won over a
 * rival that is still open — the same field in a column read as nothing, or this column as a field found
 * nowhere — by less than a small margin, recognition asks instead of taking it silently.
 */

const _ = null;

/** 考核项目 merged down over its tasks, then 考核指标 over 考核内容: three columns of words, any could be the names. */
const checklist = workbookOf('清单', [{
  name: 'Sheet1',
  rows: [
    ['2022年某镇重点工作任务清单'],
    ['考核项目', '序号', '考核指标', '考核内容', '单位', '年度目标', '责任部门'],
    ['产业发展', 1, '稳定粮食生产', '粮食播种面积', '万亩', 3.2, '镇农业服务中心'],
    [_, 2, _, '粮食总产量', '万吨', 1.1, '镇农业服务中心'],
    [_, 3, '壮大村级集体经济', '村集体经营性收入超过20万元的村', '个', 6, '镇经济发展办'],
    ['生态宜居', 4, '改善人居环境', '新建改建农村公厕', '座', 12, '镇村建办'],
    [_, 5, _, '完成农房风貌整治', '户', 300, '镇村建办'],
  ],
  merges: [area('A1:G1'), area('A3:A5'), area('A6:A7'), area('C3:C4'), area('C6:C7')],
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
  it('名称列读到一列，而另一列仍有同样的把握是名称：该列列入待确认并提问', () => {
    const recognition = recognize(checklist);
    const name = recognition.table!.columns.name!;
    expect(recognition.unsure).toContain('name');
    expect(name.confidence).toBeLessThan(CONFIDENCE_THRESHOLD);
    expect(recognition.questions).toContainEqual(expect.objectContaining({ kind: 'column', letter: name.letter, read: 'name' }));
    expect(recognition.issues.map((i) => i.code)).toContain('recognize-low-confidence');
  });

  it('表头说得清楚的表不问', () => {
    const recognition = recognize(plain);
    expect(recognition.unsure).toEqual([]);
    expect(recognition.questions).toEqual([]);
  });

  it('用户指定过的列（--map）不再算作相差无几', () => {
    const name = recognize(checklist).table!.columns.name!;
    const answered = recognize(checklist, { columnMap: { name: name.letter } });
    expect(answered.unsure).not.toContain('name');
    expect(answered.questions.some((q) => q.kind === 'column' && q.read === 'name')).toBe(false);
  });
});
