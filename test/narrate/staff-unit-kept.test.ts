import { compute } from '../../src/core/compute';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { recognize } from '../../src/core/recognize';
import { validate } from '../../src/core/validate';
import { workbookOf } from '../recognize/build-snapshot';

/**
 * A task's goal is in its name in one unit (新增就业岗位1.5万个) and the staff's progress sentence gives what was done
 * in another (已新增岗位12600个): the figure is read in the goal's unit to compare it, but the draft quotes the staff's
 * sentence as they wrote it and adds only what it lacks — never "共1.26万个" before their own "12600个". Made-up rows;
 * a row whose sentence already uses the goal's unit must not change.
 */
function draftLines(): string[] {
  const workbook = workbookOf('进展', [{
    name: 'Sheet1',
    rows: [
      ['2025年上半年重点工作进展情况'],
      ['序号', '工作任务', '牵头单位', '进展情况'],
      [1, '新增城镇就业岗位1.5万个。', '县人社局', '截至6月底，全县已新增就业岗位12600个，完成年度任务的84%。'],
      [2, '新建污水管网30公里。', '县住建局', '截至6月底，已建成污水管网12公里，完成年度任务的40%。'],
    ],
  }]);
  const table = recognize(workbook).table!;
  const doc = narrate(table, compute(table, validate(table, workbook)));
  return doc.blocks.map((block) => (block.kind === 'paragraph' && block.lead ? block.lead.text : '') + runsText(block.runs));
}

describe('进展句里的完成数换了单位读，汇报稿照员工原句写', () => {
  const lines = draftLines();
  const jobs = lines.find((line) => line.includes('就业岗位'))!;
  const pipes = lines.find((line) => line.includes('污水管网'))!;

  it('不另写换算后的“1.26万个”，原句“12600个”只出现一次，员工原句在前', () => {
    expect(jobs).not.toContain('1.26万');
    expect(jobs.split('12600个').length - 1).toBe(1);
    expect(jobs.indexOf('截至6月底')).toBeLessThan(jobs.indexOf('序时进度'));
  });

  it('同一单位的行照旧（原句只出现一次）', () => {
    expect(pipes.split('12公里').length - 1).toBe(1);
  });
});
