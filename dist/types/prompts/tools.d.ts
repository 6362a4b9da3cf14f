import type { ToolDefinition } from './types.js';
export declare function toolsRequestText(tools: readonly ToolDefinition[]): string;
/** The tools a text made by toolsRequestText holds; undefined for any other text. */
export declare function readToolsRequestText(text: string): ToolDefinition[] | undefined;
/**
 * The texts Google's LocalTokenizer counts for function declarations (google-genai
 * local_tokenizer.py, `_TextsAccumulator`): each function's name and description, and of its
 * parameters' schema, at every depth, `format`, `description`, each `enum` value, each `required`
 * name, each property's name, `items`, and the strings and keys of an `example`. Types, titles and
 * defaults are not texts it counts. Each text is tokenized on its own and the counts summed.
 */
export declare function geminiToolTexts(tools: readonly ToolDefinition[]): string[];
/**
 * A text as a tokenizer.json counts it for a Gemini model (Google's LocalTokenizer): a text made
 * by toolsRequestText as the sum of its tools' texts (geminiToolTexts), any other text as itself.
 */
export declare function countGeminiLocal(text: string, count: (text: string) => number): number;
