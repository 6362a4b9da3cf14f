import { type SourceNode, type StructuredSource } from './source-tree.js';
import type { ChatMessage, ToolDefinition } from './types.js';
export interface ReadMessages {
    messages: ChatMessage[];
    /** The function tools defined beside the messages, in OpenAI's `tools` shape; absent when none. */
    tools?: ToolDefinition[];
    excluded: string[];
}
/** Reads one conversation: `node` is the list of messages or a mapping holding it under `messages`. */
export declare function readConversation(source: StructuredSource, node: SourceNode): ReadMessages;
