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
  if (extracted.content.kind === 'text') {
    const content = encoder.count(extracted.content.text);
    return { content, overhead: 0, total: content };
  }
  let content = 0;
  let added = 0;
  for (const conversation of extracted.content.conversations) {
    added += overhead.perReply;
    for (const message of conversation) {
      content += encoder.count(message.content);
      added += overhead.perMessage + encoder.count(message.role);
      if (message.name !== undefined) added += overhead.perName + encoder.count(message.name);
    }
  }
  return { content, overhead: added, total: content + added };
}
