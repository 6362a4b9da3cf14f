/**
 * A time limit on synchronous work. tokenizer.json and the chat template come from the pull
 * request, and a backtracking pattern or a template loop can take hours on a short text (`a+b`
 * is quadratic in V8, `(?:a+)+b` exponential); Oniguruma gives up on such matches at its retry
 * limit, which we could not reproduce anyway. A `node:vm` timeout interrupts any JavaScript,
 * RegExp matching included, so a hostile file is refused instead of hanging CI.
 *
 * A limit per call is not enough: forty renders of seven seconds each pass a ten-second limit one
 * by one and still hold CI for minutes. A RunBudget is what the whole run may spend, in time and
 * in characters produced, across every call that draws on it.
 */
import { createContext, Script } from 'node:vm';

/** The work took longer than its limit. */
export class TimeLimitExceeded extends Error {
  constructor(readonly limitMs: number) {
    super(`took more than ${limitMs / 1000} s`);
  }
}

/** What ran out of a RunBudget: its time, or the characters it lets templates produce. */
export class RunBudgetExhausted extends Error {
  constructor(
    readonly kind: 'time' | 'characters',
    /** The whole run's bound: milliseconds or characters. */
    readonly bound: number,
  ) {
    super(kind === 'time' ? `the run's ${bound / 1000} s ran out` : `the run's ${bound.toLocaleString('en-US')} characters ran out`);
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

/**
 * What a run may spend on work a pull request's files decide, all calls together: time
 * (loading tokenizer.json files, counting with them, rendering chat templates) and characters
 * (what chat templates render). Once either is spent, every further call fails at once, so a run
 * ends in about `timeMs` whatever the files hold.
 */
export class RunBudget {
  private spentMs = 0;
  private producedChars = 0;

  constructor(
    readonly timeMs: number,
    readonly chars: number,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  /** Characters still allowed. */
  get charsLeft(): number {
    return Math.max(0, this.chars - this.producedChars);
  }

  /**
   * `work()` within its own limit and what is left of the run's time; the time it takes is
   * spent. TimeLimitExceeded when its own limit ends it, RunBudgetExhausted when the run's does.
   */
  run<T>(limitMs: number, work: () => T): T {
    const left = this.timeMs - this.spentMs;
    if (left <= 0) throw new RunBudgetExhausted('time', this.timeMs);
    const limit = Math.min(limitMs, left);
    const start = this.clock();
    try {
      return withTimeLimit(limit, work);
    } catch (error) {
      if (error instanceof TimeLimitExceeded && limit < limitMs) {
        this.spentMs = this.timeMs;
        throw new RunBudgetExhausted('time', this.timeMs);
      }
      throw error;
    } finally {
      this.spentMs += this.clock() - start;
    }
  }

  /** Records `count` characters produced; RunBudgetExhausted when that passes the run's bound. */
  produce(count: number): void {
    this.producedChars += count;
    if (this.producedChars > this.chars) throw new RunBudgetExhausted('characters', this.chars);
  }
}
