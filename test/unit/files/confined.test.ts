/**
 * The look through a file's resolved folder (many files at once) must say what resolving each
 * whole path says, on every layout a pull request can commit: links to files and to folders,
 * inside, outside, into .git/, to nothing, and files that are not regular.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectInRepository, type ResolvedFolders } from '../../../src/files/confined.js';

let base: string;
let repo: string;

const file = (path: string, text = 'You are brief.\n') => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const link = (path: string, target: string) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  symlinkSync(target, join(repo, path));
};

beforeAll(() => {
  base = realpathSync(mkdtempSync(join(tmpdir(), 'pb-confined-')));
  repo = join(base, 'repo');
  mkdirSync(join(base, 'outside'), { recursive: true });
  writeFileSync(join(base, 'outside', 'secret.md'), 'not a prompt\n');
  file('.git/config', '[core]\n');
  file('prompts/a.md');
  file('prompts/b.md');
  file('prompts/deep/c.md');
  link('prompts/to-a.md', 'a.md');
  link('prompts/to-secret.md', '../../outside/secret.md');
  link('prompts/to-git.md', '../.git/config');
  link('prompts/dangling.md', 'nowhere.md');
  link('prompts/loop.md', 'loop.md');
  link('shared', 'prompts');
  link('out', '../outside');
  link('gitdir', '.git');
  link('out-back', '../outside');
  symlinkSync(join(repo, 'prompts', 'a.md'), join(base, 'outside', 'back.md'));
  mkdirSync(join(repo, 'folder.md'));
  execFileSync('mkfifo', [join(repo, 'prompts', 'pipe.md')]);
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('inspectInRepository with resolved folders', () => {
  it('says what resolving each whole path says, and reads through no link out', () => {
    const paths = [
      'prompts/a.md', 'prompts/b.md', 'prompts/deep/c.md', 'prompts/to-a.md', 'prompts/to-secret.md', 'prompts/to-git.md',
      'prompts/dangling.md', 'prompts/loop.md', 'prompts/missing.md', 'prompts/pipe.md', 'shared/a.md', 'shared/to-secret.md',
      'out/secret.md', 'out-back/back.md', 'gitdir/config', 'folder.md', 'prompts/a.md/x', 'prompts/deep', 'missing/a.md',
    ];
    const folders: ResolvedFolders = new Map();
    const summary = (look: ReturnType<typeof inspectInRepository>) => ('refused' in look ? look.refused : { real: look.real, size: look.info.size, ino: look.info.ino });
    for (const path of paths) {
      expect({ path, look: summary(inspectInRepository(repo, path, folders)) }).toEqual({ path, look: summary(inspectInRepository(repo, path)) });
    }
    expect(folders.size).toBeGreaterThan(0);
    const kinds = Object.fromEntries(paths.map((path) => {
      const look = inspectInRepository(repo, path, folders);
      return [path, 'refused' in look ? look.refused.kind : 'read'];
    }));
    expect(kinds).toMatchObject({
      'prompts/a.md': 'read',
      'prompts/to-a.md': 'read',
      'shared/a.md': 'read',
      'out-back/back.md': 'read',
      'prompts/to-secret.md': 'outside',
      'shared/to-secret.md': 'outside',
      'out/secret.md': 'outside',
      'prompts/dangling.md': 'outside',
      'prompts/loop.md': 'outside',
      'prompts/to-git.md': 'git',
      'gitdir/config': 'git',
      'prompts/pipe.md': 'not-a-file',
      'folder.md': 'not-a-file',
      'prompts/missing.md': 'missing',
    });
  });
});
