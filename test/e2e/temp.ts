/**
 * Temporary directories for e2e fixtures. Every directory is registered, so one call in an
 * `afterAll` removes whatever a test file created, also when a test failed half-way.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const created = new Set<string>();

/** A new empty directory under the OS temp dir; the prefix makes leftovers recognisable. */
export async function makeTempDir(prefix = 'prompt-budget-e2e-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  created.add(dir);
  return dir;
}

/** Removes every directory made by `makeTempDir` in this process. */
export async function removeTempDirs(): Promise<void> {
  const dirs = [...created];
  created.clear();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
}
