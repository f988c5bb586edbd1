import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  BASELINE_EXCEL_API,
  compareVersions,
  detectCapabilities,
  FEATURE_REQUIREMENTS,
  featureOfCall,
  HOST_FEATURES,
  type LoadedLibrary,
  loadedLibraryOf,
} from '../../src/excel/requirement-sets';
import { officeCalls, sourceFiles } from './office-calls';

/**
 * Every Office.js member the host uses must be in the requirement-set table, under a feature whose ExcelApi
 * version is at least the one @types/office-js documents for that member ("[Api set: ExcelApi 1.x]").
 * The TypeScript checker resolves each property access, so nothing is matched by guesswork on names.
 */
describe('要求集：每个 Office.js 调用都登记在表中，版本不低于官方说明', () => {
  const calls = officeCalls(sourceFiles());

  it('找到了宿主用到的 Office.js 调用（检查本身在工作）', () => {
    const names = new Set(calls.map((call) => call.call));
    for (const expected of ['Range.formulas', 'Worksheet.getUsedRange', 'WorksheetCollection.add', 'Range.getMergedAreasOrNullObject', 'NoteCollection.add']) {
      expect(names.has(expected)).toBe(true);
    }
  });

  it('每个调用都属于表中某项功能', () => {
    const missing = calls.filter((call) => featureOfCall(call.call) === null).map((call) => `${call.call} (${call.where})`);
    expect(missing).toEqual([]);
  });

  it('表中给出的 ExcelApi 版本不低于每个调用所需的版本', () => {
    const tooLow: string[] = [];
    for (const call of calls) {
      const feature = featureOfCall(call.call);
      if (!feature || !call.apiSet) continue;
      const [set, version] = call.apiSet.split(' ');
      const declared = FEATURE_REQUIREMENTS[feature];
      if (set !== 'ExcelApi') tooLow.push(`${call.call} needs ${call.apiSet}, which is not a cross-platform ExcelApi set (${call.where})`);
      else if (compareVersions(declared.version, version) < 0) tooLow.push(`${call.call} needs ExcelApi ${version}, table says ${declared.version} (${call.where})`);
    }
    expect(tooLow).toEqual([]);
  });

  it('表中登记的每个调用都确实用到了（表与代码一致）', () => {
    const used = new Set(calls.map((call) => call.call));
    const listed = HOST_FEATURES.flatMap((feature) => FEATURE_REQUIREMENTS[feature].calls);
    expect(listed.filter((call) => !used.has(call))).toEqual([]);
  });

  it('必需功能只用 ExcelApi 1.1（清单承诺的最低版本之内），其余都是可选功能', () => {
    const manifest = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    const minimum = /<Set Name="ExcelApi" MinVersion="([\d.]+)"/.exec(manifest)?.[1];
    expect(minimum).toBeDefined();
    for (const feature of HOST_FEATURES) {
      const need = FEATURE_REQUIREMENTS[feature];
      if (need.required) expect([feature, need.version, compareVersions(need.version, minimum ?? '0') <= 0]).toEqual([feature, BASELINE_EXCEL_API, true]);
      else expect([feature, compareVersions(need.version, BASELINE_EXCEL_API) > 0]).toEqual([feature, true]);
    }
  });

  const everything: LoadedLibrary = () => true;
  const upTo = (max: string) => (name: string, version: string) => name === 'ExcelApi' && compareVersions(version, max) <= 0;

  it('按 Excel 支持的版本决定哪些可选功能要略去', () => {
    expect(detectCapabilities(upTo('1.18'), everything).skipped).toEqual([]);
    expect(detectCapabilities(upTo('1.14'), everything).skipped).toEqual(['notes']);
    expect(detectCapabilities(upTo('1.7'), everything).skipped).toEqual(['merged-areas-read', 'bold-read', 'page-layout', 'indent', 'notes', 'data-validation']);
    expect(detectCapabilities(upTo('1.1'), everything).skipped).toEqual(HOST_FEATURES.filter((feature) => !FEATURE_REQUIREMENTS[feature].required));
  });

  it('Excel 声称支持 1.18，但加载的 office.js 没有 NoteCollection：批注照样略去，原因是库里没有', () => {
    const withoutNotes: LoadedLibrary = (className, member) => className !== 'NoteCollection' && !(className === 'Worksheet' && member === 'notes');
    const capabilities = detectCapabilities(upTo('1.18'), withoutNotes);
    expect(capabilities.skipped).toEqual(['notes']);
    expect(capabilities.reasons.get('notes')).toBe('library-lacks');
    expect(capabilities.has('notes')).toBe(false);
    expect(capabilities.broken).toEqual([]);
  });

  it('加载的 office.js 连 ExcelApi 1.1 的成员都缺：报告为无法运行，而不是悄悄略去', () => {
    const withoutAdd: LoadedLibrary = (className, member) => !(className === 'WorksheetCollection' && member === 'add');
    expect(detectCapabilities(upTo('1.18'), withoutAdd).broken).toEqual(['WorksheetCollection.add']);
  });

  it('loadedLibraryOf 查看真实 office.js 的类原型：有的成员为真，没有的为假', () => {
    class Worksheet {
      get charts(): number {
        return 1;
      }
    }
    const loaded = loadedLibraryOf({ Worksheet });
    expect(loaded('Worksheet', 'charts')).toBe(true);
    expect(loaded('Worksheet', 'notes')).toBe(false);
    expect(loaded('NoteCollection', 'add')).toBe(false);
    expect(loadedLibraryOf(undefined)('Worksheet', 'charts')).toBe(false);
  });
});
