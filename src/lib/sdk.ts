/**
 * One line around an official SDK client: `withBudgets(openai, budgets, { request: 'support-chat' })`.
 * Every `chat.completions.create` and `responses.create` (OpenAI), `messages.create` (Anthropic)
 * or `models.generateContent` (Google Gen AI) call is fitted before it is sent: the leading system messages are the fixed part, the last turn the user's input, the
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
  /** The user a call is charged to (per_user limits): a fixed id, or read from the call's body. */
  user?: string | ((body: Record<string, unknown>) => string | undefined);
  /** The user's tier, as budgets.yml names tiers under per_user. */
  tier?: string | ((body: Record<string, unknown>) => string | undefined);
}

/** The fitted request with the output cap actually sent (the call's own may be lower), which admission reserves. */
function withCap(fitted: FittedRequest, cap: unknown): FittedRequest {
  return typeof cap === 'number' ? { ...fitted, maxOutput: cap } : fitted;
}

/**
 * Admits the fitted call under the limits of budgets.yml, sends it, and settles the counters from
 * the response's usage; a call that fails gives its reservation back. Settlement never throws (a
 * store that cannot record is retried, then reported through onWarning), so the caller always
 * gets the API's response.
 */
async function sendAdmitted(budgets: Budgets, fitted: FittedRequest, body: Record<string, unknown>, options: WrapOptions, send: () => Promise<unknown>): Promise<unknown> {
  const pick = (value: WrapOptions['user']) => (typeof value === 'function' ? value(body) : value);
  const user = pick(options.user);
  const tier = pick(options.tier);
  const admission = await budgets.admit(fitted, { ...(user !== undefined && { user }), ...(tier !== undefined && { tier }) });
  let response: unknown;
  try {
    response = await send();
  } catch (error) {
    await admission.release();
    throw error;
  }
  await admission.settle(response);
  return response;
}

type Create = (body: Record<string, unknown>, options?: Record<string, unknown>) => Promise<unknown>;

/** `client`, with its calls fitted to `budgets`; everything else untouched. */
export function withBudgets<Client extends object>(client: Client, budgets: Budgets, options: WrapOptions = {}): Client {
  const c = client as { chat?: { completions?: { create?: Create } }; responses?: { create?: Create }; messages?: { create?: Create }; models?: { generateContent?: Create } };
  const wrappers = new Map<string, (call: Create) => Create>();
  if (typeof c.chat?.completions?.create === 'function') wrappers.set('chat.completions.create', (call) => fitOpenAI(call, budgets, options));
  if (typeof c.responses?.create === 'function') wrappers.set('responses.create', (call) => fitResponses(call, budgets, options));
  if (typeof c.messages?.create === 'function' && wrappers.size === 0) wrappers.set('messages.create', (call) => fitAnthropic(call, budgets, options));
  if (typeof c.models?.generateContent === 'function' && wrappers.size === 0) wrappers.set('models.generateContent', (call) => fitGemini(call, budgets, options));
  if (wrappers.size === 0) throw new TypeError('withBudgets takes an OpenAI client (chat.completions.create, responses.create), an Anthropic client (messages.create) or a Google Gen AI client (models.generateContent)');
  return wrapAt(client, '', wrappers);
}

/** A view of `target` whose methods at the given paths are replaced; the client itself is not changed. */
function wrapAt<T extends object>(target: T, path: string, wrappers: ReadonlyMap<string, (call: Create) => Create>): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver) as unknown;
      const inner = typeof key === 'string' ? (path ? `${path}.${key}` : key) : undefined;
      const wrap = inner === undefined ? undefined : wrappers.get(inner);
      if (wrap && typeof value === 'function') return wrap((value as Create).bind(object));
      if (inner !== undefined && typeof value === 'object' && value !== null && [...wrappers.keys()].some((p) => p.startsWith(`${inner}.`))) return wrapAt(value, inner, wrappers);
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
    const cap = capOf(body[key], fitted);
    return sendAdmitted(budgets, withCap(fitted, cap), body, options, () => create({ ...body, messages: fitted.messages, ...(cap !== undefined && { [key]: cap }) }, rest));
  };
}

/** An item of the Responses API's `input` (platform.openai.com/docs/api-reference/responses/create). */
interface ResponseItem {
  type?: string;
  role?: string;
  content?: string | { type: string; text?: string }[];
  call_id?: string;
  name?: string;
  arguments?: string;
  output?: unknown;
}

/**
 * The Responses API: `instructions` is the fixed part, `input` the conversation (messages, and
 * function calls with their outputs: consecutive calls are one turn with the outputs that answer
 * them), `max_output_tokens` the cap. Other items (reasoning, built-in tool calls) are refused by
 * the counter, named by their type. With `previous_response_id` the history is the server's:
 * only what this call sends is fitted.
 */
function fitResponses(create: Create, budgets: Budgets, options: WrapOptions): Create {
  return async (body, callOptions) => {
    const { name, rest } = requestOf(callOptions, options);
    const items: ResponseItem[] = typeof body.input === 'string' ? [{ role: 'user', content: body.input }] : [...((body.input as ResponseItem[] | undefined) ?? [])];
    const originals = new Map<GuardMessage, ResponseItem[]>();
    const read: GuardMessage[] = [];
    for (const item of items) {
      const last = read.at(-1);
      if (item.type === 'function_call') {
        const call = { id: String(item.call_id), type: 'function', function: { name: String(item.name), arguments: String(item.arguments ?? '') } };
        // Calls made together are one assistant turn, so their outputs stay with all of them.
        if (last && originals.get(last)!.every((i) => i.type === 'function_call')) {
          const merged: GuardMessage = { ...last, tool_calls: [...(last.tool_calls ?? []), call] };
          originals.set(merged, [...originals.get(last)!, item]);
          originals.delete(last);
          read[read.length - 1] = merged;
          continue;
        }
        const message: GuardMessage = { role: 'assistant', content: null, tool_calls: [call] };
        originals.set(message, [item]);
        read.push(message);
        continue;
      }
      const message: GuardMessage =
        item.type === 'function_call_output' ? { role: 'tool', tool_call_id: String(item.call_id), content: typeof item.output === 'string' ? item.output : JSON.stringify(item.output ?? '') }
        : item.type === undefined || item.type === 'message' ? { role: String(item.role), content: typeof item.content === 'string' ? item.content : (item.content ?? []).map((part) => (part.type === 'input_text' || part.type === 'output_text' ? { type: 'text', text: part.text ?? '' } : part)) }
        : { role: 'user', content: [{ type: String(item.type) }] };
      originals.set(message, [item]);
      read.push(message);
    }
    const { system, history, input } = split(read);
    const instructions = typeof body.instructions === 'string' ? body.instructions : undefined;
    const fixed: GuardMessage[] = [...(instructions !== undefined ? [{ role: 'system', content: instructions }] : []), ...system];
    const tools = Array.isArray(body.tools) ? (body.tools as { type?: string; name?: string; description?: string; parameters?: Record<string, unknown> }[]).filter((tool) => tool.type === 'function').map((tool) => ({ type: 'function', function: { name: String(tool.name), ...(tool.description !== undefined && { description: tool.description }), ...(tool.parameters && { parameters: tool.parameters }) } })) : undefined;
    const fitted = await budgets.request(name).fit({ system: fixed, history, userInput: input, ...(tools && { tools }) }, options);
    options.onFit?.(fitted);
    const sent = fitted.messages.filter((m) => !(instructions !== undefined && m === fixed[0])).flatMap((m) => originals.get(m) ?? [{ role: m.role === 'system' ? 'developer' : m.role, content: m.content as string }]);
    const cap = capOf(body.max_output_tokens, fitted);
    return sendAdmitted(budgets, withCap(fitted, cap), body, options, () => create({ ...body, input: sent, ...(cap !== undefined && { max_output_tokens: cap }) }, rest));
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
    const cap = capOf(body.max_tokens, fitted);
    return sendAdmitted(budgets, withCap(fitted, cap), body, options, () => create({ ...body, ...(system !== undefined && { system }), messages, ...(cap !== undefined && { max_tokens: cap }) }, rest));
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

/** A Content of Google's Gen AI SDK (ai.google.dev/api/caching#Content). */
interface GeminiContent {
  role?: string;
  parts?: { text?: string; functionCall?: { id?: string; name?: string; args?: unknown }; functionResponse?: { id?: string; name?: string; response?: unknown }; [key: string]: unknown }[];
}

/**
 * Google's Gen AI SDK: `config.systemInstruction` is the fixed part, `contents` the conversation
 * (`model` turns are the assistant's; a function call and the function response that answers it,
 * matched by id or else by name, are kept or dropped together), `config.maxOutputTokens` the cap.
 */
function fitGemini(generate: Create, budgets: Budgets, options: WrapOptions): Create {
  return async (params, callOptions) => {
    const config = (params.config ?? {}) as { systemInstruction?: unknown; maxOutputTokens?: number; tools?: { functionDeclarations?: { name?: string; description?: string; parameters?: unknown; parametersJsonSchema?: unknown }[] }[]; httpOptions?: { headers?: Record<string, string> } };
    const headers = config.httpOptions?.headers;
    const { name, rest } = requestOf(headers ? { headers } : undefined, options);
    const contents: GeminiContent[] = typeof params.contents === 'string' ? [{ role: 'user', parts: [{ text: params.contents }] }] : [...((params.contents as GeminiContent[] | undefined) ?? [])];
    const originals = new Map<GuardMessage, GeminiContent>();
    const read = contents.map((content) => {
      const message = readGemini(content);
      originals.set(message, content);
      return message;
    });
    const system = textOfInstruction(config.systemInstruction);
    const { history, input } = split(read);
    const tools = (config.tools ?? []).flatMap((tool) => tool.functionDeclarations ?? []).map((fn) => ({ type: 'function', function: { name: String(fn.name), ...(fn.description !== undefined && { description: fn.description }), ...((fn.parametersJsonSchema ?? fn.parameters) !== undefined && { parameters: (fn.parametersJsonSchema ?? fn.parameters) as Record<string, unknown> }) } }));
    const fitted = await budgets.request(name).fit({ ...(system !== undefined && { system }), history, userInput: input, ...(tools.length > 0 && { tools }) }, options);
    options.onFit?.(fitted);
    // A summary (a message of its own) joins the system instruction: contents hold user and model turns.
    const summaries = fitted.messages.filter((m) => !originals.has(m) && m.role === 'system' && m.content !== system);
    const sent = fitted.messages.filter((m) => m.role !== 'system').map((m) => originals.get(m) ?? { role: m.role === 'assistant' ? 'model' : 'user', parts: [{ text: String(m.content) }] });
    const instruction = summaries.length === 0 ? config.systemInstruction : [system, ...summaries.map((m) => String(m.content))].filter((t) => t !== undefined).join('\n\n');
    const cap = capOf(config.maxOutputTokens, fitted);
    const httpOptions = headers ? { ...config.httpOptions, headers: (rest?.headers as Record<string, string> | undefined) ?? {} } : config.httpOptions;
    return sendAdmitted(budgets, withCap(fitted, cap), params, options, () => generate({ ...params, contents: sent, config: { ...config, ...(instruction !== undefined && { systemInstruction: instruction }), ...(cap !== undefined && { maxOutputTokens: cap }), ...(httpOptions && { httpOptions }) } }, callOptions));
  };
}

function textOfInstruction(instruction: unknown): string | undefined {
  if (instruction === undefined || instruction === null) return undefined;
  if (typeof instruction === 'string') return instruction;
  const parts = Array.isArray(instruction) ? instruction : (instruction as GeminiContent).parts ?? [];
  return (parts as ({ text?: string } | string)[]).map((part) => (typeof part === 'string' ? part : (part.text ?? ''))).join('\n');
}

function readGemini(content: GeminiContent): GuardMessage {
  const parts = content.parts ?? [];
  const role = content.role === 'model' ? 'assistant' : 'user';
  const text = parts.filter((part) => typeof part.text === 'string').map((part) => ({ type: 'text', text: part.text! }));
  const calls = parts.filter((part) => part.functionCall).map((part, i) => ({ id: part.functionCall!.id ?? `name:${part.functionCall!.name ?? i}`, type: 'function', function: { name: String(part.functionCall!.name), arguments: JSON.stringify(part.functionCall!.args ?? {}) } }));
  const responses = parts.filter((part) => part.functionResponse);
  if (responses.length > 0) {
    const first = responses[0]!.functionResponse!;
    return { role: 'tool', tool_call_id: first.id ?? `name:${first.name}`, content: [...text, { type: 'text', text: responses.map((part) => JSON.stringify(part.functionResponse!.response ?? {})).join('\n') }] };
  }
  const other = parts.find((part) => typeof part.text !== 'string' && !part.functionCall);
  // Anything else (inline data, a file) is refused by the counter, named by its kind.
  return { role, content: other ? [...text, { type: Object.keys(other)[0] ?? 'unknown' }] : text, ...(calls.length > 0 && { tool_calls: calls }) };
}

/** The output cap to send: the one the call asked for, lowered to the request's; the request's when none was asked. */
function capOf(asked: unknown, fitted: FittedRequest): number | undefined {
  return typeof asked === 'number' ? Math.min(asked, fitted.maxOutput ?? asked) : fitted.maxOutput;
}
