import { GENERATE_ACTION, ribbonHandler } from '../../src/commands/ribbon-actions';
import { SETTINGS_KEY } from '../../src/excel/document-settings';
import { type AddinRuntime, createRuntime, type OfficeGlobal } from '../../src/taskpane/office-runtime';
import type { OfficeStub } from '../emulator/office-stub';
import { emulatorFromXlsx, SAMPLE_WORKBOOK } from '../emulator/from-xlsx';

const PAGE = 'https://localhost:3000/taskpane.html';

async function runtimeFor(settings: Record<string, unknown> = {}, displayLanguage = 'zh-CN') {
  const excel = await emulatorFromXlsx(SAMPLE_WORKBOOK, { settings, displayLanguage });
  const office = excel.office();
  const runtime = createRuntime(office as unknown as OfficeGlobal, excel.run, { pageUrl: PAGE, loaded: excel.loadedLibrary });
  return { excel, office, runtime };
}

/** What the runtime entry does at load: associate the ribbon action with a handler that waits for the runtime. */
function registerRibbonActions(runtime: AddinRuntime, office: OfficeStub): void {
  office.actions.associate(GENERATE_ACTION, ribbonHandler(Promise.resolve(runtime)) as (event: unknown) => unknown);
}

describe('功能区“生成汇报”：与任务窗格同一运行时、同一段代码', () => {
  it('按下按钮即完成整项工作，弹出结果通知，并告诉 Office 已完成', async () => {
    const { excel, office, runtime } = await runtimeFor();
    registerRibbonActions(runtime, office);
    const action = office.recorded.actions.get(GENERATE_ACTION);
    expect(action).toBeDefined();
    const completed = new Promise<void>((resolve) => action?.({ completed: resolve }));
    await completed;
    expect(excel.sheetNames()).toEqual(expect.arrayContaining(['指标测算', '汇报稿']));
    expect(office.recorded.dialogs).toHaveLength(1);
    const notice = new URL(office.recorded.dialogs[0].url);
    expect(notice.pathname).toBe('/notice.html');
    expect(notice.searchParams.get('intent')).toBe('success');
    expect(notice.searchParams.get('text')).toMatch(/^已生成汇报：总览、指标测算、汇总、汇报稿、校验结果。发现 \d+ 个错误、\d+ 个警告。$/);
    // The pane, if open, shows the same run.
    expect(runtime.store.getState().phase).toBe('done');
    expect(runtime.store.getState().result?.kind).toBe('written');
  });

  it('英文界面的通知是英文', async () => {
    const { office, runtime } = await runtimeFor({}, 'en-US');
    registerRibbonActions(runtime, office);
    await new Promise<void>((resolve) => office.recorded.actions.get(GENERATE_ACTION)?.({ completed: resolve }));
    expect(new URL(office.recorded.dialogs[0].url).searchParams.get('text')).toMatch(/^Report generated: /);
  });

  it('按工作簿里保存的设置运行：指定了不存在的工作表时说明找不到指标表、不写任何东西', async () => {
    const { excel, office, runtime } = await runtimeFor({ [SETTINGS_KEY]: { sheet: '不存在的表' } });
    const before = excel.sheetNames();
    registerRibbonActions(runtime, office);
    await new Promise<void>((resolve) => office.recorded.actions.get(GENERATE_ACTION)?.({ completed: resolve }));
    expect(excel.sheetNames()).toEqual(before);
    expect(new URL(office.recorded.dialogs[0].url).searchParams.get('intent')).toBe('warning');
    expect(runtime.store.getState().settings).toEqual({ sheet: '不存在的表' });
  });

  it('连按两次（或按钮与窗格同时按）只运行一次', async () => {
    const { excel, runtime } = await runtimeFor();
    const [first, second] = await Promise.all([runtime.runner.run(), runtime.runner.run()]);
    expect(first).toBe(second);
    expect(excel.syncCount()).toBeLessThanOrEqual(4);
  });

  it('窗格里改的设置写进工作簿的文档设置，下一次运行就用它', async () => {
    const { excel, runtime } = await runtimeFor();
    await runtime.runner.changeSettings({ asOf: '2009-05-31' });
    expect(excel.settings.saved.get(SETTINGS_KEY)).toEqual({ asOf: '2009-05-31' });
    const result = await runtime.runner.run();
    expect(result.kind).toBe('written');
    if (result.kind === 'written') expect(result.outcome.recognition.table?.period.toMonth).toBe(5);
  });
});
