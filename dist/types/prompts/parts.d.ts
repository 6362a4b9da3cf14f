/** The texts an extracted prompt is counted as: its content, and what the chat format adds around it. */
import type { PromptFormat } from './formats.js';
import type { ChatOverhead } from './overhead.js';
import type { ChatMessage, ExtractedPrompt } from './types.js';
/**
 * The texts of an extracted prompt to count, for counting in batches (on threads), and how they
 * add up (see FileCounts.apply): content, and what the chat format adds around it (overhead.ts).
 * Role and name tokens are overhead, not content: they are the same whatever the prompt says, and
 * content then equals a plain count of the message texts. Each conversation of a JSONL file is its
 * own request, so each pays the reply priming, as OpenAI's fine-tuning data preparation notebook
 * counts examples.
 */
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
 * A chat file as Google's LocalTokenizer counts a Gemini request (google-genai local_tokenizer.py):
 * every text part of every message on its own, no role or turn tokens, and the conversation's tools
 * as one text made by toolsRequestText, which the local count splits into geminiToolTexts (and
 * Gemini's countTokens API, given a key, receives as `tools`).
 */
export declare function geminiLocalParts(extracted: ExtractedPrompt): PromptParts;
