// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layers the README's "Layout" draws, held by a test: the domain core imports in one
 * direction, never in a circle, and never reaches for the web app, the command line, React,
 * Cytoscape or the DOM, so it runs the same in Node, in the browser and in tests.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');

/** The core folders, each allowed to import only from itself and the folders before it. */
const CORE_ORDER = ['model', 'names', 'input', 'graph', 'data', 'planner', 'export'] as const;

/** Packages that belong to the web app: the core renders nothing. */
const UI_PACKAGES = ['react', 'react-dom', 'cytoscape'];

const SOURCE_FILE = /\.(ts|tsx|mts|mjs)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return SOURCE_FILE.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const coreFiles = CORE_ORDER.flatMap((folder) => filesUnder(join(SRC, folder)));

/** `src/planner/plan.ts` */
const shown = (path: string) => relative(ROOT, path).split('\\').join('/');

/** The src/ folder a path lies in, or undefined outside src/. */
function folderOf(path: string): string | undefined {
  const inside = relative(SRC, path).split(/[\\/]/);
  return inside.length > 1 && inside[0] !== '..' ? inside[0] : undefined;
}

const rank = (folder: string | undefined) => CORE_ORDER.indexOf(folder as (typeof CORE_ORDER)[number]);

interface Import {
  specifier: string;
  /** The file a relative specifier names; undefined for a package. */
  target?: string;
  line: number;
}

/** Every module a file names: import and export-from declarations, `import x = require()`, import() and require(). */
function importsOf(file: ts.SourceFile): Import[] {
  const found: Import[] = [];
  const add = (literal: ts.Expression | undefined) => {
    if (!literal || !ts.isStringLiteralLike(literal)) return;
    const specifier = literal.text;
    const line = file.getLineAndCharacterOfPosition(literal.getStart(file)).line + 1;
    found.push({
      specifier,
      line,
      ...(specifier.startsWith('.') ? { target: resolve(dirname(file.fileName), specifier) } : {}),
    });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) add(node.moduleSpecifier);
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference))
      add(node.moduleReference.expression);
    else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      add(node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

let program: ts.Program;
let imports: Map<string, Import[]>;

beforeAll(() => {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  program = ts.createProgram(coreFiles, { ...config!.options, noEmit: true });
  imports = new Map(coreFiles.map((path) => [path, importsOf(program.getSourceFile(path)!)]));
}, 120_000);

describe('the domain core', () => {
  it('finds the core files it checks', () => {
    for (const folder of CORE_ORDER)
      expect(
        coreFiles.some((f) => folderOf(f) === folder),
        `src/${folder}/ has files`,
      ).toBe(true);
  });

  it('keeps the folder order the README draws', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const drawn = readme.split('\n').find((line) => line.startsWith('model ──►'));
    expect(drawn?.split('──►').map((name) => name.trim())).toEqual([...CORE_ORDER]);
  });

  it('never imports the web app, the command line, React or Cytoscape', () => {
    const faults: string[] = [];
    for (const [path, list] of imports) {
      for (const { specifier, target, line } of list) {
        const where = `${shown(path)}:${line} imports "${specifier}"`;
        if (target !== undefined) {
          const folder = folderOf(target);
          if (rank(folder) === -1)
            faults.push(`${where}, which is ${folder ? `src/${folder}/` : shown(target)}, outside the core`);
        } else if (UI_PACKAGES.some((name) => specifier === name || specifier.startsWith(`${name}/`))) {
          faults.push(`${where}, a web app package`);
        }
      }
    }
    expect(faults).toEqual([]);
  });

  it('imports only from its own folder and the folders before it', () => {
    const faults: string[] = [];
    for (const [path, list] of imports) {
      const from = folderOf(path)!;
      for (const { specifier, target, line } of list) {
        const to = target === undefined ? undefined : folderOf(target);
        if (to !== undefined && rank(to) > rank(from)) {
          faults.push(
            `${shown(path)}:${line} imports "${specifier}": ${to}/ comes after ${from}/ (order: ${CORE_ORDER.join(' → ')})`,
          );
        }
      }
    }
    expect(faults).toEqual([]);
  });

  it('has no import cycle between its files', () => {
    const edges = new Map(
      [...imports].map(([path, list]) => [
        path,
        list.flatMap((i) => (i.target && imports.has(i.target) ? [i.target] : [])),
      ]),
    );
    // Depth-first search: an edge back to a file still on the path closes a cycle.
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const cycles: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      path.push(file);
      for (const next of edges.get(file) ?? []) {
        if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].map(shown).join(' → '));
        else if (!state.has(next)) visit(next);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of edges.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it('uses no DOM global (document, window, navigator, localStorage…)', () => {
    const checker = program.getTypeChecker();
    const NODE_TYPES = /node_modules[\\/](@types[\\/]node|undici-types)[\\/]/;
    const isDomLib = (file: ts.SourceFile) => /[\\/]lib\.dom(\.[\w.]+)?\.d\.ts$/.test(file.fileName);
    // Names the browser's lib.dom declares at the top level; only these are asked of the checker.
    const domNames = new Set(
      program
        .getSourceFiles()
        .filter(isDomLib)
        .flatMap((lib) =>
          lib.statements.flatMap((statement) => {
            if (ts.isVariableStatement(statement))
              return statement.declarationList.declarations.flatMap((d) =>
                ts.isIdentifier(d.name) ? [d.name.text] : [],
              );
            const name = (statement as { name?: ts.Node }).name;
            return name && ts.isIdentifier(name) ? [name.text] : [];
          }),
        ),
    );
    const domOnly = (symbol: ts.Symbol | undefined) => {
      const declarations = symbol?.getDeclarations() ?? [];
      // Node declares some of the same globals (URL, console, fetch): those run everywhere.
      return (
        declarations.some((d) => isDomLib(d.getSourceFile())) &&
        !declarations.some((d) => NODE_TYPES.test(d.getSourceFile().fileName))
      );
    };
    // `decoder.decode` names a member, not a global; `globalThis.document` still names the global.
    const isMemberName = (node: ts.Identifier) => {
      const parent = node.parent;
      if (ts.isPropertyAccessExpression(parent) && parent.name === node)
        return !(ts.isIdentifier(parent.expression) && parent.expression.text === 'globalThis');
      return ts.isQualifiedName(parent) && parent.right === node;
    };
    const faults: string[] = [];
    for (const path of coreFiles) {
      const file = program.getSourceFile(path)!;
      const visit = (node: ts.Node) => {
        // A name the browser's lib.dom declares and Node does not: document, window, HTMLElement…
        if (
          ts.isIdentifier(node) &&
          domNames.has(node.text) &&
          !isMemberName(node) &&
          domOnly(checker.getSymbolAtLocation(node))
        ) {
          const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
          faults.push(`${shown(path)}:${line} uses the DOM's "${node.text}"`);
        }
        ts.forEachChild(node, visit);
      };
      visit(file);
    }
    expect(faults).toEqual([]);
  }, 60_000);
});
