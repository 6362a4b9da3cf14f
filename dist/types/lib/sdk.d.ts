/**
 * One line around an official SDK client: `withBudgets(openai, budgets, { request: 'support-chat' })`.
 * Every `chat.completions.create` and `responses.create` (OpenAI), `messages.create` (Anthropic)
 * or `models.generateContent` (Google Gen AI) call is fitted before it is sent: the leading system messages are the fixed part, the last turn the user's input, the
 * rest the history; the output cap is set (or lowered) to the request's. The request is the
 * option's, or per call the `x-prompt-budget-request` header (which is not sent on).
 */
import type { FitOptions, FittedRequest } from '../guard/fit.js';
import type { Budgets } from './open-budgets.js';
export declare const REQUEST_HEADER = "x-prompt-budget-request";
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
/** `client`, with its calls fitted to `budgets`; everything else untouched. */
export declare function withBudgets<Client extends object>(client: Client, budgets: Budgets, options?: WrapOptions): Client;
