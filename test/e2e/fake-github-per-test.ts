import { afterAll, afterEach, beforeEach, expect } from 'vitest';
import { FakeGitHub } from './github-api.js';
import { removeTempDirs } from './temp.js';

/**
 * The setup every e2e file shares: a fresh fake GitHub for each test, checked after it for
 * requests outside GitHub's published OpenAPI description, and the file's temporary directories
 * removed at the end. `use` receives each new fake (assign it to the file's `fake`).
 */
export function fakeGitHubPerTest(identity: { owner: string; repo: string; token: string }, use: (fake: FakeGitHub) => void): { restart(): Promise<FakeGitHub> } {
  let current: FakeGitHub;
  const start = async () => {
    current = await FakeGitHub.start(identity);
    use(current);
    return current;
  };
  const finish = async () => {
    expect(current.violations).toEqual([]);
    await current.close();
  };
  beforeEach(start);
  afterEach(finish);
  afterAll(removeTempDirs);
  return {
    /** Checks and closes the current fake and starts another, for a second run in one test. */
    async restart() {
      await finish();
      return start();
    },
  };
}
