/**
 * The layers of src/, lowest first, and what each folder may import. The core is pure (a lint
 * rule keeps node:fs, process and @actions/* out of it) and imports only layers below it; the
 * adapters above it (files, git, HTTP, threads, the process, GitHub) may import the whole core
 * and the adapters listed for them. A file may always import its own folder. A rule two layers
 * share, such as the allotment arithmetic, lives in the lower one and is imported from there.
 *
 * Modules import one another in one direction too: no file reaches itself again through its
 * imports, type-only imports included (a cycle of types still ties the files together: neither
 * can be read, moved or tested without the other).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** The core, lowest first: each layer may import the ones before it. */
const CORE: Record<string, string[]> = {
  common: [],
  tokenize: ['common'],
  catalog: ['common', 'tokenize'],
  prompts: ['common', 'tokenize'],
  config: ['common', 'tokenize', 'catalog', 'prompts'],
  budget: ['common', 'tokenize', 'catalog', 'prompts', 'config'],
  guard: ['common', 'tokenize', 'catalog', 'prompts', 'config', 'budget'],
  render: ['common', 'tokenize', 'catalog', 'prompts', 'config', 'budget'],
  limits: ['common', 'tokenize', 'catalog', 'prompts', 'config', 'budget', 'guard'],
};

/** The adapters and commands, lowest first: each may import the whole core and the adapters listed. */
const ADAPTERS: Record<string, string[]> = {
  files: [],
  git: ['files'],
  vendors: ['files'],
  parallel: [],
  stores: [],
  run: ['files', 'git', 'vendors'],
  lib: ['files', 'run', 'stores'],
  adopt: [],
  cli: ['files', 'git', 'parallel', 'run', 'adopt'],
  github: ['files', 'git', 'parallel', 'run'],
};

const ALLOWED: Record<string, ReadonlySet<string>> = Object.fromEntries([
  ...Object.entries(CORE).map(([folder, below]) => [folder, new Set([folder, ...below])]),
  ...Object.entries(ADAPTERS).map(([folder, below]) => [folder, new Set([folder, ...Object.keys(CORE), ...below])]),
]);

function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** src/-relative path → the src/ modules it imports, re-exports or loads (static, dynamic, type-only). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(SRC)) {
    // The compiler's own scan: it sees every import form and nothing inside strings or comments.
    const specifiers = ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((imported) => imported.fileName);
    const targets = specifiers
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => relative(SRC, resolve(dirname(file), specifier)).split('\\').join('/').replace(/\.js$/, '.ts'))
      .filter((target) => !target.startsWith('../')); // ../package.json: data, not a layer
    graph.set(relative(SRC, file).split('\\').join('/'), targets);
  }
  return graph;
}

const folderOf = (path: string): string => (path.includes('/') ? path.slice(0, path.indexOf('/')) : '(src/)');

/** One path per cycle, as `a.ts → b.ts → a.ts`, each cycle once whichever file it is entered from. */
function cycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const found = new Map<string, string>();
  const done = new Set<string>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const visit = (file: string): void => {
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (onStack.has(target)) {
        const loop = stack.slice(stack.indexOf(target));
        const first = loop.indexOf([...loop].sort()[0]!);
        const rotated = [...loop.slice(first), ...loop.slice(0, first)];
        found.set(rotated.join(' '), [...rotated, rotated[0]].join(' → '));
      } else if (!done.has(target) && graph.has(target)) visit(target);
    }
    stack.pop();
    onStack.delete(file);
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) if (!done.has(file)) visit(file);
  return [...found.values()].sort();
}

describe('layering', () => {
  const graph = importGraph();

  it('places every folder of src/ in the table, and no module loose at src/', () => {
    expect(graph.size).toBeGreaterThan(100);
    const unplaced = [...new Set([...graph.keys()].map(folderOf))].filter((folder) => !(folder in ALLOWED));
    expect(unplaced, 'add these folders to CORE or ADAPTERS in test/unit/layering.test.ts (and to the core list of eslint.config.js when they are core)').toEqual([]);
  });

  it('has no folder import one above it or beside it', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      targets.filter((target) => !ALLOWED[folderOf(file)]?.has(folderOf(target))).map((target) => `${file} → ${target}`),
    );
    expect(upward, 'move what both need to the lower folder').toEqual([]);
  });

  it('lints as core exactly the core folders (eslint.config.js keeps node:fs, process and @actions/* out of them)', () => {
    const config = readFileSync(resolve(SRC, '../eslint.config.js'), 'utf8');
    const coreLine = config.split('\n').find((line) => line.includes("'src/common/**'")) ?? '';
    const linted = [...coreLine.matchAll(/'src\/([\w-]+)\/\*\*'/g)].map((m) => m[1]!);
    expect(linted.sort()).toEqual(Object.keys(CORE).sort());
  });

  it('has no import cycle between modules, type-only imports included', () => {
    expect(cycles(graph), 'move what the modules share to the lower one, or to a small module below both').toEqual([]);
  });
});
