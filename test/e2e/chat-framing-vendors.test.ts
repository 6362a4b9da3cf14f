/**
 * Issue 14, item 5 for Claude and Gemini, through the bundled CLI: tool definitions in a chat file
 * reach the vendors' counting APIs as their documented `tools` (Anthropic: `{name, description,
 * input_schema}`; Gemini: a generateContentRequest with `tools: [{functionDeclarations}]`), and
 * what the API counts for them is added. The reference is the fake server's count (the API's answer),
 * never our own numbers; the fakes refuse any other shape as the real APIs do.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, type TestContext } from 'vitest';
import { ANTHROPIC_FAKE_TOOLS_PROMPT, fakeToolTokens, startFakeAnthropic, startFakeGemini, type FakeServer } from '../helpers/fake-servers.js';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const KEY = 'sk-test-0123456789abcdef';
const dir = mkdtempSync(join(tmpdir(), 'chat-framing-vendors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const parameters = {
  type: 'object',
  properties: {
    location: { type: 'string', description: 'The city and state, e.g. San Francisco, CA' },
    unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
  },
  required: ['location'],
};
const TOOLS = [
  { type: 'function', function: { name: 'get_current_weather', description: 'Get the current weather in a given location', parameters } },
  { type: 'function', function: { name: 'list_cities', description: 'List the cities with a forecast.' } },
];
const MESSAGES = [
  { role: 'system', content: 'You answer questions about the weather.' },
  { role: 'user', content: "What's the weather like in San Francisco?" },
];
const withTools = join(dir, 'with-tools.json');
const without = join(dir, 'without.json');
writeFileSync(withTools, JSON.stringify({ messages: MESSAGES, tools: TOOLS }));
writeFileSync(without, JSON.stringify({ messages: MESSAGES }));

function cli(args: string[], env: Record<string, string>): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '', HOME: dir, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

async function fake({ onTestFinished }: TestContext, start: Promise<FakeServer>): Promise<FakeServer> {
  const server = await start;
  onTestFinished(() => server.close());
  return server;
}

async function total(model: string, file: string, env: Record<string, string>): Promise<number> {
  const result = await cli(['count', '--json', '--model', model, file], env);
  expect(result.status, result.stderr).toBe(0);
  const counted = JSON.parse(result.stdout) as { total: number; exact: boolean; files: { problem?: string }[] };
  expect(counted.files[0]!.problem).toBeUndefined();
  return counted.total;
}

describe('tool definitions through the vendors\' counting APIs', () => {
  it('Claude: sent as Anthropic tools {name, description, input_schema}; what the API counts for them is added', async (context) => {
    const anthropic = await fake(context, startFakeAnthropic({ apiKey: KEY }));
    const env = { ANTHROPIC_API_KEY: KEY, ANTHROPIC_BASE_URL: anthropic.url };
    const plain = await total('claude-sonnet-4-5', without, env);
    const counted = await total('claude-sonnet-4-5', withTools, env);

    const expectedTools = [
      { name: 'get_current_weather', description: 'Get the current weather in a given location', input_schema: parameters },
      { name: 'list_cities', description: 'List the cities with a forecast.', input_schema: { type: 'object', properties: {} } },
    ];
    const sent = anthropic.requests.map((q) => q.json as { messages: unknown; tools?: unknown }).filter((body) => body.tools !== undefined);
    expect(sent).toEqual([{ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'a' }], tools: expectedTools }]);
    expect(counted - plain).toBe(expectedTools.reduce((sum, tool) => sum + fakeToolTokens(tool), 0) + ANTHROPIC_FAKE_TOOLS_PROMPT);
  });

  it('Gemini: sent in a generateContentRequest as functionDeclarations; what the API counts for them is added', async (context) => {
    const gemini = await fake(context, startFakeGemini({ apiKey: KEY }));
    const env = { GEMINI_API_KEY: KEY, GOOGLE_GEMINI_BASE_URL: gemini.url };
    const plain = await total('gemini-2.5-flash', without, env);
    const counted = await total('gemini-2.5-flash', withTools, env);

    const declarations = [
      { name: 'get_current_weather', description: 'Get the current weather in a given location', parametersJsonSchema: parameters },
      { name: 'list_cities', description: 'List the cities with a forecast.' },
    ];
    const sent = gemini.requests.map((q) => q.json as Record<string, unknown>).filter((body) => body.generateContentRequest !== undefined);
    expect(sent).toEqual([
      { generateContentRequest: { model: 'models/gemini-2.5-flash', contents: [{ role: 'user', parts: [{ text: 'a' }] }], tools: [{ functionDeclarations: declarations }] } },
    ]);
    expect(counted - plain).toBe(declarations.reduce((sum, declaration) => sum + fakeToolTokens(declaration), 0));
  });
});

describe('tool definitions for Claude without a key', () => {
  /** count --json without a key: the estimate and its upper bound. */
  async function estimate(file: string): Promise<{ total: number; high: number }> {
    const result = await cli(['count', '--json', '--model', 'claude-sonnet-4-5', file], {});
    expect(result.status, result.stderr).toBe(0);
    const counted = JSON.parse(result.stdout) as { total: number; high: number; exact: boolean };
    expect(counted.exact).toBe(false);
    return counted;
  }

  it("adds Claude's tool-use system prompt: 346 tokens estimated, checked at 530, the largest Anthropic publishes", async () => {
    const plain = await estimate(without);
    const tools = await estimate(withTools);
    // The reference: Anthropic's tool-use pricing table (530 for Claude 3 Opus, 346 for Claude 3.7 and 4, auto).
    // The tools' JSON adds its own estimate on top, so both differences are at least the prompt's.
    expect(tools.high - plain.high).toBeGreaterThanOrEqual(530);
    expect(tools.total - plain.total).toBeGreaterThanOrEqual(346);
  });
});
