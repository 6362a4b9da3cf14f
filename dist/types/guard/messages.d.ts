/**
 * The messages an application sends, in OpenAI's Chat Completions shape (the SDK adapters convert
 * Anthropic's), and how each is read for counting: its text, its role, its name, and the tool
 * calls it carries. Only text is counted: a part of another kind (an image, audio, a file) has a
 * cost this library cannot know, so it is refused rather than counted as nothing.
 */
import type { ChatMessage } from '../prompts/types.js';
export interface ToolCall {
    id: string;
    type?: string;
    function: {
        name: string;
        arguments: string;
    };
}
export interface GuardMessage {
    role: string;
    content?: string | readonly ContentPart[] | null;
    name?: string;
    /** An assistant's calls; each answer is a `tool` message whose `tool_call_id` names one. */
    tool_calls?: readonly ToolCall[];
    tool_call_id?: string;
    [key: string]: unknown;
}
export type ContentPart = {
    type: 'text';
    text: string;
} | {
    type: string;
    [key: string]: unknown;
};
/** A message as the counting code reads it; `estimated` when it holds tool calls, which OpenAI documents no count for. */
export interface ReadMessage {
    chat: ChatMessage;
    estimated: boolean;
}
export declare class UnsupportedContentError extends Error {
    name: string;
}
export declare function readMessage(message: GuardMessage): ReadMessage;
