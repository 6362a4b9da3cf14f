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
  function: { name: string; arguments: string };
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

export type ContentPart = { type: 'text'; text: string } | { type: string; [key: string]: unknown };

/** A message as the counting code reads it; `estimated` when it holds tool calls, which OpenAI documents no count for. */
export interface ReadMessage {
  chat: ChatMessage;
  estimated: boolean;
}

export class UnsupportedContentError extends Error {
  override name = 'UnsupportedContentError';
}

export function readMessage(message: GuardMessage): ReadMessage {
  const texts: string[] = [];
  const { content } = message;
  if (typeof content === 'string') texts.push(content);
  else if (Array.isArray(content)) {
    for (const part of content as readonly ContentPart[]) {
      if (part.type === 'text' && typeof part.text === 'string') texts.push(part.text);
      else throw new UnsupportedContentError(`a ${message.role} message holds a "${String(part.type)}" part, which prompt-budget cannot count: only text is counted`);
    }
  }
  // Text parts are joined with "\n", as src/prompts/messages.ts reads them from files.
  let text = texts.join('\n');
  const calls = message.tool_calls ?? [];
  // A call is sent as its name and its arguments; how OpenAI frames them is not published.
  for (const call of calls) text += `${text ? '\n' : ''}${call.function.name}\n${call.function.arguments}`;
  return { chat: { role: message.role, content: text, ...(typeof message.name === 'string' && { name: message.name }) }, estimated: calls.length > 0 };
}
