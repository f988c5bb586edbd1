import { loadSettings, saveSettings, SETTINGS_KEY } from '../../src/excel/document-settings';
import { recognize } from '../../src/core/recognize';
import { layoutChoices, tableSummary, withLayout } from '../../src/taskpane/recognition-view';
import { workbookOf } from '../recognize/build-snapshot';
import { progressOnly, threeLevelIndicators } from '../recognize/published-layouts';
import { EmulatedSettings } from '../emulator/office-stub';

describe('任务窗格：识别面板显示表格版式，并可更正', () => {
  it('摘要里写明读成了哪种版式（中英文）', () => {
    const table = recognize(workbookOf('wb', [progressOnly()])).table!;
    expect(tableSummary(table, 'zh-CN').layout).toBe('版式：进度表（只有进度列）');
    expect(tableSummary(table, 'en-US').layout).toBe('Layout: Progress table (progress column only)');
  });

  it('下拉框列出全部版式；选定后存入设置，识别按它读', () => {
    expect(layoutChoices('zh-CN').map((c) => c.value)).toEqual(['breakdown', 'multi-level', 'progress-only', 'sentence', 'finance-form', 'cross-table']);
    const settings = withLayout({ sheet: '绩效指标' }, 'breakdown');
    expect(settings).toEqual({ sheet: '绩效指标', layoutClass: 'breakdown' });
    expect(withLayout(settings, null)).toEqual({ sheet: '绩效指标' });
    expect(recognize(workbookOf('wb', [threeLevelIndicators()])).table?.layoutClass).toBe('multi-level');
    expect(recognize(workbookOf('wb', [threeLevelIndicators()], settings)).table?.layoutClass).toBe('breakdown');
  });

  it('文档设置保存并读回版式，不认识的值丢弃', async () => {
    const store = new EmulatedSettings();
    await saveSettings(store, { layoutClass: 'progress-only' });
    expect(loadSettings(store)).toEqual({ layoutClass: 'progress-only' });
    store.set(SETTINGS_KEY, { layoutClass: 'pivot' });
    expect(loadSettings(store)).toEqual({});
  });
});
