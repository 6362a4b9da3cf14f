/**
 * Chat templates from tokenizer_config.json, rendered with @huggingface/jinja (the Jinja subset
 * Hugging Face's own JavaScript renders them with).
 *
 * Deterministic on purpose: no `strftime_now` is provided, so templates that print today's date
 * (Llama 3.1+) fall back to their fixed default, and a budget does not change by the calendar.
 */
import { Template } from '@huggingface/jinja';

export interface ChatMessage {
  role: string;
  content: string;
  name?: string;
}

/** tokenizer_config.json is wrong or its template fails; the caller adds the file and a hint. */
export class TemplateError extends Error {}

type Json = Record<string, unknown>;

/** A special token in tokenizer_config.json: a string, or an AddedToken object with `content`. */
function tokenText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof (value as Json).content === 'string') return (value as Json).content as string;
  return undefined;
}

/** The template's source: a string, or a list of named templates of which "default" is used. */
function templateSource(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const named = value.filter((t): t is { name: string; template: string } => typeof t?.name === 'string' && typeof t?.template === 'string');
    return (named.find((t) => t.name === 'default') ?? named[0])?.template;
  }
  throw new TemplateError('"chat_template" is neither a string nor a list of named templates');
}

export class ChatTemplate {
  private constructor(
    private readonly template: Template,
    private readonly tokens: Record<string, string | undefined>,
  ) {}

  static fromConfig(config: Json): ChatTemplate | undefined {
    const source = templateSource(config.chat_template);
    if (source === undefined) return undefined;
    let template: Template;
    try {
      template = new Template(source);
    } catch (error) {
      throw new TemplateError(`"chat_template" does not parse: ${(error as Error).message}`);
    }
    const tokens: Record<string, string | undefined> = {};
    for (const key of ['bos_token', 'eos_token', 'unk_token', 'pad_token']) tokens[key] = tokenText(config[key]);
    return new ChatTemplate(template, tokens);
  }

  render(messages: readonly ChatMessage[], { addGenerationPrompt }: { addGenerationPrompt: boolean }): string {
    try {
      return this.template.render({
        // Copies: a template may not change the caller's messages.
        messages: messages.map((m) => ({ ...m })),
        add_generation_prompt: addGenerationPrompt,
        ...this.tokens,
      });
    } catch (error) {
      // A template's raise_exception('...') arrives here as a plain Error with its message.
      throw new TemplateError(`the chat template failed: ${(error as Error).message}`);
    }
  }
}
