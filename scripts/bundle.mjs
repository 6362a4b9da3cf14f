// Bundles the action (dist/index.js), the CLI (dist/cli.js) and the counting worker both start
// (dist/count-worker.js) as ESM for Node 20+, and apart from them the run-time library
// (dist/lib/index.js, with its types in dist/types), which shares no chunk with the action.
// Encodings are dynamic imports split into their own chunks, so a run loads only the
// rank tables it needs.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';

await rm('dist', { recursive: true, force: true });
const common = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  // Some bundled CommonJS dependencies call require(); give ESM output one.
  banner: {
    js: "import { createRequire as __pbCreateRequire } from 'node:module'; const require = __pbCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
};
await build({ ...common, entryPoints: { index: 'src/github/main.ts', cli: 'src/cli/main.ts', 'count-worker': 'src/parallel/count-worker.ts' }, outdir: 'dist' });
await build({ ...common, entryPoints: { index: 'src/lib/index.ts' }, outdir: 'dist/lib' });
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.lib.json'], { stdio: 'inherit' });
