import { compute } from '../../src/core/compute';
import type { ReportDoc } from '../../src/core/model';
import { runsText } from '../../src/core/model';
import { narrate } from '../../src/core/narrate';
import { halfYear, TableBuilder } from './table-builder';

function closing(doc: ReportDoc): string {
  return runsText(doc.blocks[doc.blocks.length - 1].runs);
}

function draftOf(builder: TableBuilder): { doc: ReportDoc; statuses: string[] } {
  const table = builder.table();
  const results = compute(table, []);
  return { doc: narrate(table, results), statuses: results.indicators.map((result) => result.status) };
}

/**
 * Seen on real published tables (a province's 一季度进展, a city's 重点工作 list): every task only "in progress"
 * and nothing done or measured on track, yet the closing said 总体进展顺利 / 总体推进平稳 — a judgement of the
 * whole the staff never wrote. Made-up tables in other words.
 */
describe('结尾段的总体判断不多于填报的：多数只是“推进中”时不说进展顺利、推进平稳', () => {
  const allUnderWay = new TableBuilder(halfYear(2024), '某县文化广电和旅游局')
    .section(1, '一、', '重点工作')
    .qualitative({ name: '县博物馆陈列改造', progressText: '正在进行布展设计招标' })
    .qualitative({ name: '乡镇综合文化站提档', progressText: '已完成选址，正在施工' })
    .qualitative({ name: '非遗传承基地建设', progressText: '正在推进方案编制' });

  it('三项都在推进中：不写总体进展顺利或推进平稳，写仍在推进之中', () => {
    const { doc, statuses } = draftOf(allUnderWay);
    expect(statuses).toEqual(['in-progress', 'in-progress', 'in-progress']);
    expect(closing(doc)).not.toMatch(/总体进展顺利|总体推进平稳/);
    expect(closing(doc)).toContain('总体仍在推进之中');
  });

  it('一项完成、三项推进中：不到一半完成或达序时，不写进展顺利', () => {
    const { doc, statuses } = draftOf(
      new TableBuilder(halfYear(2024), '某县文化广电和旅游局')
        .section(1, '一、', '重点工作')
        .qualitative({ name: '文旅消费季活动', progressText: '已全部举办完毕' })
        .qualitative({ name: '县博物馆陈列改造', progressText: '正在进行布展设计招标' })
        .qualitative({ name: '乡镇综合文化站提档', progressText: '已完成选址，正在施工' })
        .qualitative({ name: '非遗传承基地建设', progressText: '正在推进方案编制' }),
    );
    expect(statuses.filter((status) => status === 'completed')).toHaveLength(1);
    expect(closing(doc)).not.toMatch(/总体进展顺利|总体推进平稳/);
  });

  it('一项滞后、其余推进中：不写“总体推进平稳，但仍有差距”', () => {
    const { doc } = draftOf(
      new TableBuilder(halfYear(2024), '某县文化广电和旅游局')
        .section(1, '一、', '重点工作')
        .quantitative({ name: '接待游客人次', unit: '万人次', target: 100, actual: 20 })
        .qualitative({ name: '县博物馆陈列改造', progressText: '正在进行布展设计招标' })
        .qualitative({ name: '乡镇综合文化站提档', progressText: '已完成选址，正在施工' })
        .qualitative({ name: '非遗传承基地建设', progressText: '正在推进方案编制' })
        .qualitative({ name: '景区厕所改造', progressText: '正在招标' }),
    );
    expect(closing(doc)).not.toMatch(/总体进展顺利|总体推进平稳/);
    expect(closing(doc)).toContain('滞后于序时进度');
  });

  it('不变：全部完成或达到序时进度仍写总体进展顺利', () => {
    const allGood = draftOf(
      new TableBuilder(halfYear(2024), '某县文化广电和旅游局')
        .section(1, '一、', '重点工作')
        .qualitative({ name: '文旅消费季活动', progressText: '已全部举办完毕' })
        .quantitative({ name: '接待游客人次', unit: '万人次', target: 100, actual: 60 }),
    );
    expect(closing(allGood.doc)).toContain('总体进展顺利');
  });

  it('一半以上完成或达序时、其余推进中：写总体推进平稳，不写进展顺利', () => {
    const mostlyDone = draftOf(
      new TableBuilder(halfYear(2024), '某县文化广电和旅游局')
        .section(1, '一、', '重点工作')
        .qualitative({ name: '文旅消费季活动', progressText: '已全部举办完毕' })
        .quantitative({ name: '接待游客人次', unit: '万人次', target: 100, actual: 60 })
        .qualitative({ name: '县博物馆陈列改造', progressText: '正在进行布展设计招标' }),
    );
    expect(closing(mostlyDone.doc)).toContain('总体推进平稳');
    expect(closing(mostlyDone.doc)).not.toContain('总体进展顺利');
  });
});
