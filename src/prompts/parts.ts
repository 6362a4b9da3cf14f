/** The texts an extracted prompt is counted as: its content, and what the chat format adds around it. */
import type { PromptFormat } from './formats.js';
import type { ChatOverhead, ToolOverhead } from './overhead.js';
import { toolsRequestText } from './tools.js';
import type { ChatMessage, ExtractedPrompt, ToolDefinition } from './types.js';

/**
 * The texts of an extracted prompt to count, for counting in batches (on threads), and how they
 * add up (see FileCounts.apply): content, and what the chat format adds around it (overhead.ts).
 * Role and name tokens are overhead, not content: they are the same whatever the prompt says, and
 * content then equals a plain count of the message texts. Each conversation of a JSONL file is its
 * own request, so each pays the reply priming, as OpenAI's fine-tuning data preparation notebook
 * counts examples.
 */
export interface PromptParts {
  /** Counted as content. */
  content: string[];
  /** Counted as overhead: roles and names, and the lines num_tokens_for_tools counts of tool definitions. */
  overhead: string[];
  /** Overhead tokens that need no counting: per message, per name and per reply. */
  fixedOverhead: number;
  /**
   * When present, the whole prompt as the model's chat template renders it, one text per
   * conversation: the total is their count, and the overhead is that total minus the content.
   */
  rendered?: string[];
  /** True when tool definitions were counted with numbers OpenAI publishes for no such model (an estimate). */
  toolsEstimated?: boolean;
}

/**
 * Whether the model is asked to write the next turn after the conversation (a chat template's
 * add_generation_prompt, OpenAI's reply priming): `setting` when the component says
 * (`generation_prompt:`); otherwise on, the prompt is about to be answered, except for a JSONL line
 * that ends with the assistant's turn, a fine-tuning example the model is trained on as it is.
 */
export function addsGenerationPrompt(format: PromptFormat, conversation: readonly ChatMessage[], setting?: boolean): boolean {
  if (setting !== undefined) return setting;
  return !(format === 'jsonl' && conversation.at(-1)?.role === 'assistant');
}

/**
 * `toolsBy`: `cookbook` counts tool definitions by num_tokens_for_tools (OpenAI's models, and the
 * estimate of other vendors' framing); `request` leaves them to a counting API that takes `tools`
 * (Claude, Gemini), as one text made by toolsRequestText.
 */
export function promptParts(extracted: ExtractedPrompt, overhead: ChatOverhead, generationPrompt?: boolean, toolsBy: 'cookbook' | 'request' = 'cookbook'): PromptParts {
  if (extracted.content.kind === 'text') return { content: [extracted.content.text], overhead: [], fixedOverhead: 0 };
  const parts: PromptParts = { content: [], overhead: [], fixedOverhead: 0 };
  const { conversations, tools } = extracted.content;
  for (const [index, conversation] of conversations.entries()) {
    if (addsGenerationPrompt(extracted.format, conversation, generationPrompt)) parts.fixedOverhead += overhead.perReply;
    const defined = tools?.[index];
    if (defined && toolsBy === 'request') parts.overhead.push(toolsRequestText(defined));
    else if (defined) {
      toolParts(defined, overhead.tools, parts);
      if (!overhead.tools.exact) parts.toolsEstimated = true;
    }
    for (const message of conversation) addMessageParts(message, overhead, parts);
  }
  return parts;
}

/**
 * A chat file as Google's LocalTokenizer counts a Gemini request (google-genai local_tokenizer.py):
 * every text part of every message on its own, no role or turn tokens, and the conversation's tools
 * as one text made by toolsRequestText, which the local count splits into geminiToolTexts (and
 * Gemini's countTokens API, given a key, receives as `tools`).
 */
export function geminiLocalParts(extracted: ExtractedPrompt): PromptParts {
  if (extracted.content.kind === 'text') return { content: [extracted.content.text], overhead: [], fixedOverhead: 0 };
  const parts: PromptParts = { content: [], overhead: [], fixedOverhead: 0 };
  const { conversations, tools } = extracted.content;
  for (const [index, conversation] of conversations.entries()) {
    const defined = tools?.[index];
    if (defined) parts.overhead.push(toolsRequestText(defined));
    for (const message of conversation) parts.content.push(...(message.parts ?? [message.content]));
  }
  return parts;
}

/**
 * One message's share of the cookbook's count: its text as content; its role, its name and the
 * per-message and per-name tokens as overhead. Messages add up, so the run-time guard (src/guard)
 * counts each once (as a conversation of one) and sums them.
 */
function addMessageParts(message: ChatMessage, overhead: ChatOverhead, parts: PromptParts): void {
  parts.content.push(message.content);
  parts.overhead.push(message.role);
  parts.fixedOverhead += overhead.perMessage;
  if (message.name !== undefined) {
    parts.overhead.push(message.name);
    parts.fixedOverhead += overhead.perName;
  }
}

/** num_tokens_for_tools' accounting of `tools` (see ToolOverhead): fixed tokens, and the lines whose tokens it counts. */
function toolParts(tools: readonly ToolDefinition[], numbers: ToolOverhead, parts: PromptParts): void {
  const text = (value: unknown) => (typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value));
  const withoutPeriod = (value: unknown) => text(value).replace(/\.$/, '');
  for (const { function: fn } of tools) {
    parts.fixedOverhead += numbers.funcInit;
    parts.overhead.push(`${fn.name}:${withoutPeriod(fn.description)}`);
    const properties = (fn.parameters as { properties?: unknown } | undefined)?.properties;
    if (typeof properties !== 'object' || properties === null || Object.keys(properties).length === 0) continue;
    parts.fixedOverhead += numbers.propInit;
    for (const [key, value] of Object.entries(properties as Record<string, Record<string, unknown> | null>)) {
      parts.fixedOverhead += numbers.propKey;
      const enumeration = value?.enum;
      if (Array.isArray(enumeration)) {
        parts.fixedOverhead += numbers.enumInit;
        for (const item of enumeration) {
          parts.fixedOverhead += numbers.enumItem;
          parts.overhead.push(text(item));
        }
      }
      parts.overhead.push(`${key}:${text(value?.type)}:${withoutPeriod(value?.description)}`);
    }
  }
  parts.fixedOverhead += numbers.funcEnd;
}
