import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

/**
 * Every Office.js member a set of TypeScript files touches, found by the TypeScript checker (each property
 * access resolved to its declaration in @types/office-js, so nothing is matched by guessing on names), with
 * the features whose run-time check guards the access.
 */
export const EXCEL_DIR = path.join(__dirname, '..', '..', 'src', 'excel');

export interface OfficeCall {
  /** "Class.member" of the Excel namespace. */
  readonly call: string;
  /** A class of the library (Range, Worksheet …), not a plain data shape (CellProperties, RangeHyperlink). */
  readonly onClass: boolean;
  /** The "[Api set: ExcelApi 1.x]" @types/office-js documents for the member. */
  readonly apiSet: string | null;
  readonly where: string;
  /** Features checked before this access: `capabilities.has('x')` or `usable('x', …)` earlier in an enclosing function or its callers. */
  readonly guards: ReadonlySet<string>;
}

export function sourceFiles(dir = EXCEL_DIR): string[] {
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => path.join(dir, name));
}

const GUARD = /(?:\.has|\busable)\(\s*'([a-z-]+)'/g;

function isFunctionLike(node: ts.Node): node is ts.FunctionLikeDeclaration {
  return ts.isFunctionDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isMethodDeclaration(node);
}

/** Guards written in `scope` before `position`. */
function guardsBefore(scope: ts.Node, position: number, file: ts.SourceFile): string[] {
  const text = file.text.slice(scope.getStart(file), position);
  return [...text.matchAll(GUARD)].map((match) => match[1]);
}

/**
 * The guards around a node: in each enclosing function, those written before the node; and, for a named
 * function that has none, those around every place in the file that refers to it (a helper called only
 * from a guarded step is guarded too).
 */
function guardsAround(node: ts.Node, file: ts.SourceFile, checker: ts.TypeChecker, depth = 0): Set<string> {
  const found = new Set<string>();
  let scope: ts.Node | undefined = node.parent;
  let outermostNamed: ts.FunctionDeclaration | null = null;
  while (scope && !ts.isSourceFile(scope)) {
    if (isFunctionLike(scope)) {
      for (const guard of guardsBefore(scope, node.getStart(file), file)) found.add(guard);
      if (ts.isFunctionDeclaration(scope) && scope.name) outermostNamed = scope;
    }
    scope = scope.parent;
  }
  if (outermostNamed?.name && depth < 3) {
    const symbol = checker.getSymbolAtLocation(outermostNamed.name);
    const references: ts.Node[] = [];
    const visit = (child: ts.Node): void => {
      if (ts.isIdentifier(child) && child !== outermostNamed?.name && checker.getSymbolAtLocation(child) === symbol) references.push(child);
      ts.forEachChild(child, visit);
    };
    visit(file);
    // Guarded only if every use is guarded: one unguarded caller is enough to reach the member.
    const perUse = references.map((reference) => guardsAround(reference, file, checker, depth + 1));
    if (perUse.length > 0) {
      for (const guard of perUse[0]) if (perUse.every((guards) => guards.has(guard))) found.add(guard);
    }
  }
  return found;
}

export function officeCalls(files: readonly string[]): OfficeCall[] {
  const program = ts.createProgram([...files], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: ['office-js', 'node'],
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const wanted = new Set(files.map((file) => path.resolve(file)));
  const calls: OfficeCall[] = [];
  for (const file of program.getSourceFiles()) {
    if (!wanted.has(path.resolve(file.fileName))) continue;
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
            calls.push({
              call: `${owner.name.text}.${node.name.text}`,
              onClass: ts.isClassDeclaration(owner),
              apiSet: match ? match[1] : null,
              where: `${path.basename(file.fileName)}:${line + 1}`,
              guards: guardsAround(node, file, checker),
            });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return calls;
}
