import { type SourceNode, type StructuredSource } from './source-tree.js';
import type { ChatMessage, ToolDefinition } from './types.js';
/** The roles OpenAI's chat API accepts; any other is a request the API rejects. */
export declare const CHAT_ROLES: readonly ["system", "developer", "user", "assistant", "tool", "function"];
export interface ReadMessages {
    messages: ChatMessage[];
    /** The function tools defined beside the messages, in OpenAI's `tools` shape; absent when none. */
    tools?: ToolDefinition[];
    excluded: string[];
}
/** Reads one conversation: `node` is the list of messages or a mapping holding it under `messages`. */
export declare function readConversation(source: StructuredSource, node: SourceNode): ReadMessages;
/** A tree node as the JSON value it holds. */
export declare function toJson(node: SourceNode): unknown;
