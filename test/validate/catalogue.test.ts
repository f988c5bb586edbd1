import { enUS } from '../../src/core/i18n/en-US';
import { zhCN } from '../../src/core/i18n/zh-CN';
import { ISSUE_CATALOGUE, VALIDATION_CODES } from '../../src/core/validate';
import * as fs from 'node:fs';
import * as path from 'node:path';

const tables: Record<string, Record<string, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

describe('校验规则目录', () => {
  it.each(VALIDATION_CODES)('%s 在中英文消息表中都有说明和建议', (code) => {
    for (const table of Object.values(tables)) {
      expect(table[`issue.${code}`]).toEqual(expect.any(String));
      expect(table[`issue.${code}.fix`]).toEqual(expect.any(String));
    }
  });

  it('中英文消息用的是同一组参数', () => {
    const placeholders = (text: string) => new Set(text.match(/\{\w+\}/g) ?? []);
    for (const code of VALIDATION_CODES) {
      const zh = placeholders(zhCN[`issue.${code}` as keyof typeof zhCN]);
      const en = placeholders(enUS[`issue.${code}` as keyof typeof enUS]);
      // English may leave out Chinese-only detail (the cause of an Excel error), never add a parameter.
      for (const name of en) expect(zh).toContain(name);
    }
  });

  it('每个代码都由 rules/ 下它所登记的文件发出', () => {
    const rulesDir = path.join(__dirname, '../../src/core/validate');
    for (const [code, entry] of Object.entries(ISSUE_CATALOGUE)) {
      const file = entry.rule === 'index' ? path.join(rulesDir, 'index.ts') : path.join(rulesDir, 'rules', `${entry.rule}.ts`);
      expect(fs.existsSync(file)).toBe(true);
      // The catalogue names the file; a code no rule emits would be a dead entry.
      expect(fs.readFileSync(file, 'utf8')).toMatch(new RegExp(`['"]${code}['"]|CODES`));
    }
  });
});
