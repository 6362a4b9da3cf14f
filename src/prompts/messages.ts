/**
 * Chat messages read from a JSON or YAML tree: an OpenAI-style list of `{role, content, name?}`
 * or a mapping with such a `messages` list, and the function tools defined beside it (`tools`,
 * or the legacy `functions`), which are part of the fixed prompt and counted. Anything else that
 * reaches the model (images, audio, tool calls, built-in tools) is listed as excluded, because its
 * cost depends on what the file does not say (image size and detail, the vendor's tool format).
 */
import { closestMatches } from '../common/suggest.js';
import { UserError } from '../common/errors.js';
import { aKind, describeNode, kindName, type SourceNode, type StructuredSource } from './source-tree.js';
import type { ChatMessage, ToolDefinition } from './types.js';

/** The roles OpenAI's chat API accepts; any other is a request the API rejects. */
const CHAT_ROLES = ['system', 'developer', 'user', 'assistant', 'tool', 'function'] as const;

/** Part types whose text is what the model reads (Chat Completions and Responses API names). */
const TEXT_PART_TYPES = new Set(['text', 'input_text', 'output_text']);

/** Message keys that carry something to the model we do not count. */
const UNCOUNTED_MESSAGE_KEYS: Record<string, string> = {
  tool_calls: 'tool calls',
  function_call: 'a function call',
  audio: 'an audio reference',
};

/** Request-level keys, beside `messages`, that reach the model and are not counted. */
const UNCOUNTED_REQUEST_KEYS: Record<string, string> = {
  response_format: 'the response format schema',
};

export interface ReadMessages {
  messages: ChatMessage[];
  /** The function tools defined beside the messages, in OpenAI's `tools` shape; absent when none. */
  tools?: ToolDefinition[];
  excluded: string[];
}

/** Reads one conversation: `node` is the list of messages or a mapping holding it under `messages`. */
export function readConversation(source: StructuredSource, node: SourceNode): ReadMessages {
  const { syntax } = source;
  const excluded: string[] = [];
  let tools: ToolDefinition[] | undefined;
  let list = node;
  let path = '';
  if (node.kind === 'map') {
    const messages = node.entries.get('messages');
    if (!messages) throw expected(source, node, `${aKind('map', syntax)} with a "messages" ${kindName('list', syntax)}`, 'it has no "messages" key', selectHint(node));
    for (const [key, what] of Object.entries(UNCOUNTED_REQUEST_KEYS)) {
      const value = node.entries.get(key);
      if (value) excluded.push(exclusion(source, value, what, key));
    }
    tools = readTools(source, node, excluded);
    list = messages;
    path = 'messages';
  }
  if (list.kind !== 'list') {
    throw expected(source, list, `${aKind('list', syntax)} of messages, or ${aKind('map', syntax)} with a "messages" ${kindName('list', syntax)}`, `got ${describeNode(list, syntax)}`, selectHint(list));
  }
  if (list.items.length === 0) {
    throw new UserError(`${path || 'The file'} holds no messages`, 'Add at least one {role, content} message, or remove the file from the component.', source.locate(list.offset));
  }
  const messages = list.items.map((item, index) => readMessage(source, item, `${path}[${index}]`, excluded));
  return { messages, ...(tools && tools.length > 0 && { tools }), excluded };
}

/**
 * `tools: [{type: "function", function: {name, description, parameters}}]` and the legacy
 * `functions: [{name, description, parameters}]` (sent as tools of type function). A tool of
 * another type (a vendor's built-in tool such as web search) has no definition in the file: listed.
 */
function readTools(source: StructuredSource, request: Extract<SourceNode, { kind: 'map' }>, excluded: string[]): ToolDefinition[] | undefined {
  const tools: ToolDefinition[] = [];
  for (const key of ['tools', 'functions'] as const) {
    const node = request.entries.get(key);
    if (!node || (node.kind === 'scalar' && node.value === null)) continue;
    if (node.kind !== 'list') throw expected(source, node, `"${key}" to be ${aKind('list', source.syntax)}`, `it is ${describeNode(node, source.syntax)}`);
    node.items.forEach((item, index) => {
      const path = `${key}[${index}]`;
      const value = toJson(item);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw expected(source, item, `each of "${key}" to be ${aKind('map', source.syntax)}`, `${path} is ${describeNode(item, source.syntax)}`);
      const record = value as Record<string, unknown>;
      const fn = key === 'functions' ? record : record.type === 'function' ? record.function : undefined;
      if (key === 'tools' && record.type !== 'function') {
        excluded.push(exclusion(source, item, `a ${typeof record.type === 'string' ? record.type : 'built-in'} tool`, path));
        return;
      }
      if (typeof fn !== 'object' || fn === null || Array.isArray(fn) || typeof (fn as { name?: unknown }).name !== 'string') {
        throw expected(source, item, `a function with a "name" at ${path}${key === 'tools' ? '.function' : ''}`, 'it has none', 'Write tools as {"type": "function", "function": {"name": "...", "description": "...", "parameters": {...}}}.');
      }
      tools.push(key === 'functions' ? { type: 'function', function: fn as ToolDefinition['function'] } : (record as ToolDefinition));
    });
  }
  return tools.length > 0 ? tools : undefined;
}

/** A tree node as the JSON value it holds. */
function toJson(node: SourceNode): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'list') return node.items.map(toJson);
  return Object.fromEntries([...node.entries].map(([key, value]) => [key, toJson(value)]));
}

function readMessage(source: StructuredSource, node: SourceNode, path: string, excluded: string[]): ChatMessage {
  const { syntax } = source;
  if (node.kind !== 'map') {
    throw expected(source, node, `each message to be ${aKind('map', syntax)} with "role" and "content"`, `${path} is ${describeNode(node, syntax)}`);
  }
  const role = readRole(source, node, path);
  const message: ChatMessage = { role, content: '' };

  const name = node.entries.get('name');
  if (name) {
    if (name.kind !== 'scalar' || typeof name.value !== 'string') throw expected(source, name, 'a text "name"', `${path}.name is ${describeNode(name, syntax)}`);
    message.name = name.value;
  }

  let hasUncounted = false;
  for (const [key, what] of Object.entries(UNCOUNTED_MESSAGE_KEYS)) {
    const value = node.entries.get(key);
    if (value && !(value.kind === 'scalar' && value.value === null)) {
      excluded.push(exclusion(source, value, what, `${path}.${key}`));
      hasUncounted = true;
    }
  }

  const content = node.entries.get('content');
  if (!content || (content.kind === 'scalar' && content.value === null)) {
    // An assistant turn that only calls tools has no content; anything else is a mistake.
    if (hasUncounted) return message;
    throw expected(source, content ?? node, `${path} to have a "content"`, content ? 'it is null' : 'it has none', 'Add `content:` with the message text.');
  }
  const read = readContent(source, content, `${path}.content`, excluded);
  if (typeof read === 'string') message.content = read;
  else Object.assign(message, { content: read.join('\n'), parts: read });
  return message;
}

function readRole(source: StructuredSource, message: Extract<SourceNode, { kind: 'map' }>, path: string): string {
  const role = message.entries.get('role');
  if (!role) throw expected(source, message, `${path} to have a "role"`, 'it has none', `Add \`role:\` (one of ${CHAT_ROLES.join(', ')}).`);
  if (role.kind !== 'scalar' || typeof role.value !== 'string') throw expected(source, role, 'the role as text', `${path}.role is ${describeNode(role, source.syntax)}`);
  if (!(CHAT_ROLES as readonly string[]).includes(role.value)) {
    const close = closestMatches(role.value, CHAT_ROLES);
    throw new UserError(
      `${path}.role is ${JSON.stringify(role.value)}, not a chat role`,
      `${close.length > 0 ? `Did you mean ${JSON.stringify(close[0])}? ` : ''}Roles are ${CHAT_ROLES.join(', ')}.`,
      source.locate(role.offset),
    );
  }
  return role.value;
}

/**
 * A content string, or the texts of a list of parts. The parts are joined with "\n", as vLLM
 * (vllm/entrypoints/chat_utils.py) joins a message's text parts for a chat template that takes a
 * string; a template that walks the parts itself gets them as parts (see chat.ts).
 */
function readContent(source: StructuredSource, content: SourceNode, path: string, excluded: string[]): string | string[] {
  const { syntax } = source;
  if (content.kind === 'scalar' && typeof content.value === 'string') return content.value;
  if (content.kind !== 'list') throw expected(source, content, `${path} to be text or ${aKind('list', syntax)} of parts`, `it is ${describeNode(content, syntax)}`);
  const texts: string[] = [];
  content.items.forEach((part, index) => {
    const partPath = `${path}[${index}]`;
    const type = part.kind === 'map' ? part.entries.get('type') : undefined;
    if (part.kind !== 'map' || type?.kind !== 'scalar' || typeof type.value !== 'string') {
      throw expected(source, part, `a content part with a "type" (such as {"type": "text", "text": "..."})`, `${partPath} is ${describeNode(part, syntax)}${part.kind === 'map' ? ' without a text "type"' : ''}`);
    }
    if (!TEXT_PART_TYPES.has(type.value)) {
      excluded.push(exclusion(source, part, `${/^[aeiou]/i.test(type.value) ? 'an' : 'a'} ${type.value} part`, partPath));
      return;
    }
    const value = part.entries.get('text');
    if (value?.kind !== 'scalar' || typeof value.value !== 'string') {
      throw expected(source, value ?? part, `a "text" string in the ${type.value} part`, value ? `${partPath}.text is ${describeNode(value, syntax)}` : `${partPath} has none`);
    }
    texts.push(value.value);
  });
  return texts;
}

function exclusion(source: StructuredSource, node: SourceNode, what: string, path: string): string {
  return `${what} at ${path} (line ${source.locate(node.offset).line})`;
}

function expected(source: StructuredSource, node: SourceNode, what: string, got: string, hint?: string): UserError {
  return new UserError(`expected ${what}; ${got}`, hint, source.locate(node.offset));
}

function selectHint(node: SourceNode): string | undefined {
  if (node.kind !== 'map' || node.entries.size === 0) return 'Use `select:` to point at the prompt inside this file, or `format: text` to count it as it is.';
  const keys = [...node.entries.keys()].slice(0, 10).map((k) => JSON.stringify(k));
  return `If the prompt is under one of its keys (${keys.join(', ')}), point \`select:\` at it; or count the file as it is with \`format: text\`.`;
}
