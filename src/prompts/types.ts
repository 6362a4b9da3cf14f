/** What a prompt file turns into: the text or the messages that reach the model. */
import type { PromptFormat } from './formats.js';

/** One chat message as the API receives it: text only (see `ExtractedPrompt.excluded`). */
export interface ChatMessage {
  role: string;
  content: string;
  name?: string;
}

/**
 * The prompt as sent. A `.jsonl` file holds many conversations, each sent (or trained on) on its
 * own; every other chat format holds one.
 */
export type PromptContent = { kind: 'text'; text: string } | { kind: 'messages'; conversations: ChatMessage[][] };

/** A template tag whose value is filled in at run time, so the count cannot include it. */
export interface Placeholder {
  /**
   * The variable the tag reads: `customer_name` for `{{ customer_name }}`, `documents` for
   * `{% for doc in documents %}`, `history` for Dotprompt's `{{history}}`. Matches the names a
   * request's `reserve` may use.
   */
  name: string;
  /** The first tag that used it, spaces inside trimmed: `{{customer_name}}`, `{% for doc in documents %}`. */
  tag: string;
}

export interface ExtractedPrompt {
  format: PromptFormat;
  content: PromptContent;
  /** Distinct by name, in order of first appearance. Counted as their literal template text. */
  placeholders: Placeholder[];
  /**
   * What reaches the model but is not counted, one line each for the report: image and audio
   * parts, tool calls, tool and schema definitions. Their cost depends on things the file does
   * not say (image size, the vendor's tool format), so they are named rather than guessed.
   */
  excluded: string[];
}

/** What the Prompty and Dotprompt readers give back to extractPrompt. */
export interface TemplateReading {
  content: PromptContent;
  /** The template text the placeholders are read from: the body, comments removed. */
  template: string;
  excluded: string[];
}
