import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests spawn the bundle and git; two cores are shared with them.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
