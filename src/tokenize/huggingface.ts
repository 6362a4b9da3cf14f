/**
 * Exact token counts for open models (Llama 3/4, Qwen, DeepSeek, Mistral's Tekken, ...) from the
 * Hugging Face `tokenizer.json` a user commits, equal to what Hugging Face's Rust `tokenizers`
 * counts (test/tokenize.huggingface.test.ts checks them against it).
 *
 * Supported: byte-level BPE models, with NFC/NFD/NFKC/NFKD normalizers, Split (Isolated or Removed)
 * and ByteLevel pre-tokenizers, and added tokens. Anything else is refused with a UserError rather
 * than counted approximately.
 *
 * BOS/EOS: `count` never adds them. The post-processor's BOS is what a server adds once per
 * request, not part of a prompt file, and a chat template writes `{{ bos_token }}` itself, so
 * counting a rendered chat includes the BOS exactly when the template puts it there.
 */
import { UserError } from '../errors.js';
import { ByteLevelBpe, ModelError } from './huggingface/bpe.js';
import { ChatTemplate, TemplateError, type ChatMessage } from './huggingface/chat.js';
import { GPT2_PATTERN, PreTokenizer, TokenFinder, type NormalForm, type Stage } from './huggingface/pipeline.js';
import { UnsupportedPattern } from './huggingface/regex.js';

export type { ChatMessage } from './huggingface/chat.js';

export interface HuggingFaceTokenizer {
  /**
   * Tokens of `text` as sent: no BOS/EOS added by post-processing; special-token strings in the
   * text (e.g. `<|eot_id|>`) count as the single special tokens the model sees.
   */
  count(text: string): number;
  /** Renders a conversation with the chat template from tokenizer_config.json, when there is one. */
  renderChat?(messages: readonly ChatMessage[], options: { addGenerationPrompt: boolean }): string;
}

const SUPPORTED = 'byte-level BPE tokenizers (Llama 3/4, Qwen, DeepSeek, Mistral Tekken, GPT-2 style)';

/** A problem in the file: refused with the file's path and what to do. */
class Refusal extends Error {
  constructor(
    message: string,
    readonly hint = `prompt-budget counts ${SUPPORTED}; use a catalog model or an estimate for this one.`,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function parseJson(text: string, what: string): Json {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Refusal(`is not valid JSON (${(error as Error).message})`, `Commit the ${what} file exactly as the model's repository has it.`);
  }
  if (!isObject(value)) throw new Refusal('is not a JSON object', `Commit the ${what} file exactly as the model's repository has it.`);
  return value;
}

function normalForms(normalizer: unknown): NormalForm[] {
  if (normalizer === null || normalizer === undefined) return [];
  if (!isObject(normalizer)) throw new Refusal('has a "normalizer" that is not an object');
  if (normalizer.type === 'Sequence' && Array.isArray(normalizer.normalizers)) return normalizer.normalizers.flatMap(normalForms);
  if (typeof normalizer.type === 'string' && ['NFC', 'NFD', 'NFKC', 'NFKD'].includes(normalizer.type)) return [normalizer.type as NormalForm];
  throw new Refusal(`uses the normalizer "${String(normalizer.type)}", which prompt-budget does not support`);
}

function stages(preTokenizer: unknown): Stage[] {
  if (preTokenizer === null || preTokenizer === undefined) return [];
  if (!isObject(preTokenizer)) throw new Refusal('has a "pre_tokenizer" that is not an object');
  const { type } = preTokenizer;
  if (type === 'Sequence' && Array.isArray(preTokenizer.pretokenizers)) return preTokenizer.pretokenizers.flatMap(stages);
  if (type === 'ByteLevel') {
    return [{ kind: 'byteLevel', addPrefixSpace: preTokenizer.add_prefix_space === true, pattern: preTokenizer.use_regex === false ? undefined : GPT2_PATTERN }];
  }
  if (type === 'Split') {
    const { pattern, behavior, invert } = preTokenizer;
    if (invert === true) throw new Refusal('uses a Split pre-tokenizer with "invert": true, which prompt-budget does not support');
    if (behavior !== 'Isolated' && behavior !== 'Removed') {
      throw new Refusal(`uses a Split pre-tokenizer with behavior "${String(behavior)}"; prompt-budget supports "Isolated" and "Removed"`);
    }
    let source: string;
    if (isObject(pattern) && typeof pattern.Regex === 'string') source = pattern.Regex;
    else if (isObject(pattern) && typeof pattern.String === 'string') source = pattern.String.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    else throw new Refusal('has a Split pre-tokenizer without a "Regex" or "String" pattern');
    return [{ kind: 'split', pattern: source, isolated: behavior === 'Isolated' }];
  }
  throw new Refusal(`uses the pre-tokenizer "${String(type)}", which prompt-budget does not support`);
}

interface AddedToken {
  content: string;
  normalized: boolean;
}

function addedTokens(list: unknown): AddedToken[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw new Refusal('has "added_tokens" that is not an array');
  return list.map((token, i) => {
    if (!isObject(token) || typeof token.content !== 'string') throw new Refusal(`has added_tokens[${i}] without a "content" string`);
    for (const flag of ['lstrip', 'rstrip', 'single_word'] as const) {
      if (token[flag] === true) throw new Refusal(`has the added token ${JSON.stringify(token.content)} with "${flag}": true, which prompt-budget does not support yet`);
    }
    return { content: token.content, normalized: token.normalized === true };
  });
}

function model(json: Json): ByteLevelBpe {
  const m = json.model;
  if (!isObject(m)) throw new Refusal('has no "model" object');
  if (m.type !== 'BPE' && !(m.type === undefined && Array.isArray(m.merges))) {
    throw new Refusal(`uses the model type "${String(m.type)}"; prompt-budget supports ${SUPPORTED}`);
  }
  if (!isObject(m.vocab) || !Array.isArray(m.merges)) throw new Refusal('has a BPE model without "vocab" and "merges"');
  if (typeof m.dropout === 'number' && m.dropout > 0) throw new Refusal('has a BPE model with dropout, which makes counts random');
  for (const key of ['continuing_subword_prefix', 'end_of_word_suffix'] as const) {
    if (typeof m[key] === 'string' && m[key] !== '') throw new Refusal(`has a BPE model with "${key}", which prompt-budget does not support`);
  }
  if (m.byte_fallback === true) throw new Refusal('has a BPE model with "byte_fallback" (SentencePiece style), which prompt-budget does not support yet');
  return new ByteLevelBpe({
    vocab: m.vocab as Record<string, number>,
    merges: m.merges as string[],
    ignoreMerges: m.ignore_merges === true,
    unkToken: typeof m.unk_token === 'string' ? m.unk_token : undefined,
    fuseUnk: m.fuse_unk === true,
  });
}

/** UTF-8 bytes as a binary string, one char per byte, as the BPE model's vocab is keyed. */
function utf8(text: string): string {
  if (/^[\0-\x7f]*$/.test(text)) return text;
  let out = '';
  for (const b of ENCODER.encode(text)) out += String.fromCharCode(b);
  return out;
}
const ENCODER = new TextEncoder();
const LONE_SURROGATE = /[\ud800-\udfff]/gu;

/** Merged pieces recur (words); counts of short ones are cached, bounded and emptied when full. */
const CACHE_ENTRIES = 65_536;
const CACHEABLE_LENGTH = 64;

class Tokenizer implements HuggingFaceTokenizer {
  private readonly cache = new Map<string, number>();
  renderChat?: HuggingFaceTokenizer['renderChat'];

  constructor(
    private readonly rawTokens: TokenFinder,
    private readonly normalizedTokens: TokenFinder,
    private readonly forms: readonly NormalForm[],
    private readonly preTokenizer: PreTokenizer,
    private readonly bpe: ByteLevelBpe,
  ) {}

  count(input: string): number {
    // Rust sees the text as UTF-8, where a lone surrogate has become U+FFFD.
    const text = input.replace(LONE_SURROGATE, '\ufffd');
    // Each split returns how many added tokens it found; the pieces between them add their own.
    let total = 0;
    const countPieces = (rest: string) => this.preTokenizer.run(rest, (piece) => (total += this.countPiece(piece)));
    const rawTokens = this.rawTokens.split(text, (part) => {
      let normalized = part;
      for (const form of this.forms) normalized = normalized.normalize(form);
      const normalizedTokens = this.normalizedTokens.split(normalized, countPieces);
      total += normalizedTokens;
    });
    return total + rawTokens;
  }

  private countPiece(piece: string): number {
    const cacheable = piece.length <= CACHEABLE_LENGTH;
    if (cacheable) {
      const known = this.cache.get(piece);
      if (known !== undefined) return known;
    }
    const count = this.bpe.count(utf8(piece));
    if (cacheable) {
      if (this.cache.size >= CACHE_ENTRIES) this.cache.clear();
      this.cache.set(piece, count);
    }
    return count;
  }
}

/**
 * Throws UserError naming `path` with a clear message and hint when the JSON is malformed or uses a
 * model type/feature we do not support.
 */
export function loadHuggingFaceTokenizer(files: { tokenizerJson: string; tokenizerConfigJson?: string }, path: string): HuggingFaceTokenizer {
  try {
    const json = parseJson(files.tokenizerJson, 'tokenizer.json');
    const forms = normalForms(json.normalizer);
    const pipeline = stages(json.pre_tokenizer);
    if (!pipeline.some((stage) => stage.kind === 'byteLevel')) {
      throw new Refusal(`has no ByteLevel pre-tokenizer; prompt-budget supports ${SUPPORTED}`);
    }
    const added = addedTokens(json.added_tokens);
    let preTokenizer: PreTokenizer;
    try {
      preTokenizer = new PreTokenizer(pipeline);
    } catch (error) {
      if (error instanceof UnsupportedPattern) throw new Refusal(`has a pre-tokenizer pattern with ${error.message}, which prompt-budget does not support`);
      throw error;
    }
    const normalize = (text: string) => forms.reduce((t, form) => t.normalize(form), text);
    const tokenizer = new Tokenizer(
      new TokenFinder(added.filter((t) => !t.normalized).map((t) => t.content)),
      new TokenFinder(added.filter((t) => t.normalized).map((t) => normalize(t.content))),
      forms,
      preTokenizer,
      model(json),
    );
    if (files.tokenizerConfigJson !== undefined) {
      const template = chatTemplate(files.tokenizerConfigJson, path);
      if (template) tokenizer.renderChat = (messages, options) => template(messages, options);
    }
    return tokenizer;
  } catch (error) {
    if (error instanceof Refusal) throw new UserError(`${path} ${error.message}`, error.hint);
    if (error instanceof ModelError) throw new UserError(`${path}: ${error.message}`, 'Commit the tokenizer.json exactly as the model\'s repository has it.');
    throw error;
  }
}

const CONFIG_HINT = 'Commit the tokenizer_config.json of the same model revision beside tokenizer.json.';

function chatTemplate(configJson: string, path: string): HuggingFaceTokenizer['renderChat'] {
  const where = `${path.replace(/[^/\\]*$/, '')}tokenizer_config.json`;
  let template: ChatTemplate | undefined;
  try {
    template = ChatTemplate.fromConfig(parseJson(configJson, 'tokenizer_config.json'));
  } catch (error) {
    if (error instanceof Refusal) throw new UserError(`${where} ${error.message}`, error.hint);
    if (error instanceof TemplateError) throw new UserError(`${where}: ${error.message}`, CONFIG_HINT);
    throw error;
  }
  if (!template) return undefined;
  return (messages, options) => {
    try {
      return template.render(messages, options);
    } catch (error) {
      if (error instanceof TemplateError) throw new UserError(`${where}: ${error.message}`, 'Check the roles and order of the messages against what the model\'s chat template accepts.');
      throw error;
    }
  };
}
