// core/index.ts is the core's public surface: it exports what the adapters (src/vscode, src/cli,
// src/action, src/node) and the tests that go through it import, and nothing else. An export
// nobody imports is dead surface: remove it (and the code, if nothing inside the core uses it).
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type * as TS from 'typescript';
import { repoRoot } from './helpers/repo-root';

const ts = createRequire(__filename)('typescript') as typeof TS;
const root = repoRoot();
const INDEX = path.join(root, 'src', 'core', 'index.ts');

function parse(file: string): TS.SourceFile {
  return ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
}

/** The names a module exports, following `export *` (syntax only: the core's modules declare theirs at the top level). */
function exportsOf(file: string): string[] {
  const names: string[] = [];
  for (const node of parse(file).statements) {
    if (ts.isExportDeclaration(node)) {
      if (node.exportClause && ts.isNamedExports(node.exportClause)) names.push(...node.exportClause.elements.map((e) => e.name.text));
      else if (!node.exportClause && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) names.push(...exportsOf(path.join(path.dirname(file), `${node.moduleSpecifier.text}.ts`)));
      continue;
    }
    const exported = ts.canHaveModifiers(node) && ts.getModifiers(node)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    if (ts.isVariableStatement(node)) names.push(...node.declarationList.declarations.map((d) => d.name.getText()));
    else if ('name' in node && node.name && ts.isIdentifier(node.name as TS.Node)) names.push((node.name as TS.Identifier).text);
  }
  return names;
}

function sources(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return (fs.readdirSync(abs, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(abs, f));
}

/** Every name imported from core/index.ts by these files: named imports, re-exports and `await import()` destructuring. */
function importedNames(files: readonly string[]): Set<string> {
  const names = new Set<string>();
  const fromIndex = (specifier: TS.Node | undefined, file: string) =>
    !!specifier && ts.isStringLiteral(specifier) && path.resolve(path.dirname(file), specifier.text) === INDEX.replace(/\.ts$/, '');
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    if (!text.includes('core/index')) continue;
    const visit = (node: TS.Node): void => {
      if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && fromIndex(node.moduleSpecifier, file)) {
        const bindings = ts.isImportDeclaration(node) ? node.importClause?.namedBindings : node.exportClause;
        if (bindings && (ts.isNamedImports(bindings) || ts.isNamedExports(bindings))) for (const e of bindings.elements) names.add((e.propertyName ?? e.name).text);
        else if (bindings || (ts.isExportDeclaration(node) && !node.exportClause)) names.add('*'); // a namespace: counts as using everything
      }
      if (ts.isVariableDeclaration(node) && ts.isObjectBindingPattern(node.name) && node.initializer) {
        const call = ts.isAwaitExpression(node.initializer) ? node.initializer.expression : node.initializer;
        if (ts.isCallExpression(call) && call.expression.kind === ts.SyntaxKind.ImportKeyword && fromIndex(call.arguments[0], file)) {
          for (const e of node.name.elements) names.add((e.propertyName ?? e.name).getText());
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true));
  }
  return names;
}

describe('core/index.ts exports', () => {
  it('exports only what the adapters and the tests import through it', () => {
    const users = importedNames([...['src/vscode', 'src/cli', 'src/action', 'src/node', 'test', 'bench'].flatMap(sources)]);
    assert.ok(!users.has('*'), 'a namespace import of core/index hides which names are used: import them by name');
    const exported = exportsOf(INDEX);
    assert.ok(exported.includes('lintDocument') && exported.includes('Range'), 'the export reader lost track of index.ts');
    assert.deepEqual(exported.filter((name) => !users.has(name)).sort(), []);
  });
});
