export interface ChatMessage {
    role: string;
    content: string;
    name?: string;
    /** The text parts, when the file wrote the content as parts (content is then their texts joined with "\n"). */
    parts?: string[];
}
/** How a conversation is rendered. */
export interface RenderOptions {
    /** add_generation_prompt: the template opens the assistant's turn after the messages. */
    addGenerationPrompt: boolean;
    /** The tool definitions sent with the conversation, as transformers and vLLM pass `tools` (OpenAI's shape). */
    tools?: readonly unknown[];
}
/** The template's file is wrong or the template fails; the caller adds the file and a hint. */
export declare class TemplateError extends Error {
}
/** Characters a rendering may produce (see boundOutput). */
export interface OutputLimits {
    /** Its output, and any one string it makes. */
    output: number;
    /** All the strings its expressions make on the way, together (its output's and its garbage). */
    built: number;
}
/**
 * The template's output, or a string it made, passed `limits.output` characters, or all it made
 * passed `limits.built`: rendering was stopped there, before the text went further (a 30-byte
 * chat file can render to hundreds of megabytes).
 */
export declare class OutputLimitExceeded extends Error {
    readonly kind: keyof OutputLimits;
    readonly limit: number;
    constructor(kind: keyof OutputLimits, limit: number);
}
type Json = Record<string, unknown>;
/** Python's `datetime.strftime` at FIXED_NOW, midnight, in the C locale (glibc's "-" flag included). */
export declare function strftimeFixed(format: string): string;
export declare class ChatTemplate {
    private readonly template;
    private readonly tokens;
    /** Template features: whether it walks content parts, and whether it knows OpenAI's `developer` role. */
    private readonly walksParts;
    private readonly knowsDeveloper;
    private constructor();
    /**
     * `source` is the template (a string or a list of named ones) from wherever it was found, under
     * `key`; `config` is tokenizer_config.json, for the special tokens a template prints.
     */
    static from(source: unknown, key: string, config: Json): ChatTemplate | undefined;
    /**
     * The message as the template expects it: OpenAI's `developer` role is the system message to a
     * template that does not know it (vLLM and OpenAI-compatible servers take it so); content parts
     * as parts to a template that walks them, else joined (see WALKS_PARTS).
     */
    private shape;
    /**
     * The conversation as the model receives it; OutputLimitExceeded as soon as what it produces
     * passes `limits`. A TemplateError when a message's text is not in the output: the template
     * dropped a turn it does not know (Qwen3's drops any role but system, user, assistant and
     * tool), which is never counted as if it were sent.
     */
    render(messages: readonly ChatMessage[], { addGenerationPrompt, tools }: RenderOptions, limits?: OutputLimits): string;
}
export {};
