/** Token counts of an extracted prompt: its content, and what the chat format adds around it. */
import type { Encoder } from '../tokenize/tiktoken/encodings.js';
import type { PromptFormat } from './formats.js';
import type { ChatOverhead } from './overhead.js';
import type { ChatMessage, ExtractedPrompt } from './types.js';
export interface PromptCount {
    /** Tokens of the text, or of the messages' contents: what the prompt's authors wrote. */
    content: number;
    /**
     * Tokens the chat format adds: per message its role, its name and the fixed per-message and
     * per-name tokens, and per conversation the reply priming. 0 for plain text.
     */
    overhead: number;
    total: number;
}
/**
 * Counts `extracted` with the cookbook's formula (see overhead.ts). Role and name tokens are
 * overhead, not content: they are the same whatever the prompt says, and content then equals a
 * plain count of the message texts. Each conversation of a JSONL file is its own request, so each
 * pays the reply priming, as OpenAI's fine-tuning data preparation notebook counts examples.
 */
export declare function countPrompt(extracted: ExtractedPrompt, encoder: Pick<Encoder, 'count'>, overhead: ChatOverhead, generationPrompt?: boolean): PromptCount;
/** The texts to count, split as countPrompt adds them up, for counting in batches (on threads). */
export interface PromptParts {
    /** Counted as content. */
    content: string[];
    /** Counted as overhead: roles and names, and the lines num_tokens_for_tools counts of tool definitions. */
    overhead: string[];
    /** Overhead tokens that need no counting: per message, per name and per reply. */
    fixedOverhead: number;
    /**
     * When present, the whole prompt as the model's chat template renders it, one text per
     * conversation: the total is their count, and the overhead is that total minus the content.
     */
    rendered?: string[];
    /** True when tool definitions were counted with numbers OpenAI publishes for no such model (an estimate). */
    toolsEstimated?: boolean;
}
/**
 * Whether the model is asked to write the next turn after the conversation (a chat template's
 * add_generation_prompt, OpenAI's reply priming): `setting` when the component says
 * (`generation_prompt:`); otherwise on, the prompt is about to be answered, except for a JSONL line
 * that ends with the assistant's turn, a fine-tuning example the model is trained on as it is.
 */
export declare function addsGenerationPrompt(format: PromptFormat, conversation: readonly ChatMessage[], setting?: boolean): boolean;
/**
 * `toolsBy`: `cookbook` counts tool definitions by num_tokens_for_tools (OpenAI's models, and the
 * estimate of other vendors' framing); `request` leaves them to a counting API that takes `tools`
 * (Claude, Gemini), as one text made by toolsRequestText.
 */
export declare function promptParts(extracted: ExtractedPrompt, overhead: ChatOverhead, generationPrompt?: boolean, toolsBy?: 'cookbook' | 'request'): PromptParts;
/**
 * One message's share of the cookbook's count: its text as content; its role, its name and the
 * per-message and per-name tokens as overhead. Messages add up, so the run-time guard (src/guard)
 * counts each once and sums them as a file's conversation is summed here.
 */
export declare function addMessageParts(message: ChatMessage, overhead: ChatOverhead, parts: PromptParts): void;
