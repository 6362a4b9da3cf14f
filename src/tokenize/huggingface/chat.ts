/**
 * Chat templates (chat_template.jinja, or tokenizer_config.json's "chat_template"), rendered with
 * @huggingface/jinja (the Jinja subset Hugging Face's own JavaScript renders them with).
 *
 * Deterministic on purpose: @huggingface/jinja's own `strftime_now` prints today's date with the
 * runtime locale's month names (Llama 3.1+ templates print "Today Date: ..."), so a count would
 * change with the calendar and the runner's locale. Ours prints one fixed date the way Python's
 * strftime does in the C locale, as transformers would on that day.
 */
import { Environment, Interpreter, Template } from '@huggingface/jinja';

export interface ChatMessage {
  role: string;
  content: string;
  name?: string;
  /** The text parts, when the file wrote the content as parts (content is then their texts joined with "\n"). */
  parts?: string[];
}

/** How a conversation is rendered. */
export interface RenderOptions {
  /** add_generation_prompt: the template opens the assistant's turn after the messages. */
  addGenerationPrompt: boolean;
  /** The tool definitions sent with the conversation, as transformers and vLLM pass `tools` (OpenAI's shape). */
  tools?: readonly unknown[];
}

/** The template's file is wrong or the template fails; the caller adds the file and a hint. */
export class TemplateError extends Error {}

/** Characters a rendering may produce (see boundOutput). */
export interface OutputLimits {
  /** Its output, and any one string it makes. */
  output: number;
  /** All the strings its expressions make on the way, together (its output's and its garbage). */
  built: number;
}

/**
 * The template's output, or a string it made, passed `limits.output` characters, or all it made
 * passed `limits.built`: rendering was stopped there, before the text went further (a 30-byte
 * chat file can render to hundreds of megabytes).
 */
export class OutputLimitExceeded extends Error {
  constructor(
    readonly kind: keyof OutputLimits,
    readonly limit: number,
  ) {
    super(`the chat template ${kind === 'output' ? "'s output passed" : 'built more than'} ${limit.toLocaleString('en-US')} characters`);
  }
}

type Json = Record<string, unknown>;

/** A special token in tokenizer_config.json: a string, or an AddedToken object with `content`. */
function tokenText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof (value as Json).content === 'string') return (value as Json).content as string;
  return undefined;
}

/**
 * The template's source: a string, or of a list of named templates the one named "default". Without
 * one, transformers' apply_chat_template refuses unless the caller names a template; so do we,
 * when a chat is rendered (plain files are still counted).
 */
function templateSource(value: unknown, key: string): string | { missing: string } | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) {
    const named = value.filter((t): t is { name: string; template: string } => typeof t?.name === 'string' && typeof t?.template === 'string');
    if (named.length === 0) return undefined;
    const chosen = named.find((t) => t.name === 'default');
    if (chosen) return chosen.template;
    return { missing: `"${key}" has named templates (${named.map((t) => JSON.stringify(t.name)).join(', ')}) and none named "default", which is the one transformers uses when no name is given` };
  }
  throw new TemplateError(`"${key}" is neither a string nor a list of named templates`);
}

/** The date `strftime_now` prints: Llama 3.1's own fallback, "26 Jul 2024". */
const FIXED_NOW = { year: 2024, month: 7, day: 26, weekday: 5, yearDay: 208 };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Python's `datetime.strftime` at FIXED_NOW, midnight, in the C locale (glibc's "-" flag included). */
export function strftimeFixed(format: string): string {
  const { year, month, day, weekday, yearDay } = FIXED_NOW;
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const field = (directive: string, unpadded: boolean): string => {
    const n = (value: number, width = 2) => (unpadded ? String(value) : pad(value, width));
    switch (directive) {
      case 'a': return DAYS[weekday]!.slice(0, 3);
      case 'A': return DAYS[weekday]!;
      case 'b': case 'h': return MONTHS[month - 1]!.slice(0, 3);
      case 'B': return MONTHS[month - 1]!;
      case 'd': return n(day);
      case 'e': return String(day).padStart(2, ' ');
      case 'm': return n(month);
      case 'y': return n(year % 100);
      case 'Y': return String(year);
      case 'H': case 'M': case 'S': return n(0);
      case 'I': return n(12);
      case 'p': return 'AM';
      case 'j': return n(yearDay, 3);
      case 'w': return String(weekday);
      case 'u': return String(weekday || 7);
      case 'D': case 'x': return `${pad(month)}/${pad(day)}/${pad(year % 100)}`;
      case 'F': return `${year}-${pad(month)}-${pad(day)}`;
      case 'T': case 'X': return '00:00:00';
      case 'R': return '00:00';
      case 'c': return `${DAYS[weekday]!.slice(0, 3)} ${MONTHS[month - 1]!.slice(0, 3)} ${String(day).padStart(2, ' ')} 00:00:00 ${year}`;
      case 'z': case 'Z': return ''; // datetime.now() is naive
      case 'n': return '\n';
      case 't': return '\t';
      case '%': return '%';
    }
    throw new TemplateError(`strftime_now("${format}") uses "%${unpadded ? '-' : ''}${directive}", which prompt-budget does not support`);
  };
  return format.replace(/%(-?)([\s\S]?)/g, (_all, flag: string, directive: string) => field(directive, flag === '-'));
}

/** Python's range(), refusing the lists that would exhaust memory before the time limit ends them. */
function range(start: number, stop?: number, step = 1): number[] {
  if (stop === undefined) [start, stop] = [0, start];
  if (step === 0) throw new Error('range() step must not be zero');
  const length = Math.max(0, Math.ceil((stop - start) / step));
  if (length > MAX_RANGE) throw new TemplateError(`the chat template asks for range() of ${length.toLocaleString('en-US')} numbers (at most ${MAX_RANGE.toLocaleString('en-US')})`);
  return Array.from({ length }, (_, i) => start + i * step);
}
const MAX_RANGE = 1_000_000;

/**
 * The globals @huggingface/jinja's Template.render sets (it refuses to have one replaced), with our
 * strftime_now and range.
 */
const GLOBALS = {
  false: false, true: true, none: null, False: false, True: true, None: null,
  raise_exception: (message: unknown) => {
    throw new Error(String(message));
  },
  range,
  strftime_now: strftimeFixed,
};

/**
 * A template that walks a message's content as a list of parts (`{% for part in message['content'] %}`),
 * which vLLM (chat_utils.py, _detect_content_format) then gives the parts as they are ("openai"
 * content format); any other template receives a string, the text parts joined with "\n".
 */
const WALKS_PARTS = /\{%-?\s*for\s+\w+\s+in\s+\w+(?:\[\s*['"]content['"]\s*\]|\.content)\s*-?%\}/;

/**
 * A text the template may rewrite before writing it: it drops a reasoning block up to `</think>`
 * (Qwen3, DeepSeek R1) and trims (Llama 3, Gemma). What is left must be in the output.
 */
function probeOf(text: string): string {
  return (text.split('</think>').at(-1) ?? '').trim();
}

/** Whether `output` writes `text`: as it is, or JSON-escaped (Llama 3.1 writes a tool's output with `tojson`). */
function writes(output: string, text: string): boolean {
  const probe = probeOf(text);
  return probe === '' || output.includes(probe) || output.includes(JSON.stringify(probe).slice(1, -1));
}

export class ChatTemplate {
  private constructor(
    private readonly template: Template | { missing: string },
    private readonly tokens: Record<string, string | undefined>,
    /** Template features: whether it walks content parts, and whether it knows OpenAI's `developer` role. */
    private readonly walksParts = false,
    private readonly knowsDeveloper = false,
  ) {}

  /**
   * `source` is the template (a string or a list of named ones) from wherever it was found, under
   * `key`; `config` is tokenizer_config.json, for the special tokens a template prints.
   */
  static from(source: unknown, key: string, config: Json): ChatTemplate | undefined {
    const found = templateSource(source, key);
    if (found === undefined) return undefined;
    let template: Template | { missing: string };
    try {
      template = typeof found === 'string' ? new Template(found) : found;
    } catch (error) {
      throw new TemplateError(`${key === 'chat_template' ? '"chat_template"' : 'the template'} does not parse: ${(error as Error).message}`);
    }
    const tokens: Record<string, string | undefined> = {};
    for (const name of ['bos_token', 'eos_token', 'unk_token', 'pad_token']) tokens[name] = tokenText(config[name]);
    const text = typeof found === 'string' ? found : '';
    return new ChatTemplate(template, tokens, WALKS_PARTS.test(text), /['"]developer['"]/.test(text));
  }

  /**
   * The message as the template expects it: OpenAI's `developer` role is the system message to a
   * template that does not know it (vLLM and OpenAI-compatible servers take it so); content parts
   * as parts to a template that walks them, else joined (see WALKS_PARTS).
   */
  private shape(message: ChatMessage): Record<string, unknown> {
    const { parts, ...rest } = message;
    const role = message.role === 'developer' && !this.knowsDeveloper ? 'system' : message.role;
    const content = parts && this.walksParts ? parts.map((text) => ({ type: 'text', text })) : message.content;
    return { ...rest, role, content };
  }

  /**
   * The conversation as the model receives it; OutputLimitExceeded as soon as what it produces
   * passes `limits`. A TemplateError when a message's text is not in the output: the template
   * dropped a turn it does not know (Qwen3's drops any role but system, user, assistant and
   * tool), which is never counted as if it were sent.
   */
  render(messages: readonly ChatMessage[], { addGenerationPrompt, tools }: RenderOptions, limits?: OutputLimits): string {
    if (!(this.template instanceof Template)) throw new TemplateError(this.template.missing);
    let output: string;
    try {
      const env = new Environment();
      const items = {
        ...GLOBALS,
        // Copies: a template may not change the caller's messages.
        messages: messages.map((m) => this.shape(m)),
        add_generation_prompt: addGenerationPrompt,
        // transformers passes tools=None when there are none, and templates test for it.
        tools: tools && tools.length > 0 ? structuredClone(tools) : null,
        ...this.tokens,
      };
      for (const [name, value] of Object.entries(items)) env.set(name, value);
      // What Template.render does, with our globals in place of its own, and a bound on its output.
      const interpreter = new Interpreter(env);
      if (limits) boundOutput(interpreter, limits);
      output = interpreter.run(this.template.parsed).value as string;
    } catch (error) {
      if (error instanceof TemplateError || error instanceof OutputLimitExceeded) throw error;
      // A template's raise_exception('...') arrives here as a plain Error with its message.
      throw new TemplateError(`the chat template failed: ${(error as Error).message}`);
    }
    messages.forEach((message, index) => {
      const texts = message.parts ?? [message.content];
      if (!texts.every((text) => writes(output, text))) {
        throw new TemplateError(`the chat template leaves out message ${index + 1} (role "${message.role}"): it does not write that role, so the model would never see the message`);
      }
    });
    return output;
  }
}

/** The parts of @huggingface/jinja's Interpreter that boundOutput wraps (the second is private there). */
interface Evaluating {
  evaluate(statement: unknown, environment: Environment): RuntimeValue;
  evaluateBlock(statements: readonly unknown[], environment: Environment): RuntimeValue;
}
interface RuntimeValue {
  type: string;
  value: unknown;
  toString(): string;
}

/** Expressions that return a string that exists already (the template's text, a variable's), rather than make one. */
const FOUND = new Set(['StringLiteral', 'Identifier', 'MemberExpression']);

/**
 * Makes `interpreter` stop with OutputLimitExceeded as soon as its output passes `limits.output`,
 * or any string value does, or the strings its expressions make add up to more than
 * `limits.built` (strings kept in a list are not output, but hold memory), instead of after.
 *
 * Output is made in blocks (a template's body, a loop's or an if's): each statement's text is
 * appended to its block's, and a loop appends each pass of its body's block. So the output so far
 * is the length a block started at plus what it has appended; a block's text used elsewhere (a
 * `set` block, a discarded macro call) counts until the statement holding it ends, which can only
 * stop earlier, never later.
 */
function boundOutput(interpreter: Interpreter, limits: OutputLimits): void {
  const self = interpreter as unknown as Evaluating;
  if (typeof self.evaluate !== 'function' || typeof self.evaluateBlock !== 'function') {
    throw new Error('@huggingface/jinja no longer has Interpreter.evaluate and evaluateBlock, which prompt-budget bounds chat templates through');
  }
  const evaluate = self.evaluate.bind(self);
  const evaluateBlock = self.evaluateBlock.bind(self);
  const blocks: { statements: readonly unknown[]; next: number; start: number; length: number }[] = [];
  let output = 0;
  let built = 0;
  self.evaluateBlock = (statements, environment) => {
    const block = { statements, next: 0, start: output, length: 0 };
    blocks.push(block);
    try {
      return evaluateBlock(statements, environment);
    } finally {
      blocks.pop();
      output = block.start + block.length;
    }
  };
  self.evaluate = (statement, environment) => {
    const block = blocks.at(-1);
    // The library evaluates a block's statements in order; anything else evaluated meanwhile is inside one.
    const direct = block !== undefined && block.statements[block.next] === statement;
    if (direct) block.next++;
    const value = evaluate(statement, environment);
    const text = value.type === 'StringValue' ? (value.value as string) : undefined;
    if (text !== undefined) {
      if (text.length > limits.output) throw new OutputLimitExceeded('output', limits.output);
      if (!FOUND.has((statement as { type?: unknown }).type as string)) {
        built += text.length;
        if (built > limits.built) throw new OutputLimitExceeded('built', limits.built);
      }
    }
    if (direct) {
      if (value.type !== 'NullValue' && value.type !== 'UndefinedValue') block.length += text?.length ?? value.toString().length;
      // A statement that outputs nothing (a `set` block) counted its text only while it ran.
      output = block.start + block.length;
      if (output > limits.output) throw new OutputLimitExceeded('output', limits.output);
    }
    return value;
  };
}
