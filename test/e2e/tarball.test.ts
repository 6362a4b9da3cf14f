/**
 * Issue 18: the npm package as a new user gets it. `npm pack` the checkout, then in an empty git
 * repository `npx --yes ./prompt-budget-X.tgz init` and `check` (the README's first commands),
 * and in an empty application `npm install` it and import the library by name. npm runs with a
 * cache and user config of its own (never ~/.npm); `yaml`, the one dependency, comes from the
 * registry. The installed size and package count are printed for the record.
 *
 * Each test stands alone (`-t` may pick any one): the npx init and the npm install that later tests
 * rely on are done once, by whichever test needs them first, and their own tests check them.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseConfig } from '../../src/config/load.js';
import { NODE_BINARIES } from './node-binaries.js';
import { makeTempDir, removeTempDirs } from './temp.js';

const ROOT = join(import.meta.dirname, '../..');
/** Installing from the registry is slow on a shared machine, never minutes. */
const NPM_TIMEOUT = 180_000;

let temp: string;
let repo: string;
let app: string;
let tarball: string;
let packedInfo: { unpackedSize: number };
let npmEnv: NodeJS.ProcessEnv;

/** `make()` the first time, its result every time after. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** npm with its own cache and user config, and none of the npm_* settings of an `npm test` around us. */
function environment(home: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  return {
    ...env,
    HOME: home,
    npm_config_cache: join(home, 'npm-cache'),
    npm_config_userconfig: join(home, 'npmrc'),
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
}

function run(command: string, args: string[], cwd: string, env = npmEnv): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: NPM_TIMEOUT });
  if (result.error) throw new Error(`${command} ${args.join(' ')} in ${cwd}: ${result.error.message}`);
  return result;
}

function write(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** Bytes of the files below `dir` (links counted as links, as du does). */
function bytes(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, path) => sum + (lstatSync(join(dir, path)).isFile() ? lstatSync(join(dir, path)).size : 0), 0);
}

const SUPPORT = 'You are the support assistant for Acme. Answer briefly and cite the refund policy.\n';

beforeAll(async () => {
  temp = await makeTempDir('prompt-budget-tarball-');
  writeFileSync(join(temp, 'npmrc'), '');
  npmEnv = environment(temp);

  const pack = run('npm', ['pack', '--json', '--pack-destination', temp], ROOT);
  expect(pack.status, pack.stderr).toBe(0);
  const [packed] = JSON.parse(pack.stdout) as [{ filename: string; size: number; unpackedSize: number; files: { path: string }[] }];
  tarball = join(temp, packed.filename);
  packedInfo = packed;
  console.log(`npm pack: ${packed.filename}, ${packed.files.length} files, ${packed.size} bytes packed, ${packed.unpackedSize} unpacked`);
  // What runs and what users read, nothing of the checkout's sources or tests, and not the
  // action's entry (run from the repository by `uses:`, never from npm).
  const paths = packed.files.map((file) => file.path);
  expect(paths.filter((path) => !/^(dist\/|README\.md$|LICENSE$|CHANGELOG\.md$|SECURITY\.md$|package\.json$|budgets\.schema\.json$)/.test(path))).toEqual([]);
  expect(paths).toEqual(expect.arrayContaining(['dist/cli.js', 'dist/count-worker.js', 'dist/lib/index.js', 'dist/types/lib/index.d.ts', 'dist/THIRD_PARTY_NOTICES.txt', 'LICENSE']));
  expect(paths).not.toContain('dist/index.js');

  repo = join(temp, 'repo');
  mkdirSync(repo);
  const git = (...args: string[]) => {
    const result = run('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', '-c', 'commit.gpgsign=false', ...args], repo, { ...npmEnv, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' });
    expect(result.status, result.stderr).toBe(0);
  };
  git('init', '-q', '-b', 'main');
  write(repo, 'prompts/support/system.md', SUPPORT);
  write(repo, 'AGENTS.md', 'Use pnpm. Run `pnpm test` before committing. Never edit generated files.\n');
  git('add', '-A');
  git('commit', '-qm', 'prompts');

  app = join(temp, 'app');
  write(app, 'package.json', JSON.stringify({ name: 'app', private: true, type: 'module' }));
}, NPM_TIMEOUT * 2);

afterAll(removeTempDirs);

/** `npx --yes ../prompt-budget-X.tgz ...` in the repository, as the README has users run it. */
const npx = (...args: string[]) => run('npx', ['--yes', relative(repo, tarball), ...args], repo);
/** `npx … init` in the repository, once: it writes the budgets.yml the installed CLI and library read. */
const init = once(() => npx('init'));
/** `npm install` of the tarball into the empty application, once. */
const install = once(() => run('npm', ['install', '--no-package-lock', relative(app, tarball)], app));

describe('the packed tarball', () => {
  it('inits and checks a fresh repository through npx, and fails a prompt grown past its allotment', { timeout: NPM_TIMEOUT * 3 }, () => {
    const result = init();
    expect(result.stderr).not.toMatch(/EBADENGINE|npm (warn|error)/i);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Wrote budgets.yml: 2 components over 2 prompt files.');
    const config = parseConfig(readFileSync(join(repo, 'budgets.yml'), 'utf8'), 'budgets.yml');
    expect(config.components.map((component) => [component.name, component.files])).toEqual([
      ['agents', ['AGENTS.md']],
      ['prompts-support', ['prompts/support/**/*.md']],
    ]);

    const check = npx('check');
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('all 2 components within budget');

    const allotment = config.components.find((component) => component.name === 'prompts-support')!.maxTokens;
    write(repo, 'prompts/support/system.md', SUPPORT.repeat(Math.ceil(allotment / 10)));
    const grown = npx('check');
    expect(grown.status, grown.stdout + grown.stderr).toBe(1);
    expect(grown.stdout).toMatch(/prompts-support/);
    write(repo, 'prompts/support/system.md', SUPPORT);
  });

  it('installs with one dependency, yaml, and no engine warning, and nothing but what was packed', { timeout: NPM_TIMEOUT }, () => {
    const result = install();
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout + result.stderr).not.toMatch(/EBADENGINE/);
    const lock = JSON.parse(readFileSync(join(app, 'node_modules/.package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
    const installed = Object.keys(lock.packages).map((path) => path.replace(/^node_modules\//, '')).sort();
    expect(installed).toEqual(['prompt-budget', 'yaml']);
    const size = bytes(join(app, 'node_modules'));
    console.log(`npm install of the tarball: ${installed.length} packages (${installed.join(', ')}), ${(size / 1e6).toFixed(1)} MB in node_modules`);
    // Installed is what was packed, byte for byte in size (no install script adds to it), and the
    // rest of node_modules is yaml and npm's own bookkeeping (.bin, .package-lock.json).
    expect(bytes(join(app, 'node_modules/prompt-budget'))).toBe(packedInfo.unpackedSize);
    expect(readdirSync(join(app, 'node_modules')).sort()).toEqual(['.bin', '.package-lock.json', 'prompt-budget', 'yaml']);
  });

  // The CLI through the bin npm linked, and the library imported by name, on each Node.
  describe.each(NODE_BINARIES.map((node) => [node.name, node.path]))('installed, on %s', (_name, node) => {
    const bin = () => join(app, 'node_modules/.bin/prompt-budget');
    // Whatever ran before: with -t, these may be the only tests run.
    beforeAll(() => {
      for (const [what, result] of [['npx prompt-budget init', init()], ['npm install of the tarball', install()]] as const) {
        if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}), so the installed package cannot be tried: ${result.stderr}`);
      }
    }, NPM_TIMEOUT * 2);

    it('runs the CLI from its bin', { timeout: 60_000 }, () => {
      const version = run(node, [bin(), '--version'], repo);
      expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
      const check = run(node, [bin(), 'check'], repo);
      expect(check.status, check.stdout + check.stderr).toBe(0);
      expect(check.stdout).toContain('all 2 components within budget');
    });

    it("imports the library as 'prompt-budget' and fits a request", { timeout: 60_000 }, () => {
      write(repo, 'requests.yml', `${readFileSync(join(repo, 'budgets.yml'), 'utf8')}\nrequests:\n  support:\n    model: gpt-4.1\n    components: [prompts-support]\n    reserve: { history: 2000, user_input: 500, output: 1000 }\n`);
      write(
        app,
        'fit.mjs',
        `import { openBudgets, BudgetExceededError } from 'prompt-budget';
const budgets = await openBudgets(process.argv[2]);
const fitted = await budgets.request('support').fit({ system: 'You are terse.', userInput: 'Where is my order?' });
console.log(JSON.stringify({ requests: budgets.requests, maxOutput: fitted.maxOutput, messages: fitted.messages.length, error: typeof BudgetExceededError }));
`,
      );
      const fit = run(node, ['fit.mjs', join(repo, 'requests.yml')], app);
      expect(fit.stderr).toBe('');
      expect(JSON.parse(fit.stdout)).toEqual({ requests: ['support'], maxOutput: 1000, messages: 2, error: 'function' });
    });
  });

  // pre-commit 4.6.1 and later install a `language: node` hook as `npm install -g --install-links
  // git+file://<its clone>`: npm clones the repository and packs it itself. A script npm's git
  // fetcher prepares for (build, prepare, prepack, install...) would make it install every dev
  // dependency first; with none, the hook gets what the tarball gives.
  it('installs from git as pre-commit does, with yaml alone, and its hook entry checks what is staged', { timeout: NPM_TIMEOUT * 2 }, () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(Object.keys(pkg.scripts).filter((name) => /^(pre|post)?(install|prepare|prepack|build)$/.test(name))).toEqual([]);
    const clone = join(temp, 'hook-repo');
    expect(run('git', ['clone', '-q', ROOT, clone], temp).status).toBe(0);
    const prefix = join(temp, 'hook-env');
    const result = run('npm', ['install', '-g', '--install-links', '--prefix', prefix, `git+file://${clone}`], temp);
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(join(prefix, 'lib/node_modules'))).toEqual(['prompt-budget']);
    expect(readdirSync(join(prefix, 'lib/node_modules/prompt-budget/node_modules')).filter((name) => name !== '.bin')).toEqual(['yaml']);
    console.log(`npm install -g git+file:// (as pre-commit): ${(bytes(prefix) / 1e6).toFixed(1)} MB`);

    if (init().status !== 0) throw new Error(`npx prompt-budget init failed: ${init().stderr}`);
    const [hook] = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as { entry: string }[];
    const [bin = '', ...args] = hook!.entry.split(/\s+/);
    const entry = () => run(join(prefix, 'bin', bin), args, repo, { ...npmEnv, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` });
    const git = (...gitArgs: string[]) => expect(run('git', gitArgs, repo, { ...npmEnv, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' }).status).toBe(0);
    git('add', 'budgets.yml');
    const passed = entry();
    expect(passed.status, passed.stdout + passed.stderr).toBe(0);
    const allotment = parseConfig(readFileSync(join(repo, 'budgets.yml'), 'utf8'), 'budgets.yml').components.find((c) => c.name === 'prompts-support')!.maxTokens;
    write(repo, 'prompts/support/system.md', SUPPORT.repeat(Math.ceil(allotment / 10)));
    git('add', 'prompts/support/system.md');
    const stopped = entry();
    expect(stopped.status, stopped.stdout + stopped.stderr).toBe(1);
    expect(stopped.stdout).toMatch(/prompts-support/);
    write(repo, 'prompts/support/system.md', SUPPORT);
    git('add', 'prompts/support/system.md');
  });
});
