/**
 * The core (config, tokenize, budget, render, prompts, catalog) sits below the commands built on
 * it: it never imports src/adopt (init, ratchet) nor an adapter (src/cli, src/github). A rule both
 * layers share, such as the allotment arithmetic, lives in the core and is imported from there.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');
const CORE = ['common', 'guard', 'config', 'tokenize', 'budget', 'render', 'prompts', 'catalog'];
const ABOVE = ['adopt', 'cli', 'github', 'run', 'lib'];

function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Every relative module a file imports or re-exports, statically or dynamically, as a path under src/. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.[^'"]+)['"]/gm)].map((m) => m[1]!);
  return specifiers.map((specifier) => relative(SRC, resolve(dirname(file), specifier)).split('\\').join('/'));
}

describe('layering', () => {
  it('the core imports nothing from src/adopt, src/cli or src/github', () => {
    const files = CORE.flatMap((folder) => sources(join(SRC, folder)));
    expect(files.length).toBeGreaterThan(20);
    const upward = files.flatMap((file) =>
      imports(file)
        .filter((target) => ABOVE.some((folder) => target === folder || target.startsWith(`${folder}/`)))
        .map((target) => `${relative(SRC, file)} → ${target}`),
    );
    expect(upward).toEqual([]);
  });
});
