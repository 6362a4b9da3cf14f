/** The adapter's side of the count cache: a cache file a pull request could write is warned about. */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inCheckout, openCountingApis } from '../../src/run/vendor-apis.js';
import { FAKE_KEY } from '../helpers/fake-servers.js';

let repo: string;
let outside: string;
beforeAll(async () => {
  repo = await mkdtemp(join(tmpdir(), 'count-cache-repo-'));
  outside = await mkdtemp(join(tmpdir(), 'count-cache-outside-'));
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: repo, stdio: 'pipe' });
  git('init', '-q');
  await writeFile(join(repo, '.gitignore'), 'ignored/\n');
  await mkdir(join(repo, 'cache'));
  await writeFile(join(repo, 'cache', 'tracked.json'), '{}');
  git('add', '.gitignore', 'cache/tracked.json');
  git('commit', '-q', '-m', 'init');
});
afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

async function warnings(cacheFile: string): Promise<string[]> {
  const warned: string[] = [];
  await openCountingApis({ anthropicApiKey: FAKE_KEY, cacheFile, log: () => {}, warn: (line) => warned.push(line) });
  return warned;
}

describe('a count-cache path a pull request could write', () => {
  it('is warned about when tracked, or inside the checkout and not ignored (even before it exists)', async () => {
    expect(await inCheckout(join(repo, 'cache', 'tracked.json'))).toMatch(/^tracked by git inside the git checkout /);
    expect(await inCheckout(join(repo, 'counts.json'))).toMatch(/^inside the git checkout .* and not ignored by git$/);
    expect(await inCheckout(join(repo, 'new', 'deeper', 'counts.json'))).toMatch(/not ignored by git$/);
    const [warning, ...more] = await warnings(join(repo, 'cache', 'tracked.json'));
    expect(more).toEqual([]);
    expect(warning).toContain(`The count cache ${join(repo, 'cache', 'tracked.json')} is tracked by git inside the git checkout`);
    expect(warning).toContain('${{ runner.temp }}');
  });

  it('is not warned about when ignored, or outside any checkout', async () => {
    expect(await inCheckout(join(repo, 'ignored', 'counts.json'))).toBeUndefined();
    expect(await inCheckout(join(outside, 'counts.json'))).toBeUndefined();
    expect(await inCheckout(join(outside, 'not', 'yet', 'counts.json'))).toBeUndefined();
    expect(await warnings(join(repo, 'ignored', 'counts.json'))).toEqual([]);
    expect(await warnings(join(outside, 'counts.json'))).toEqual([]);
  });
});
