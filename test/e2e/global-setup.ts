/**
 * The e2e tests run the committed bundle (dist/), as the runner and `npx prompt-budget` do. So that
 * a local run never tests stale code, dist/ is rebuilt first when it is not the bundle of the
 * current src/ (compared by content: git checkouts leave file times meaningless). In CI it is never
 * rebuilt: a stale committed dist/ is what users would run, so it fails the run instead.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

function bundle(...args: string[]): { ok: boolean; output: string } {
  const result = spawnSync(process.execPath, ['scripts/bundle.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}`.trim() };
}

export default function setup(): void {
  const check = bundle('--check');
  if (check.ok) return;
  if (process.env.CI) throw new Error(`${check.output}\nIn CI the e2e tests run the committed dist/ as it is; commit a fresh bundle.`);
  const build = bundle();
  if (!build.ok) throw new Error(`npm run bundle failed:\n${build.output}`);
  console.log(`${check.output.replace(/: run `npm run bundle`\.$/, '')}: rebuilt it before the e2e tests.`);
}
