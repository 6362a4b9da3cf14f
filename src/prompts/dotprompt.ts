/**
 * Google's Dotprompt (`.prompt`, used by Firebase Genkit): YAML frontmatter, then a Handlebars
 * template in which `{{role "system"}}` starts a message, `{{history}}` marks where earlier turns
 * go, `{{media url=...}}` inserts an image and `{{section "output"}}` places generated
 * instructions. Follows the reference implementation, google/dotprompt js/src/parse.ts
 * (toMessages, toParts): the template is the body trimmed; text before any marker belongs to a
 * user message (so a template without markers is one user message, as Genkit sends it); a role
 * marker starts a new message only when the current one has text (otherwise it renames it);
 * whitespace-only pieces between markers are dropped; text is not trimmed. Genkit's `model` role
 * is the assistant's turn: it is read as `assistant`, the role every chat API and chat template
 * knows (Genkit's plugins send it so to OpenAI-style and Claude APIs; Gemini's own name for it is
 * `model`).
 */
import { UserError } from '../common/errors.js';
import { frontmatterKeys, splitFrontmatter } from './frontmatter.js';
import type { LineIndex } from '../common/line-index.js';
import { stripComments } from './template-tags.js';
import type { ChatMessage, PromptContent, TemplateReading } from './types.js';

/** Genkit's roles; `model` is the assistant. */
const ROLES = ['system', 'user', 'model', 'tool'];
/** Genkit's role names as chat APIs and templates spell them. */
const CHAT_ROLE: Record<string, string> = { model: 'assistant' };

const ROLE_OR_HISTORY = /\{\{~?\s*(?:role\s+(?:"([^"]*)"|'([^']*)')|(history))\s*~?\}\}/g;
const MEDIA_OR_SECTION = /\{\{~?\s*(?:(media)\s[^}]*|section\s+(?:"([^"]*)"|'([^']*)'))\s*~?\}\}/g;

/**
 * A message as the template spells it. Each holds one piece of text at most: after a piece, the
 * next marker always starts a new message.
 */
interface MessageSource {
  role: string;
  text: string;
  /** Where the text starts in the template. */
  at: number;
}

export function readDotprompt(text: string, path: string, lines: LineIndex): TemplateReading {
  const { frontmatter, body, bodyOffset } = splitFrontmatter(text, path, lines, true);
  const keys = frontmatterKeys(frontmatter);
  const excluded: string[] = [];
  const tools = keys.get('tools');
  if (tools) excluded.push(`tool definitions at frontmatter tools (line ${lines.locate(path, tools.offset).line})`);
  const output = keys.get('output');
  if (output?.kind === 'map' && output.entries.has('schema')) {
    excluded.push(`output format instructions Genkit may add for frontmatter output.schema (line ${lines.locate(path, output.offset).line})`);
  }

  // With frontmatter the reference trims the body; without, the file is the template as it is.
  const templateOffset = frontmatter ? bodyOffset + body.length - body.trimStart().length : 0;
  const stripped = stripComments(frontmatter ? body.trim() : body, 'handlebars');
  const template = stripped.text;
  const locate = (offset: number) => lines.locate(path, templateOffset + stripped.original(offset));

  const sources: MessageSource[] = [];
  let current: MessageSource = { role: 'user', text: '', at: 0 };
  sources.push(current);
  let last = 0;
  const addText = (from: number, to: number) => {
    const piece = template.slice(from, to);
    if (piece.trim() === '') return;
    current.text += piece;
    current.at = from;
  };
  for (const marker of template.matchAll(ROLE_OR_HISTORY)) {
    addText(last, marker.index);
    last = marker.index + marker[0].length;
    if (marker[3]) {
      // Earlier turns are inserted here at run time; what follows is a new model turn.
      excluded.push(`earlier turns, which {{history}} inserts (line ${locate(marker.index).line})`);
      current = { role: 'model', text: '', at: last };
      sources.push(current);
      continue;
    }
    const role = marker[1] ?? marker[2] ?? '';
    if (!ROLES.includes(role)) {
      throw new UserError(`{{role ${JSON.stringify(role)}}} is not a Dotprompt role`, `Use one of ${ROLES.map((r) => `"${r}"`).join(', ')}.`, locate(marker.index));
    }
    if (current.text !== '') {
      current = { role, text: '', at: last };
      sources.push(current);
    } else {
      current.role = role;
    }
  }
  addText(last, template.length);

  const messages: ChatMessage[] = sources
    .filter((source) => source.text !== '')
    .map((source) => ({ role: CHAT_ROLE[source.role] ?? source.role, content: textParts(source, (what, offset) => excluded.push(`${what} in the ${source.role} message (line ${locate(offset).line})`)) }));
  // A template that renders to nothing sends no message at all.
  const content: PromptContent = messages.length > 0 ? { kind: 'messages', conversations: [messages] } : { kind: 'text', text: '' };
  return { content, syntax: 'handlebars', excluded };
}

/** The text parts of a message joined; media and section markers become notes, as toParts splits them. */
function textParts(source: MessageSource, note: (what: string, offset: number) => void): string {
  let text = '';
  let last = 0;
  const addText = (piece: string) => {
    if (piece.trim() !== '') text += piece;
  };
  for (const marker of source.text.matchAll(MEDIA_OR_SECTION)) {
    addText(source.text.slice(last, marker.index));
    last = marker.index + marker[0].length;
    note(marker[1] ? 'a media part' : `the ${marker[2] ?? marker[3]} section Genkit fills in`, source.at + marker.index);
  }
  addText(source.text.slice(last));
  return text;
}
