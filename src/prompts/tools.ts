/**
 * Tool definitions counted by a vendor's counting API travel to the counter as one text: a marker
 * no prompt can hold (a NUL, which makes a file binary, never a prompt) and the tools as JSON. The
 * counter sends them as the vendor's `tools` beside a one-letter message and takes off that
 * message's count (src/vendors/api-counter.ts); anything else (an estimate) counts the JSON text.
 */
import { TOOLS_REQUEST_PREFIX } from '../common/tools-request.js';
import type { ToolDefinition } from './types.js';

export function toolsRequestText(tools: readonly ToolDefinition[]): string {
  return TOOLS_REQUEST_PREFIX + JSON.stringify(tools);
}

/** The tools a text made by toolsRequestText holds; undefined for any other text. */
export function readToolsRequestText(text: string): ToolDefinition[] | undefined {
  if (!text.startsWith(TOOLS_REQUEST_PREFIX)) return undefined;
  return JSON.parse(text.slice(TOOLS_REQUEST_PREFIX.length)) as ToolDefinition[];
}

/**
 * The texts Google's LocalTokenizer counts for function declarations (google-genai
 * local_tokenizer.py, `_TextsAccumulator`): each function's name and description, and of its
 * parameters' schema, at every depth, `format`, `description`, each `enum` value, each `required`
 * name, each property's name, `items`, and the strings and keys of an `example`. Types, titles and
 * defaults are not texts it counts. Each text is tokenized on its own and the counts summed.
 */
export function geminiToolTexts(tools: readonly ToolDefinition[]): string[] {
  const texts: string[] = [];
  const schemas: unknown[] = [];
  for (const { function: fn } of tools) {
    if (fn.name) texts.push(fn.name);
    if (typeof fn.description === 'string' && fn.description) texts.push(fn.description);
    schemas.push(fn.parameters);
  }
  // A stack, not recursion: the schema is the pull request's, and may nest deeper than a call stack.
  const examples: unknown[] = [];
  while (schemas.length > 0) {
    const schema = schemas.pop();
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) continue;
    const s = schema as Record<string, unknown>;
    for (const key of ['format', 'description'] as const) if (typeof s[key] === 'string' && s[key]) texts.push(s[key]);
    for (const key of ['enum', 'required'] as const) if (Array.isArray(s[key])) texts.push(...s[key].map((value) => (typeof value === 'string' ? value : JSON.stringify(value))));
    if (s.items !== undefined) schemas.push(s.items);
    if (typeof s.properties === 'object' && s.properties !== null) {
      for (const [name, property] of Object.entries(s.properties)) {
        texts.push(name);
        schemas.push(property);
      }
    }
    if (s.example !== undefined && s.example !== null) examples.push(s.example);
  }
  while (examples.length > 0) {
    const value = examples.pop();
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) examples.push(...value);
    else if (typeof value === 'object' && value !== null) {
      texts.push(...Object.keys(value));
      examples.push(...Object.values(value));
    }
  }
  return texts;
}

/**
 * A text as a tokenizer.json counts it for a Gemini model (Google's LocalTokenizer): a text made
 * by toolsRequestText as the sum of its tools' texts (geminiToolTexts), any other text as itself.
 */
export function countGeminiLocal(text: string, count: (text: string) => number): number {
  const tools = readToolsRequestText(text);
  return tools ? geminiToolTexts(tools).reduce((sum, part) => sum + count(part), 0) : count(text);
}
