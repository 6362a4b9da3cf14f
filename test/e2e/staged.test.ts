/**
 * `prompt-budget check --staged`, the pre-commit hook, through the bundled CLI on real git
 * repositories: head is the index, so what is staged is judged whatever the working tree holds,
 * and staged files are refused for the same reasons as committed ones. The hook lines the docs
 * and .pre-commit-hooks.yaml give are run as written.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { oracleCount } from '../helpers/oracle.js';
import { createOrigin, createRepo, GitRepo } from './git-repo.js';
import { makeTempDir, removeTempDirs } from './temp.js';

const CLI = resolve('dist/cli.js');
const SYSTEM = 'You are a careful assistant. Answer in one paragraph.\n';
const GROWN = SYSTEM + 'Always restate the full refund policy before answering. '.repeat(10);
const ALLOTMENT = oracleCount(SYSTEM) + 20;
const BUDGETS = `version: 1
defaults: { model: gpt-4o }
components:
  system:
    files: prompts/system.md
    max_tokens: ${ALLOTMENT}
    max_growth: 10
`;

afterAll(removeTempDirs);

function cli(repo: GitRepo, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: repo.dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: repo.dir, ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function report(repo: GitRepo, args: string[], env: Record<string, string> = {}) {
  const result = cli(repo, ['check', '--json', '-', ...args], env);
  return { ...result, json: JSON.parse(result.stdout) as { verdict: string; head: { label: string }; base: { label: string; sha: string } | null; components: { name: string; status: string; head: { tokens: number; files: { path: string }[] } | null; findings: unknown }[] } };
}

async function committedRepo(): Promise<GitRepo> {
  const repo = await createRepo();
  await repo.commit('Budgets', { 'budgets.yml': BUDGETS, 'prompts/system.md': SYSTEM });
  return repo;
}

describe('check --staged', () => {
  it('fails staged growth even when the working tree was changed back, and compares with HEAD', async () => {
    const repo = await committedRepo();
    await repo.write({ 'prompts/system.md': GROWN });
    await repo.git('add', 'prompts/system.md');
    await repo.write({ 'prompts/system.md': SYSTEM });

    const staged = report(repo, ['--staged']);
    expect(staged.status, staged.stderr).toBe(1);
    expect(staged.json.verdict).toBe('fail');
    expect(staged.json.head.label).toBe('staged');
    expect(staged.json.base).toMatchObject({ label: 'HEAD', sha: await repo.sha() });
    expect(staged.json.components[0]).toMatchObject({ status: 'over', head: { tokens: oracleCount(GROWN) } });
    // The working tree, as without --staged, holds the old text: within budget.
    expect(cli(repo, ['check', '--base', 'HEAD']).status).toBe(0);
  });

  it('ignores growth that is not staged', async () => {
    const repo = await committedRepo();
    await repo.write({ 'prompts/system.md': GROWN });
    const staged = report(repo, ['--staged']);
    expect(staged.status, staged.stderr).toBe(0);
    expect(staged.json.components[0]?.head?.tokens).toBe(oracleCount(SYSTEM));
    expect(cli(repo, ['check', '--base', 'HEAD']).status).toBe(1);
  });

  it('reads budgets.yml as staged too, and works before the first commit', async () => {
    const repo = await createRepo();
    await repo.write({ 'budgets.yml': BUDGETS, 'prompts/system.md': GROWN });
    await repo.git('add', '-A');
    const first = report(repo, ['--staged']);
    expect(first.status, first.stderr).toBe(1);
    expect(first.json.base).toBeNull();
    // A raised allotment staged, a lower one left in the working tree: the staged one rules.
    await repo.write({ 'budgets.yml': BUDGETS.replace(`max_tokens: ${ALLOTMENT}`, 'max_tokens: 1000') });
    await repo.git('add', 'budgets.yml');
    await repo.write({ 'budgets.yml': BUDGETS.replace(`max_tokens: ${ALLOTMENT}`, 'max_tokens: 1') });
    const raised = report(repo, ['--staged']);
    expect(raised.status, raised.stderr).toBe(0);
    expect(cli(repo, ['check']).status).toBe(1);
  });

  it("reads budgets.yml's `catalog: ./prices.json` as staged, as the working tree reads it, and refuses one in .git/ alike", async () => {
    const repo = await createRepo();
    const prices = { 'house-model-1': { litellm_provider: 'openai', mode: 'chat', max_input_tokens: 4_000, input_cost_per_token: 3e-6 } };
    const budgets = (catalog: string) => `version: 1\ncatalog: ${catalog}\nmodels:\n  house-model-1: { encoding: o200k_base }\ndefaults: { model: house-model-1 }\ncomponents:\n  system: { files: prompts/system.md, max_tokens: 1000 }\n`;
    await repo.write({ 'budgets.yml': budgets('./prices.json'), 'prices.json': JSON.stringify(prices), 'prompts/system.md': SYSTEM });
    await repo.git('add', '-A');
    const staged = report(repo, ['--staged']);
    expect(staged.status, staged.stderr).toBe(0);
    expect(staged.json.components.map((c) => c.status)).toEqual(['ok']);
    expect(cli(repo, ['check']).status).toBe(0);
    // Through .git/: refused by its spelling by both readers, never looked up in the index.
    await repo.write({ 'budgets.yml': budgets('.git/prices.json') });
    await repo.git('add', 'budgets.yml');
    const inGit = cli(repo, ['check', '--staged']);
    expect(inGit.status).toBe(2);
    expect(inGit.stderr).toContain('.git/prices.json');
    expect(inGit.stderr).toBe(cli(repo, ['check']).stderr);
    // A folder named as the catalog: a folder in the index too, not a missing file.
    await repo.write({ 'budgets.yml': budgets('prompts') });
    await repo.git('add', 'budgets.yml');
    const folder = cli(repo, ['check', '--staged']);
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain('a directory');
    expect(folder.stderr).toBe(cli(repo, ['check']).stderr);
  });

  it('refuses a staged symbolic link out of the repository as it refuses a committed one, and reads none of its target', async () => {
    const outside = await makeTempDir('prompt-budget-outside-');
    const secretText = 'TOP SECRET outside the repository. '.repeat(5);
    await import('node:fs/promises').then((fs) => fs.writeFile(join(outside, 'secret.md'), secretText));
    const repo = await committedRepo();
    await repo.write({ 'prompts/system.md': null });
    await symlink(join(outside, 'secret.md'), join(repo.dir, 'prompts/system.md'));
    await repo.git('add', '-A');
    expect(await repo.git('ls-files', '-s', 'prompts/system.md')).toMatch(/^120000 /);

    const staged = report(repo, ['--staged']);
    expect(staged.status).toBe(1);
    const said = JSON.stringify(staged.json.components[0]?.findings);
    expect(said).toContain('is a symbolic link that points outside the repository (or nowhere)');
    expect(staged.stdout + staged.stderr).not.toContain('TOP SECRET');

    // The same link committed, read as a base: the same refusal.
    const linked = await repo.commit('Link out');
    const committed = report(repo, ['--base', linked]);
    expect(JSON.stringify(committed.json.components[0]?.findings)).toContain('is a symbolic link that points outside the repository (or nowhere)');
  });

  it('reads a staged link to a staged file inside the repository as that file, like a committed one', async () => {
    const repo = await committedRepo();
    await repo.write({ 'prompts/shared.md': GROWN, 'prompts/system.md': null });
    await symlink('shared.md', join(repo.dir, 'prompts/system.md'));
    await repo.git('add', '-A');
    const staged = report(repo, ['--staged']);
    expect(staged.json.components[0]?.head?.tokens).toBe(oracleCount(GROWN));
  });

  it('counts no submodule (a gitlink is not a file) in a component whose glob matches it', async () => {
    const repo = await committedRepo();
    await repo.write({ 'budgets.yml': BUDGETS.replace('files: prompts/system.md', 'files: "prompts/**"') });
    await repo.git('add', 'budgets.yml');
    await repo.git('update-index', '--add', '--cacheinfo', `160000,${await repo.sha()},prompts/vendored`);
    const staged = report(repo, ['--staged']);
    expect(staged.status, staged.stderr).toBe(0);
    expect(staged.json.components[0]?.head?.files.map((f) => f.path)).toEqual(['prompts/system.md']);
  });

  it('refuses a staged file over the size limit by the size the index gives', async () => {
    const repo = await committedRepo();
    const size = 17 * 1024 * 1024;
    await repo.write({ 'prompts/system.md': 'x'.repeat(size) });
    await repo.git('add', '-A');
    await repo.write({ 'prompts/system.md': SYSTEM });
    const staged = report(repo, ['--staged']);
    expect(staged.status).toBe(1);
    expect(JSON.stringify(staged.json.components[0]?.findings)).toContain(`${size.toLocaleString('en-US')} bytes`);
  });
});

/** git with extra environment (GIT_INDEX_FILE), which GitRepo.git does not pass. */
function gitWith(dir: string, args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout.trim();
}

/** An object id no repository holds. */
const GHOST = '1111111111111111111111111111111111111111';

describe('check --staged and the index it reads', () => {
  it('checks the temporary index GIT_INDEX_FILE names (git commit -a, git commit <path>), not .git/index', async () => {
    const repo = await committedRepo();
    // What `git commit prompts/system.md` does: a temporary index from HEAD with the path added.
    const temporary = join(await makeTempDir('prompt-budget-index-'), 'index');
    gitWith(repo.dir, ['read-tree', 'HEAD'], { GIT_INDEX_FILE: temporary });
    await repo.write({ 'prompts/system.md': GROWN });
    gitWith(repo.dir, ['add', 'prompts/system.md'], { GIT_INDEX_FILE: temporary });
    await repo.write({ 'prompts/system.md': SYSTEM });

    const viaTemporary = report(repo, ['--staged'], { GIT_INDEX_FILE: temporary });
    expect(viaTemporary.status, viaTemporary.stderr).toBe(1);
    expect(viaTemporary.json.components[0]).toMatchObject({ status: 'over', head: { tokens: oracleCount(GROWN) } });
    // .git/index still holds the committed text: within budget.
    const viaIndex = report(repo, ['--staged']);
    expect(viaIndex.status, viaIndex.stderr).toBe(0);
    expect(viaIndex.json.components[0]?.head?.tokens).toBe(oracleCount(SYSTEM));

    // The other way round: growth staged in .git/index, a temporary index without it.
    await repo.write({ 'prompts/system.md': GROWN });
    await repo.git('add', 'prompts/system.md');
    await repo.write({ 'prompts/system.md': SYSTEM });
    const clean = join(await makeTempDir('prompt-budget-index-'), 'index');
    gitWith(repo.dir, ['read-tree', 'HEAD'], { GIT_INDEX_FILE: clean });
    expect(report(repo, ['--staged']).status).toBe(1);
    expect(report(repo, ['--staged'], { GIT_INDEX_FILE: clean }).status).toBe(0);
  });

  it('refuses a path with a merge conflict in the index, in report-only too', async () => {
    const repo = await committedRepo();
    await repo.branch('theirs');
    await repo.commit('Theirs', { 'prompts/system.md': SYSTEM + 'Be terse.\n' });
    await repo.checkout('main');
    await repo.commit('Ours', { 'prompts/system.md': SYSTEM + 'Be warm.\n' });
    await repo.git('merge', 'theirs').catch(() => undefined);
    expect(await repo.git('ls-files', '--unmerged', 'prompts/system.md')).not.toBe('');

    const staged = report(repo, ['--staged']);
    expect(staged.status, staged.stderr).toBe(1);
    expect(staged.json.components[0]?.status).toBe('unreadable');
    expect(JSON.stringify(staged.json.components[0]?.findings)).toContain('prompts/system.md has a merge conflict in the index');
    expect(cli(repo, ['check', '--staged', '--report-only']).status).toBe(1);
  });

  it('refuses a staged file whose object git does not have, never counting it as empty', async () => {
    const repo = await committedRepo();
    await repo.write({ 'budgets.yml': BUDGETS.replace('files: prompts/system.md', 'files: "prompts/*.md"') });
    await repo.git('add', 'budgets.yml');
    await repo.git('update-index', '--add', '--cacheinfo', `100644,${GHOST},prompts/ghost.md`);

    const staged = report(repo, ['--staged']);
    expect(staged.status, staged.stderr).toBe(1);
    expect(staged.json.components[0]?.status).toBe('unreadable');
    const said = JSON.stringify(staged.json.components[0]?.findings);
    expect(said).toContain(`prompts/ghost.md cannot be read: the index names object ${GHOST.slice(0, 12)}, which git does not have`);
    expect(staged.stdout + staged.stderr).not.toContain('NaN');
    expect(cli(repo, ['check', '--staged', '--report-only']).status).toBe(1);

    // budgets.yml itself: a configuration that cannot be read, not one "NaN bytes" too large.
    await repo.git('update-index', '--cacheinfo', `100644,${GHOST},budgets.yml`);
    const config = cli(repo, ['check', '--staged']);
    expect(config.status).toBe(2);
    expect(config.stderr).toContain('the index names an object git does not have: run git fsck, then add the file again');
    expect(config.stderr).not.toContain('NaN');
  });

  it('refuses a staged symbolic link whose target is longer than a path can be, by its size, unread', async () => {
    const repo = await committedRepo();
    await repo.write({ 'long-target.txt': 'a/'.repeat(2_500) });
    const object = await repo.git('hash-object', '-w', 'long-target.txt');
    await repo.write({ 'long-target.txt': null });
    await repo.git('update-index', '--cacheinfo', `120000,${object},prompts/system.md`);

    const staged = report(repo, ['--staged']);
    expect(staged.status, staged.stderr).toBe(1);
    expect(staged.json.components[0]?.status).toBe('unreadable');
    expect(JSON.stringify(staged.json.components[0]?.findings)).toContain('prompts/system.md is a symbolic link whose target is 5,000 bytes long, more than a path can be (4,096)');
  });
});

/**
 * A blobless clone (git clone --filter=blob:none; actions/checkout's `filter`) lacks the blobs of
 * what it did not check out, and git fetches one whenever its size or content is asked. Only the
 * files a component reads may be asked: a size looked up for every entry of the index or of a
 * base's tree would fetch, one by one, blobs no budget needs.
 */
describe('in a partial clone', () => {
  /** `main` checked out; branch `data` adds assets/data.md, whose blob the clone lacks. */
  async function partialClone(): Promise<{ clone: GitRepo; data: string }> {
    const source = await committedRepo();
    await source.branch('data');
    await source.commit('Data, not prompts', { 'assets/data.md': 'Not a prompt. '.repeat(50) });
    await source.checkout('main');
    const origin = await createOrigin(source);
    gitWith(origin.dir, ['config', 'uploadpack.allowFilter', 'true']);
    const parent = await makeTempDir('prompt-budget-partial-');
    gitWith(parent, ['clone', '--quiet', '--filter=blob:none', origin.url, 'clone']);
    const clone = new GitRepo(join(parent, 'clone'));
    const data = await clone.git('rev-parse', 'origin/data:assets/data.md');
    expect(missingBlobs(clone)).toEqual([data]);
    return { clone, data };
  }

  /** The blobs the clone lacks, asked without fetching them (rev-list --missing=print never fetches). */
  function missingBlobs(clone: GitRepo): string[] {
    return gitWith(clone.dir, ['rev-list', '--objects', '--missing=print', '--all']).split('\n').filter((line) => line.startsWith('?')).map((line) => line.slice(1));
  }

  it('--staged sizes only the files a component reads, not every index entry', async () => {
    const { clone, data } = await partialClone();
    await clone.git('update-index', '--add', '--cacheinfo', `100644,${data},assets/data.md`);
    const staged = report(clone, ['--staged']);
    expect(staged.status, staged.stderr).toBe(0);
    expect(missingBlobs(clone)).toEqual([data]);
  });

  // GIT_NO_LAZY_FETCH, which keeps git from fetching the index's blobs, came with git 2.44; an older git fetches.
  const [major = 0, minor = 0] = (/(\d+)\.(\d+)/.exec(gitWith('.', ['--version'])) ?? []).slice(1).map(Number);
  it.skipIf(major < 2 || (major === 2 && minor < 44))('--staged never fetches a blob the index names and the clone lacks: it refuses it', async () => {
    const { clone, data } = await partialClone();
    await clone.git('update-index', '--add', '--cacheinfo', `100644,${data},prompts/system.md`);
    const staged = report(clone, ['--staged']);
    expect(staged.status, staged.stderr).toBe(1);
    expect(JSON.stringify(staged.json.components[0]?.findings)).toContain('which git does not have');
    expect(missingBlobs(clone)).toEqual([data]);
  });

  it('a base commit is listed without sizing its whole tree', async () => {
    const { clone, data } = await partialClone();
    const checked = report(clone, ['--base', 'origin/data']);
    expect(checked.status, checked.stderr).toBe(0);
    expect(checked.json.components[0]?.head?.tokens).toBe(oracleCount(SYSTEM));
    expect(missingBlobs(clone)).toEqual([data]);
  });
});

/** The command lines the docs give for husky and lefthook, and the pre-commit framework's entry. */
function hookCommands(): { where: string; args: string[] }[] {
  const doc = readFileSync(resolve('docs/recipes.md'), 'utf8');
  const husky = [...doc.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1]!.split('\n')).filter((line) => line.startsWith('npx prompt-budget '));
  const lefthook = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)]
    .map((m) => parse(m[1]!) as { 'pre-commit'?: { commands?: Record<string, { run: string }> } })
    .flatMap((yaml) => Object.values(yaml['pre-commit']?.commands ?? {}).map((command) => command.run));
  const hooks = parse(readFileSync(resolve('.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; language: string }[];
  const npx = (line: string) => {
    const [tool, name, ...args] = line.split(/\s+/);
    expect([tool, name]).toEqual(['npx', 'prompt-budget']);
    return args;
  };
  return [
    ...husky.map((line) => ({ where: `husky: ${line}`, args: npx(line) })),
    ...lefthook.map((line) => ({ where: `lefthook: ${line}`, args: npx(line) })),
    // The framework installs the package and runs its bin, `prompt-budget`, with the entry's arguments.
    ...hooks.map((hook) => ({ where: `.pre-commit-hooks.yaml ${hook.id}`, args: hook.entry.split(/\s+/).slice(1) })),
  ];
}

describe('the hook lines in docs/recipes.md and .pre-commit-hooks.yaml', () => {
  const commands = hookCommands();

  it('are found: husky, lefthook and the pre-commit hook', () => {
    expect(commands.map((c) => c.where.split(':')[0]!.split(' ')[0])).toEqual(['husky', 'lefthook', '.pre-commit-hooks.yaml']);
    const hooks = parse(readFileSync(resolve('.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    expect(hooks[0]).toMatchObject({ id: 'prompt-budget', language: 'node', pass_filenames: false });
    expect(String(hooks[0]!.entry).split(/\s+/)[0]).toBe(Object.keys((JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { bin: Record<string, string> }).bin)[0]);
  });

  it.each(commands)('$where runs: passes what is within budget, stops what is staged over it', async ({ args }) => {
    const repo = await committedRepo();
    await repo.write({ 'prompts/system.md': SYSTEM + 'Be brief.\n' });
    await repo.git('add', '-A');
    const within = cli(repo, args);
    expect(within.status, within.stderr).toBe(0);
    await repo.write({ 'prompts/system.md': GROWN });
    await repo.git('add', '-A');
    await repo.write({ 'prompts/system.md': SYSTEM });
    const over = cli(repo, args);
    expect(over.status, over.stderr).toBe(1);
    expect(over.stdout).toMatch(/at staged vs HEAD/);
  });

  it("matches prompt files and budgets files with the hook's `files` pattern, and not other files", () => {
    const hooks = parse(readFileSync(resolve('.pre-commit-hooks.yaml'), 'utf8')) as { files: string }[];
    // pre-commit reads it as a Python regular expression; a leading (?i) is JavaScript's `i` flag.
    const source = hooks[0]!.files;
    expect(source.startsWith('(?i)')).toBe(true);
    const files = new RegExp(source.slice(4), 'i');
    for (const path of ['budgets.yml', 'apps/search/budgets.yaml', 'AGENTS.md', 'docs/CLAUDE.md', '.github/copilot-instructions.md', 'prompts/system.md', 'src/prompts/triage.json', 'triage.prompt.yml', 'chat.prompty', 'greet.prompt', '.cursorrules']) {
      expect(files.test(path), path).toBe(true);
    }
    for (const path of ['README.md', 'src/index.ts', 'package.json', 'docs/recipes.md', 'budgets.yml.bak']) expect(files.test(path), path).toBe(false);
  });
});
