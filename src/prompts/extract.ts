/** A prompt file's text → what reaches the model: its text, or its chat messages. */
import { UserError } from '../common/errors.js';
import { detectFormat, type PromptFormat } from './formats.js';
import { readDotprompt } from './dotprompt.js';
import { parseJsonValue, readJson } from './json-source.js';
import { readConversation } from './messages.js';
import { readPrompty } from './prompty.js';
import { selectNode } from './json-pointer.js';
import { LineIndex } from '../common/line-index.js';
import type { SourceNode, StructuredSource } from './source-tree.js';
import { PlaceholderCollector, type TagOptions } from './template-tags.js';
import type { ChatMessage, ExtractedPrompt, Placeholder, PromptContent, TagSyntax, TemplateReading, ToolDefinition } from './types.js';
import { readYamlFile } from './yaml-tree.js';

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

const SELECTABLE: readonly PromptFormat[] = ['messages-json', 'messages-yaml', 'jsonl', 'github-prompt'];

/**
 * Reads `text` (already decoded, see decodePrompt) as the prompt the model receives. Malformed
 * files throw a UserError located at the line and column of the problem.
 */
export function extractPrompt(text: string, path: string, options: ExtractOptions = {}): ExtractedPrompt {
  // decodePrompt drops a byte order mark already; text from elsewhere may still carry one.
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const format = options.format ?? detectFormat(path);
  const select = options.select === '' ? undefined : options.select;
  if (select !== undefined && !SELECTABLE.includes(format)) {
    throw new UserError(
      `${path}: select applies to JSON, JSONL and YAML prompt files, and this file is read as ${format}`,
      'Remove `select`, or set `format:` to messages-json, messages-yaml or jsonl if the file is one of those.',
    );
  }

  switch (format) {
    case 'text':
    case 'markdown':
      return finish(format, { kind: 'text', text: input }, [], 'any');
    case 'messages-json':
      return fromStructured(format, readJson(input, path), select);
    case 'messages-yaml':
      return fromStructured(format, readYamlFile(input, path), select);
    case 'github-prompt':
      return fromGitHubPrompt(readYamlFile(input, path), select);
    case 'jsonl':
      return fromJsonLines(input, path, select);
    case 'prompty':
      return fromTemplate(format, readPrompty(input, path, new LineIndex(input)));
    case 'dotprompt':
      return fromTemplate(format, readDotprompt(input, path, new LineIndex(input)));
  }
}

/** A JSON or YAML file: the selected string is text; anything else must be messages. */
function fromStructured(format: PromptFormat, source: StructuredSource, select: string | undefined, syntax: TagSyntax = 'any'): ExtractedPrompt {
  const node = select === undefined ? source.root : selectNode(source, source.root, select);
  if (node.kind === 'scalar' && typeof node.value === 'string') return finish(format, { kind: 'text', text: node.value }, [], syntax);
  const { messages, tools, excluded } = readConversation(source, node);
  return finish(format, { kind: 'messages', conversations: [messages], ...(tools && { tools: [tools] }) }, excluded, syntax);
}

/**
 * GitHub Models `.prompt.yml` (github/gh-models pkg/prompt/prompt.go): name, description, model,
 * modelParameters, responseFormat, jsonSchema, messages, testData, evaluators. Only `messages`
 * is sent, with its `{{variable}}` tags filled from testData (exactly `{{key}}`, see
 * template-tags.ts); a jsonSchema is sent as the response format.
 */
function fromGitHubPrompt(source: StructuredSource, select: string | undefined): ExtractedPrompt {
  const extracted = fromStructured('github-prompt', source, select, 'github-models');
  const schema = source.root.kind === 'map' ? source.root.entries.get('jsonSchema') : undefined;
  if (schema && select === undefined) extracted.excluded.push(`the response JSON schema at jsonSchema (line ${source.locate(schema.offset).line})`);
  return extracted;
}

/**
 * JSONL, as OpenAI's fine-tuning files: one `{"messages": [...]}` per line, blank lines allowed.
 * Each line is its own conversation (its own request, its own training example).
 */
function fromJsonLines(text: string, path: string, select: string | undefined): ExtractedPrompt {
  const lines = new LineIndex(text);
  const conversations: ChatMessage[][] = [];
  const tools: (ToolDefinition[] | undefined)[] = [];
  const excluded: string[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (text.slice(start, end).trim() !== '') {
      const root = parseJsonValue(text, path, lines, start, end);
      const source: StructuredSource = { path, syntax: 'json', root, locate: (offset) => lines.locate(path, offset) };
      const node = select === undefined ? requireRecord(source, root) : selectNode(source, root, select);
      const read = readConversation(source, node);
      conversations.push(read.messages);
      tools.push(read.tools);
      excluded.push(...read.excluded);
    }
    start = end + 1;
  }
  if (conversations.length === 0) {
    throw new UserError(`${path} holds no JSON lines`, 'Write one {"messages": [...]} object per line, or remove the file from the component.', lines.locate(path, 0));
  }
  return finish('jsonl', { kind: 'messages', conversations, ...(tools.some((t) => t !== undefined) && { tools }) }, excluded, 'any');
}

/** A JSONL line must be an object with "messages" (a bare array is not the fine-tuning format). */
function requireRecord(source: StructuredSource, root: SourceNode): SourceNode {
  if (root.kind === 'map' && root.entries.has('messages')) return root;
  const got = root.kind === 'map' ? 'it has no "messages" key' : `got ${root.kind === 'list' ? 'an array' : 'a single value'}`;
  throw new UserError(`expected a JSON object with a "messages" array; ${got}`, 'Write each line as {"messages": [{"role": "user", "content": "..."}, ...]}.', source.locate(root.offset));
}

/**
 * A Prompty or Dotprompt file: its tags are read from what is counted (the messages), so a
 * marker the reader takes out (a role line, Dotprompt's `{{role}}`, `{{history}}`, `{{media}}`,
 * `{{section}}`, a comment) is never listed as counted as written.
 */
function fromTemplate(format: PromptFormat, reading: TemplateReading): ExtractedPrompt {
  const structuralHelpers = format === 'dotprompt' ? ['role', 'history', 'section', 'media'] : [];
  return { format, content: reading.content, placeholders: placeholdersOf(reading.content, { syntax: reading.syntax, structuralHelpers }), excluded: reading.excluded };
}

function finish(format: PromptFormat, content: PromptContent, excluded: string[], syntax: TagSyntax): ExtractedPrompt {
  return { format, content, placeholders: placeholdersOf(content, { syntax }), excluded };
}

function placeholdersOf(content: PromptContent, options: TagOptions): Placeholder[] {
  const collector = new PlaceholderCollector(options);
  if (content.kind === 'text') collector.scan(content.text);
  else for (const conversation of content.conversations) for (const message of conversation) collector.scan(message.content);
  return collector.list();
}
