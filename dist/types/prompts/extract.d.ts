import { type PromptFormat } from './formats.js';
import type { ExtractedPrompt } from './types.js';
export interface ExtractOptions {
    /** Overrides the format the file name suggests. */
    format?: PromptFormat;
    /**
     * The part of a JSON, JSONL or YAML file that is the prompt: a JSON Pointer (`/prompts/system`)
     * or a dotted path (`prompts.system`, `messages[0].content`). In a JSONL file it applies to
     * each line. The value must be a string (counted as text) or messages.
     */
    select?: string;
}
/**
 * Reads `text` (already decoded, see decodePrompt) as the prompt the model receives. Malformed
 * files throw a UserError located at the line and column of the problem.
 */
export declare function extractPrompt(text: string, path: string, options?: ExtractOptions): ExtractedPrompt;
