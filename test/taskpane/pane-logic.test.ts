import { generatedSheets } from '../../src/core/layout/generated-sheets';
import type { Issue, ReportDoc, Results } from '../../src/core/model';
import type { Recognition } from '../../src/core/recognize';
import { loadSettings, saveSettings, SETTINGS_KEY } from '../../src/excel/document-settings';
import type { JobResult } from '../../src/excel/generate-report';
import { HostError } from '../../src/excel/office-errors';
import { groupIssues } from '../../src/taskpane/issue-groups';
import { draftHtml, draftPlainText, docxFileName } from '../../src/taskpane/draft-html';
import { docxRoute } from '../../src/taskpane/docx-delivery';
import { initialPaneState, paneReducer } from '../../src/taskpane/pane-store';
import { progressRows } from '../../src/taskpane/progress-view';
import { columnChoices, mappingRows, sheetChoices, withAsOf, withColumn, withoutCorrections, withSheet } from '../../src/taskpane/recognition-view';
import { resultSummary } from '../../src/taskpane/result-summary';
import { statusCounts } from '../../src/taskpane/status-counts';
import { EmulatedSettings } from '../emulator/office-stub';
import { departmentBook } from '../excel/plan-fixtures';
import { recognize } from '../../src/core/recognize';
import { LAYOUT_FIXTURES } from '../fixtures/layouts/specs';
import { workbookOf } from '../recognize/build-snapshot';

const issue = (severity: Issue['severity'], code: string, row: number | null, params: Record<string, string | number> = {}): Issue => ({
  severity,
  code,
  cell: row === null ? null : { sheet: '目标分解表', row, col: 6 },
  params,
});

describe('任务窗格的逻辑（不依赖 React，也不依赖 Office）', () => {
  it('进度依次经过 读取 → 识别 → 校验 → 测算 → 撰写 → 写入，并标出用时', () => {
    let state = paneReducer(initialPaneState(), { type: 'run-started' });
    state = paneReducer(state, { type: 'step-started', step: 'read' });
    state = paneReducer(state, { type: 'step-done', step: 'read', ms: 42.4 });
    state = paneReducer(state, { type: 'step-started', step: 'recognize' });
    const rows = progressRows(state, 'zh-CN');
    expect(rows.map((row) => row.label)).toEqual(['读取', '识别', '校验', '测算', '撰写', '写入']);
    expect(rows.map((row) => row.status)).toEqual(['done', 'running', 'waiting', 'waiting', 'waiting', 'waiting']);
    expect(rows[0].timeLabel).toBe('42 毫秒');
    expect(progressRows(paneReducer(state, { type: 'step-done', step: 'recognize', ms: 1530 }), 'en-US')[1]).toMatchObject({ label: 'Recognise', timeLabel: '1.53 s' });
  });

  it('校验问题按 错误、警告、提示 分组，带可点击定位的单元格', () => {
    const groups = groupIssues(
      [issue('info', 'approximate-number', 33, { text: '300余人' }), issue('error', 'actual-not-number', 31), issue('error', 'actual-not-number', 62), issue('warning', 'x', null)],
      'zh-CN',
    );
    expect(groups.map((group) => [group.severity, group.items.length])).toEqual([
      ['error', 2],
      ['warning', 1],
      ['info', 1],
    ]);
    expect(groups[0].title).toBe('错误（2）');
    expect(groups[0].items[0].cellLabel).toBe('目标分解表!F31');
    expect(groups[1].items[0].cell).toBeNull();
    const many = groupIssues(Array.from({ length: 60 }, (_, i) => issue('warning', 'w', i + 1)), 'en-US', 50);
    expect([many[0].items.length, many[0].more, many[0].title]).toEqual([50, 10, 'Warning (60)']);
  });

  it('按完成状态计数，只列出有数的状态', () => {
    const results = { indicators: [{ status: 'completed' }, { status: 'behind' }, { status: 'completed' }, { status: 'pending' }] } as unknown as Results;
    expect(statusCounts(results, 'zh-CN').map((c) => [c.label, c.count])).toEqual([
      ['已完成', 2],
      ['滞后', 1],
      ['待核实', 1],
    ]);
  });

  it('识别结果的更正是纯数据：换工作表清掉列更正，清空即恢复自动识别', () => {
    let settings = withColumn({}, 'actual', 'G');
    settings = withColumn(settings, 'target', 'E');
    expect(settings).toEqual({ columnMap: { actual: 'G', target: 'E' } });
    expect(withColumn(settings, 'actual', null)).toEqual({ columnMap: { target: 'E' } });
    expect(withSheet({ ...settings, asOf: '2009-06-30' }, '其他表')).toEqual({ sheet: '其他表', asOf: '2009-06-30' });
    expect(withAsOf({}, '2009-06-30')).toEqual({ asOf: '2009-06-30' });
    expect(withAsOf({ asOf: '2009-06-30' }, '')).toEqual({});
    expect(withoutCorrections({ sheet: 'A', columnMap: { actual: 'G' } })).toEqual({ sheet: 'A' });
  });

  it('列对应表列出每个字段、把握和需要确认的列；工作表选项不含上次生成的表', () => {
    const recognition = {
      table: { columns: { name: { col: 2, letter: 'B', header: '指标名称', confidence: 0.98, source: 'synonym' } } },
      issues: [],
      candidates: [],
      unsure: ['actual'],
    } as unknown as Recognition;
    const rows = mappingRows(recognition, { columnMap: { actual: 'D' } }, 'zh-CN');
    expect(rows.find((row) => row.field === 'name')).toMatchObject({ label: '指标名称', letter: 'B', confidence: 98, corrected: false });
    expect(rows.find((row) => row.field === 'actual')).toMatchObject({ letter: null, unsure: true, corrected: true });
    const book = departmentBook(true);
    expect(generatedSheets(book).length).toBe(1);
    expect(sheetChoices(book)).toEqual(['目标分解表', '汇总']);
    expect(columnChoices(book, '目标分解表')).toEqual(['A', 'B', 'C', 'D']);
  });

  it('运行结果说成用户能照着做的话：写入、找不到指标表、Excel 报错', () => {
    const written = { kind: 'written', applied: { written: ['总览', '指标测算'], skipped: ['notes'], syncs: 2, requestBytes: 1 }, syncs: 4 } as unknown as JobResult;
    const summary = resultSummary(written, 1234, [], 'zh-CN');
    expect(summary.intent).toBe('warning');
    expect(summary.title).toBe('已生成 2 张工作表，共用时 1.23 秒。');
    expect(summary.lines).toEqual(['与 Excel 往返 4 次。', '以下内容因 Excel 版本较旧、或加载的 office.js 没有相应功能而略去：单元格批注（需要 ExcelApi 1.18，且加载的 office.js 要有 NoteCollection；本加载项所带的 office.js 没有）']);
    expect(resultSummary({ kind: 'no-table' } as unknown as JobResult, 10, [], 'zh-CN').title).toMatch(/没有找到指标表，工作簿未作任何改动/);
    const crossTable = recognize(workbookOf('对比', LAYOUT_FIXTURES.find((f) => f.file.startsWith('地区指标交叉表-无法读取'))!.sheets));
    const refused = resultSummary({ kind: 'no-table', outcome: { recognition: crossTable } } as unknown as JobResult, 10, [], 'zh-CN');
    expect(refused.title).toMatch(/^工作表“县区对比”是“地区×指标”交叉表/);
    expect(refused.lines[0]).toMatch(/^请在每项指标下写明“目标任务”/);
    expect(refused.lines[1]).toBe('也可以直接回答下方“需要您确认”中的问题，一键选定后即按它重读，并记在本工作簿中。');
    const denied = resultSummary({ kind: 'failed', errorKind: 'access-denied', error: { code: 'AccessDenied', message: 'protected' }, syncs: 3 }, 10, [], 'zh-CN');
    expect(denied.intent).toBe('error');
    expect(denied.title).toMatch(/撤消工作表保护/);
    expect(denied.lines[1]).toBe('技术细节：AccessDenied: protected');
    const meanwhile = resultSummary({ kind: 'failed', errorKind: 'edited-meanwhile', error: new HostError('edited-meanwhile', 'x'), syncs: 3 }, 10, [], 'en-US');
    expect(meanwhile.title).toMatch(/nothing was written/);
  });

  it('文档设置：读回时丢弃不合规的值，保存后随工作簿保留', async () => {
    const store = new EmulatedSettings();
    store.set(SETTINGS_KEY, { sheet: '目标分解表', asOf: '2009/6/30', columnMap: { actual: 'G', target: 'e5' } });
    expect(loadSettings(store)).toEqual({ sheet: '目标分解表', columnMap: { actual: 'G' } });
    await saveSettings(store, { sheet: '目标分解表', asOf: '2009-06-30' });
    expect(store.saved.get(SETTINGS_KEY)).toEqual({ sheet: '目标分解表', asOf: '2009-06-30' });
    await saveSettings(store, {});
    expect(store.saved.has(SETTINGS_KEY)).toBe(false);
  });

  it('汇报稿可复制为带格式文字：标题居中小标宋，一级标题黑体，文字经过转义', () => {
    const report: ReportDoc = {
      title: '2009年上半年绩效指标完成情况汇报',
      unitLine: '灌南县发展和改革委员会',
      dateLine: '2009年7月1日',
      blocks: [
        { kind: 'heading', level: 1, runs: [{ kind: 'text', text: '一、勤政目标完成情况' }] },
        { kind: 'paragraph', lead: { level: 3, text: '1、计划管理：' }, runs: [{ kind: 'text', text: '<完成>投资' }, { kind: 'number', text: '39.9亿元', value: 39.9, unit: '亿元', sources: [] }] },
      ],
    };
    const html = draftHtml(report);
    expect(html).toContain('text-align:center;font-family:\'方正小标宋简体\'');
    expect(html).toContain("font-family:'黑体','SimHei',sans-serif;font-size:16pt;line-height:28pt;text-indent:2em;\">一、勤政目标完成情况");
    expect(html).toContain('&lt;完成&gt;投资39.9亿元');
    expect(draftPlainText(report).split('\n')).toEqual(['2009年上半年绩效指标完成情况汇报', '灌南县发展和改革委员会', '2009年7月1日', '　　一、勤政目标完成情况', '　　1、计划管理：<完成>投资39.9亿元']);
    expect(docxFileName('2009-灌南县发改委-目标任务分解表')).toBe('2009-灌南县发改委-目标任务分解表-汇报.docx');
  });

  it('网页版用窗格里的下载链接；Windows 桌面版与 Mac 打开浏览器窗口（微软文档的路），Windows 不能时用链接，Mac 不能时只剩复制', () => {
    expect(docxRoute('PC', true)).toBe('browser-window');
    expect(docxRoute('PC', false)).toBe('link');
    expect(docxRoute('OfficeOnline', false)).toBe('link');
    expect(docxRoute('', false)).toBe('link');
    expect(docxRoute('Mac', true)).toBe('browser-window');
    expect(docxRoute('Mac', false)).toBe('copy-only');
    expect(docxRoute('iOS', true)).toBe('browser-window');
  });
});
