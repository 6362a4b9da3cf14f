import { readdirSync } from 'node:fs';
import { get_encoding, type TiktokenEncoding } from 'tiktoken';
import { afterAll, describe, expect, it } from 'vitest';
import { FileCounts } from '../../../src/budget/file-counts.js';
import { countPlans } from '../../../src/budget/measure.js';
import type { EncodingName } from '../../../src/tokenize/tiktoken/encoding-names.js';
import { countHere } from '../../../src/tokenize/tiktoken/batch.js';
import { chatOverheadFor, type ChatOverhead } from '../../../src/prompts/overhead.js';
import type { ChatMessage, ExtractedPrompt } from '../../../src/prompts/types.js';
import { extractFixture, fixture, FIXTURES } from './helpers.js';

/**
 * The cookbook's worked example, verbatim: OpenAI Cookbook, "How to count tokens with tiktoken",
 * section 6 (openai/openai-cookbook examples/How_to_count_tokens_with_tiktoken.ipynb). The
 * notebook shows the API reporting 129 prompt tokens for it on gpt-4 and 124 on gpt-4o.
 */
const COOKBOOK_EXAMPLE: ChatMessage[] = [
  { role: 'system', content: 'You are a helpful, pattern-following assistant that translates corporate jargon into plain English.' },
  { role: 'system', name: 'example_user', content: 'New synergies will help drive top-line growth.' },
  { role: 'system', name: 'example_assistant', content: 'Things working well together will increase revenue.' },
  { role: 'system', name: 'example_user', content: "Let's circle back when we have more bandwidth to touch base on opportunities for increased leverage." },
  { role: 'system', name: 'example_assistant', content: "Let's talk later when we're less busy about how to do better." },
  { role: 'user', content: "This late pivot means we don't have time to boil the ocean for the client deliverable." },
];

/**
 * A file counted as `check` and `count` count it: planned by FileCounts for `model` (which picks
 * the chat overhead), its texts counted in one batch, the file filled in. Content is the file's
 * count less the overhead the format adds.
 */
async function countFile(path: string, text: string, encoding: EncodingName, model: string, reading: { select?: string; generationPrompt?: boolean } = {}) {
  const plan = new FileCounts();
  const file = plan.add(path, text, { tokenizer: { kind: 'encoding', encoding }, model, ...reading });
  await countPlans([plan], { encodings: countHere });
  expect(file.problem).toBeUndefined();
  const overhead = file.overhead ?? 0;
  return { content: file.tokens - overhead, overhead, total: file.tokens };
}

/** OpenAI's reference tokenizer (tiktoken's WASM build), freed after the file's tests. */
const oracles = new Map<TiktokenEncoding, ReturnType<typeof get_encoding>>();
const oracleCount = (text: string, encoding: TiktokenEncoding) => {
  let encoder = oracles.get(encoding);
  if (!encoder) oracles.set(encoding, (encoder = get_encoding(encoding)));
  return encoder.encode_ordinary(text).length;
};
afterAll(() => oracles.forEach((encoder) => encoder.free()));

/** num_tokens_from_messages written out again over tiktoken, independently of FileCounts. */
function cookbookCount(conversations: ChatMessage[][], encoding: TiktokenEncoding, overhead: ChatOverhead, { trainingLines = false } = {}): number {
  let total = 0;
  for (const messages of conversations) {
    for (const message of messages) {
      total += overhead.perMessage;
      // The message as sent: its role, content (parts joined) and name.
      for (const [key, value] of Object.entries({ role: message.role, content: message.content, ...(message.name !== undefined && { name: message.name }) })) {
        total += oracleCount(value, encoding);
        if (key === 'name') total += overhead.perName;
      }
    }
    // A fine-tuning line that ends with the assistant's answer is not primed for another reply.
    if (!(trainingLines && messages.at(-1)?.role === 'assistant')) total += overhead.perReply;
  }
  return total;
}

const contentOracle = (extracted: ExtractedPrompt, encoding: TiktokenEncoding) =>
  extracted.content.kind === 'text'
    ? oracleCount(extracted.content.text, encoding)
    : extracted.content.conversations.flat().reduce((sum, m) => sum + oracleCount(m.content, encoding), 0);

describe('chat files against the cookbook', () => {
  it.each([
    ['gpt-4', 'cl100k_base', 129],
    ['gpt-4-0613', 'cl100k_base', 129],
    ['gpt-3.5-turbo', 'cl100k_base', 129],
    ['gpt-4o', 'o200k_base', 124],
    ['gpt-4o-mini', 'o200k_base', 124],
  ] as const)('gives %s the %i tokens the API reported', async (model, encoding, apiTokens) => {
    expect(chatOverheadFor(model)).toMatchObject({ perMessage: 3, perName: 1, perReply: 3, exact: true });
    const count = await countFile('cookbook.json', JSON.stringify(COOKBOOK_EXAMPLE), encoding, model);
    expect(count.total).toBe(apiTokens);
    expect(count.content).toBe(COOKBOOK_EXAMPLE.reduce((sum, m) => sum + oracleCount(m.content, encoding), 0));
    expect(count.overhead).toBe(apiTokens - count.content);
  });

  it('counts gpt-3.5-turbo-0301 with its own numbers', async () => {
    const overhead = chatOverheadFor('gpt-3.5-turbo-0301');
    expect(overhead).toMatchObject({ perMessage: 4, perName: -1, perReply: 3, exact: true });
    const count = await countFile('cookbook.json', JSON.stringify(COOKBOOK_EXAMPLE), 'cl100k_base', 'gpt-3.5-turbo-0301');
    expect(count.total).toBe(cookbookCount([COOKBOOK_EXAMPLE], 'cl100k_base', overhead));
    // Six messages at 4 instead of 3, four names at -1 instead of +1: 6 - 8 = 2 fewer than 129.
    expect(count.total).toBe(127);
  });
});

describe('FileCounts on the fixtures', () => {
  const valid = readdirSync(FIXTURES).filter((name) => !/^(broken|bad|unclosed)/.test(name));
  /** Files whose prompt sits under a key. */
  const selects: Record<string, string> = { 'library.yaml': 'chat' };

  it.each(valid.flatMap((name) => (['o200k_base', 'cl100k_base'] as EncodingName[]).map((encoding) => [name, encoding] as const)))(
    '%s (%s): content matches tiktoken, total matches the cookbook formula',
    async (name, encoding) => {
      const extracted = extractFixture(name, { select: selects[name] });
      const overhead = chatOverheadFor('gpt-4o');
      const { text, path } = fixture(name);
      const count = await countFile(path, text, encoding, 'gpt-4o', { ...(selects[name] !== undefined && { select: selects[name] }) });
      expect(count.content).toBe(contentOracle(extracted, encoding));
      if (extracted.content.kind === 'text') expect(count).toStrictEqual({ content: count.content, overhead: 0, total: count.content });
      else if (!extracted.content.tools) expect(count.total).toBe(cookbookCount(extracted.content.conversations, encoding, overhead, { trainingLines: extracted.format === 'jsonl' }));
      expect(count.total).toBe(count.content + count.overhead);
    },
  );

  it('charges every JSONL conversation its own reply priming', async () => {
    const extracted = extractFixture('few-shot.jsonl');
    const { text, path } = fixture('few-shot.jsonl');
    const count = await countFile(path, text, 'o200k_base', 'gpt-4o-mini');
    // 5 conversations of 3 messages, each ending with the assistant's answer (fine-tuning examples,
    // not primed for a reply): 15 × 3 per message + 15 one-token roles.
    expect(count.overhead).toBe(15 * 3 + 15);
    const conversation = (extracted.content as { conversations: ChatMessage[][] }).conversations[0]!;
    const oneLine = `{"messages": ${JSON.stringify(conversation)}}`;
    expect((await countFile('one.jsonl', oneLine, 'o200k_base', 'gpt-4o-mini')).overhead).toBe(3 * 3 + 3);
    // The same line awaiting the reply (its answer left out) pays the priming, as does generation_prompt: true.
    const open = `{"messages": ${JSON.stringify(conversation.slice(0, 2))}}`;
    expect((await countFile('open.jsonl', open, 'o200k_base', 'gpt-4o-mini')).overhead).toBe(3 + 2 * 3 + 2);
    expect((await countFile('one.jsonl', oneLine, 'o200k_base', 'gpt-4o-mini', { generationPrompt: true })).overhead).toBe(3 + 3 * 3 + 3);
  });

  it('adds nothing to plain text', async () => {
    const count = await countFile('a.txt', 'Be brief.\n', 'o200k_base', 'gpt-4o');
    expect(count).toStrictEqual({ content: 3, overhead: 0, total: 3 });
    expect(oracleCount('Be brief.\n', 'o200k_base')).toBe(3);
  });
});

describe('chatOverheadFor', () => {
  it.each([
    'gpt-4',
    'gpt-4-0613',
    'gpt-4-32k',
    'gpt-4-turbo',
    'gpt-4o',
    'gpt-4o-2024-08-06',
    'gpt-4o-mini',
    'chatgpt-4o-latest',
    'gpt-3.5-turbo',
    'gpt-3.5-turbo-0125',
    'ft:gpt-4o-mini-2024-07-18:acme::abc123',
    'openai/gpt-4o-mini',
    'GPT-4o',
  ])('uses the cookbook numbers for %s, as exact', (model) => {
    expect(chatOverheadFor(model)).toStrictEqual({
      perMessage: 3,
      perName: 1,
      perReply: 3,
      exact: true,
      source: 'OpenAI Cookbook, "How to count tokens with tiktoken" (num_tokens_from_messages)',
      tools: expect.objectContaining({ propInit: 3, propKey: 3, enumInit: -3, enumItem: 3, funcEnd: 12 }),
    });
  });

  it.each(['gpt-4.1', 'gpt-4.1-mini', 'gpt-4.5-preview', 'gpt-5', 'gpt-5-mini', 'o1', 'o3-mini', 'o4-mini', 'gpt-oss-120b', 'openai/gpt-4.1'])(
    'carries the formula over to %s, marked as not published for it',
    (model) => {
      const overhead = chatOverheadFor(model);
      expect(overhead).toMatchObject({ perMessage: 3, perName: 1, perReply: 3, exact: false });
      expect(overhead.source).toBe(
        `OpenAI Cookbook, "How to count tokens with tiktoken" (num_tokens_from_messages), extended to ${model}: OpenAI has not published the per-message overhead for this model, so the count is an estimate`,
      );
    },
  );

  it('says so for other vendors and for no model at all', () => {
    expect(chatOverheadFor('claude-sonnet-4-5')).toMatchObject({ exact: false, source: expect.stringMatching(/this model's vendor does not publish/) });
    expect(chatOverheadFor(undefined)).toMatchObject({ perMessage: 3, exact: false, source: expect.stringMatching(/no model given/) });
  });
});
