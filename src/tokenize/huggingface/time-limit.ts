/**
 * A time limit on synchronous work. tokenizer.json and the chat template come from the pull
 * request, and a backtracking pattern or a template loop can take hours on a short text (`a+b`
 * is quadratic in V8, `(?:a+)+b` exponential); Oniguruma gives up on such matches at its retry
 * limit, which we could not reproduce anyway. A `node:vm` timeout interrupts any JavaScript,
 * RegExp matching included, so a hostile file is refused instead of hanging CI.
 */
import { createContext, Script } from 'node:vm';

/** The work took longer than its limit. */
export class TimeLimitExceeded extends Error {
  constructor(readonly limitMs: number) {
    super(`took more than ${limitMs / 1000} s`);
  }
}

const context = createContext({ work: undefined as (() => unknown) | undefined });
const call = new Script('work()');

/** `work()`, or TimeLimitExceeded after `limitMs`. Costs about 0.15 ms a call (a watchdog thread). */
export function withTimeLimit<T>(limitMs: number, work: () => T): T {
  const outer = context.work;
  context.work = work;
  try {
    return call.runInContext(context, { timeout: Math.max(1, Math.ceil(limitMs)) }) as T;
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new TimeLimitExceeded(limitMs);
    throw error;
  } finally {
    context.work = outer;
  }
}
