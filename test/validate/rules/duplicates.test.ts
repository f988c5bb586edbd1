import { build, indicator, section, soundRow } from '../table-builder';
import { findings } from '../found';

describe('duplicate-name / duplicate-outline 重复指标', () => {
  it('同一分组内名称重复时提醒，并指出第一次出现的位置', () => {
    const built = build([
      section('勤政目标'),
      indicator(soundRow({ id: '1', weight: 50 })),
      indicator(soundRow({ id: '2', name: '固定资产 投资', weight: 50 })),
    ]);
    const [found] = findings(built, 'duplicate-name');
    expect(found.cell).toBe('考核指标!B5');
    expect(found.issue.severity).toBe('warning');
    expect(found.message).toBe('“固定资产 投资”在“勤政目标”中重复出现（另见 考核指标!B4）。');
  });

  it('同一分组内序号重复时提醒，指向序号单元格', () => {
    const built = build([
      section('勤政目标'),
      indicator(soundRow({ id: '（1）', weight: 50 })),
      indicator(soundRow({ id: '(1)', name: '项目督查', weight: 50 })),
    ]);
    const [found] = findings(built, 'duplicate-outline');
    expect(found.cell).toBe('考核指标!A5');
    expect(found.message).toBe('序号“(1)”在“勤政目标”中重复（另见 考核指标!A4）。');
  });

  it('不同分组里同名同序号不报', () => {
    const built = build([
      section('勤政目标'),
      indicator(soundRow({ id: '1', name: '争取资金', weight: 50 })),
      section('优政目标'),
      indicator(soundRow({ id: '1', name: '争取资金', weight: 50 })),
    ]);
    expect(findings(built, 'duplicate-name')).toEqual([]);
    expect(findings(built, 'duplicate-outline')).toEqual([]);
  });

  it('没有序号的指标不因序号为空而算重复', () => {
    const built = build([indicator(soundRow({ id: null, weight: 50 })), indicator(soundRow({ id: null, name: '项目督查', weight: 50 }))]);
    expect(findings(built, 'duplicate-outline')).toEqual([]);
  });
});
