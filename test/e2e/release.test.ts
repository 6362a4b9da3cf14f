/**
 * The release as far as it runs without credentials: the pack step and the publish step of
 * .github/workflows/release.yml, their own commands read from the workflow, with npm publishing in
 * dry-run mode; and the placeholder owner nowhere but in the files `npm run set-owner` replaces.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeTempDir, removeTempDirs } from './temp.js';

const ROOT = resolve(import.meta.dirname, '../..');
/** The placeholder owner: data here, as in scripts/set-owner.mjs which defines it. */
const PLACEHOLDER = 'OWNER/prompt-budget';

afterAll(removeTempDirs);

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
}
const workflow = parse(readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
const stepRunning = (job: string, pattern: RegExp) => {
  const step = workflow.jobs[job]?.steps.find((s) => pattern.test(s.run ?? ''));
  if (!step?.run) throw new Error(`release.yml: no step of ${job} runs ${pattern}`);
  return step.run;
};

/**
 * An environment for npm that reads nothing of this user's or machine's: its own cache and empty
 * user and global npmrc files, the public registry, and none of the variables that would make npm
 * try GitHub's OIDC exchange or use a token (this test may itself run in GitHub Actions).
 */
async function npmEnvironment(): Promise<Record<string, string>> {
  const home = await makeTempDir('prompt-budget-release-npm-');
  writeFileSync(join(home, 'npmrc'), '');
  writeFileSync(join(home, 'global-npmrc'), '');
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || /^npm_/i.test(key) || /^(NODE_AUTH_TOKEN|NPM_TOKEN|NPM_ID_TOKEN|GITHUB_ACTIONS|ACTIONS_ID_TOKEN_REQUEST_URL|ACTIONS_ID_TOKEN_REQUEST_TOKEN|CI)$/.test(key)) continue;
    env[key] = value;
  }
  return {
    ...env,
    HOME: home,
    npm_config_cache: join(home, 'cache'),
    npm_config_userconfig: join(home, 'npmrc'),
    npm_config_globalconfig: join(home, 'global-npmrc'),
    npm_config_registry: 'https://registry.npmjs.org/',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
}

function bash(script: string, env: Record<string, string>) {
  const run = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', script], { cwd: ROOT, encoding: 'utf8', env, timeout: 120_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('release.yml without credentials', () => {
  it('packs the package and the schema, and the publish step publishes the tarball (npm dry run)', async () => {
    const env = await npmEnvironment();
    const runnerTemp = await makeTempDir('prompt-budget-release-runner-');
    const { version, name } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; name: string };

    const pack = bash(stepRunning('verify', /npm pack/), { ...env, RUNNER_TEMP: runnerTemp });
    expect(pack.status, pack.stderr).toBe(0);
    const packed = join(runnerTemp, 'package');
    expect(readdirSync(packed).sort()).toEqual(['budgets.schema.json', `${name}-${version}.tgz`].sort());
    expect(readFileSync(join(packed, 'budgets.schema.json'), 'utf8')).toBe(readFileSync(join(ROOT, 'budgets.schema.json'), 'utf8'));

    // The publish step's own command, with the tarball the pack step made where the workflow's
    // TARBALL points (package/<name>-<version>.tgz after the download), here by absolute path.
    const publish = stepRunning('publish', /npm publish/);
    expect(publish).toContain('"$TARBALL"');
    // npm_config_dry_run is npm's --dry-run. A dry run stops before libnpmpublish, which is where
    // npm makes the provenance statement: --provenance is accepted here but not exercised (outside
    // GitHub Actions a real publish with it would fail, as it needs the job's OIDC token, the
    // id-token: write that test/unit/workflows.test.ts holds the publish job to). Offline, because
    // the one request a dry run makes asks the registry which versions exist, which would make the
    // test depend on the network and on what is published; no credentials are set, so npm warns
    // that it would need a login, as a dry run may.
    const run = bash(publish, { ...env, TARBALL: join(packed, `${name}-${version}.tgz`), npm_config_dry_run: 'true', npm_config_offline: 'true' });
    const output = run.stdout + run.stderr;
    expect(run.status, output).toBe(0);
    expect(output).toContain(`+ ${name}@${version}`);
    expect(output).toContain('Publishing to https://registry.npmjs.org/ with tag latest and public access (dry-run)');
    for (const file of ['dist/cli.js', 'dist/lib/index.js', 'dist/THIRD_PARTY_NOTICES.txt', 'budgets.schema.json', 'LICENSE', 'package.json']) expect(output).toMatch(new RegExp(`notice [\\d.]+k?M?B ${file.replace(/\./g, '\\.')}\\n`));
    expect(output).not.toMatch(/notice [\d.]+k?M?B (src|test|node_modules)\//);
  });
});

describe('the placeholder owner', () => {
  it('is in no tracked file but those npm run set-owner replaces it in (dist/ is rebuilt from src/)', () => {
    const grep = spawnSync('git', ['grep', '-n', '--fixed-strings', PLACEHOLDER, '--', '.', ':!dist'], { cwd: ROOT, encoding: 'utf8' });
    expect(grep.status === 0 || grep.status === 1, grep.stderr).toBe(true);
    const files = new Set(grep.stdout.split('\n').filter(Boolean).map((line) => line.slice(0, line.indexOf(':'))));
    // The script that defines it, and the tests that feed it to the scripts, name it as data.
    for (const file of ['scripts/set-owner.mjs', 'test/unit/release-scripts.test.ts', 'test/e2e/release.test.ts']) files.delete(file);
    const listed = spawnSync(process.execPath, ['scripts/set-owner.mjs', '--list'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim().split('\n');
    expect([...files].filter((file) => !listed.includes(file)), 'add these to scripts/set-owner.mjs, or import the slug from src/common/home.ts').toEqual([]);
  });
});
