/** Token counts of an extracted prompt: its content, and what the chat format adds around it. */
import type { Encoder } from '../tokenize/encodings.js';
import type { ChatOverhead } from './overhead.js';
import type { ExtractedPrompt } from './types.js';

export interface PromptCount {
  /** Tokens of the text, or of the messages' contents: what the prompt's authors wrote. */
  content: number;
  /**
   * Tokens the chat format adds: per message its role, its name and the fixed per-message and
   * per-name tokens, and per conversation the reply priming. 0 for plain text.
   */
  overhead: number;
  total: number;
}

/**
 * Counts `extracted` with the cookbook's formula (see overhead.ts). Role and name tokens are
 * overhead, not content: they are the same whatever the prompt says, and content then equals a
 * plain count of the message texts. Each conversation of a JSONL file is its own request, so each
 * pays the reply priming, as OpenAI's fine-tuning data preparation notebook counts examples.
 */
export function countPrompt(extracted: ExtractedPrompt, encoder: Pick<Encoder, 'count'>, overhead: ChatOverhead): PromptCount {
  const parts = promptParts(extracted, overhead);
  const sum = (texts: readonly string[]) => texts.reduce((total, text) => total + encoder.count(text), 0);
  const content = sum(parts.content);
  const added = parts.fixedOverhead + sum(parts.overhead);
  return { content, overhead: added, total: content + added };
}

/** The texts to count, split as countPrompt adds them up, for counting in batches (on threads). */
export interface PromptParts {
  /** Counted as content. */
  content: string[];
  /** Counted as overhead: roles and names. */
  overhead: string[];
  /** Overhead tokens that need no counting: per message, per name and per reply. */
  fixedOverhead: number;
  /**
   * When present, the whole prompt as the model's chat template renders it, one text per
   * conversation: the total is their count, and the overhead is that total minus the content.
   */
  rendered?: string[];
}

export function promptParts(extracted: ExtractedPrompt, overhead: ChatOverhead): PromptParts {
  if (extracted.content.kind === 'text') return { content: [extracted.content.text], overhead: [], fixedOverhead: 0 };
  const parts: PromptParts = { content: [], overhead: [], fixedOverhead: 0 };
  for (const conversation of extracted.content.conversations) {
    parts.fixedOverhead += overhead.perReply;
    for (const message of conversation) {
      parts.content.push(message.content);
      parts.overhead.push(message.role);
      parts.fixedOverhead += overhead.perMessage;
      if (message.name !== undefined) {
        parts.overhead.push(message.name);
        parts.fixedOverhead += overhead.perName;
      }
    }
  }
  return parts;
}
