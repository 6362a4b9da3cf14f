/**
 * What a reviewer sees first, through the bundled action and CLI on real git repositories
 * (issue 13, items 2 and 3): a PR that changes one component of sixteen reads on one screen,
 * and a PR that raises its own allotment says so in the row, the verdict, an output, the summary
 * and the terminal.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { pullRequestEvent, type PullRequestFixture } from './events.js';
import { createRepo, type FileTree, type GitRepo } from './git-repo.js';
import type { FakeGitHub } from './github-api.js';
import { fakeGitHubPerTest } from './fake-github-per-test.js';
import { PROJECT_ROOT, runAction, type ActionRun } from './runner.js';
import { outsideDetails, visibleLines } from '../helpers/visible-lines.js';
import { ACTION_REF } from '../../src/common/home.js';

const OWNER = 'acme';
const REPO = 'assistants';
const TOKEN = 'ghs_e2eFocusToken0123456789';
const PR = 31;

let fake: FakeGitHub;
fakeGitHubPerTest({ owner: OWNER, repo: REPO, token: TOKEN }, (started) => (fake = started));

/** What "one screen" holds: the issue's budget for everything visible without unfolding. */
const SCREEN_LINES = 20;

describe('visibleLines', () => {
  it('counts rendered lines, not source lines', () => {
    const md = [
      '<!-- marker -->', '### ✅ verdict', '', 'a paragraph', 'soft-wrapped', '', '| a | b |', '|:-:|--:|', '| 1 | 2 |', '',
      '<sub>note one</sub>  ', '<sub>note two</sub>  ', '', '- item', '- item', '',
      '<details><summary>folded</summary>', '', '| x |', '|--|', '| y |', '', '</details>', '', '<sub>footer</sub>', '',
    ].join('\n');
    expect(visibleLines(md)).toEqual([
      '### ✅ verdict', 'a paragraph soft-wrapped', '| a | b |', '| 1 | 2 |', '<sub>note one</sub>  ', '<sub>note two</sub>  ', '- item', '- item', '<summary>folded</summary>', '<sub>footer</sub>',
    ]);
  });
});

/** A chat prompt in GitHub Models' format, with a template tag GitHub Models fills in. */
function chatPrompt(topic: string, turns: number): string {
  const messages = Array.from({ length: turns }, (_, i) => `  - role: ${i % 2 === 0 ? 'user' : 'assistant'}\n    content: "Example ${i} about ${topic}: {{input}} and the customer's {{plan}}."\n`).join('');
  return `name: ${topic}\nmodel: openai/gpt-4.1\nmessages:\n  - role: system\n    content: You answer questions about ${topic} in two sentences.\n${messages}`;
}

function pattern(name: string, paragraphs: number): string {
  return `# ${name}\n\n` + Array.from({ length: paragraphs }, (_, i) => `Step ${i + 1} of ${name}: read the input, keep what matters for {{audience}}, and answer plainly.\n`).join('');
}

const PATTERNS = ['summarize', 'extract-wisdom', 'rate-content', 'explain-code', 'write-essay', 'create-quiz', 'improve-writing', 'analyze-claims'];
const CHATS = ['billing', 'refunds', 'shipping', 'returns', 'warranty', 'accounts'];

/**
 * Sixteen components shaped like the repositories of the issue: a family of folder prompts (one
 * system.md each, with a `{{audience}}` tag), chat files with tags, one near its limit and one
 * already over at base (both unchanged by the PR).
 */
function manyComponents(): FileTree {
  const components = [
    ...PATTERNS.map((name) => `  ${name}:\n    files: patterns/${name}/system.md\n    max_tokens: ${name === 'rate-content' ? 125 : 2000}\n`),
    ...CHATS.map((name) => `  ${name}-chat:\n    files: chats/${name}.prompt.yml\n    max_tokens: ${name === 'warranty' ? 60 : name === 'refunds' ? 300 : 1000}\n`),
    '  router:\n    files: "router/*.md"\n    max_tokens: 400\n',
    '  glossary:\n    files: docs/glossary.md\n    max_tokens: 3000\n',
  ];
  return {
    'budgets.yml': `version: 1\ndefaults: { model: gpt-4.1 }\ncomponents:\n${components.join('')}`,
    ...Object.fromEntries(PATTERNS.map((name) => [`patterns/${name}/system.md`, pattern(name, name === 'rate-content' ? 5 : 12)])),
    ...Object.fromEntries(CHATS.map((name) => [`chats/${name}.prompt.yml`, chatPrompt(name, 6)])),
    'router/intent.md': 'Route the message to billing, refunds or shipping. Reply with one word.\n',
    'docs/glossary.md': Array.from({ length: 40 }, (_, i) => `Term ${i}: a word the assistants use with one meaning only.\n`).join(''),
  };
}

async function pullRequest(base: FileTree, changes: FileTree): Promise<{ repo: GitRepo; fixture: PullRequestFixture }> {
  const repo = await createRepo();
  const baseSha = await repo.commit('Base', base);
  await repo.branch('change');
  const head = await repo.commit('Change', changes);
  return { repo, fixture: { owner: OWNER, repo: REPO, number: PR, base: { sha: baseSha, ref: 'main' }, head: { sha: head, ref: 'change' }, apiUrl: fake.url, serverUrl: fake.url } };
}

const run = (repo: GitRepo, fixture: PullRequestFixture, env: Record<string, string> = {}): Promise<ActionRun> =>
  runAction({ workspace: repo.dir, event: pullRequestEvent('opened', fixture), api: { url: fake.url, token: TOKEN }, with: { base: 'main' }, env });
const log = (r: ActionRun) => `exit ${r.status}\n${r.stdout.slice(-6000)}\n${r.stderr.slice(-2000)}`;

/** `prompt-budget check` from the bundle, as a developer runs it in the repository. */
async function cli(repo: GitRepo, args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(PROJECT_ROOT, 'dist', 'cli.js'), ...args], {
      cwd: repo.dir,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: repo.dir, LANG: 'C.UTF-8', NO_COLOR: '1' },
    });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { status: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('a PR that changes one component of sixteen', () => {
  it('fits the comment on one screen, with only the changed row and its notes visible, the rest folded', async () => {
    const base = manyComponents();
    const grown = `${base['chats/refunds.prompt.yml']!}  - role: user\n    content: "Also quote the full refund policy for {{region}}: ${'items unused, with the receipt, within 30 days. '.repeat(40)}"\n`;
    const { repo, fixture } = await pullRequest(base, { 'chats/refunds.prompt.yml': grown });
    const result = await run(repo, fixture);
    expect(result.status, log(result)).toBe(1);

    const [comment] = fake.comments(PR);
    const body = comment?.body ?? '';
    const visible = visibleLines(body);
    if (process.env.SHOW_COMMENT) console.log(`${body}\n--- ${visible.length} visible lines`);
    expect(visible.length, visible.join('\n')).toBeLessThanOrEqual(SCREEN_LINES);
    expect(visible[0]).toBe('### ❌ prompt-budget: 1 of 16 components broke a budget; 1 already broken at base, not made worse');

    const shown = outsideDetails(body);
    // The one changed row, and no unchanged component anywhere outside the folds.
    expect(shown).toMatch(/^\| ❌ \| `refunds-chat` \|/m);
    for (const name of [...PATTERNS, ...CHATS.filter((c) => c !== 'refunds').map((c) => `${c}-chat`), 'router', 'glossary']) {
      expect(shown, `${name} is unchanged and must be folded`).not.toContain(`\`${name}\``);
    }
    // Its notes, each once: the chat formatting and its template tags (the new one included).
    expect(shown).toMatch(/<sub>chat formatting is [^<]*: `refunds-chat`\.<\/sub>/);
    expect(shown).toMatch(/<sub>template tags are counted as written, not what fills them: [^<]*`\{\{region\}\}`[^<]*: `refunds-chat`\.<\/sub>/);
    expect(shown.match(/<sub>/g)?.length ?? 0).toBeLessThanOrEqual(5);

    // Nothing is lost: the folded rows, their findings and every component's notes are one click away.
    expect(body).toMatch(/<details><summary>15 unchanged components without failures: 1 near the limit, 1 broken at base, not made worse<\/summary>/);
    expect(body).toContain('| ⚠️ | `warranty-chat` |');
    expect(body).toContain('<details><summary>How the components were counted (5 notes)</summary>');
    // Folded notes are grouped too: the family's one tag note names all eight.
    expect(body).toContain(`- template tags are counted as written, not what fills them: \`{{audience}}\`: ${PATTERNS.map((name) => `\`${name}\``).join(', ')}.`);
    expect(body).toMatch(/^- of the counts at head, chat formatting .* is 31 of 136 tokens in `billing-chat`, 35 of 632 tokens in `refunds-chat`, /m);
    // The job summary is the same report, folded the same way.
    expect(visibleLines(result.summary).length).toBeLessThanOrEqual(SCREEN_LINES);

    // The CLI prints the same screen: the changed row, one line for the rest.
    const terminal = await cli(repo, ['check', '--base', 'main']);
    expect(terminal.status, terminal.stderr).toBe(1);
    const lines = terminal.stdout.trimEnd().split('\n');
    expect(lines.length, terminal.stdout).toBeLessThanOrEqual(SCREEN_LINES);
    expect(terminal.stdout).toMatch(/^ {2}refunds-chat .*✗ over budget$/m);
    expect(terminal.stdout).toMatch(/^ {2}15 unchanged components without failures \(1 near the limit, 1 broken at base, not made worse\): summarize, extract-wisdom, rate-content and 12 more\.$/m);
    expect(terminal.stdout).not.toMatch(/^ {2}billing-chat /m);
  }, 90_000);
});

describe('a PR that loosens the budgets it is judged by', () => {
  const BUDGETS = `version: 1
defaults: { model: gpt-4.1 }
components:
  answer:
    files: prompts/answer.md
    max_tokens: 480
  tone:
    files: prompts/tone.md
    max_tokens: 200
    max_growth: 10%
  legacy:
    files: prompts/legacy.md
    max_tokens: 100
  library:
    files: "library/*.md"
    max_tokens: 300
`;
  const BASE: FileTree = {
    'budgets.yml': BUDGETS,
    'prompts/answer.md': 'Answer the question from the knowledge base. Cite the article.\n',
    'prompts/tone.md': 'Be warm and brief. Greet the customer by name, thank them for writing, and keep every reply under five sentences. '.repeat(4),
    'prompts/legacy.md': 'Old prompt kept for the v1 API.\n',
    'library/a.md': 'Article A: returns within 30 days.\n',
    'library/long.md': 'Article L: the full policy. '.repeat(20),
  };
  const PASTED = 'Knowledge base article, pasted whole: shipping, returns, warranty, and every exception to them. '.repeat(420);

  it('pasting 8,000 tokens and raising max_tokens to 9,000 is in the row, the verdict, an output, the summary and the CLI', async () => {
    const { repo, fixture } = await pullRequest(BASE, {
      'budgets.yml': BUDGETS.replace('max_tokens: 480', 'max_tokens: 9_000'),
      'prompts/answer.md': `${BASE['prompts/answer.md']!}${PASTED}`,
    });
    const result = await run(repo, fixture);
    expect(result.status, log(result)).toBe(0);
    expect(result.outputs['rules-loosened']).toBe('true');

    const body = fake.comments(PR)[0]?.body ?? '';
    // Not a plain ✅: the verdict line names the raise.
    expect(body).toMatch(/^### ⚠️ prompt-budget: all 4 components within budget; budgets loosened here: 1 allotment raised$/m);
    expect(body).toMatch(/^\| ✅ \| `answer` \| [\d,]+ \| [\d,]+ \| \+[\d,]+ \([^)]*\) \| \*\*480 → 9,000, raised here \(\d+(\.\d)?%\)\*\* \| ok \|$/m);
    expect(body).toContain('**🔓 This change loosens the budgets it is judged by.** Have an owner of `budgets.yml` review it:');
    expect(body).toContain('- `answer`: allotment raised from 480 to 9,000 tokens (`budgets.yml` line 6).');
    expect(result.summary).toContain('480 → 9,000, raised here');

    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8')) as { loosened: unknown[] };
    expect(report.loosened).toEqual([{ kind: 'max-tokens', component: 'answer', from: 480, to: 9000, location: expect.objectContaining({ file: 'budgets.yml', line: 6 }) }]);

    const terminal = await cli(repo, ['check', '--base', 'main']);
    expect(terminal.status, terminal.stderr).toBe(0);
    expect(terminal.stdout).toMatch(/^prompt-budget: all 4 components within budget; budgets loosened here: 1 allotment raised$/m);
    expect(terminal.stdout).toMatch(/^ {2}answer .*480 → 9,000, raised here/m);
    expect(terminal.stdout).toContain('  - answer: allotment raised from 480 to 9,000 tokens (budgets.yml line 6).');
  }, 90_000);

  it('a removed component, a growth limit dropped and a file excluded by a new ! glob are each named', async () => {
    const loosened = BUDGETS
      .replace('    max_growth: 10%\n', '')
      .replace('  legacy:\n    files: prompts/legacy.md\n    max_tokens: 100\n', '')
      .replace('files: "library/*.md"', 'files: ["library/*.md", "!library/long.md"]');
    const { repo, fixture } = await pullRequest(BASE, {
      'budgets.yml': loosened,
      'prompts/tone.md': `${BASE['prompts/tone.md']!}Always add a friendly sign-off with the team's name.\n`,
    });
    const result = await run(repo, fixture);
    expect(result.status, log(result)).toBe(0);
    expect(result.outputs['rules-loosened']).toBe('true');
    const body = fake.comments(PR)[0]?.body ?? '';
    expect(body).toMatch(/^### ⚠️ prompt-budget: all 3 components within budget; budgets loosened here: 1 growth limit removed, 1 component removed, files left out of 1 component$/m);
    expect(body).toContain('- `tone`: growth limit of 10% removed (`budgets.yml` line 7).');
    expect(body).toContain('- `library`: leaves out `library/long.md` by `!library/long.md` (`budgets.yml` line 10).');
    expect(body).toContain('- `legacy`: removed from `budgets.yml`; its budget no longer applies.');
    // The rows say it too, unchanged prompts or not.
    expect(body).toMatch(/^\| ✅ \| `tone` \|.*\| ok, \*\*growth limit removed here\*\* \|$/m);
    expect(body).toMatch(/^\| ✅ \| `library` \|.*\| ok, \*\*files left out here\*\* \|$/m);
  }, 90_000);

  it('a PR that only raises an allotment, changing no prompt, still gets the comment (comment: on-change)', async () => {
    const { repo, fixture } = await pullRequest(BASE, { 'budgets.yml': BUDGETS.replace('max_tokens: 480', 'max_tokens: 9000') });
    const result = await run(repo, fixture);
    expect(result.status, log(result)).toBe(0);
    expect(result.outputs['rules-loosened']).toBe('true');
    expect(fake.comments(PR)[0]?.body).toContain('480 → 9,000, raised here');
  }, 90_000);

  it('a PR that sets generation_prompt: false, counting its chats without the reply turn, says so', async () => {
    const { repo, fixture } = await pullRequest(BASE, { 'budgets.yml': BUDGETS.replace('max_tokens: 480', 'max_tokens: 480\n    generation_prompt: false') });
    const result = await run(repo, fixture);
    expect(result.status, log(result)).toBe(0);
    expect(result.outputs['rules-loosened']).toBe('true');
    expect(fake.comments(PR)[0]?.body).toContain('counted without the reply turn');
  }, 90_000);

  it('a PR that only tightens its budgets is a plain pass with rules-loosened false', async () => {
    const { repo, fixture } = await pullRequest(BASE, {
      'budgets.yml': BUDGETS.replace('max_tokens: 480', 'max_tokens: 400'),
      'prompts/tone.md': `${BASE['prompts/tone.md']!}Smile.\n`,
    });
    const result = await run(repo, fixture);
    expect(result.status, log(result)).toBe(0);
    expect(result.outputs['rules-loosened']).toBe('false');
    expect(fake.comments(PR)[0]?.body).toMatch(/^### ✅ prompt-budget: all 4 components within budget$/m);
  }, 90_000);
});

describe('the log', () => {
  it('writes counts with thousands separators and characters as characters', async () => {
    const { repo, fixture } = await pullRequest(
      { 'budgets.yml': 'version: 1\ndefaults: { model: gpt-4.1 }\ncomponents:\n  answer:\n    files: prompts/answer.md\n    max_tokens: 480\n', 'prompts/answer.md': 'Answer briefly.\n' },
      { 'prompts/answer.md': `Answer briefly.\n${'Paste of the whole knowledge base, article after article, with every exception. '.repeat(120)}` },
    );
    // RUNNER_DEBUG is what the runner sets when ACTIONS_STEP_DEBUG is on, or on "Re-run with debug logging".
    const result = await run(repo, fixture, { RUNNER_DEBUG: '1' });
    expect(result.status, log(result)).toBe(1);
    const grown = result.annotations.find((a) => a.file === 'prompts/answer.md');
    expect(grown?.message).toMatch(/^prompts\/answer\.md grew by \d{1,3}(,\d{3})+ tokens; component answer is over its allotment/);
    expect(result.stdout).toMatch(/Counted \d+ texts \([\d,]+ characters\) in [\d.]+ s on 1 thread\./);
    expect(result.stdout).not.toMatch(/\d M characters/);
    // The runner shows ::debug:: lines only with debug logging on; they say what was planned, chosen, counted, and how long it took.
    expect(result.stdout).toMatch(/^::debug::Event pull_request at [0-9a-f]{40}: head change @ [0-9a-f]{40}; base main/m);
    expect(result.stdout).toMatch(/^::debug::Base chosen: main \(main\)\.$/m);
    expect(result.stdout).toMatch(/^::debug::Component answer: head prompts\/answer\.md \([\d,]+\); base prompts\/answer\.md \(\d+\)\.$/m);
    expect(result.stdout).toMatch(/^::debug::Done in [\d.]+ s\.$/m);
  }, 90_000);

  it('run by hand outside a workflow, dist/index.js says what it is and how to run the CLI', async () => {
    const repo = await createRepo();
    const result = await promisify(execFile)(process.execPath, [join(PROJECT_ROOT, 'dist', 'index.js')], { cwd: repo.dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: repo.dir } }).then(
      () => ({ status: 0, stdout: '', stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => ({ status: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('dist/index.js is the GitHub Action, and runs as a step of a GitHub Actions workflow');
    expect(result.stderr).toContain(`In a workflow: \`uses: ${ACTION_REF}\``);
    expect(result.stderr).toContain('npx prompt-budget check --base main');
    expect(result.stderr).toContain('dist/cli.js');
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/internal error|::error|\n\s+at /);
  });
});
