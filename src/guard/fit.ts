/**
 * Fitting one request to its budget before the call: the fixed part (system prompt, few-shot
 * messages, tools) as given, the user's input within `reserve.user_input`, the history within
 * `reserve.history`, and the output capped at `reserve.output`, all inside the model's window.
 * Counts are the upper bounds where estimated, so a fitted request never exceeds a limit.
 */
import { DEFAULT_POLICY, type RequestConfig } from '../config/types.js';
import type { ToolDefinition } from '../prompts/types.js';
import { BudgetExceededError, type GuardedPart } from './errors.js';
import type { Counted, MessageCounter } from './counter.js';
import type { GuardMessage } from './messages.js';

export interface FitInput {
  /** The fixed part: a system prompt, or the fixed messages (system, few-shot), sent first and whole. */
  system?: string | readonly GuardMessage[];
  /** Earlier turns, oldest first: trimmed to `reserve.history` by the request's policy. */
  history?: readonly GuardMessage[];
  /** This turn: the user's text, or its message(s) (a tool result, in an agent loop), sent last. */
  userInput?: string | GuardMessage | readonly GuardMessage[];
  /** Tool definitions sent with the request, counted with the fixed part. */
  tools?: readonly ToolDefinition[];
}

/** What `policy.history: summarize` calls with the turns it drops; returns the summary, sent before the kept turns. */
export type Summarizer = (dropped: readonly GuardMessage[], room: { maxTokens: number }) => Promise<string | GuardMessage> | string | GuardMessage;

export interface FitOptions {
  summarize?: Summarizer;
}

export interface FittedRequest {
  request: string;
  model: string;
  /** What to send: the fixed messages, a summary if one was made, the kept history, the user input. */
  messages: GuardMessage[];
  /** The output cap to send (`max_tokens`, `max_output_tokens`, `maxOutputTokens`). */
  maxOutput?: number;
  /** Input tokens by part (upper bounds where estimated) and in all. */
  tokens: { fixed: number; history: number; userInput: number; total: number };
  /** False when any count is an estimate (then `tokens` are upper bounds). */
  exact: boolean;
  /** What fitting changed, for logging. */
  trimmed: { messages: number; tokens: number; truncated: boolean; summarized: boolean };
  /** The model's context window, when known; without it only the reserves bound the request. */
  window?: number;
  /** Why the vendor's counting API, opted in, did not count: the texts it missed were estimated (at their upper bound). */
  apiError?: string;
}

export interface ModelLimits {
  contextWindow?: number;
  maxInput?: number;
  maxOutput?: number;
}

export class RequestGuard {
  constructor(
    readonly config: RequestConfig,
    private readonly counter: MessageCounter,
    private readonly limits: ModelLimits,
  ) {}

  /** The request made to fit, or a BudgetExceededError saying which part does not. */
  async fit(input: FitInput, options: FitOptions = {}): Promise<FittedRequest> {
    const { name, model, reserve } = this.config;
    const policy = this.config.policy ?? DEFAULT_POLICY;
    const fail = (part: GuardedPart, tokens: number, limit: number, partReserve?: number): never => {
      throw new BudgetExceededError({ request: name, model, part, tokens, limit, ...(partReserve !== undefined && { reserve: partReserve }), ...(this.limits.contextWindow !== undefined && { window: this.limits.contextWindow }) });
    };

    const fixedMessages: GuardMessage[] = typeof input.system === 'string' ? [{ role: 'system', content: input.system }] : [...(input.system ?? [])];
    let user: GuardMessage[] = input.userInput === undefined ? [] : typeof input.userInput === 'string' ? [{ role: 'user', content: input.userInput }] : Array.isArray(input.userInput) ? [...(input.userInput as GuardMessage[])] : [input.userInput as GuardMessage];
    // With the vendor's API opted in: the texts it has not seen, counted in one batch first.
    const apiFailure = await this.counter.prepare([...fixedMessages, ...(input.history ?? []), ...user], input.tools);
    const fixed = this.counter.fixed(fixedMessages, input.tools);
    let exact = fixed.exact;

    // Input may take the window less the output's reserve, and no more than the model's input cap.
    const window = this.limits.contextWindow;
    const inputRoom = Math.min(window === undefined ? Infinity : window - reserve.output, this.limits.maxInput ?? Infinity);
    if (fixed.high > inputRoom) fail('fixed', fixed.high, inputRoom);

    let inputCut = false;
    const userLimit = Math.min(reserve.userInput, inputRoom - fixed.high);
    let userCount = this.sum(user);
    if (userCount.high > userLimit) {
      if (policy.userInput === 'refuse' || user.length !== 1 || typeof user[0]!.content !== 'string') fail('user_input', userCount.high, userLimit, reserve.userInput);
      const cut = this.truncate(user[0]!, userLimit, 'start');
      if (!cut) fail('user_input', userCount.high, userLimit, reserve.userInput);
      user = [cut!.message];
      userCount = cut!.counted;
      inputCut = true;
    }
    exact &&= userCount.exact;

    const historyLimit = Math.min(reserve.history, inputRoom - fixed.high - userCount.high);
    const units = turnsOf(input.history ?? []).map((messages) => ({ messages, counted: this.sum(messages) }));
    const historyTotal = units.reduce((sum, unit) => sum + unit.counted.high, 0);
    if (policy.history === 'refuse' && historyTotal > historyLimit) fail('history', historyTotal, historyLimit, reserve.history);

    // Keep the newest whole turns that fit, then start on a user turn.
    let first = units.length;
    let used = 0;
    while (first > 0 && used + units[first - 1]!.counted.high <= historyLimit) used += units[--first]!.counted.high;
    const startOnUser = () => {
      while (first < units.length && units[first]!.messages[0]!.role !== 'user') used -= units[first++]!.counted.high;
    };
    startOnUser();

    let summary: GuardMessage | undefined;
    /** The newest dropped user turn cut to its end (`policy.history: truncate`). */
    let partial: { message: GuardMessage; counted: Counted } | undefined;
    const dropped = units.slice(0, first);
    if (dropped.length > 0 && policy.history === 'truncate') {
      // The newest dropped turn, when it is a user's text, keeps its end in what the reserve has left.
      const last = dropped.at(-1)!;
      if (last.messages.length === 1 && last.messages[0]!.role === 'user' && typeof last.messages[0]!.content === 'string') {
        const cut = this.truncate(last.messages[0]!, historyLimit - used, 'end');
        if (cut && cut.message.content !== '') {
          partial = cut;
          used += cut.counted.high;
        }
      }
    }
    if (dropped.length > 0 && policy.history === 'summarize') {
      if (!options.summarize) throw new TypeError(`${name}: policy.history is summarize, so fit() needs a summarize callback`);
      const made = await options.summarize(dropped.flatMap((unit) => unit.messages), { maxTokens: Math.max(0, historyLimit - used) });
      summary = typeof made === 'string' ? { role: 'system', content: made } : made;
      await this.counter.prepare([summary]);
      const summaryCount = this.counter.message(summary);
      // The summary must fit too: older kept turns give way to it.
      while (used + summaryCount.high > historyLimit && first < units.length) {
        used -= units[first++]!.counted.high;
        startOnUser();
      }
      if (used + summaryCount.high > historyLimit) fail('history', used + summaryCount.high, historyLimit, reserve.history);
      used += summaryCount.high;
      exact &&= summaryCount.exact;
    }
    const history = () => [...(summary ? [summary] : []), ...(partial ? [partial.message] : []), ...units.slice(first).flatMap((unit) => unit.messages)];
    let tokens = { fixed: fixed.high, history: used, userInput: userCount.high, total: fixed.high + used + userCount.high };

    const render = this.counter.conversation;
    if (render) {
      // The request as the model's chat template renders it, counted exactly, as the gate counts a
      // chat file: the sums above (framing at twice the cookbook's) chose what to keep; the
      // rendering decides. Each part is its share: the fixed part rendered alone, the input what
      // adding it adds, the history the rest.
      const fixedOnly = render(fixedMessages, input.tools);
      const withUser = render([...fixedMessages, ...user], input.tools);
      const userShare = withUser.tokens - fixedOnly.tokens;
      if (fixedOnly.tokens > inputRoom) fail('fixed', fixedOnly.tokens, inputRoom);
      if (userShare > Math.min(reserve.userInput, inputRoom - fixedOnly.tokens)) fail('user_input', userShare, Math.min(reserve.userInput, inputRoom - fixedOnly.tokens), reserve.userInput);
      // The sums' choice is rendered first: one render when it fits, as it usually does. When the
      // template adds more than the bounds assumed, the partial message goes first, then whole turns,
      // by a search over the starts the sums accept (a user's turn, or none) that galloping then
      // bisecting makes O(log n) renders, where dropping one turn per render cost n renders of the
      // whole conversation (quadratic in its text). Rendered size grows with the history kept for any
      // sane template, and then this keeps the most history that fits, as dropping one by one did.
      // For a template that does anything else, what is sent was still checked by its own rendering,
      // but a longer history that would also have fitted may be dropped, and with a summary the error
      // below may be given where a longer history would have fitted (finding it takes n renders).
      const shareOf = (all: Counted) => all.tokens - withUser.tokens;
      const fits = (all: Counted) => all.tokens <= inputRoom && shareOf(all) <= reserve.history;
      const renderNow = () => {
        const kept = history();
        // Nothing kept: the request is the fixed part and the input, rendered and checked above.
        return kept.length === 0 ? withUser : render([...fixedMessages, ...kept, ...user], input.tools);
      };
      let all = renderNow();
      if (!fits(all) && partial) {
        partial = undefined;
        all = renderNow();
      }
      if (!fits(all)) {
        const starts = [first];
        for (let i = first + 1; i < units.length; i++) if (units[i]!.messages[0]!.role === 'user') starts.push(i);
        if (first < units.length) starts.push(units.length);
        let last = all;
        const found = firstFitting(starts.length, (j) => {
          first = starts[j]!;
          last = renderNow();
          return fits(last) ? last : undefined;
        });
        // Even the least history (none, which always fits, or the summary alone) does not fit.
        if (!found) fail('history', shareOf(last), Math.min(reserve.history, inputRoom - withUser.tokens), reserve.history);
        first = starts[found!.index]!;
        all = found!.value;
      }
      tokens = { fixed: fixedOnly.tokens, history: shareOf(all), userInput: userShare, total: all.tokens };
      exact = all.exact;
    } else {
      exact &&= partial?.counted.exact ?? true;
      for (let i = first; i < units.length; i++) exact &&= units[i]!.counted.exact;
    }

    const droppedUnits = units.slice(0, first);
    // Capped at the reserve (or the model's maximum when none is set), and never past the window.
    const outputCap = Math.min(reserve.output > 0 ? reserve.output : (this.limits.maxOutput ?? Infinity), window === undefined ? Infinity : window - tokens.total);
    return {
      request: name,
      model,
      messages: [...fixedMessages, ...history(), ...user],
      ...(Number.isFinite(outputCap) && { maxOutput: outputCap }),
      tokens,
      exact,
      trimmed: {
        messages: droppedUnits.reduce((n, unit) => n + unit.messages.length, 0),
        tokens: droppedUnits.reduce((n, unit) => n + unit.counted.high, 0),
        truncated: inputCut || partial !== undefined,
        summarized: summary !== undefined,
      },
      ...(window !== undefined && { window }),
      ...(apiFailure && { apiError: apiFailure.message }),
    };
  }

  private sum(messages: readonly GuardMessage[]): Counted {
    let tokens = 0;
    let high = 0;
    let exact = true;
    for (const message of messages) {
      const c = this.counter.message(message);
      tokens += c.tokens;
      high += c.high;
      exact &&= c.exact;
    }
    return { tokens, high, exact };
  }

  /**
   * The message with its text cut to fit `limit` (keeping its start or its end), by bisection on
   * the text's length: the longest cut whose count fits. Undefined when even its framing does not.
   */
  private truncate(message: GuardMessage, limit: number, keep: 'start' | 'end'): { message: GuardMessage; counted: Counted } | undefined {
    const text = message.content as string;
    const cut = (length: number): GuardMessage => ({ ...message, content: keep === 'start' ? text.slice(0, length) : text.slice(text.length - length) });
    const fits = (length: number) => this.counter.message(cut(length), false).high <= limit;
    if (!fits(0)) return undefined;
    let low = 0;
    let high = text.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (fits(mid)) low = mid;
      else high = mid - 1;
    }
    // Never split a surrogate pair (a lone half is not text), and never return a cut that does not
    // fit: counts are not quite monotonic in length, so a shorter cut is checked again.
    let length = low;
    const splitsPair = (n: number) => n > 0 && n < text.length && (keep === 'start' ? /[\ud800-\udbff]/.test(text[n - 1]!) : /[\udc00-\udfff]/.test(text[text.length - n]!));
    while (length > 0 && (splitsPair(length) || !fits(length))) length--;
    const kept = cut(length);
    return { message: kept, counted: this.counter.message(kept, false) };
  }
}

/**
 * The first index in [1, length) whose `test` gives a value, index 0 being known to fail: galloping
 * (indexes 1, 3, 7, 15...) then bisecting, about 2·log2(k) tests for index k, at most
 * 2·log2(length) + 2. It is the first passing index when passing is monotone (every index after a
 * passing one passes); when it is not, it is still one whose own test passed, only not always the
 * first. Undefined only after the last index was tested and failed; each index is tested at most once.
 */
export function firstFitting<T>(length: number, test: (index: number) => T | undefined): { index: number; value: T } | undefined {
  let failed = 0;
  let found: { index: number; value: T } | undefined;
  for (let step = 1; !found; step *= 2) {
    if (failed >= length - 1) return undefined;
    const index = Math.min(failed + step, length - 1);
    const value = test(index);
    if (value === undefined) failed = index;
    else found = { index, value };
  }
  while (found.index - failed > 1) {
    const index = Math.floor((failed + found.index) / 2);
    const value = test(index);
    if (value === undefined) failed = index;
    else found = { index, value };
  }
  return found;
}

/**
 * History as turns that are kept or dropped whole: an assistant message with tool calls together
 * with the tool results that answer it, so no result is ever sent without its call; any other
 * message alone.
 */
export function turnsOf(history: readonly GuardMessage[]): GuardMessage[][] {
  const turns: GuardMessage[][] = [];
  for (let i = 0; i < history.length; ) {
    const message = history[i]!;
    const ids = new Set((message.tool_calls ?? []).map((call) => call.id));
    const turn = [message];
    i++;
    while (ids.size > 0 && i < history.length && history[i]!.role === 'tool' && ids.has(String(history[i]!.tool_call_id))) turn.push(history[i++]!);
    turns.push(turn);
  }
  return turns;
}
