/**
 * prompt-budget at run time: the budgets.yml the CI gate checks, enforced before each API call.
 *
 *   const budgets = await openBudgets('budgets.yml');
 *   const fitted = await budgets.request('support-chat').fit({ system, history, userInput });
 *   await openai.chat.completions.create({ model: fitted.model, messages: fitted.messages, max_completion_tokens: fitted.maxOutput });
 */
export { openBudgets, type Budgets, type OpenOptions } from './open-budgets.js';
export { withBudgets, REQUEST_HEADER, type WrapOptions } from './sdk.js';
export { RequestGuard, type FitInput, type FitOptions, type FittedRequest, type Summarizer } from '../guard/fit.js';
export { BudgetExceededError, type BudgetErrorDetails, type GuardedPart } from '../guard/errors.js';
export { UnsupportedContentError, type GuardMessage, type ContentPart, type ToolCall } from '../guard/messages.js';
export { UserError } from '../common/errors.js';
export { redisStore, killSwitchKey, StoreUnavailableError, type RedisStoreOptions } from '../stores/redis.js';
export { usageRecorder, toJsonLine, parseUsageLines, analyzeUsage, type UsageSink, type UsageProblem } from '../limits/usage.js';
export { otelMetrics, globalOtelMetrics, type MeterLike, type OtelOptions } from './metrics.js';
export { LimitExceededError, LimitStoreError, RequestDisabledError } from '../limits/errors.js';
export { MemoryLimitStore } from '../limits/memory-store.js';
export type { Admission, Alert, LimitCallbacks } from '../limits/limiter.js';
export type { Caller } from '../limits/charges.js';
export type { AdmitResult, Charge, LimitStore, UsageRecord } from '../limits/types.js';
