/**
 * One line around an official SDK client: `withBudgets(openai, budgets, { request: 'support-chat' })`.
 * Every `chat.completions.create` (OpenAI) or `messages.create` (Anthropic) call is fitted before
 * it is sent: the leading system messages are the fixed part, the last turn the user's input, the
 * rest the history; the output cap is set (or lowered) to the request's. The request is the
 * option's, or per call the `x-prompt-budget-request` header (which is not sent on).
 */
import type { FitOptions, FittedRequest } from '../guard/fit.js';
import { turnsOf } from '../guard/fit.js';
import type { GuardMessage } from '../guard/messages.js';
import type { ToolDefinition } from '../prompts/types.js';
import type { Budgets } from './open-budgets.js';

export const REQUEST_HEADER = 'x-prompt-budget-request';

export interface WrapOptions extends FitOptions {
  /** The request of budgets.yml for calls that name none in the header. */
  request?: string;
  /** Called with every fitted request before it is sent: for logging what was trimmed. */
  onFit?: (fitted: FittedRequest) => void;
}

type Create = (body: Record<string, unknown>, options?: Record<string, unknown>) => Promise<unknown>;

/** `client`, with its create calls fitted to `budgets`; everything else untouched. */
export function withBudgets<Client extends object>(client: Client, budgets: Budgets, options: WrapOptions = {}): Client {
  const c = client as { chat?: { completions?: { create?: Create } }; messages?: { create?: Create } };
  if (typeof c.chat?.completions?.create === 'function') return wrapAt(client, ['chat', 'completions'], (create) => fitOpenAI(create, budgets, options));
  if (typeof c.messages?.create === 'function') return wrapAt(client, ['messages'], (create) => fitAnthropic(create, budgets, options));
  throw new TypeError('withBudgets takes an OpenAI client (chat.completions.create) or an Anthropic client (messages.create)');
}

/** A view of `target` whose object at `path` has `create` replaced; the client itself is not changed. */
function wrapAt<T extends object>(target: T, path: readonly string[], wrap: (create: Create) => Create): T {
  const [head, ...rest] = path;
  return new Proxy(target, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver) as unknown;
      if (head === undefined && key === 'create' && typeof value === 'function') return wrap((value as Create).bind(object));
      if (key === head && typeof value === 'object' && value !== null) return wrapAt(value, rest, wrap);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(object) : value;
    },
  });
}

/** The request's name from the call's header (removed from what is sent) or the option. */
function requestOf(callOptions: Record<string, unknown> | undefined, options: WrapOptions): { name: string; rest: Record<string, unknown> | undefined } {
  const headers = callOptions?.headers as Record<string, unknown> | undefined;
  const named = headers?.[REQUEST_HEADER];
  const name = typeof named === 'string' ? named : options.request;
  if (name === undefined) throw new TypeError(`withBudgets: name the request, in the \`request\` option or the ${REQUEST_HEADER} header`);
  if (typeof named !== 'string') return { name, rest: callOptions };
  const others = { ...headers };
  delete others[REQUEST_HEADER];
  return { name, rest: { ...callOptions, headers: others } };
}

/** Messages as sent: the leading system (or developer) messages, the last turn, and between them the history. */
function split(messages: readonly GuardMessage[]): { system: GuardMessage[]; history: GuardMessage[]; input: GuardMessage[] } {
  let fixed = 0;
  while (fixed < messages.length && (messages[fixed]!.role === 'system' || messages[fixed]!.role === 'developer')) fixed++;
  const turns = turnsOf(messages.slice(fixed));
  const last = turns.at(-1);
  // The last turn is this call's input when the user wrote it, or when it is a tool call with its results.
  const isInput = last !== undefined && (last[0]!.role === 'user' || (last[0]!.tool_calls?.length ?? 0) > 0);
  const input = isInput ? last : [];
  return { system: messages.slice(0, fixed), history: (isInput ? turns.slice(0, -1) : turns).flat(), input };
}

function fitOpenAI(create: Create, budgets: Budgets, options: WrapOptions): Create {
  return async (body, callOptions) => {
    const { name, rest } = requestOf(callOptions, options);
    const { system, history, input } = split(body.messages as GuardMessage[]);
    const fitted = await budgets.request(name).fit({ system, history, userInput: input, ...(Array.isArray(body.tools) && { tools: body.tools as ToolDefinition[] }) }, options);
    options.onFit?.(fitted);
    // The cap the caller set (either name), lowered to the request's; max_completion_tokens when none was set.
    const key = body.max_tokens !== undefined && body.max_tokens !== null ? 'max_tokens' : 'max_completion_tokens';
    const asked = body[key];
    const cap = typeof asked === 'number' ? Math.min(asked, fitted.maxOutput ?? asked) : fitted.maxOutput;
    return create({ ...body, messages: fitted.messages, ...(cap !== undefined && { [key]: cap }) }, rest);
  };
}

interface AnthropicMessage {
  role: 'user' | 'assistant';
  content: string | { type: string; text?: string; id?: string; name?: string; input?: unknown; tool_use_id?: string; content?: unknown }[];
}

/**
 * Anthropic's messages read as the guard's: text blocks as text, `tool_use` blocks as tool calls,
 * a user message of `tool_result` blocks as the tool turn that answers them (so it is kept or
 * dropped with its call). Fitting returns the same objects, which map back to the originals.
 */
function fitAnthropic(create: Create, budgets: Budgets, options: WrapOptions): Create {
  return async (body, callOptions) => {
    const { name, rest } = requestOf(callOptions, options);
    const originals = new Map<GuardMessage, AnthropicMessage>();
    const read = (body.messages as AnthropicMessage[]).map((message) => {
      const guard = readAnthropic(message);
      originals.set(guard, message);
      return guard;
    });
    const systemText = typeof body.system === 'string' ? body.system : Array.isArray(body.system) ? (body.system as { text?: string }[]).map((block) => block.text ?? '').join('\n') : undefined;
    const { history, input } = split(read);
    const tools = Array.isArray(body.tools) ? (body.tools as { name: string; description?: string; input_schema?: Record<string, unknown> }[]).map((tool) => ({ type: 'function', function: { name: tool.name, ...(tool.description !== undefined && { description: tool.description }), ...(tool.input_schema && { parameters: tool.input_schema }) } })) : undefined;
    const fitted = await budgets.request(name).fit({ ...(systemText !== undefined && { system: systemText }), history, userInput: input, ...(tools && { tools }) }, options);
    options.onFit?.(fitted);
    // A summary (a message of its own) joins the system prompt: Anthropic's messages alternate user and assistant.
    const summaries = fitted.messages.filter((m) => !originals.has(m) && m.role === 'system' && m.content !== systemText);
    const messages = fitted.messages.filter((m) => m.role !== 'system').map((m) => originals.get(m) ?? { role: m.role, content: m.content });
    const system = summaries.length === 0 ? body.system : [systemText, ...summaries.map((m) => m.content as string)].filter((t) => t !== undefined).join('\n\n');
    const asked = typeof body.max_tokens === 'number' ? body.max_tokens : undefined;
    const cap = asked === undefined ? fitted.maxOutput : Math.min(asked, fitted.maxOutput ?? asked);
    return create({ ...body, ...(system !== undefined && { system }), messages, ...(cap !== undefined && { max_tokens: cap }) }, rest);
  };
}

function readAnthropic(message: AnthropicMessage): GuardMessage {
  if (typeof message.content === 'string') return { role: message.role, content: message.content };
  const text = message.content.filter((block) => block.type === 'text').map((block) => ({ type: 'text', text: block.text ?? '' }));
  const calls = message.content.filter((block) => block.type === 'tool_use').map((block) => ({ id: String(block.id), type: 'function', function: { name: String(block.name), arguments: JSON.stringify(block.input ?? {}) } }));
  const results = message.content.filter((block) => block.type === 'tool_result');
  if (results.length > 0) {
    const resultText = results.map((block) => (typeof block.content === 'string' ? block.content : JSON.stringify(block.content ?? ''))).join('\n');
    return { role: 'tool', tool_call_id: String(results[0]!.tool_use_id), content: [...text, { type: 'text', text: resultText }] };
  }
  const other = message.content.find((block) => block.type !== 'text' && block.type !== 'tool_use');
  // Anything else (an image, a document) is refused by the counter, named by its type.
  return { role: message.role, content: other ? [...text, other] : text, ...(calls.length > 0 && { tool_calls: calls }) };
}
