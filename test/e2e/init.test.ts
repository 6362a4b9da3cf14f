import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../src/adopt/discover.js';
import { componentName, exactGlob, groupPrompts, initBudgets, readDraft, warnAtFor } from '../../src/adopt/init.js';
import { allotmentFor } from '../../src/budget/allotment.js';
import { checkBudgets } from '../../src/budget/check.js';
import { memoryRevision } from '../../src/budget/revision.js';
import { CATALOG } from '../../src/catalog/catalog.js';
import { openCountingApis } from '../../src/run/vendor-apis.js';
import { parseConfig } from '../../src/config/load.js';
import { UserError } from '../../src/common/errors.js';
import { worktreeRevision } from '../../src/git/worktree.js';
import { oracleCount } from '../helpers/oracle.js';
import { FAKE_KEY, fakeTokens, startFakeAnthropic } from '../helpers/fake-servers.js';

const CLI = resolve('dist/cli.js');
const OPTIONS = { model: 'gpt-4.1', headroom: 0.1, configPath: 'budgets.yml', version: 'test' };

describe('classify', () => {
  it.each([
    ['AGENTS.md', 'agent'],
    ['packages/api/AGENTS.md', 'agent'],
    ['CLAUDE.md', 'agent'],
    ['GEMINI.md', 'agent'],
    ['.cursorrules', 'agent'],
    ['.github/copilot-instructions.md', 'agent'],
    ['.cursor/rules/style.mdc', 'directory'],
    ['.github/prompts/review.prompt.md', 'directory'],
    ['.github/instructions/ts.instructions.md', 'directory'],
    ['prompts/support/system.md', 'directory'],
    ['src/agent/prompts/chat.json', 'directory'],
    ['triage.prompt.yml', 'file'],
    ['agents/writer.prompty', 'file'],
    ['flows/greet.prompt', 'file'],
    ['src/llm/system_prompt.txt', 'file'],
    ['docs/SYSTEM-PROMPT.md', 'file'],
    ['bots/support.system.md', 'file'],
  ])('finds %s as %s', (path, kind) => {
    expect(classify(path)?.kind).toBe(kind);
  });

  it.each([
    'README.md',
    'prompts/README.md',
    'prompts/logo.png',
    'node_modules/pkg/AGENTS.md',
    'vendor/lib/prompts/x.md',
    'dist/prompts/system.md',
    'test/fixtures/prompts/system.md',
    'src/prompt.ts',
    'docs/guide.md',
    'prompts/run.py',
  ])('leaves %s alone', (path) => {
    expect(classify(path)).toBeUndefined();
  });

  it('gives the directory that holds prompts as their root', () => {
    expect(classify('.cursor/rules/a/b.mdc')?.root).toBe('.cursor/rules');
    expect(classify('src/Prompts/x/y.md')?.root).toBe('src/Prompts');
  });
});

describe('grouping and names', () => {
  it('makes one component per agent file and prompt file, one per prompts subdirectory and its loose files', () => {
    const files = ['AGENTS.md', 'prompts/a.md', 'prompts/b.txt', 'prompts/support/system.md', 'prompts/support/shots/1.md', 'x/triage.prompt.yml'].map((p) => classify(p)!);
    const { plans } = groupPrompts(files);
    expect(plans.map((p) => [p.name, p.files])).toEqual([
      ['agents', ['AGENTS.md']],
      ['prompts', ['prompts/*.{md,txt}']],
      ['prompts-support', ['prompts/support/**/*.md']],
      ['x-triage', ['x/triage.prompt.yml']],
    ]);
  });

  it('names components after their paths, uniquely', () => {
    expect(componentName('.github/copilot-instructions.md')).toBe('github-copilot-instructions');
    expect(componentName('.cursorrules')).toBe('cursorrules');
    expect(componentName('.cursor/rules', true)).toBe('cursor-rules');
    expect(componentName('triage/triage.prompt.yml')).toBe('triage');
    expect(componentName('prompts/v1.2', true)).toBe('prompts-v1-2');
    const { plans } = groupPrompts(['a/system.md', 'a-system.txt'].map((p) => classify(p)!));
    expect(plans.map((p) => p.name)).toEqual(['a-system', 'a-system-2']);
  });

  it('warns halfway through the headroom, never at once', () => {
    expect([0, 0.01, 0.1, 0.2, 0.5, 1].map(warnAtFor)).toEqual([100, 100, 96, 92, 84, 75]);
    for (let percent = 1; percent <= 1000; percent++) expect(warnAtFor(percent / 100)).toBeGreaterThan(100 / (1 + percent / 100));
  });

  it('escapes glob characters in paths so each glob matches its file only', () => {
    expect(exactGlob('prompts/[draft] *.md')).toBe('prompts/[[]draft[]] [*].md');
    // Brace expansion runs before classes are read, so no glob matches a brace exactly.
    expect(exactGlob('a{b,c}.prompt')).toBeUndefined();
    expect(exactGlob('!odd.prompt')).toBeUndefined();
  });

  it('refuses a glob for a path with a control character or a line separator', () => {
    for (const path of ['a\nb.prompt', 'a\rb.prompt', 'a\tb.prompt', 'a\u0085b.prompt', 'a\u2028b.prompt', 'a\u007fb.prompt']) expect(exactGlob(path), JSON.stringify(path)).toBeUndefined();
  });

  it('reports a draft that does not load as its own bug, without a position in budgets.yml', () => {
    let thrown: unknown;
    try {
      readDraft('version: 1\ncomponents:\n  a: {files: a.md, max_tokens: 1}\n x: [\n', 'budgets.yml');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect(thrown).not.toBeInstanceOf(UserError);
    const message = (thrown as Error).message;
    expect(message).toMatch(/^prompt-budget init wrote a draft of budgets\.yml that it cannot read back \(nothing was written\): line \d+, column \d+: /);
    expect(message).not.toMatch(/budgets\.yml:\d+/);
  });
});

describe('initBudgets (in memory)', () => {
  it('writes a file the loader reads, each allotment at the count + headroom, rounded up', async () => {
    const agents = 'Run the tests before you commit. Keep changes small.\n'.repeat(20);
    const reader = memoryRevision({ label: 'test' }, { 'AGENTS.md': agents, 'src/index.ts': 'export {};\n' });
    const result = await initBudgets(reader, OPTIONS);
    const tokens = oracleCount(agents);
    expect(result.components).toMatchObject([{ name: 'agents', tokens, maxTokens: allotmentFor(tokens, 0.1) }]);
    const config = parseConfig(result.text, 'budgets.yml');
    expect(config.components.map((c) => [c.name, c.files, c.maxTokens])).toEqual([['agents', ['AGENTS.md'], allotmentFor(tokens, 0.1)]]);
    expect(result.text).toContain(`max_tokens: ${allotmentFor(tokens, 0.1)}`);
    expect(result.text).toContain(`# ${tokens.toLocaleString('en-US')} tokens today + 10%`);
  });

  it('refuses a repository without prompts, and an unknown model, as usage errors', async () => {
    await expect(initBudgets(memoryRevision({ label: 't' }, { 'README.md': 'hi' }), OPTIONS)).rejects.toThrow('No prompt files found');
    await expect(initBudgets(memoryRevision({ label: 't' }, { 'AGENTS.md': 'hi' }), { ...OPTIONS, model: 'gpt-9-turbo-max' })).rejects.toThrow(/--model "gpt-9-turbo-max"/);
  });
});

describe('initBudgets with a model counted by estimate or by a vendor API', () => {
  // Latin and non-Latin text, and a chat file: each estimate method, and chat framing, is exercised.
  const FILES = {
    'AGENTS.md': 'You are a careful assistant. Answer every question in one paragraph, citing sources where possible.\n'.repeat(20),
    'prompts/ru.md': 'Отвечай кратко и вежливо, ссылаясь на правила возврата.\n'.repeat(10),
    'prompts/chat.json': JSON.stringify({ messages: [{ role: 'system', content: 'Be terse.' }, { role: 'user', content: 'Where is my order?' }] }),
  };
  const reader = () => memoryRevision({ label: 'working tree' }, FILES);

  // The promise of init: check passes at once, whatever the model. check judges an estimate at
  // its upper bound, so an allotment from the central value would fail it (751 → 830, ≤962).
  it.each([...new Set([...CATALOG.models.values()].map((spec) => spec.name))])('init --model %s, then check: every component within budget, none warned', async (model) => {
    const result = await initBudgets(reader(), { ...OPTIONS, model });
    const report = await checkBudgets(parseConfig(result.text, 'budgets.yml'), reader(), null);
    expect(report.verdict).toBe('pass');
    expect(report.components.map((c) => [c.name, c.status])).toEqual(report.components.map((c) => [c.name, 'ok']));
  });

  it('sets an estimate\'s allotment from its upper bound, and says in the header that counts are estimates and how to get exact ones', async () => {
    const result = await initBudgets(reader(), { ...OPTIONS, model: 'claude-sonnet-4-5' });
    const agents = result.components.find((c) => c.name === 'agents')!;
    expect(agents.high).toBeGreaterThan(agents.tokens);
    expect(agents.maxTokens).toBe(allotmentFor(agents.high!, 0.1));
    expect(result.text).toContain(`max_tokens: ${agents.maxTokens}       # ≈${agents.tokens} (≤${agents.high}) tokens today + 10%`);
    const header = result.text.slice(0, result.text.indexOf('version: 1'));
    expect(header).toContain('Counts marked ≈ are estimates');
    expect(header.replaceAll('\n# ', ' ')).toContain('prompt-budget cannot count claude-sonnet-4-5 offline, and ANTHROPIC_API_KEY was not set. For exact counts set it');
    expect(header.split('\n').every((line) => line === '' || line.startsWith('#'))).toBe(true);
    expect(result.estimates.map((m) => m.exact)).toEqual([false]);
    // An exact model says nothing of estimates.
    const exact = await initBudgets(reader(), OPTIONS);
    expect(exact.text).not.toContain('≈');
    expect(exact.estimates).toEqual([]);
  });

  it('counts with the vendor API when given one, as check does: exact counts, exact allotments', async (context) => {
    const anthropic = await startFakeAnthropic();
    context.onTestFinished(() => anthropic.close());
    const apis = await openCountingApis({ anthropicApiKey: FAKE_KEY, log: () => {}, env: { ANTHROPIC_BASE_URL: anthropic.url } });
    const result = await initBudgets(memoryRevision({ label: 't' }, { 'AGENTS.md': FILES['AGENTS.md'] }), { ...OPTIONS, model: 'claude-sonnet-4-5', vendors: apis.vendors });
    expect(anthropic.requests.length).toBeGreaterThan(0);
    const tokens = fakeTokens(FILES['AGENTS.md']);
    expect(result.components).toMatchObject([{ name: 'agents', tokens, maxTokens: allotmentFor(tokens, 0.1) }]);
    expect(result.components[0]!.high).toBeUndefined();
    expect(result.estimates).toEqual([]);
    expect(result.text).not.toContain('≈');
  });
});

describe('prompt-budget init with file names holding control characters', () => {
  let repo: string;
  const NAMES = ['x\ncomponents: {}\n#.prompt', 'e\rf.prompt', 'prompts/a\nb.md', 'prompts/c\u2028d.md'];
  beforeAll(() => {
    if (spawnSync(process.execPath, [CLI, '--version']).status !== 0) execFileSync('npm', ['run', 'bundle'], { stdio: 'ignore' });
    repo = mkdtempSync(join(tmpdir(), 'pb-init-names-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } });
    git('init', '-q', '-b', 'main');
    mkdirSync(join(repo, 'prompts'));
    writeFileSync(join(repo, 'AGENTS.md'), 'Keep changes small.\n');
    writeFileSync(join(repo, 'prompts/system.md'), 'You are terse.\n');
    for (const name of NAMES) writeFileSync(join(repo, name), 'Be brief.\n');
    git('add', '-A');
    git('-c', 'commit.gpgsign=false', 'commit', '-qm', 'prompts');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: repo, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: repo } });

  it('skips them with a note, quoted on one line each, and writes a budgets.yml that check passes', () => {
    const init = cli(['init']);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('2 components over 2 prompt files (4 files found but not countable');
    const text = readFileSync(join(repo, 'budgets.yml'), 'utf8');
    // No control character but the line breaks, and no line separator.
    expect(text.replaceAll('\n', '')).not.toMatch(/[\p{Cc}\p{Zl}\p{Zp}]/u);
    // The directory's glob matches them, so they are excluded from it, escaped.
    expect(parseConfig(text, 'budgets.yml').components.map((c) => [c.name, c.files])).toEqual([
      ['agents', ['AGENTS.md']],
      ['prompts', ['prompts/*.md', '!prompts/a\nb.md', '!prompts/c\u2028d.md']],
    ]);
    expect(text).toContain('      - "!prompts/c\\u2028d.md"\n');
    const reason = 'its name holds a control character or a line break, which budgets.yml and logs cannot show as is; rename it, or budget it by hand';
    for (const quoted of ['"e\\rf.prompt"', '"prompts/a\\nb.md"', '"prompts/c\\u2028d.md"', '"x\\ncomponents: {}\\n#.prompt"']) expect(text).toContain(`\n#   ${quoted}: ${reason}\n`);

    const check = cli(['check']);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });
});

describe('prompt-budget init in a git repository', () => {
  let repo: string;
  const write = (path: string, content: string | Uint8Array) => {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), content);
  };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } });
  const cli = (args: string[], cwd = repo) => {
    const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: cwd } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const AGENTS = 'Use pnpm. Run `pnpm test` before committing. Never edit generated files.\n';
  const SUPPORT = 'You are the support assistant for Acme. Answer briefly and cite the policy.\n';

  beforeAll(() => {
    if (spawnSync(process.execPath, [CLI, '--version']).status !== 0) execFileSync('npm', ['run', 'bundle'], { stdio: 'ignore' });
    repo = mkdtempSync(join(tmpdir(), 'pb-init-'));
    git('init', '-q', '-b', 'main');
    // Every kind of prompt file...
    write('AGENTS.md', AGENTS);
    write('CLAUDE.md', 'See AGENTS.md. Prefer small diffs.\n');
    write('GEMINI.md', 'Answer in English.\n');
    write('.cursorrules', 'Always write tests.\n');
    write('.cursor/rules/style.mdc', '---\ndescription: style\nalwaysApply: true\n---\nUse tabs.\n');
    write('.github/copilot-instructions.md', 'This is a TypeScript monorepo.\n');
    write('.github/prompts/review.prompt.md', 'Review the diff for bugs.\n');
    write('.github/instructions/ts.instructions.md', '---\napplyTo: "**/*.ts"\n---\nUse strict mode.\n');
    write('prompts/support/system.md', SUPPORT);
    write('prompts/support/shots/refund.md', 'User: refund?\nAssistant: Within 30 days.\n');
    write('prompts/summarize/system.txt', 'Summarise in three bullet points.\n');
    write('prompts/README.md', '# Our prompts\n');
    write('prompts/chat.json', JSON.stringify({ messages: [{ role: 'system', content: 'Be terse.' }] }));
    write('prompts/broken.json', '{"messages": [');
    write('evals/triage.prompt.yml', 'name: triage\nmodel: openai/gpt-4.1\nmessages:\n  - role: system\n    content: Label the issue.\n');
    write('flows/writer.prompty', '---\nname: writer\n---\nsystem:\nYou write haikus.\n\nuser:\n{{topic}}\n');
    write('flows/greet.prompt', '---\nmodel: googleai/gemini-2.5-flash\n---\nSay hello to {{name}}.\n');
    write('src/llm/system_prompt.txt', 'You classify support tickets.\n');
    // ...and what init must leave alone.
    write('.gitignore', 'node_modules/\nignored/\n');
    write('node_modules/pkg/AGENTS.md', 'not ours\n');
    write('ignored/prompts/secret.md', 'not committed\n');
    write('vendor/lib/prompts/x.md', 'vendored\n');
    write('dist/prompts/system.md', 'built\n');
    write('prompts/support/logo.md', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    write('prompts/huge.txt', 'word '.repeat(250_000));
    write('prompts/logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0]));
    write('src/index.ts', 'export const prompt = "not a prompt file";\n');
    git('add', '-A');
    git('-c', 'commit.gpgsign=false', 'commit', '-qm', 'prompts');
    write('prompts/summarize/draft.md', 'An untracked draft is counted, as check counts it.\n');
  });
  afterAll(() => { if (!process.env.KEEP) rmSync(repo, { recursive: true, force: true }); });

  it('writes budgets.yml that loads and passes check at once: a green gate in two commands', async () => {
    const init = cli(['init']);
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).toMatch(/^Wrote budgets\.yml: 15 components over 17 prompt files \(3 files found but not countable, listed at its end\)\.\n/);
    const text = readFileSync(join(repo, 'budgets.yml'), 'utf8');
    const config = parseConfig(text, 'budgets.yml');
    expect(config.components.map((c) => [c.name, c.files])).toEqual([
      ['cursor-rules', ['.cursor/rules/*.mdc']],
      ['cursorrules', ['.cursorrules']],
      ['github-copilot-instructions', ['.github/copilot-instructions.md']],
      ['github-instructions', ['.github/instructions/*.md']],
      ['github-prompts', ['.github/prompts/*.md']],
      ['agents', ['AGENTS.md']],
      ['claude', ['CLAUDE.md']],
      ['gemini', ['GEMINI.md']],
      ['evals-triage', ['evals/triage.prompt.yml']],
      ['flows-greet', ['flows/greet.prompt']],
      ['flows-writer', ['flows/writer.prompty']],
      ['prompts', ['prompts/*.json', '!prompts/broken.json']],
      ['prompts-summarize', ['prompts/summarize/**/*.{md,txt}']],
      ['prompts-support', ['prompts/support/**/*.md', '!prompts/support/logo.md']],
      ['src-llm-system-prompt', ['src/llm/system_prompt.txt']],
    ]);
    // Counted with the engine check uses: a text file's count is the tokenizer's.
    const agents = config.components.find((c) => c.name === 'agents')!;
    expect(agents.maxTokens).toBe(allotmentFor(oracleCount(AGENTS), 0.1));
    expect(text).toContain(`# ${oracleCount(AGENTS)} tokens today + 10%`);
    expect(text).toMatch(/^# yaml-language-server: \$schema=\S+budgets\.schema\.json\n# Token budgets for this repository's prompts/);
    expect(text).toContain('  warn_at: 96%');
    expect(text).toContain('#   2. Run `npx prompt-budget check`, then commit this file.');
    expect(text).toMatch(/# {3}prompts\/broken\.json: .*\n/);
    expect(text).toMatch(/# {3}prompts\/huge\.txt: 1,250,000 bytes: too large/);
    expect(text).toMatch(/# {3}prompts\/support\/logo\.md: is binary, not text/);
    expect(text).toContain('# the prompts directly in prompts/ (1 file today): a new .json file there is budgeted too\n  prompts:\n');
    for (const junk of ['node_modules', 'ignored/', 'vendor/', 'dist/', 'README', 'logo.png', 'src/index.ts']) expect(text, junk).not.toContain(`files: ${junk}`);

    const check = cli(['check', '--json', 'report.json']);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/all 15 (components )?within budget/);
    // Green, not amber: no component starts at its warning threshold.
    const report = JSON.parse(readFileSync(join(repo, 'report.json'), 'utf8'));
    expect(report.components.map((c: { status: string }) => c.status)).toEqual(Array(15).fill('ok'));
    rmSync(join(repo, 'report.json'));
    // The same numbers through the library, with check's own reader.
    const again = await initBudgets(worktreeRevision(repo, { label: 'working tree' }), { ...OPTIONS, version: '0.1.0' });
    expect(again.text.replace(/prompt-budget \S+\)/, '')).toBe(text.replace(/prompt-budget \S+\)/, ''));
  });

  it('refuses to overwrite budgets.yml without --force (exit 2), and --dry-run writes nothing', () => {
    const before = readFileSync(join(repo, 'budgets.yml'), 'utf8');
    const refused = cli(['init']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('prompt-budget: budgets.yml already exists; init does not overwrite it');
    expect(refused.stderr).toContain('--force');
    expect(refused.stderr).not.toMatch(/\n\s+at /);

    const dry = cli(['init', '--dry-run', '--headroom', '20%']);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('plus 20% or 50 tokens, whichever is more');
    expect(dry.stdout).toContain('  warn_at: 92%');
    expect(dry.stdout).toContain(`max_tokens: ${allotmentFor(oracleCount(AGENTS), 0.2)}`);
    expect(readFileSync(join(repo, 'budgets.yml'), 'utf8')).toBe(before);

    const forced = cli(['init', '--force', '--headroom', '50%', '--model', 'gpt-4']);
    expect(forced.status).toBe(0);
    const text = readFileSync(join(repo, 'budgets.yml'), 'utf8');
    expect(text).toContain('  model: gpt-4\n');
    expect(text).toContain(`max_tokens: ${allotmentFor(oracleCount(AGENTS, 'cl100k_base'), 0.5)}`);
    expect(cli(['check']).status).toBe(0);
  });

  it('exits 2 on a bad --headroom, an unknown --model, or nothing to budget', () => {
    for (const [args, message] of [
      [['init', '--dry-run', '--headroom', 'lots'], '--headroom "lots" is not a percentage'],
      [['init', '--dry-run', '--model', 'gpt-9-turbo-max'], '--model "gpt-9-turbo-max"'],
      [['init', '--frobnicate'], 'Unknown option'],
    ] as const) {
      const result = cli([...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
    const empty = mkdtempSync(join(tmpdir(), 'pb-empty-'));
    writeFileSync(join(empty, 'README.md'), '# nothing here\n');
    const none = cli(['init'], empty);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('No prompt files found');
    expect(existsSync(join(empty, 'budgets.yml'))).toBe(false);
    rmSync(empty, { recursive: true, force: true });
  });

  it('walks a directory that is not a git repository, skipping dependencies', () => {
    const plain = mkdtempSync(join(tmpdir(), 'pb-plain-'));
    mkdirSync(join(plain, 'node_modules/x'), { recursive: true });
    writeFileSync(join(plain, 'node_modules/x/AGENTS.md'), 'theirs\n');
    writeFileSync(join(plain, 'CLAUDE.md'), AGENTS);
    const dry = cli(['init', '--dry-run'], plain);
    expect(dry.status).toBe(0);
    expect(parseConfig(dry.stdout, 'budgets.yml').components.map((c) => c.files)).toEqual([['CLAUDE.md']]);
    rmSync(plain, { recursive: true, force: true });
  });
});
