/**
 * Issue 13, items 1, 5, 6 and 7, through the bundled CLI (init, check) and action (dist/), on
 * real git repositories shaped like the ones the issue tried: a family of 225
 * `patterns/<name>/system.md` prompts, Prompty and Dotprompt files that declare their model, and
 * tiny agent instruction files.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { pullRequestEvent } from './events.js';
import { createRepo, type GitRepo } from './git-repo.js';
import { FakeGitHub, ROUTES } from './github-api.js';
import { fakeGitHubPerTest } from './fake-github-per-test.js';
import { PROJECT_ROOT, runAction, type ActionRun } from './runner.js';

const OWNER = 'acme';
const REPO = 'patterns';
const TOKEN = 'ghs_e2eCoverageToken0123456789';
const CLI = resolve(PROJECT_ROOT, 'dist', 'cli.js');
const FAMILY = 225;

let fake: FakeGitHub;
fakeGitHubPerTest({ owner: OWNER, repo: REPO, token: TOKEN }, (started) => (fake = started));

const log = (r: { status: number | null; stdout: string; stderr: string }) => `exit ${r.status}\n--- stdout\n${r.stdout.slice(-5000)}\n--- stderr\n${r.stderr.slice(-3000)}`;

function cli(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: cwd } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A pattern's system prompt, of a size that differs from folder to folder, as real ones do. */
function pattern(i: number): string {
  return `# IDENTITY and PURPOSE\n\nYou are pattern ${i}: you take the input and extract what matters.\n\n# STEPS\n\n${'- Read the input carefully, then think step by step.\n'.repeat(2 + (i % 30))}\n# OUTPUT\n\nMarkdown only.\n`;
}

/** A 46 KB system prompt: a knowledge base pasted into the prompt. */
const ANSWER_WITH_KB = `# IDENTITY and PURPOSE\n\nYou answer questions with the knowledge base below.\n\n${'The refund window is 30 days from delivery; store credit is offered after that, at the manager\'s discretion. '.repeat(425)}\n`;

/** The repository the issue describes: 225 pattern folders, each with its own system.md, and a README. */
async function patternsRepo(): Promise<{ repo: GitRepo; main: string; budgets: string }> {
  const repo = await createRepo();
  const files = function* (): Generator<readonly [string, string]> {
    yield ['README.md', '# Patterns\n'];
    for (let i = 0; i < FAMILY; i++) yield [`patterns/pattern_${String(i).padStart(3, '0')}/system.md`, pattern(i)];
  };
  await repo.importCommit('main', 'Patterns', files());
  await repo.git('reset', '--hard', '--quiet');
  const init = cli(['init'], repo.dir);
  expect(init.status, log(init)).toBe(0);
  const budgets = await repo.read('budgets.yml');
  const main = await repo.commit('Budgets from prompt-budget init');
  return { repo, main, budgets };
}

async function pullRequest(repo: GitRepo, main: string, branch: string, files: Record<string, string>, comment = 'always'): Promise<ActionRun & { body: string }> {
  const head = await repo.importCommit(branch, branch, Object.entries(files), main);
  await repo.checkout(branch);
  const result = await runAction({
    workspace: repo.dir,
    event: pullRequestEvent('opened', { owner: OWNER, repo: REPO, number: 13, base: { sha: main, ref: 'main' }, head: { sha: head, ref: branch }, apiUrl: fake.url, serverUrl: fake.url }),
    api: { url: fake.url, token: TOKEN },
    with: { comment },
    timeoutMs: 120_000,
  });
  const posts = fake.requestsTo('POST', ROUTES.issueComments);
  const body = posts.length > 0 ? (posts[0]!.body as { body: string }).body : '';
  return { ...result, body };
}

/** What a reviewer sees before the table: the headline and what sits right under it. */
const top = (body: string) => body.slice(0, body.indexOf('\n|') < 0 ? body.length : body.indexOf('\n|'));

describe('a family of 225 pattern folders', () => {
  let repo: GitRepo;
  let main: string;
  let budgets: string;
  beforeAll(async () => {
    ({ repo, main, budgets } = await patternsRepo());
  }, 120_000);

  it('init writes one per_file component with a glob (not 225), the modeline and coverage, and check passes', async () => {
    expect(budgets.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+\/budgets\.schema\.json$/);
    expect(budgets).toContain('\ncoverage: { unbudgeted: fail }\n');
    expect(budgets.match(/^ {2}[a-z][\w-]*:$/gm)).toEqual(['  patterns-system:']);
    expect(budgets).toContain('    files: "patterns/*/system.md"\n    per_file: true\n');
    // The issue's repository got 922 lines; what is left is the header and one component.
    expect(budgets.split('\n').length).toBeLessThan(60);
    const check = cli(['check', '--base', 'HEAD'], repo.dir);
    expect(check.status, log(check)).toBe(0);
    const result = await pullRequest(repo, main, 'readme', { 'README.md': '# Patterns\n\nOne prompt per folder.\n' });
    expect(result.status, log(result)).toBe(0);
  });

  it('fails a PR adding a 46 KB patterns/answer_with_kb/system.md, naming it at the top of the comment and annotating it', async () => {
    expect(ANSWER_WITH_KB.length).toBeGreaterThan(46_000);
    const result = await pullRequest(repo, main, 'answer-with-kb', { 'patterns/answer_with_kb/system.md': ANSWER_WITH_KB });
    expect(result.status, log(result)).toBe(1);
    expect(result.outputs['over-budget']).toBe('true');
    expect(top(result.body)).toContain('### ❌');
    expect(result.body).toContain('`patterns/answer_with_kb/system.md` is over its allotment');
    expect(result.body.indexOf('patterns/answer_with_kb/system.md')).toBeLessThan(result.body.indexOf('<details>') < 0 ? Infinity : result.body.indexOf('<details>'));
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8')) as { components: { status: string; perFile: { files: number; over: string[] } }[] };
    expect(report.components[0]).toMatchObject({ status: 'over', perFile: { files: FAMILY + 1, over: ['patterns/answer_with_kb/system.md'] } });
    expect(result.annotations.filter((a) => a.level === 'error' && a.file === 'patterns/answer_with_kb/system.md')).toHaveLength(1);
  });

  it('fails a PR adding an unbudgeted prompt elsewhere under init\'s default, named at the top and annotated at line 1', async () => {
    const result = await pullRequest(repo, main, 'new-prompt', { 'prompts/new.md': 'You are the triage assistant. Label each issue with one of: bug, feature, question.\n'.repeat(5) });
    expect(result.status, log(result)).toBe(1);
    expect(top(result.body)).toMatch(/### ❌ prompt-budget: 1 unbudgeted prompt file added or grown/);
    expect(top(result.body)).toContain('`prompts/new.md`: added, ');
    expect(result.annotations).toContainEqual(expect.objectContaining({ level: 'error', file: 'prompts/new.md', line: 1 }));
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8')) as { verdict: string; unbudgeted: unknown[] };
    expect(report).toMatchObject({ verdict: 'fail', unbudgeted: [{ path: 'prompts/new.md', base: null, failed: true }] });
    expect(result.stdout).toContain('Unbudgeted prompts:');
  });

  it('only notes it under unbudgeted: warn', async () => {
    const warn = await repo.importCommit('warn', 'Coverage: warn', [['budgets.yml', budgets.replace('coverage: { unbudgeted: fail }', 'coverage: { unbudgeted: warn }')]], main);
    // comment: on-change (the default): no budgeted file changed, yet the new prompt gets a comment.
    const result = await pullRequest(repo, warn, 'new-prompt-warn', { 'prompts/new.md': 'You are the triage assistant.\n' }, 'on-change');
    expect(result.status, log(result)).toBe(0);
    expect(top(result.body)).toMatch(/### ⚠️ prompt-budget: .*; 1 unbudgeted prompt file added or grown/);
    expect(top(result.body)).toContain('`prompts/new.md`: added, ');
    expect(result.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });
});

describe('init on Prompty, Dotprompt and tiny agent files', () => {
  it('takes each file\'s declared model, budgets CLAUDE.md and GEMINI.md for their vendor, and gives tiny prompts the stated room', async () => {
    const repo = await createRepo();
    await repo.commit('Prompts', {
      'AGENTS.md': 'Use pnpm.\n',
      'CLAUDE.md': 'See AGENTS.md.\n',
      'GEMINI.md': 'Answer in English.\n',
      'flows/writer.prompty': '---\nname: writer\nmodel:\n  api: chat\n  configuration:\n    type: azure_openai\n    azure_deployment: gpt-4o-mini\n---\nsystem:\nYou write haikus about {{topic}}.\n',
      'flows/greet.prompt': '---\nmodel: googleai/gemini-2.5-flash\ninput:\n  schema:\n    name: string\n---\nSay hello to {{name}}.\n',
      'evals/triage.prompt.yml': 'name: triage\nmodel: openai/gpt-4o\nmessages:\n  - role: system\n    content: Label the issue.\n',
    });
    const init = cli(['init'], repo.dir);
    expect(init.status, log(init)).toBe(0);
    const text = await readFile(join(repo.dir, 'budgets.yml'), 'utf8');
    const modelOf = (name: string) => new RegExp(`\\n  ${name}:\\n(?:    [^\\n]*\\n)*?    model: ([\\w.-]+)`).exec(text)?.[1];
    expect(['flows-writer', 'flows-greet', 'evals-triage', 'claude', 'gemini', 'agents'].map(modelOf)).toEqual(['gpt-4o-mini', 'gemini-2.5-flash', 'gpt-4o', 'claude-sonnet-4-5', 'gemini-2.5-pro', undefined]);
    // Without keys, Claude and Gemini counts are labelled estimates.
    expect(text).toMatch(/# ≈\d+ \(≤\d+\) tokens today/);
    expect(text).toMatch(/ANTHROPIC_API_KEY was not set/);
    // AGENTS.md is 4 tokens: +10% would leave it no room; the floor of 50 gives 60, and the header says why.
    expect(text).toMatch(/\n {2}agents:\n {4}files: AGENTS\.md\n {4}max_tokens: 60 +# 4 tokens today \+ 10% \(at least \+50\)\n/);
    expect(text.replace(/\n# /g, ' ')).toContain('plus 10% or 50 tokens, whichever is more');
    const check = cli(['check'], repo.dir);
    expect(check.status, log(check)).toBe(0);
  });

  it('check without a budgets.yml suggests init', async () => {
    const repo = await createRepo();
    await repo.commit('A prompt', { 'AGENTS.md': 'Use pnpm.\n' });
    const check = cli(['check'], repo.dir);
    expect(check.status, log(check)).toBe(2);
    expect(check.stderr).toContain('npx prompt-budget init');
  });
});
