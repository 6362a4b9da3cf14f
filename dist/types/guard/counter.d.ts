import type { ToolDefinition } from '../prompts/types.js';
import type { TokenizerSpec } from '../tokenize/spec.js';
import type { Encoder } from '../tokenize/tiktoken/encodings.js';
import type { HuggingFaceTokenizer } from '../tokenize/huggingface/tokenizer-json.js';
import { type GuardMessage } from './messages.js';
/** A count and its upper bound (equal when exact). */
export interface Counted {
    tokens: number;
    high: number;
    exact: boolean;
}
/** Counts one text: exactly, or as an estimate with its upper bound. */
export type TextCounter = (text: string) => {
    tokens: number;
    high: number;
};
export interface Engines {
    /** The loaded OpenAI encodings the tokenizer or the estimate needs. */
    encoders: ReadonlyMap<string, Encoder>;
    /** Loaded tokenizer.json files, by the path budgets.yml gives, with their chat templates when they have one. */
    tokenizerFiles: ReadonlyMap<string, Pick<HuggingFaceTokenizer, 'count' | 'renderChat'>>;
}
/** The encodings counting with `tokenizer` needs loaded. */
export declare function encodingsFor(tokenizer: TokenizerSpec): string[];
export declare class MessageCounter {
    private readonly overhead;
    private readonly text;
    private readonly textExact;
    /** Framing counted by a formula carried over from OpenAI's models: checked at OVERHEAD_BOUND × (file-counts.ts). */
    private readonly framingBound;
    private readonly geminiLocal;
    private readonly byObject;
    /** By the message's text (the application's own string, whose hash V8 keeps), then its role and name. */
    private readonly byText;
    /**
     * The whole request as a tokenizer.json's chat template renders it, with the reply's turn
     * opened, counted exactly (as the gate counts a chat file); absent without a template.
     */
    readonly conversation?: (messages: readonly GuardMessage[], tools?: readonly ToolDefinition[]) => Counted;
    /** The vendor's own counts of texts, by text, when its counting API is used (see prepare). */
    private readonly apiCounts;
    private readonly api?;
    /**
     * `api`: the vendor's counting API for this model (Claude, Gemini), when the application opted
     * in with a key: texts are counted by it, framing still estimated (see prepare).
     */
    constructor(tokenizer: TokenizerSpec, model: string, engines: Engines, api?: (texts: string[]) => Promise<number[]>);
    /**
     * Counts through the vendor's API, in one batch, the texts of `messages` not yet known, so the
     * counts that follow use them; the framing around each message stays the estimate. When the API
     * fails the texts keep their estimate (an upper bound), and the failure is returned to report.
     */
    prepare(messages: readonly GuardMessage[], tools?: readonly ToolDefinition[]): Promise<Error | undefined>;
    /** One message with its framing, as a conversation's share of the gate's count; `remember: false` for a one-off (a truncation's candidates). */
    message(message: GuardMessage, remember?: boolean): Counted;
    private remember;
    /** The fixed messages with the tools and the reply priming, counted as the gate counts a chat file about to be answered. */
    fixed(messages: readonly GuardMessage[], tools: readonly ToolDefinition[] | undefined): Counted;
    /** The parts the gate counts a conversation in: the cookbook's, or for a local Gemini tokenizer the texts alone. */
    private parts;
    private sum;
}
