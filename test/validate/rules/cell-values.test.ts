import { build, indicator, section, soundRow, strayRow } from '../table-builder';
import { findings } from '../found';

describe('excel-error Excel 错误值', () => {
  it.each([
    ['#DIV/0!', '除数为 0'],
    ['#N/A', 'VLOOKUP'],
    ['#REF!', '已被删除'],
    ['#VALUE!', '文字'],
  ])('%s 报错并说明常见原因', (error, cause) => {
    const built = build([indicator(soundRow({ completionRate: { error } }))]);
    const [found] = findings(built, 'excel-error');
    expect(found.cell).toBe(built.ref('固定资产投资', 'completionRate'));
    expect(found.issue.severity).toBe('error');
    expect(found.issue.indicatorRow).toBe(built.rowOf('固定资产投资'));
    expect(found.message).toBe(`${found.cell}（“完成率”）是 Excel 错误值 ${error}，读不出数字。`);
    expect(found.fix).toContain(cause);
  });

  it('识别未收入指标的错误值（目标栏 #N/A）也从单元格本身查出', () => {
    const built = build([indicator(soundRow({ target: { error: '#N/A' } }))]);
    expect(built.table.indicators[0].target).toBeNull();
    expect(findings(built, 'excel-error').map((item) => item.cell)).toEqual([built.ref('固定资产投资', 'target')]);
  });

  it('作为文字粘贴进来的 #DIV/0! 也算错误值', () => {
    const built = build([indicator(soundRow({ lastYear: '#DIV/0!' }))]);
    expect(findings(built, 'excel-error')).toHaveLength(1);
  });

  it('分组行的小计公式出错也报，但不挂在任何指标上', () => {
    const built = build([section('勤政目标'), strayRow({ name: '小计', weight: { error: '#REF!' } }), indicator(soundRow())]);
    const [found] = findings(built, 'excel-error');
    expect(found.cell).toBe('考核指标!L4');
    expect(found.issue.indicatorName).toBeUndefined();
  });

  it('没有错误值时不报', () => {
    expect(findings(build([indicator(soundRow())]), 'excel-error')).toEqual([]);
  });
});

describe('formula-without-value 公式没有计算结果', () => {
  it('有公式而缓存值为空时提醒重新计算', () => {
    const built = build([indicator(soundRow({ completionRate: null, formulas: { completionRate: '=F3/D3' } }))]);
    const [found] = findings(built, 'formula-without-value');
    expect(found.cell).toBe(built.ref('固定资产投资', 'completionRate'));
    expect(found.issue.severity).toBe('warning');
    expect(found.message).toContain('=F3/D3');
  });

  it('公式算出了结果（包括空文本）时不报', () => {
    const computed = build([indicator(soundRow({ completionRate: 0.4433, formulas: { completionRate: '=F3/D3' } }))]);
    expect(findings(computed, 'formula-without-value')).toEqual([]);
    const emptyText = build([indicator(soundRow({ completionRate: '', formulas: { completionRate: '=IF(D3="","",F3/D3)' } }))]);
    expect(findings(emptyText, 'formula-without-value')).toEqual([]);
  });
});
