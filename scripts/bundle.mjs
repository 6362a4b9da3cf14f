// Bundles the action (dist/index.js), the CLI (dist/cli.js), the counting worker both start
// (dist/count-worker.js) and the run-time library (dist/lib/index.js, with its types in
// dist/types) as ESM for Node 20+, in one build so they share chunks: the 4.5 MB of rank tables
// are in the package once. The library imports only the chunks its own code is in, so none of
// the action's dependencies (test/e2e/package.test.ts follows its imports to check).
// Encodings are dynamic imports split into their own chunks, so a run loads only the
// rank tables it needs. dist/THIRD_PARTY_NOTICES.txt lists what the bundle holds from others
// (scripts/notices.mjs), and the bundle fails when one of them is not under a permissive license.
//
// `node scripts/bundle.mjs --check` leaves dist/ alone: it bundles into a temporary folder and
// fails, naming the files, when dist/ is not exactly that bundle (the e2e tests' setup runs it
// before they run dist/).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { NoticeError, notices } from './notices.mjs';

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

const ENTRY_POINTS = { index: 'src/github/main.ts', cli: 'src/cli/main.ts', 'count-worker': 'src/parallel/count-worker.ts', 'lib/index': 'src/lib/index.ts' };

/** Everything dist/ holds, written to `out`. */
async function bundle(out) {
  await rm(out, { recursive: true, force: true });
  const { metafile } = await build({
    ...common,
    entryPoints: ENTRY_POINTS,
    outdir: out,
    metafile: true,
    // @opentelemetry/api is the application's, loaded only if installed (src/lib/metrics.ts): never bundled.
    external: ['@opentelemetry/api'],
  });
  await writeFile(join(out, 'THIRD_PARTY_NOTICES.txt'), notices(metafile, ENTRY_POINTS));
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

/** `--check`: bundle into a temporary folder and name the files where dist/ differs. */
async function check() {
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
}

try {
  await (process.argv.includes('--check') ? check() : bundle('dist'));
} catch (error) {
  // A license problem is the user's to fix, said without a stack; anything else is a bug.
  if (!(error instanceof NoticeError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
