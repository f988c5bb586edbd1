import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { compareVersions, detectCapabilities, FEATURE_REQUIREMENTS, featureOfCall, HOST_FEATURES } from '../../src/excel/requirement-sets';

/**
 * Every Office.js member the host uses must be in the requirement-set table, under a feature whose ExcelApi
 * version is at least the one @types/office-js documents for that member ("[Api set: ExcelApi 1.x]").
 * The TypeScript checker resolves each property access, so nothing is matched by guesswork on names.
 */
const EXCEL_DIR = path.join(__dirname, '..', '..', 'src', 'excel');

interface OfficeCall {
  readonly call: string;
  readonly apiSet: string | null;
  readonly where: string;
}

function officeCalls(): OfficeCall[] {
  const files = fs
    .readdirSync(EXCEL_DIR)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(EXCEL_DIR, name));
  const program = ts.createProgram(files, {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: ['office-js', 'node'],
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const calls: OfficeCall[] = [];
  for (const file of program.getSourceFiles()) {
    if (!file.fileName.startsWith(EXCEL_DIR.replace(/\\/g, '/')) && !path.resolve(file.fileName).startsWith(EXCEL_DIR)) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const declaration = symbol?.declarations?.[0];
        const owner = declaration?.parent;
        const namespace = owner?.parent?.parent;
        const inOfficeTypes = declaration?.getSourceFile().fileName.includes('@types/office-js') ?? false;
        if (declaration && inOfficeTypes && owner && (ts.isClassDeclaration(owner) || ts.isInterfaceDeclaration(owner)) && owner.name) {
          const namespaceName = namespace && ts.isModuleDeclaration(namespace) ? namespace.name.getText() : '';
          if (namespaceName === 'Excel') {
            const docs = ts.getJSDocCommentsAndTags(declaration).map((doc) => doc.getText()).join('\n');
            const match = /\[Api set: (\w+ [\d.]+)\]/.exec(docs);
            const { line } = file.getLineAndCharacterOfPosition(node.getStart());
            calls.push({ call: `${owner.name.text}.${node.name.text}`, apiSet: match ? match[1] : null, where: `${path.basename(file.fileName)}:${line + 1}` });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return calls;
}

describe('要求集：每个 Office.js 调用都登记在表中，版本不低于官方说明', () => {
  const calls = officeCalls();

  it('找到了宿主用到的 Office.js 调用（检查本身在工作）', () => {
    const names = new Set(calls.map((call) => call.call));
    expect(names).toEqual(expect.objectContaining({}));
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

  it('必需功能都在清单承诺的最低版本之内，可选功能高于它', () => {
    const manifest = fs.readFileSync(path.join(__dirname, '..', '..', 'manifest.xml'), 'utf8');
    const minimum = /<Set Name="ExcelApi" MinVersion="([\d.]+)"/.exec(manifest)?.[1];
    expect(minimum).toBeDefined();
    for (const feature of HOST_FEATURES) {
      const need = FEATURE_REQUIREMENTS[feature];
      if (need.required) expect([feature, compareVersions(need.version, minimum ?? '0') <= 0]).toEqual([feature, true]);
      else expect([feature, compareVersions(need.version, minimum ?? '0') > 0]).toEqual([feature, true]);
    }
  });

  it('按 Excel 支持的版本决定哪些可选功能要略去', () => {
    const upTo = (max: string) => (name: string, version: string) => name === 'ExcelApi' && compareVersions(version, max) <= 0;
    expect(detectCapabilities(upTo('1.18')).skipped).toEqual([]);
    expect(detectCapabilities(upTo('1.14')).skipped).toEqual(['notes']);
    expect(detectCapabilities(upTo('1.7')).skipped).toEqual(['merged-areas-read', 'bold-read', 'page-layout', 'indent', 'notes']);
  });
});
