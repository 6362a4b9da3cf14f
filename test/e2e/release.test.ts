/**
 * The release as far as it runs without credentials: the pack step and the publish step of
 * .github/workflows/release.yml, their own commands read from the workflow, with npm publishing in
 * dry-run mode; scripts/release-check.mjs reading a real repository's tags and history, as the
 * workflow's jobs run it; and the placeholder owner nowhere but in the files `npm run set-owner`
 * replaces.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { releaseChannel } from '../../scripts/release-check.mjs';
import { MAJOR_TAG } from '../../src/common/home.js';
import { createOrigin, createRepo, shallowClone } from './git-repo.js';
import { makeTempDir, removeTempDirs } from './temp.js';

const ROOT = resolve(import.meta.dirname, '../..');
/** The placeholder owner: data here, as in scripts/set-owner.mjs which defines it. */
const PLACEHOLDER = 'OWNER/prompt-budget';

afterAll(removeTempDirs);

interface Step {
  uses?: string;
  if?: string;
  run?: string;
  env?: Record<string, string>;
}
const workflowText = readFileSync(join(ROOT, '.github/workflows/release.yml'), 'utf8');
const workflow = parse(workflowText) as { jobs: Record<string, { steps: Step[] }> };
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
    // Both ways the step publishes: the newest release (no --tag, so npm's default, latest) and a
    // backport under the dist-tag release-check gives it, which npm must accept as a tag name.
    const [major, minor] = version.split('.').map(Number);
    const backport = releaseChannel(`v${major}.${minor}.0`, { tags: [`v${major}.${minor}.0`, `v${major}.${minor! + 1}.0`], onBranch: true, branch: 'main' }).distTag!;
    for (const distTag of ['latest', backport]) {
      const run = bash(publish, { ...env, TARBALL: join(packed, `${name}-${version}.tgz`), DIST_TAG: distTag, npm_config_dry_run: 'true', npm_config_offline: 'true' });
      const output = run.stdout + run.stderr;
      expect(run.status, output).toBe(0);
      expect(output).toContain(`+ ${name}@${version}`);
      // npm says where, under which dist-tag and that it was a dry run (npm 11: "Publishing to
      // https://registry.npmjs.org/ with tag latest and public access (dry-run)"); the words
      // around them are npm's to change.
      expect(output).toMatch(new RegExp(`registry\\.npmjs\\.org\\S* .*\\btag ${distTag.replace(/\./g, '\\.')}\\b.*dry[- ]?run`, 'i'));
      if (distTag !== 'latest') expect(output).not.toMatch(/\btag latest\b/);
      for (const file of ['dist/cli.js', 'dist/lib/index.js', 'dist/THIRD_PARTY_NOTICES.txt', 'budgets.schema.json', 'LICENSE', 'package.json']) expect(output).toMatch(new RegExp(`notice [\\d.]+k?M?B ${file.replace(/\./g, '\\.')}\\n`));
      expect(output).not.toMatch(/notice [\d.]+k?M?B (src|test|node_modules)\//);
    }
  });
});

/**
 * release-check as the workflow's jobs run it (`--branch "$BRANCH"`, in a checkout with the whole
 * history), on a repository with release tags and an origin: the outputs the jobs read, a backport
 * that moves nothing, a commit off the default branch, and a shallow checkout.
 */
describe('release-check on a git checkout', () => {
  const major = Number(MAJOR_TAG.slice(1));
  const files = (version: string) => ({
    'package.json': JSON.stringify({ name: 'prompt-budget', version, repository: { type: 'git', url: 'git+https://github.com/acme/prompt-budget.git' } }),
    'CHANGELOG.md': `# Changelog\n\n## ${version}\n\n- Something.\n`,
    'src/common/home.ts': readFileSync(join(ROOT, 'src/common/home.ts'), 'utf8').replaceAll(PLACEHOLDER, 'acme/prompt-budget'),
  });
  const check = async (dir: string, tag: string) => {
    const output = join(await makeTempDir('prompt-budget-release-output-'), 'out');
    writeFileSync(output, '');
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/release-check.mjs'), tag, '--branch', 'main', '--root', dir], { cwd: dir, encoding: 'utf8', env: { ...process.env, GITHUB_OUTPUT: output } });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr, outputs: Object.fromEntries(readFileSync(output, 'utf8').split('\n').filter(Boolean).map((line) => line.split('=') as [string, string])) };
  };

  it('writes the outputs release.yml reads: latest for the newest, a backport that leaves the major tag for an older one', async () => {
    const repo = await createRepo();
    const [older, newer] = [`${major}.0.3`, `${major}.1.0`];
    const first = await repo.commit('older', files(older));
    await repo.git('tag', `v${older}`);
    await repo.commit('newer', files(newer));
    await repo.git('tag', `v${newer}`);
    const origin = await createOrigin(repo);
    await repo.git('remote', 'add', 'origin', origin.url);
    await repo.git('fetch', '--quiet', 'origin');

    const latest = await check(repo.dir, `v${newer}`);
    expect(latest.status, latest.stderr).toBe(0);
    expect(latest.outputs).toEqual({ version: newer, major: MAJOR_TAG, 'dist-tag': 'latest', latest: 'true', 'move-major': 'true' });

    // The older tag's workflow, run (or re-run) once the newer exists.
    await repo.checkout(first);
    const backport = await check(repo.dir, `v${older}`);
    expect(backport.status, backport.stderr).toBe(0);
    expect(backport.outputs).toEqual({ version: older, major: MAJOR_TAG, 'dist-tag': `v${major}.0-backport`, latest: 'false', 'move-major': 'false' });
    expect(backport.stdout).toContain(`${MAJOR_TAG} stays on v${newer}`);

    // Every output release.yml reads from a release-check step is one it writes.
    const read = [...workflowText.matchAll(/steps\.check\.outputs\.([\w-]+)/g)].map((m) => m[1]);
    expect(read.length).toBeGreaterThan(0);
    for (const name of read) expect(Object.keys(latest.outputs)).toContain(name);
  });

  it('refuses a commit that is not on the default branch, and a shallow checkout', async () => {
    const repo = await createRepo();
    await repo.commit('released', files(`${major}.0.0`));
    await repo.git('tag', `v${major}.0.0`);
    const origin = await createOrigin(repo);
    await repo.git('remote', 'add', 'origin', origin.url);
    await repo.git('fetch', '--quiet', 'origin');
    await repo.branch('side');
    await repo.commit('off main', files(`${major}.0.1`));
    await repo.git('tag', `v${major}.0.1`);
    const off = await check(repo.dir, `v${major}.0.1`);
    expect(off.status).toBe(1);
    expect(off.stderr).toContain(`the commit v${major}.0.1 tags is not on main (origin/main)`);
    expect(off.stderr).not.toMatch(/^\s+at /m);
    expect(off.outputs).toEqual({});

    const shallow = await shallowClone(origin);
    const refused = await check(shallow.dir, `v${major}.0.0`);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('the checkout is shallow');
    expect(refused.stderr).toContain('fetch-depth: 0');
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
