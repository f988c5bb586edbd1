import { EXCEL_LIMITS, longestTextConstant, nestingDepth, sheetNameProblem } from '../../src/core/limits';

/** The table says where each figure comes from, and the figure is in the words it quotes. */
describe('Excel 的限制表：每项注明出处', () => {
  it.each(Object.entries(EXCEL_LIMITS))('%s：出自微软的页面，引文里有这个数', (_name, limit) => {
    expect(limit.source.url).toMatch(/^https:\/\/(support|learn)\.microsoft\.com\//);
    const figure = limit.unit === 'bytes' ? `${limit.value / 1024 / 1024}MB` : limit.value.toLocaleString('en-US');
    const quoted = limit.source.quote.includes(figure) || limit.source.quote.includes(String(limit.value)) || limit.source.quote.includes('five million');
    expect(quoted).toBe(true);
  });

  it('表名：31 个字符、不含 [ ] : * ? / \\、首尾无撇号、不叫 History / 历史记录', () => {
    expect(sheetNameProblem('汇'.repeat(31))).toBeNull();
    expect(sheetNameProblem('汇'.repeat(32))).toMatch(/32 characters/);
    expect(sheetNameProblem('a/b')).not.toBeNull();
    expect(sheetNameProblem("'汇总")).not.toBeNull();
    expect(sheetNameProblem('HISTORY')).not.toBeNull();
    expect(sheetNameProblem('历史记录')).not.toBeNull();
    expect(sheetNameProblem('历史记录表')).toBeNull();
  });

  it('公式的嵌套层数不算文字里的括号；文字常量按 "" 算一个引号', () => {
    expect(nestingDepth('=IF(A1>0,ROUND(A1,2),"(((")')).toBe(2);
    expect(longestTextConstant('=HYPERLINK("#\'表\'!A1","说""明")')).toBe(7);
    expect(longestTextConstant('="说""明"')).toBe(3);
  });
});
