/**
 * Where tests live: test/unit/ mirrors src/ (a module's tests under the folder of its module) and
 * runs none of dist/ or git, so `npm run test:unit` stays fast; whatever spawns the bundle or
 * makes a repository is in test/e2e/; test/generated/ reruns the table generators.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const files = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((path) => join(dir, path)).filter((path) => statSync(join(ROOT, path)).isFile());
const folders = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(ROOT, dir, path)).isDirectory());

describe('the test layout', () => {
  it('has every test file in test/unit/, test/e2e/ or test/generated/', () => {
    const stray = files('test').filter((path) => path.endsWith('.test.ts') && !/^test\/(unit|e2e|generated)\//.test(path));
    expect(stray, 'move these into test/unit/<src folder>/ or, when they run dist/ or git, test/e2e/').toEqual([]);
  });

  it('mirrors src/ under test/unit/', () => {
    const source = new Set(folders('src'));
    expect(folders('test/unit').filter((folder) => !source.has(folder)), 'test/unit/ folders with no src/ folder of the same path').toEqual([]);
  });

  it('runs neither dist/ nor git in the unit tests', () => {
    const spawning = files('test/unit')
      .filter((path) => path.endsWith('.ts'))
      .filter((path) => /\bdist\/[\w-]+\.js\b|(?:execFile|spawn|exec)(?:Sync)?\(\s*'git'/.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(spawning.map((path) => relative('test/unit', path)), 'these belong in test/e2e/').toEqual([]);
  });
});
