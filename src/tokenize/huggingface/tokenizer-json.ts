/**
 * Exact token counts for open models (Llama 2/3/4, Qwen, DeepSeek, Mistral, Gemma, ...) from the
 * Hugging Face `tokenizer.json` a user commits, equal to what Hugging Face's Rust `tokenizers`
 * counts (test/unit/tokenize/huggingface/tokenizer-json.test.ts and sentencepiece.test.ts beside it
 * check them against it).
 *
 * Supported: BPE models, with added tokens, either byte-level (NFC/NFD/NFKC/NFKD normalizers, Split
 * pre-tokenizers (Isolated or Removed) followed by one ByteLevel) or SentencePiece style, without a
 * ByteLevel (byte_fallback; Prepend, Replace and NF* normalizers; Metaspace and string Split
 * pre-tokenizers). Anything else (Unigram, WordPiece, ...) is refused with a UserError saying what
 * the file uses, rather than counted approximately.
 *
 * BOS/EOS: `count` never adds them. The post-processor's BOS is what a server adds once per
 * request, not part of a prompt file, and a chat template writes `{{ bos_token }}` itself, so
 * counting a rendered chat includes the BOS exactly when the template puts it there.
 */
import { UserError } from '../../common/errors.js';
import { MAX_PROMPT_BYTES } from '../../common/prompt-size.js';
import { toBytes } from '../tiktoken/bpe.js';
import { ByteLevelBpe, ModelError } from './bpe.js';
import { ChatTemplate, OutputLimitExceeded, TemplateError, type ChatMessage } from './chat.js';
import { GPT2_PATTERN, PreTokenizer, TokenFinder, type NormalForm, type Stage } from './pipeline.js';
import { normalize, SentencePiecePreTokenizer, type NormalizerStep, type SentencePieceStage, type SplitBehavior } from './sentencepiece.js';
import { UnsupportedPattern } from './regex.js';
import { UNSTABLE_RANGES } from './normalization-unstable.js';
import { RunBudget, RunBudgetExhausted, TimeLimitExceeded } from './time-limit.js';

export type { ChatMessage } from './chat.js';

export interface HuggingFaceTokenizer {
  /**
   * Tokens of `text` as sent: no BOS/EOS added by post-processing; special-token strings in the
   * text (e.g. `<|eot_id|>`) count as the single special tokens the model sees.
   */
  count(text: string): number;
  /** Renders a conversation with the model's chat template (chat_template.jinja or tokenizer_config.json), when there is one. */
  renderChat?(messages: readonly ChatMessage[], options: { addGenerationPrompt: boolean }): string;
}

const SUPPORTED = 'byte-level BPE (Llama 3/4, Qwen, DeepSeek, Mistral Tekken, GPT-2 style) and SentencePiece-style BPE with byte fallback (Llama 2, Mistral 7B, Gemma 2/3)';

/** What to do with a file prompt-budget cannot count exactly: no model name, since none would count it. */
const UNSUPPORTED_HINT =
  'No tokenizer.json of this kind can be counted exactly yet: count the component with an OpenAI encoding instead (`encoding: o200k_base` in place of `tokenizer:`), which is exact for that encoding only, and keep headroom in its allotment for the difference.';

/** A problem in the file: refused with the file's path and what to do. */
class Refusal extends Error {
  constructor(
    message: string,
    readonly hint = "Commit the tokenizer.json exactly as the model's repository has it.",
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

/**
 * How deep `Sequence`s may nest in a normalizer or pre-tokenizer. Real files nest one level, two
 * at most; a file nesting them 100,000 deep ran the loader out of stack.
 */
const MAX_SEQUENCE_DEPTH = 32;

const tooDeep = (what: string) =>
  new Refusal(
    `nests "Sequence" ${what} more than ${MAX_SEQUENCE_DEPTH} levels deep`,
    `Real tokenizer.json files nest a Sequence a level or two: commit the file exactly as the model's repository has it, or flatten the Sequence.`,
  );

function normalizerSteps(normalizer: unknown, depth = 0): NormalizerStep[] {
  if (normalizer === null || normalizer === undefined) return [];
  if (!isObject(normalizer)) throw new Refusal('has a "normalizer" that is not an object');
  if (normalizer.type === 'Sequence' && Array.isArray(normalizer.normalizers)) {
    if (depth >= MAX_SEQUENCE_DEPTH) throw tooDeep('normalizers');
    return normalizer.normalizers.flatMap((n: unknown) => normalizerSteps(n, depth + 1));
  }
  if (typeof normalizer.type === 'string' && ['NFC', 'NFD', 'NFKC', 'NFKD'].includes(normalizer.type)) return [{ kind: 'form', form: normalizer.type as NormalForm }];
  if (normalizer.type === 'Prepend' && typeof normalizer.prepend === 'string') return [{ kind: 'prepend', text: normalizer.prepend }];
  if (normalizer.type === 'Replace' && typeof normalizer.content === 'string') {
    const { pattern } = normalizer;
    if (isObject(pattern) && typeof pattern.String === 'string' && pattern.String !== '') return [{ kind: 'replace', from: pattern.String, to: normalizer.content }];
    throw new Refusal('uses a "Replace" normalizer with a regular expression, which prompt-budget does not support (it supports a "String" pattern, as Llama 2, Mistral and Gemma use)', UNSUPPORTED_HINT);
  }
  throw new Refusal(`uses the normalizer "${String(normalizer.type)}", which prompt-budget does not support (it supports NFC, NFD, NFKC, NFKD, Prepend, Replace and Sequence)`, UNSUPPORTED_HINT);
}

/** A pre-tokenizer step as the file writes it; load() checks it fits the file's kind. */
type ParsedStage =
  | Stage
  | { kind: 'splitAny'; source: string; literal: string | undefined; behavior: SplitBehavior }
  | { kind: 'metaspace'; replacement: string; prepend: 'always' | 'first' | 'never'; split: boolean };

const BEHAVIORS: readonly SplitBehavior[] = ['Removed', 'Isolated', 'MergedWithPrevious', 'MergedWithNext', 'Contiguous'];

function stages(preTokenizer: unknown, depth = 0): ParsedStage[] {
  if (preTokenizer === null || preTokenizer === undefined) return [];
  if (!isObject(preTokenizer)) throw new Refusal('has a "pre_tokenizer" that is not an object');
  const { type } = preTokenizer;
  if (type === 'Sequence' && Array.isArray(preTokenizer.pretokenizers)) {
    if (depth >= MAX_SEQUENCE_DEPTH) throw tooDeep('pre-tokenizers');
    return preTokenizer.pretokenizers.flatMap((p: unknown) => stages(p, depth + 1));
  }
  if (type === 'ByteLevel') {
    return [{ kind: 'byteLevel', addPrefixSpace: preTokenizer.add_prefix_space === true, pattern: preTokenizer.use_regex === false ? undefined : GPT2_PATTERN }];
  }
  if (type === 'Split') {
    const { pattern, behavior, invert } = preTokenizer;
    if (invert === true) throw new Refusal('uses a Split pre-tokenizer with "invert": true, which prompt-budget does not support', UNSUPPORTED_HINT);
    if (!BEHAVIORS.includes(behavior as SplitBehavior)) throw new Refusal(`uses a Split pre-tokenizer with behavior "${String(behavior)}", which is not one of ${BEHAVIORS.join(', ')}`, UNSUPPORTED_HINT);
    let source: string;
    let literal: string | undefined;
    if (isObject(pattern) && typeof pattern.Regex === 'string') source = pattern.Regex;
    else if (isObject(pattern) && typeof pattern.String === 'string' && pattern.String !== '') {
      literal = pattern.String;
      source = pattern.String.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
    } else throw new Refusal('has a Split pre-tokenizer without a "Regex" or non-empty "String" pattern');
    return [{ kind: 'splitAny', source, literal, behavior: behavior as SplitBehavior }];
  }
  if (type === 'Metaspace') {
    const replacement = typeof preTokenizer.replacement === 'string' ? preTokenizer.replacement : '▁';
    if ([...replacement].length !== 1) throw new Refusal('has a Metaspace pre-tokenizer whose "replacement" is not one character');
    const scheme = preTokenizer.prepend_scheme ?? (preTokenizer.add_prefix_space === false ? 'never' : 'always');
    if (scheme !== 'always' && scheme !== 'first' && scheme !== 'never') throw new Refusal(`has a Metaspace pre-tokenizer with prepend_scheme ${JSON.stringify(scheme)}, which is not "always", "first" or "never"`);
    return [{ kind: 'metaspace', replacement, prepend: scheme, split: preTokenizer.split !== false }];
  }
  throw new Refusal(
    `uses the pre-tokenizer "${String(type)}", which prompt-budget does not support (it supports ByteLevel, Split, Metaspace and Sequence)`,
    UNSUPPORTED_HINT,
  );
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

/** `chars`: a SentencePiece-style file, whose vocab spells characters (byte fallback allowed). */
/** The model's kind first: a file that is not BPE is refused for that, whatever else it uses. */
function checkModelType(json: Json): void {
  const m = json.model;
  if (!isObject(m)) throw new Refusal('has no "model" object');
  if (m.type !== 'BPE' && !(m.type === undefined && Array.isArray(m.merges))) {
    const what = m.type === 'Unigram' ? ' (SentencePiece Unigram: a vocabulary of scored pieces, split by the most likely path, as T5, ALBERT, XLNet and mT5 files are)' : m.type === 'WordPiece' ? ' (BERT style)' : m.type === 'WordLevel' ? ' (one id per word)' : '';
    throw new Refusal(`uses the model type "${String(m.type)}"${what}; prompt-budget counts BPE models only: ${SUPPORTED}`, UNSUPPORTED_HINT);
  }
}

function model(json: Json, chars: boolean): ByteLevelBpe {
  checkModelType(json);
  const m = json.model as Json;
  if (!isObject(m.vocab) || !Array.isArray(m.merges)) throw new Refusal('has a BPE model without "vocab" and "merges"');
  if (typeof m.dropout === 'number' && m.dropout > 0) throw new Refusal('has a BPE model with dropout, which makes counts random', 'Set "dropout" to null: dropout is for training, and a server counts without it.');
  for (const key of ['continuing_subword_prefix', 'end_of_word_suffix'] as const) {
    if (typeof m[key] === 'string' && m[key] !== '') throw new Refusal(`has a BPE model with "${key}", which prompt-budget does not support`, UNSUPPORTED_HINT);
  }
  if (m.byte_fallback === true && !chars) throw new Refusal('has a byte-level BPE model (a ByteLevel pre-tokenizer) with "byte_fallback", which prompt-budget does not support', UNSUPPORTED_HINT);
  return new ByteLevelBpe({
    vocab: m.vocab as Record<string, number>,
    merges: m.merges as string[],
    ignoreMerges: m.ignore_merges === true,
    unkToken: typeof m.unk_token === 'string' ? m.unk_token : undefined,
    fuseUnk: m.fuse_unk === true,
    chars,
    byteFallback: m.byte_fallback === true,
  });
}

/** Explicit ranges with the u flag: no Unicode property, so the same set in every runtime. */
const UNSTABLE_NORMALIZATION = new RegExp(`[${UNSTABLE_RANGES.split(' ').map((r) => r.split('-').map((cp) => `\\u{${cp}}`).join('-')).join('')}]`, 'u');
const LONE_SURROGATE = /[\ud800-\udfff]/gu;

/** Merged pieces recur (words); counts of short ones are cached, bounded and emptied when full. */
const CACHE_ENTRIES = 65_536;
const CACHEABLE_LENGTH = 64;

/** Cuts a stretch of normalized text into the pieces the model merges. */
interface PieceSplitter {
  run(text: string, atStart: boolean, piece: (text: string) => void): void;
}

class LoadedTokenizer implements HuggingFaceTokenizer {
  private readonly cache = new Map<string, number>();
  renderChat?: HuggingFaceTokenizer['renderChat'];

  private readonly forms: readonly NormalForm[];

  constructor(
    private readonly rawTokens: TokenFinder,
    private readonly normalizedTokens: TokenFinder,
    private readonly normalizer: readonly NormalizerStep[],
    private readonly preTokenizer: PieceSplitter,
    private readonly bpe: ByteLevelBpe,
    /** SentencePiece style: pieces go to the model as text, not as their UTF-8 bytes. */
    private readonly chars: boolean,
    private readonly path: string,
    private readonly limits: TimeLimits,
  ) {
    this.forms = normalizer.flatMap((step) => (step.kind === 'form' ? [step.form] : []));
  }

  count(input: string): number {
    try {
      return this.limits.budget.run(this.limits.countMs(input.length), () => this.countNow(input));
    } catch (error) {
      if (error instanceof RunBudgetExhausted) throw runLimitReached(`${this.path}: counting a text of ${input.length.toLocaleString('en-US')} characters`, error);
      if (!(error instanceof TimeLimitExceeded)) throw error;
      throw new UserError(
        `${this.path}: counting a text of ${input.length.toLocaleString('en-US')} characters ${error.message}: its pre-tokenizer patterns or added tokens take time out of proportion to the text`,
        "Use the model's tokenizer.json unchanged; prompt-budget refuses patterns that backtrack without bound (Oniguruma, which the Rust tokenizers use, gives up on them too).",
      );
    }
  }

  private countNow(input: string): number {
    // Rust sees the text as UTF-8, where a lone surrogate has become U+FFFD.
    const text = input.replace(LONE_SURROGATE, '\ufffd');
    const unstable = this.forms.length > 0 ? UNSTABLE_NORMALIZATION.exec(text) : null;
    if (unstable) {
      const cp = `U+${unstable[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
      throw new UserError(
        `${this.path}: the text holds ${cp}, which ${this.forms.join('/')} normalizes differently in this runtime's Unicode than in Hugging Face's tokenizers`,
        `Remove ${cp} from the prompt (it is a recent Unicode addition), or count with a model whose tokenizer.json has no normalizer.`,
      );
    }
    // Each split returns how many added tokens it found; the pieces between them add their own.
    let total = 0;
    const onPiece = (piece: string) => (total += this.countPiece(piece));
    const rawTokens = this.rawTokens.split(text, (part, rawStart) => {
      const normalized = normalize(this.normalizer, part);
      // Where the whole text starts (Metaspace's prepend_scheme "first" prepends only there).
      const normalizedTokens = this.normalizedTokens.split(normalized, (rest, start) => this.preTokenizer.run(rest, rawStart === 0 && start === 0, onPiece));
      total += normalizedTokens;
    });
    return total + rawTokens;
  }

  private countPiece(piece: string): number {
    if (!this.chars) return this.countSegment(piece);
    let count = 0;
    this.bpe.segments(piece, (segment) => (count += this.countSegment(segment)));
    return count;
  }

  private countSegment(piece: string): number {
    const cacheable = piece.length <= CACHEABLE_LENGTH;
    if (cacheable) {
      const known = this.cache.get(piece);
      if (known !== undefined) return known;
    }
    const count = this.bpe.count(this.chars ? piece : toBytes(piece));
    if (cacheable) {
      if (this.cache.size >= CACHE_ENTRIES) this.cache.clear();
      this.cache.set(piece, count);
    }
    return count;
  }
}

/**
 * Time limits on work a pull request's files decide. Counting runs at several MB a second, so its
 * limit is generous for any real prompt file and still ends a hostile pattern's run in seconds.
 * Each call has its own limit, and all calls of a run draw on one RunBudget besides.
 */
export interface TimeLimits {
  /** For counting a text of `length` UTF-16 units. */
  countMs: (length: number) => number;
  loadMs: number;
  renderMs: number;
  /** What the whole run may spend; RUN_BUDGET, this process's, unless a test gives its own. */
  budget: RunBudget;
}

/**
 * The whole run's time for loading tokenizer.json files, counting with them and rendering chat
 * templates, all together. Real work takes a fraction of it: tokenizer.json counting runs at 7 to
 * 9 MB/s (byte-level; SentencePiece style at Rust's pace or faster) and loads in about half a second
 * (Gemma 3's 33 MB file in about 2 s), and a model's chat template renders a conversation in
 * milliseconds, so 60 s covers base and head of a repository with hundreds of megabytes of prompts
 * for several open models, on a runner slower than our bench machine; a PR whose files take longer
 * than a minute is hostile or broken, and a minute is an end CI can wait for.
 */
export const RUN_TIME_MS = 60_000;
/**
 * The characters one chat template rendering may produce: a rendered conversation is a prompt,
 * held to the largest prompt file counted (16 MB).
 */
export const MAX_RENDER_CHARS = MAX_PROMPT_BYTES;
/**
 * The characters one rendering's expressions may make on the way, its output's included: 16
 * times its output. The chat templates of Llama 3, Qwen3 and DeepSeek V3 make 4 to 6 times
 * their output (a message's content trimmed, then joined with its header); a template keeping
 * copies of a long string in a list held 3.8 GB within its 10 s.
 */
export const MAX_RENDER_BUILT_CHARS = 16 * MAX_RENDER_CHARS;
/**
 * The characters all renderings of a run may produce together: four of the largest. Renderings
 * are held in memory until they are counted, so this keeps a run's rendered text to a few hundred
 * megabytes (126 M characters peaked at 560 MB), where six templates of 268 M characters each took
 * 2.9 GB and crashed; and counting 64 M characters takes about 10 s of the run's 60. Real chat
 * files are kilobytes, their renderings barely larger.
 */
export const RUN_RENDER_CHARS = 4 * MAX_RENDER_CHARS;

/** This process's budget: the action and the CLI check one repository per process. */
export const RUN_BUDGET = new RunBudget(RUN_TIME_MS, RUN_RENDER_CHARS);

const LIMITS: TimeLimits = { countMs: (length) => 10_000 + length / 100, loadMs: 60_000, renderMs: 10_000, budget: RUN_BUDGET };

/**
 * A bound of the whole run ran out: the file was not counted. It says nothing about the file
 * itself, so a check must fail it, never carry it over as a failure the base had too.
 */
export class RunLimitReached extends UserError {}

const MB = (chars: number) => `${chars / 1024 / 1024} MB`;

function runLimitReached(what: string, error: RunBudgetExhausted): RunLimitReached {
  const bound =
    error.kind === 'time'
      ? `the run's limit of ${error.bound / 1000} s for loading tokenizer.json files, counting with them and rendering chat templates ran out`
      : `the run's limit of ${error.bound.toLocaleString('en-US')} characters${Number.isInteger(error.bound / MAX_RENDER_CHARS) ? ` (${error.bound / MAX_RENDER_CHARS} × ${MB(MAX_RENDER_CHARS)})` : ''} of chat-template output ran out`;
  return new RunLimitReached(
    `${what} stopped: ${bound}`,
    "These limits hold for all of a check's tokenizer files and chat templates together, so what remained is not counted and fails; a model's own files take a fraction of them. Look at the tokenizer files this change edits.",
  );
}

/** The files of a model's tokenizer, as found beside tokenizer.json. */
export interface TokenizerFiles {
  tokenizerJson: string;
  /** tokenizer_config.json: special tokens, and the chat template of older repositories. */
  tokenizerConfigJson?: string;
  /** chat_template.jinja, which transformers prefers to tokenizer_config.json's "chat_template". */
  chatTemplate?: string;
  /** chat_template.json, a processor's ({"chat_template": ...}): used when neither of the above has one. */
  chatTemplateJson?: string;
}

/**
 * Throws UserError naming `path` (or the chat template's file beside it) with a clear message and
 * hint when a file is malformed or uses a model type/feature we do not support.
 */
export function loadHuggingFaceTokenizer(files: TokenizerFiles, path: string, timeLimits: Partial<TimeLimits> = {}): HuggingFaceTokenizer {
  const limits = { ...LIMITS, ...timeLimits };
  try {
    return limits.budget.run(limits.loadMs, () => load(files, path, limits));
  } catch (error) {
    if (error instanceof RunBudgetExhausted) throw runLimitReached(`${path}: loading it`, error);
    if (error instanceof TimeLimitExceeded) throw new UserError(`${path}: loading it ${error.message}`, "Commit the tokenizer.json exactly as the model's repository has it.");
    throw error;
  }
}

function load(files: TokenizerFiles, path: string, limits: TimeLimits): HuggingFaceTokenizer {
  let tokenizer: LoadedTokenizer;
  try {
    const json = parseJson(files.tokenizerJson, 'tokenizer.json');
    checkModelType(json);
    const normalizer = normalizerSteps(json.normalizer);
    const parsed = stages(json.pre_tokenizer);
    const byteLevels = parsed.filter((stage) => stage.kind === 'byteLevel').length;
    const added = addedTokens(json.added_tokens);
    let preTokenizer: PieceSplitter;
    if (byteLevels > 0) {
      // In the Rust code a stage after ByteLevel sees the byte-mapped text ("Ġworld"), not the text.
      if (byteLevels > 1) throw new Refusal('has more than one ByteLevel pre-tokenizer, which prompt-budget does not support', UNSUPPORTED_HINT);
      if (parsed.at(-1)!.kind !== 'byteLevel') throw new Refusal('has a pre-tokenizer after ByteLevel (it would split the byte-mapped text), which prompt-budget does not support', UNSUPPORTED_HINT);
      const pipeline = parsed.map((stage): Stage => {
        if (stage.kind === 'metaspace') throw new Refusal('has both a Metaspace and a ByteLevel pre-tokenizer, which prompt-budget does not support', UNSUPPORTED_HINT);
        if (stage.kind !== 'splitAny') return stage;
        if (stage.behavior !== 'Isolated' && stage.behavior !== 'Removed') {
          throw new Refusal(`uses a Split pre-tokenizer with behavior "${stage.behavior}" before ByteLevel; prompt-budget supports "Isolated" and "Removed" there`, UNSUPPORTED_HINT);
        }
        return { kind: 'split', pattern: stage.source, isolated: stage.behavior === 'Isolated' };
      });
      let byteLevel: PreTokenizer;
      try {
        byteLevel = new PreTokenizer(pipeline);
      } catch (error) {
        if (error instanceof UnsupportedPattern) throw new Refusal(`has a pre-tokenizer pattern with ${error.message}, which prompt-budget does not support`, UNSUPPORTED_HINT);
        throw error;
      }
      preTokenizer = { run: (text, _atStart, piece) => byteLevel.run(text, piece) };
    } else {
      // SentencePiece style (Llama 2, Mistral 7B, Gemma): the model sees characters, spaces as "▁".
      preTokenizer = new SentencePiecePreTokenizer(
        parsed.map((stage): SentencePieceStage => {
          if (stage.kind === 'metaspace') return stage;
          if (stage.kind === 'splitAny' && stage.literal !== undefined) return { kind: 'split', literal: stage.literal, behavior: stage.behavior };
          throw new Refusal('has a Split pre-tokenizer with a "Regex" pattern and no ByteLevel pre-tokenizer, which prompt-budget does not support (it supports a "String" pattern there)', UNSUPPORTED_HINT);
        }),
      );
    }
    const chars = byteLevels === 0;
    tokenizer = new LoadedTokenizer(
      new TokenFinder(added.filter((t) => !t.normalized).map((t) => t.content)),
      new TokenFinder(added.filter((t) => t.normalized).map((t) => normalize(normalizer, t.content))),
      normalizer,
      preTokenizer,
      model(json, chars),
      chars,
      path,
      limits,
    );
  } catch (error) {
    if (error instanceof Refusal) throw new UserError(`${path} ${error.message}`, error.hint);
    if (error instanceof ModelError) throw new UserError(`${path}: ${error.message}`, 'Commit the tokenizer.json exactly as the model\'s repository has it.');
    throw error;
  }
  const template = chatTemplate(files, path, limits);
  if (template) tokenizer.renderChat = template;
  return tokenizer;
}

const CONFIG_HINT = 'Commit the chat template files of the same model revision beside tokenizer.json, as its repository has them.';
const TOO_LONG_HINT = "A model's chat template adds a few tokens to each message; commit the model's own template, and keep each conversation under 16 MB.";

/** transformers' order: chat_template.jinja, else tokenizer_config.json's; then a processor's chat_template.json. */
function chatTemplate(files: TokenizerFiles, path: string, { renderMs, budget }: TimeLimits): HuggingFaceTokenizer['renderChat'] {
  const dir = path.replace(/[^/\\]*$/, '');
  let where = `${dir}tokenizer_config.json`;
  let template: ChatTemplate | undefined;
  try {
    const config = files.tokenizerConfigJson === undefined ? {} : parseJson(files.tokenizerConfigJson, 'tokenizer_config.json');
    if (files.chatTemplate !== undefined) {
      where = `${dir}chat_template.jinja`;
      template = ChatTemplate.from(files.chatTemplate, 'chat_template.jinja', config);
    } else if (config.chat_template !== undefined && config.chat_template !== null) {
      template = ChatTemplate.from(config.chat_template, 'chat_template', config);
    } else if (files.chatTemplateJson !== undefined) {
      where = `${dir}chat_template.json`;
      template = ChatTemplate.from(parseJson(files.chatTemplateJson, 'chat_template.json').chat_template, 'chat_template', config);
    }
  } catch (error) {
    if (error instanceof Refusal) throw new UserError(`${where} ${error.message}`, error.hint);
    if (error instanceof TemplateError) throw new UserError(`${where}: ${error.message}`, CONFIG_HINT);
    throw error;
  }
  if (!template) return undefined;
  return (messages, options) => {
    // Each rendering is a prompt, held to the largest prompt file; all of them to the run's characters.
    const maxChars = Math.min(MAX_RENDER_CHARS, budget.charsLeft);
    try {
      const output = budget.run(renderMs, () => template.render(messages, options, { output: maxChars, built: MAX_RENDER_BUILT_CHARS }));
      const bytes = Buffer.byteLength(output, 'utf8');
      if (bytes > MAX_PROMPT_BYTES) throw new UserError(`${where}: the chat template renders ${bytes.toLocaleString('en-US')} bytes, more than ${MB(MAX_PROMPT_BYTES)}, the largest prompt prompt-budget counts`, TOO_LONG_HINT);
      budget.produce(output.length);
      return output;
    } catch (error) {
      if (error instanceof OutputLimitExceeded) {
        if (error.kind === 'built') {
          throw new UserError(
            `${where}: the chat template built more than ${error.limit.toLocaleString('en-US')} characters of text (${error.limit / MAX_RENDER_CHARS} times the ${MB(MAX_RENDER_CHARS)} it may output) in one rendering; rendering was stopped there`,
            TOO_LONG_HINT,
          );
        }
        if (error.limit < MAX_RENDER_CHARS) throw runLimitReached(`${where}: rendering the chat template`, new RunBudgetExhausted('characters', budget.chars));
        throw new UserError(`${where}: the chat template's output passed ${MB(MAX_RENDER_CHARS)} (${MAX_RENDER_CHARS.toLocaleString('en-US')} characters), the largest prompt prompt-budget counts; rendering was stopped there`, TOO_LONG_HINT);
      }
      if (error instanceof RunBudgetExhausted) throw runLimitReached(`${where}: rendering the chat template`, error);
      if (error instanceof TimeLimitExceeded) throw new UserError(`${where}: rendering the chat template ${error.message}`, CONFIG_HINT);
      if (error instanceof TemplateError) throw new UserError(`${where}: ${error.message}`, 'Check the roles and order of the messages against what the model\'s chat template accepts.');
      throw error;
    }
  };
}
