/**
 * Counts what a request sends with the same parts as the gate counts a chat file (prompts/parts.ts:
 * the cookbook's per-message framing, tool definitions, the reply priming) and the same engines:
 * an OpenAI encoding exactly, a tokenizer.json's text exactly with its framing estimated, any other
 * model by the estimate of tokenize/estimate.ts, taken at its upper bound. Each message is counted
 * once: a conversation fitted again after one new turn costs about that turn.
 */
import { OVERHEAD_BOUND } from '../budget/file-counts.js';
import { geminiLocalParts, promptParts, type PromptParts } from '../prompts/parts.js';
import { countGeminiLocal } from '../prompts/tools.js';
import { chatOverheadFor, type ChatOverhead } from '../prompts/overhead.js';
import type { ChatMessage, ExtractedPrompt, ToolDefinition } from '../prompts/types.js';
import { combineEstimates, ESTIMATES, estimateParts } from '../tokenize/estimate.js';
import type { TokenizerSpec } from '../tokenize/spec.js';
import type { Encoder } from '../tokenize/tiktoken/encodings.js';
import type { HuggingFaceTokenizer } from '../tokenize/huggingface/tokenizer-json.js';
import { readMessage, type GuardMessage } from './messages.js';

/** A count and its upper bound (equal when exact). */
export interface Counted {
  tokens: number;
  high: number;
  exact: boolean;
}

/** Counts one text: exactly, or as an estimate with its upper bound. */
export type TextCounter = (text: string) => { tokens: number; high: number };

export interface Engines {
  /** The loaded OpenAI encodings the tokenizer or the estimate needs. */
  encoders: ReadonlyMap<string, Encoder>;
  /** Loaded tokenizer.json files, by the path budgets.yml gives, with their chat templates when they have one. */
  tokenizerFiles: ReadonlyMap<string, Pick<HuggingFaceTokenizer, 'count' | 'renderChat'>>;
}

/** The encodings counting with `tokenizer` needs loaded. */
export function encodingsFor(tokenizer: TokenizerSpec): string[] {
  if (tokenizer.kind === 'encoding') return [tokenizer.encoding];
  if (tokenizer.kind === 'huggingface') return [];
  return [...new Set(Object.values(ESTIMATES).map((method) => method.basis))];
}

/** An exact count: its own upper bound. */
const exactly = (tokens: number) => ({ tokens, high: tokens });

function textCounter(tokenizer: TokenizerSpec, model: string, engines: Engines): { count: TextCounter; exact: boolean } {
  switch (tokenizer.kind) {
    case 'encoding': {
      const encoder = engines.encoders.get(tokenizer.encoding)!;
      return { count: (text) => exactly(encoder.count(text)), exact: true };
    }
    case 'huggingface': {
      const file = engines.tokenizerFiles.get(tokenizer.path)!;
      // A Gemini model's tool definitions: the texts Google's LocalTokenizer takes from them, as the gate counts them.
      const count = (text: string) => (tokenizer.gemini === undefined ? file.count(text) : countGeminiLocal(text, (t) => file.count(t)));
      return { count: (text) => exactly(count(text)), exact: true };
    }
    case 'vendor':
    case 'estimate': {
      // Without a call to the vendor's API: the estimate, whose upper bound the fitting uses.
      const vendor = tokenizer.vendor;
      return {
        count: (text) => {
          const parts = estimateParts(vendor, model, text);
          return combineEstimates(parts.map((part) => ({ key: part.key, basisCount: engines.encoders.get(ESTIMATES[part.key].basis)!.count(part.text) })));
        },
        exact: false,
      };
    }
  }
}

/** How many texts' counts are kept, and how many characters in all; past either the oldest are forgotten (a long-lived process must not grow). */
const CACHE_TEXTS = 50_000;
const CACHE_CHARACTERS = 64 * 1024 * 1024;

/** A map by text bounded by CACHE_TEXTS and CACHE_CHARACTERS: past either, the oldest texts are forgotten. */
class TextCache<V> {
  private readonly entries = new Map<string, V>();
  private characters = 0;

  get(text: string): V | undefined {
    return this.entries.get(text);
  }

  has(text: string): boolean {
    return this.entries.has(text);
  }

  /** Adds `text`, which is not in the cache, making room for it first. */
  add(text: string, value: V): V {
    while (this.entries.size > 0 && (this.entries.size >= CACHE_TEXTS || this.characters + text.length > CACHE_CHARACTERS)) {
      const oldest = this.entries.keys().next().value!;
      this.entries.delete(oldest);
      this.characters -= oldest.length;
    }
    this.entries.set(text, value);
    this.characters += text.length;
    return value;
  }
}

export class MessageCounter {
  private readonly overhead: ChatOverhead;
  private readonly text: TextCounter;
  private readonly textExact: boolean;
  /** Framing counted by a formula carried over from OpenAI's models: checked at OVERHEAD_BOUND × (file-counts.ts). */
  private readonly framingBound: number;
  private readonly geminiLocal: boolean;
  private readonly byObject = new WeakMap<object, Counted>();
  /** By the message's text (the application's own string, whose hash V8 keeps), then its role and name. */
  private readonly byText = new TextCache<Map<string, Counted>>();

  /**
   * The whole request as a tokenizer.json's chat template renders it, with the reply's turn
   * opened, counted exactly (as the gate counts a chat file); absent without a template.
   */
  readonly conversation?: (messages: readonly GuardMessage[], tools?: readonly ToolDefinition[]) => Counted;

  /** The vendor's own counts of texts, by text, when its counting API is used (see prepare). */
  private readonly apiCounts = new TextCache<number>();
  private readonly api?: (texts: string[]) => Promise<number[]>;

  /**
   * `api`: the vendor's counting API for this model (Claude, Gemini), when the application opted
   * in with a key: texts are counted by it, framing still estimated (see prepare).
   */
  constructor(tokenizer: TokenizerSpec, model: string, engines: Engines, api?: (texts: string[]) => Promise<number[]>) {
    this.overhead = chatOverheadFor(model);
    const { count, exact } = textCounter(tokenizer, model, engines);
    this.textExact = exact;
    // Texts sent on every call (the system prompt, the tools, the roles) are counted once: the
    // fixed part is summed again each fit, its texts are not tokenized again.
    const known = new TextCache<{ tokens: number; high: number }>();
    this.text = (text) => {
      const counted = this.apiCounts.get(text);
      if (counted !== undefined) return { tokens: counted, high: counted };
      return known.get(text) ?? known.add(text, count(text));
    };
    if (api) this.api = api;
    // A Gemini model counted with a local tokenizer.json: its texts alone, as Google's LocalTokenizer
    // counts them and the gate counts its chat files (prompts/parts.ts geminiLocalParts).
    this.geminiLocal = tokenizer.kind === 'huggingface' && tokenizer.gemini !== undefined;
    this.framingBound = !this.geminiLocal && !this.overhead.exact && tokenizer.kind !== 'encoding' ? OVERHEAD_BOUND : 1;
    const file = tokenizer.kind === 'huggingface' && tokenizer.gemini === undefined ? engines.tokenizerFiles.get(tokenizer.path) : undefined;
    const renderChat = file?.renderChat?.bind(file);
    if (file && renderChat) {
      this.conversation = (messages, tools) => {
        const read = messages.map(readMessage);
        const options = { addGenerationPrompt: true, ...(tools && tools.length > 0 && { tools }) };
        const tokens = file.count(renderChat(read.map((m) => m.chat), options));
        return { tokens, high: tokens, exact: read.every((m) => !m.estimated) };
      };
    }
  }

  /**
   * Counts through the vendor's API, in one batch, the texts of `messages` not yet known, so the
   * counts that follow use them; the framing around each message stays the estimate. When the API
   * fails the texts keep their estimate (an upper bound), and the failure is returned to report.
   */
  async prepare(messages: readonly GuardMessage[], tools?: readonly ToolDefinition[]): Promise<Error | undefined> {
    if (!this.api) return undefined;
    const texts = new Set<string>();
    for (const message of messages) {
      if (this.byObject.has(message)) continue;
      const parts = this.parts([readMessage(message).chat], undefined, false);
      // A text already counted (by the estimate, after a failure) keeps that count: an upper bound.
      for (const text of [...parts.content, ...parts.overhead]) if (!this.apiCounts.has(text) && !this.byText.has(text)) texts.add(text);
    }
    if (tools && tools.length > 0) {
      const parts = this.parts([], tools, false, 'request');
      for (const text of parts.overhead) if (!this.apiCounts.has(text)) texts.add(text);
    }
    if (texts.size === 0) return undefined;
    const asked = [...texts];
    try {
      const counts = await this.api(asked);
      asked.forEach((text, i) => this.apiCounts.add(text, counts[i]!));
      return undefined;
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }

  /** One message with its framing, as a conversation's share of the gate's count; `remember: false` for a one-off (a truncation's candidates). */
  message(message: GuardMessage, remember = true): Counted {
    const known = this.byObject.get(message);
    if (known) return known;
    const read = readMessage(message);
    const key = `${read.chat.role}\0${read.chat.name ?? ''}\0${read.estimated ? 'calls' : ''}`;
    const text = read.chat.content;
    let counted = this.byText.get(text)?.get(key);
    if (!counted) {
      counted = this.sum(this.parts([read.chat], undefined, false), !read.estimated);
      if (!remember) return counted;
      this.remember(text, key, counted);
    }
    if (remember) this.byObject.set(message, counted);
    return counted;
  }

  private remember(text: string, key: string, counted: Counted): void {
    (this.byText.get(text) ?? this.byText.add(text, new Map())).set(key, counted);
  }

  /** The fixed messages with the tools and the reply priming, counted as the gate counts a chat file about to be answered. */
  fixed(messages: readonly GuardMessage[], tools: readonly ToolDefinition[] | undefined): Counted {
    const read = messages.map(readMessage);
    return this.sum(this.parts(read.map((m) => m.chat), tools, true, this.api ? 'request' : 'cookbook'), read.every((m) => !m.estimated));
  }

  /** The parts the gate counts a conversation in: the cookbook's, or for a local Gemini tokenizer the texts alone. */
  private parts(conversation: ChatMessage[], tools: readonly ToolDefinition[] | undefined, reply: boolean, toolsBy: 'cookbook' | 'request' = 'cookbook'): PromptParts {
    const extracted: ExtractedPrompt = { format: 'messages-json', content: { kind: 'messages', conversations: [conversation], ...(tools && tools.length > 0 && { tools: [[...tools]] }) }, placeholders: [], excluded: [] };
    return this.geminiLocal ? geminiLocalParts(extracted) : promptParts(extracted, this.overhead, reply, toolsBy);
  }

  private sum(parts: PromptParts, exactText: boolean): Counted {
    let tokens = parts.fixedOverhead;
    let content = 0;
    let framing = parts.fixedOverhead;
    for (const text of parts.content) {
      const c = this.text(text);
      tokens += c.tokens;
      content += c.high;
    }
    for (const text of parts.overhead) {
      const c = this.text(text);
      tokens += c.tokens;
      framing += c.high;
    }
    const high = Math.max(tokens, content + this.framingBound * framing);
    return { tokens, high, exact: exactText && this.textExact && (this.geminiLocal || this.overhead.exact) && !parts.toolsEstimated };
  }
}
