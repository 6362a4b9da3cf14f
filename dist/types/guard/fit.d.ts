/**
 * Fitting one request to its budget before the call: the fixed part (system prompt, few-shot
 * messages, tools) as given, the user's input within `reserve.user_input`, the history within
 * `reserve.history`, and the output capped at `reserve.output`, all inside the model's window.
 * Counts are the upper bounds where estimated, so a fitted request never exceeds a limit.
 */
import { type RequestConfig } from '../config/types.js';
import type { ToolDefinition } from '../prompts/types.js';
import type { MessageCounter } from './counter.js';
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
export type Summarizer = (dropped: readonly GuardMessage[], room: {
    maxTokens: number;
}) => Promise<string | GuardMessage> | string | GuardMessage;
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
    tokens: {
        fixed: number;
        history: number;
        userInput: number;
        total: number;
    };
    /** False when any count is an estimate (then `tokens` are upper bounds). */
    exact: boolean;
    /** What fitting changed, for logging. */
    trimmed: {
        messages: number;
        tokens: number;
        truncated: boolean;
        summarized: boolean;
    };
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
export declare class RequestGuard {
    readonly config: RequestConfig;
    private readonly counter;
    private readonly limits;
    constructor(config: RequestConfig, counter: MessageCounter, limits: ModelLimits);
    /** The request made to fit, or a BudgetExceededError saying which part does not. */
    fit(input: FitInput, options?: FitOptions): Promise<FittedRequest>;
    private sum;
    /**
     * The message with its text cut to fit `limit` (keeping its start or its end), by bisection on
     * the text's length: the longest cut whose count fits. Undefined when even its framing does not.
     */
    private truncate;
}
/**
 * The first index in [1, length) whose `test` gives a value, index 0 being known to fail: galloping
 * (indexes 1, 3, 7, 15...) then bisecting, about 2·log2(k) tests for index k, at most
 * 2·log2(length) + 2. It is the first passing index when passing is monotone (every index after a
 * passing one passes); when it is not, it is still one whose own test passed, only not always the
 * first. Undefined only after the last index was tested and failed; each index is tested at most once.
 */
export declare function firstFitting<T>(length: number, test: (index: number) => T | undefined): {
    index: number;
    value: T;
} | undefined;
/**
 * History as turns that are kept or dropped whole: an assistant message with tool calls together
 * with the tool results that answer it, so no result is ever sent without its call; any other
 * message alone.
 */
export declare function turnsOf(history: readonly GuardMessage[]): GuardMessage[][];
