// Bundles the action (dist/index.js), the CLI (dist/cli.js) and the counting worker both start
// (dist/count-worker.js) as ESM for Node 20+, and apart from them the run-time library
// (dist/lib/index.js, with its types in dist/types), which shares no chunk with the action.
// Encodings are dynamic imports split into their own chunks, so a run loads only the
// rank tables it needs.
//
// `node scripts/bundle.mjs --check` leaves dist/ alone: it bundles into a temporary folder and
// fails, naming the files, when dist/ is not exactly that bundle (the e2e tests' setup runs it
// before they run dist/).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

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
  // Paths as written, not resolved: a worktree whose node_modules links to another checkout's
  // bundles the same bytes as a clean clone (esbuild names each module's path in a comment).
  preserveSymlinks: true,
};

/** Everything dist/ holds, written to `out`. */
async function bundle(out) {
  await rm(out, { recursive: true, force: true });
  await build({ ...common, entryPoints: { index: 'src/github/main.ts', cli: 'src/cli/main.ts', 'count-worker': 'src/parallel/count-worker.ts' }, outdir: out });
  // @opentelemetry/api is the application's, loaded only if installed (src/lib/metrics.ts): never bundled.
  await build({ ...common, entryPoints: { index: 'src/lib/index.ts' }, outdir: join(out, 'lib'), external: ['@opentelemetry/api'] });
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.lib.json', '--outDir', join(out, 'types')], { stdio: 'inherit' });
}

/** The files below `dir`, relative to it ([] when it does not exist). */
function files(dir) {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)));
  } catch {
    return [];
  }
}

if (process.argv.includes('--check')) {
  const fresh = mkdtempSync(join(tmpdir(), 'prompt-budget-dist-'));
  try {
    await bundle(fresh);
    const built = files(fresh);
    const committed = files('dist');
    const differing = [
      ...built.filter((path) => !committed.includes(path) || !readFileSync(join('dist', path)).equals(readFileSync(join(fresh, path)))),
      ...committed.filter((path) => !built.includes(path)),
    ].sort();
    if (differing.length > 0) {
      console.error(`dist/ is not a bundle of the current src/ (${differing.length} files differ: ${differing.slice(0, 5).join(', ')}${differing.length > 5 ? ', …' : ''}): run \`npm run bundle\`.`);
      process.exitCode = 1;
    }
  } finally {
    await rm(fresh, { recursive: true, force: true });
  }
} else {
  await bundle('dist');
}
