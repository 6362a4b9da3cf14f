import type { ToolDefinition } from '../prompts/types.js';
import type { TokenizerSpec } from '../tokenize/spec.js';
import type { Encoder } from '../tokenize/tiktoken/encodings.js';
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
    /** Loaded tokenizer.json files, by the path budgets.yml gives. */
    tokenizerFiles: ReadonlyMap<string, {
        count(text: string): number;
    }>;
}
/** The encodings counting with `tokenizer` needs loaded. */
export declare function encodingsFor(tokenizer: TokenizerSpec): string[];
export declare function textCounter(tokenizer: TokenizerSpec, model: string, engines: Engines): {
    count: TextCounter;
    exact: boolean;
};
export declare class MessageCounter {
    private readonly overhead;
    private readonly text;
    private readonly textExact;
    /** Framing counted by a formula carried over from OpenAI's models: checked at OVERHEAD_BOUND × (file-counts.ts). */
    private readonly framingBound;
    private readonly byObject;
    /** By the message's text (the application's own string, whose hash V8 keeps), then its role and name. */
    private readonly byText;
    private cachedCharacters;
    constructor(tokenizer: TokenizerSpec, model: string, engines: Engines);
    /** One message with its framing, as a conversation's share of the gate's count; `remember: false` for a one-off (a truncation's candidates). */
    message(message: GuardMessage, remember?: boolean): Counted;
    private remember;
    /** The fixed messages with the tools and the reply priming, counted as the gate counts a chat file about to be answered. */
    fixed(messages: readonly GuardMessage[], tools: readonly ToolDefinition[] | undefined): Counted;
    private sum;
}
