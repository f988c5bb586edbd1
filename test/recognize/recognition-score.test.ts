import { recognize, type Recognition } from '../../src/core/recognize';
import { scoreCorpus, scoreLines } from '../../bench/recognition-score';
import { workbookOf } from './build-snapshot';
import { compareRecognition, type Check, type CorpusEntry, type ExpectedIndicator, type ExpectedTable } from './corpus-expectation';

/*
 * The figures `npm run bench:recognition` prints (issue 18): content-bearing checks, tables read wholly right and
 * silent errors. Tested on small constructed cases only — never on the frozen set.
 */

function check(what: string, ok: boolean, content: boolean, sure: boolean): Check {
  return { what, kind: 'value', ok, detail: ok ? '' : 'constructed', content, sure };
}

describe('bench:recognition 的计分：含内容的检查、整张读对、无提示的错', () => {
  it('期望“什么都没有”的检查不计入含内容的检查；没标不确定却读错的算无提示的错', () => {
    const score = scoreCorpus([
      [check('row 3 target', true, true, true), check('row 3 lastYear', true, false, false), check('row 4 actual', false, true, true), check('row 4 owner', false, true, false)],
      [check('row 3 name', true, true, true), check('row 9', false, false, true)],
      [check('row 3 name', true, true, true), check('row 3 growth', true, false, false)],
    ]);
    expect(score.content).toEqual({ right: 3, total: 5 });
    expect(score.nothing).toEqual({ right: 2, total: 3 });
    expect(score.wholly).toEqual({ right: 1, total: 3 });
    expect(score.checks).toBe(8);
    expect(score.wrong).toBe(3);
    // row 4 actual (sure) and the invented row 9 (sure, expects nothing) are silent; row 4 owner was marked unsure.
    expect(score.silent).toBe(2);
    const lines = scoreLines('X ', score).join('\n');
    expect(lines).toContain('3/5 = 60.0%');
    expect(lines).toContain('1/3 = 33.3%');
    expect(lines).toContain('2/8');
  });

  it('一张检查都没有的语料不报错', () => {
    expect(scoreCorpus([])).toEqual({ content: { right: 0, total: 0 }, nothing: { right: 0, total: 0 }, wholly: { right: 0, total: 0 }, checks: 0, wrong: 0, silent: 0 });
  });

  describe('compareRecognition 给每项检查标上 content 与 sure', () => {
    const snapshot = workbookOf('2024-XX县-构造表', [
      {
        name: '目标任务',
        rows: [
          ['XX县2024年1—6月目标任务完成情况'],
          ['序号', '指标名称', '单位', '全年目标', '1—6月完成', '责任科室'],
          [1, '地区生产总值', '亿元', 120, 58.3, '发展规划科'],
          [2, '新增就业', '人', 3000, 1650, '就业科'],
        ],
      },
    ]);
    const recognition = recognize(snapshot);
    const indicators: ExpectedIndicator[] = [
      // The target is written wrongly on purpose: the engine reads 120 with no doubt, so the miss is silent.
      { row: 3, name: '地区生产总值', unit: '亿元', target: 999, actual: 58.3, department: '发展规划科', dataMonths: [1, 6] },
      { row: 4, name: '新增就业', unit: '人', target: 3000, actual: 1650, department: '就业科', dataMonths: [1, 6] },
    ];
    const entryWith = (expected: readonly ExpectedIndicator[]): CorpusEntry => ({
      file: 'constructed.xlsx',
      department: '构造',
      covers: ['计分测试'],
      expect: {
        kind: 'table',
        table: { sheet: '目标任务', headerRows: [2], columns: { id: 'A', name: 'B', unit: 'C', target: 'D', actual: 'E', department: 'F' }, period: { year: 2024, fromMonth: 1, toMonth: 6 }, indicators: expected, unsure: 'unchecked' },
      },
    });
    const entry = entryWith(indicators);
    const find = (checks: readonly Check[], what: string): Check => {
      const found = checks.find((c) => c.what === what);
      if (!found) throw new Error(`no check ${what}: ${checks.map((c) => c.what).join(', ')}`);
      return found;
    };

    it('构造的表读出来了，目标列没有标为不确定', () => {
      expect(recognition.table?.indicators.map((i) => i.target?.value)).toEqual([120, 3000]);
      expect(recognition.unsure).not.toContain('target');
    });

    it('期望为空的检查 content 为假，读对的数字 content 为真', () => {
      const checks = compareRecognition(entry, recognition, null);
      expect(find(checks, 'row 3 lastYear')).toMatchObject({ ok: true, content: false });
      expect(find(checks, 'row 3 progressText')).toMatchObject({ ok: true, content: false });
      expect(find(checks, 'row 4 target')).toMatchObject({ ok: true, content: true, sure: true });
      expect(find(checks, 'column id')).toMatchObject({ content: true });
    });

    it('目标列没标不确定却读错：无提示的错', () => {
      const checks = compareRecognition(entry, recognition, null);
      expect(find(checks, 'row 3 target')).toMatchObject({ ok: false, content: true, sure: true });
      expect(scoreCorpus([checks]).silent).toBeGreaterThanOrEqual(1);
    });

    it('目标列标为不确定、或该行带有警告时，同样的错不算无提示', () => {
      const unsureTarget: Recognition = { ...recognition, unsure: ['target'] };
      expect(find(compareRecognition(entry, unsureTarget, null), 'row 3 target')).toMatchObject({ ok: false, sure: false });
      const warnedRow: Recognition = { ...recognition, issues: [...recognition.issues, { severity: 'warning', code: 'constructed', cell: null, indicatorRow: 3, params: {} }] };
      expect(find(compareRecognition(entry, warnedRow, null), 'row 3 target')).toMatchObject({ ok: false, sure: false });
      // Row 4 carries no warning: its checks stay sure.
      expect(find(compareRecognition(entry, warnedRow, null), 'row 4 target')).toMatchObject({ ok: true, sure: true });
    });

    it('识别程序就该行的目标提了问（从名称里读出的目标），目标与单位读错不算无提示；别的行照旧', () => {
      const asked: Recognition = {
        ...recognition,
        questions: [...recognition.questions, { kind: 'row', row: 3, name: '构造', field: 'target', fields: ['target'], reason: 'name', value: 1, text: '构造', unit: null, cell: { sheet: '目标任务', row: 3, col: 2 }, confidence: 0.6 }],
      };
      const checks = compareRecognition(entry, asked, null);
      expect(find(checks, 'row 3 target')).toMatchObject({ ok: false, sure: false });
      expect(find(checks, 'row 4 target')).toMatchObject({ ok: true, sure: true });
    });

    it('逐行提问覆盖它问到的数、该行的单位与类型，以及该行是不是一项指标；别的行照旧', () => {
      const asked: Recognition = {
        ...recognition,
        questions: [...recognition.questions, { kind: 'row', row: 3, name: '构造', field: 'actual', fields: ['actual'], reason: 'sentence', value: 58.3, text: '构造', unit: null, cell: { sheet: '目标任务', row: 3, col: 5 }, confidence: 0.6 }],
      };
      const wrongKind = entryWith([{ ...indicators[0], target: 120, actual: 1, kind: 'qualitative' }, indicators[1]]);
      const checks = compareRecognition(wrongKind, asked, null);
      expect(find(checks, 'row 3 actual')).toMatchObject({ ok: false, sure: false });
      expect(find(checks, 'row 3 kind')).toMatchObject({ ok: false, sure: false });
      expect(find(checks, 'row 3 target')).toMatchObject({ ok: true, sure: true });
      const bare: Recognition = {
        ...recognition,
        questions: [{ kind: 'row', row: 4, name: '新增就业', field: 'name', fields: ['name'], reason: 'bare', value: null, text: '新增就业', unit: null, cell: { sheet: '目标任务', row: 4, col: 2 }, confidence: 0.5 }],
      };
      const extra = compareRecognition(entryWith([indicators[0]]), bare, null).find((c) => c.what === 'row 4');
      expect(extra).toMatchObject({ ok: false, sure: false });
    });

    it('识别程序警告过时段是假定的（表中没写时段），时段读错不算无提示', () => {
      const assumed: Recognition = { ...recognition, issues: [...recognition.issues, { severity: 'warning', code: 'recognize-period-missing', cell: null, params: { year: 2024 } }] };
      const wrongPeriod: CorpusEntry = { ...entry, expect: { kind: 'table', table: { ...(entry.expect as { table: ExpectedTable }).table, period: { year: 2024, fromMonth: 1, toMonth: 12 } } } };
      expect(find(compareRecognition(wrongPeriod, recognition, null), 'period')).toMatchObject({ ok: false, sure: true });
      expect(find(compareRecognition(wrongPeriod, assumed, null), 'period')).toMatchObject({ ok: false, sure: false });
    });

    it('没读出的指标、没读出的表：读错但识别程序什么也没说，不算无提示的错', () => {
      const checks = compareRecognition(entryWith([...indicators, { row: 5, name: '没有读出的指标', target: 1 }]), recognition, null);
      expect(find(checks, 'row 5 target')).toMatchObject({ ok: false, content: true, sure: false });
      const none = compareRecognition(entry, null, 'constructed failure');
      expect(none.every((c) => !c.ok && !c.sure)).toBe(true);
      expect(scoreCorpus([none]).silent).toBe(0);
    });

    it('读出表里没有的指标：不计入含内容的检查，但算无提示的错', () => {
      const extra = find(compareRecognition(entryWith([indicators[0]]), recognition, null), 'row 4');
      expect(extra).toMatchObject({ ok: false, content: false, sure: true });
    });
  });
});
