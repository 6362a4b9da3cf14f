/**
 * The Node.js versions the bundle must run on: Node 24, which GitHub's runner uses for
 * `runs.using: node24` (and the tests themselves run on, `.node-version`), and the oldest Node the
 * CLI promises (package.json engines, `>=20.19`). Each is found this way:
 *
 * - Node 24: the Node running the tests when it is 24, else PROMPT_BUDGET_NODE24, else the one
 *   `npm run node24` installs into .node24/ from the npm registry.
 * - The oldest: PROMPT_BUDGET_NODE_OLDEST (`.ci/run` passes the machine's own Node there before it
 *   switches the tests to Node 24; CI's workflow passes the engines' floor), else the Node running
 *   the tests when it is older than 24.
 *
 * A local run without one of them tests the one it has, and says so. On CI (`CI=true`) a missing
 * one is a failure, never a silent skip, and the oldest must be of the engines' major.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseNodeBinaries, ROOT, type NodeBinary } from './node-choice.js';

export type { NodeBinary } from './node-choice.js';

function versionOf(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  const result = spawnSync(path, ['-p', 'process.versions.node'], { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function binaries(): NodeBinary[] {
  const engines = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
  const chosen = chooseNodeBinaries({ here: { path: process.execPath, version: process.versions.node }, env: process.env, engines, versionOf });
  for (const lack of chosen.missing) process.stderr.write(`node-binaries: no ${lack}; testing the bundle without it.\n`);
  return chosen.binaries;
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

/** Each Node the hostile-input tests run the bundle on: Node 24 first, then the oldest supported. */
export const NODE_BINARIES: readonly NodeBinary[] = binaries().map(measured);
