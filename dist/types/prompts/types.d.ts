/** What a prompt file turns into: the text or the messages that reach the model. */
import type { PromptFormat } from './formats.js';
/** One chat message as the API receives it: text only (see `ExtractedPrompt.excluded`). */
export interface ChatMessage {
    role: string;
    /** The text; a list of text parts is joined with "\n", as vLLM joins them for a template that takes a string. */
    content: string;
    name?: string;
    /**
     * The text parts, when the file wrote the content as a list of parts: a chat template that
     * walks the parts itself receives them as parts (vLLM's "openai" content format).
     */
    parts?: string[];
}
/**
 * A tool (function) definition as OpenAI's Chat Completions API takes it:
 * `{type: "function", function: {name, description?, parameters?}}`. A legacy `functions` entry
 * is wrapped into this shape. Kept as the file's JSON, since each vendor sends it its own way.
 */
export interface ToolDefinition {
    type: string;
    function: {
        name: string;
        description?: string;
        parameters?: Record<string, unknown>;
        [key: string]: unknown;
    };
    [key: string]: unknown;
}
/**
 * The prompt as sent. A `.jsonl` file holds many conversations, each sent (or trained on) on its
 * own; every other chat format holds one.
 */
export type PromptContent = {
    kind: 'text';
    text: string;
} | {
    kind: 'messages';
    conversations: ChatMessage[][];
    /** The tools sent with each conversation (same index), when the file defines any. */
    tools?: (ToolDefinition[] | undefined)[];
};
/** A template tag whose value is filled in at run time, so the count cannot include it. */
export interface Placeholder {
    /**
     * The variable the tag reads: `customer_name` for `{{ customer_name }}`, `documents` for
     * `{% for doc in documents %}`.
     */
    name: string;
    /**
     * The first tag that used it, spaces inside trimmed: `{{customer_name}}`, `{% for doc in documents %}`;
     * cut to 40 characters with `…`.
     */
    tag: string;
}
export interface ExtractedPrompt {
    format: PromptFormat;
    content: PromptContent;
    /**
     * Distinct by name, in order of first appearance. Counted as their literal template text: a tag
     * the count leaves out (Dotprompt's `{{media}}`, `{{history}}`) is in `excluded` instead.
     */
    placeholders: Placeholder[];
    /**
     * What reaches the model but is not counted, one line each for the report: image and audio
     * parts, tool calls, built-in tools, response schemas, tools a template's front matter names.
     * Their cost depends on things the file does not say (image size, a tool defined in code), so
     * they are named rather than guessed. Function tools defined in the file are counted (`tools`).
     */
    excluded: string[];
}
/** The template syntaxes whose placeholders template-tags.ts reads. */
export type TagSyntax = 'jinja' | 'mustache' | 'handlebars' | 'github-models' | 'any';
/** What the Prompty and Dotprompt readers give back to extractPrompt. */
export interface TemplateReading {
    content: PromptContent;
    /** The template engine's syntax, by which placeholders are read from `content`. */
    syntax: TagSyntax;
    excluded: string[];
}
