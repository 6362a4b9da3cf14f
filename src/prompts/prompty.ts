/**
 * Microsoft Prompty (`.prompty`): YAML frontmatter, then a Jinja2 body (Mustache with
 * `template: mustache`) whose lines `system:`, `user:`, `assistant:` start messages. Follows the
 * reference parser, microsoft/prompty runtime/python/prompty/prompty/parsers/prompty.py: a marker
 * is a line holding only the role (optionally after `#`, optionally with `[name="..."]`
 * attributes) and a colon; text before the first marker is a system message ("first role is
 * system (if not specified)"), so a body without any marker is one system message; each message's
 * lines are joined with "\n" and stripped of leading and trailing line breaks.
 */
import type { LineIndex } from '../common/line-index.js';
import type { SourceNode } from './source-tree.js';
import { frontmatterKeys, splitFrontmatter } from './frontmatter.js';
import { stripComments } from './template-tags.js';
import type { ChatMessage, PromptContent, TemplateReading } from './types.js';

const ROLE_LINE = /^\s*#?\s*(system|user|assistant|developer)(\[[^\]]*\])?\s*:\s*$/i;
const NAME_ATTRIBUTE = /\bname\s*=\s*"?([^",\]]*)"?/;

export function readPrompty(text: string, path: string, lines: LineIndex): TemplateReading {
  const { frontmatter, body } = splitFrontmatter(text, path, lines, false);
  const keys = frontmatterKeys(frontmatter);
  const excluded: string[] = [];
  const tools = keys.get('tools');
  if (tools) excluded.push(`tool definitions at frontmatter tools (line ${lines.locate(path, tools.offset).line})`);

  // The reference loader drops the whitespace between the closing `---` and the body.
  const engine = templateEngine(keys.get('template'));
  const template = stripComments(body.replace(/^\s+/, ''), engine).text;
  const messages = splitMessages(template);
  // An empty body sends no message at all.
  const content: PromptContent = messages.length > 0 ? { kind: 'messages', conversations: [messages] } : { kind: 'text', text: '' };
  return { content, syntax: engine, excluded };
}

/**
 * The engine `template:` names, as the reference loader reads it (core.py load_manifest): absent,
 * Jinja2; a name (`template: mustache`), or a mapping's `format:` (`type:` before it was renamed).
 */
function templateEngine(template: SourceNode | undefined): 'jinja' | 'mustache' {
  const named = template?.kind === 'map' ? (template.entries.get('format') ?? template.entries.get('type')) : template;
  return named?.kind === 'scalar' && String(named.value).trim().toLowerCase() === 'mustache' ? 'mustache' : 'jinja';
}

/** The messages the role lines delimit; a body without any is one system message. */
function splitMessages(template: string): ChatMessage[] {
  const messages: ChatMessage[] = [];
  let current: ChatMessage = { role: 'system', content: '' };
  let buffer: string[] = [];
  const flush = () => {
    // As the reference parser: a message exists once any line (even a blank one) follows its marker.
    if (buffer.length > 0) messages.push({ ...current, content: buffer.join('\n').replace(/^\n+|\n+$/g, '') });
    buffer = [];
  };
  for (const line of template.split(/\r\n|\r|\n/)) {
    const marker = ROLE_LINE.exec(line.trim());
    if (!marker) {
      buffer.push(line);
      continue;
    }
    flush();
    current = { role: marker[1]!.toLowerCase(), content: '' };
    const name = marker[2] ? NAME_ATTRIBUTE.exec(marker[2])?.[1]?.trim() : undefined;
    if (name) current.name = name;
  }
  // A body that ends in a line break has a last, empty line; Python's splitlines() has not.
  if (buffer.length > 0 && buffer[buffer.length - 1] === '') buffer.pop();
  flush();
  return messages;
}
