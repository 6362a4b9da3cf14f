import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// `npm test` runs every project and every test (what CI runs); `npm run test:unit` the first
// project without its exhaustive sweeps, for the edit-test loop.
export default defineConfig({
  test: {
    // End-to-end tests spawn the bundle and git; two cores are shared with them.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    tags: [
      {
        name: 'exhaustive',
        description: 'A sweep against a reference engine, a fuzzer or a real server (every code point, the corpus, 10,000 inputs, a 33 MB tokenizer file loaded, thousands of calls across processes): in npm test, not in npm run test:unit.',
      },
    ],
    projects: [
      // The modules of src/, in test/unit/ as a tree that mirrors it: no dist/, no git, no
      // generators. A test file anywhere else outside the other projects runs here too (never
      // nowhere); test/unit/layout.test.ts then says where it belongs.
      // In-process work, so one worker per core (vitest's default leaves one core idle); the
      // projects run one after the other (groupOrder), so the e2e tests' processes get the cores.
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/e2e/**', 'test/generated/**'], maxWorkers: availableParallelism(), sequence: { groupOrder: 0 } },
      },
      // dist/ and git, as the runner and a developer use them; dist/ is rebuilt first if stale.
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], globalSetup: ['test/e2e/global-setup.ts'], sequence: { groupOrder: 1 } } },
      // Generated tables equal a fresh run of their generators (scripts/).
      { extends: true, test: { name: 'generated', include: ['test/generated/**/*.test.ts'], sequence: { groupOrder: 2 } } },
    ],
  },
});
