/**
 * Admission before a call and settlement after it. `admit` checks the kill switch, then charges
 * every limit the call falls under with what it may use at most (the fitted input plus the output
 * cap), all or nothing; `settle` moves each counter by what the API reports minus what was
 * reserved. Since a call is charged in full before it is sent, concurrent calls can take a limit
 * only as far as it allows: what the counters miss at any moment is at most the amount by which
 * calls in flight will report more than they reserved (a count that undercounted), never a whole
 * call. Every store call is bounded by `limits.store.timeout`; a store that fails or is late is
 * `on_failure`'s business (open: admit and warn; closed: refuse with LimitStoreError), and usage
 * that could not be recorded is tried once more, then reported: never lost in silence.
 */
import type { ModelPrices } from '../catalog/catalog.js';
import { DEFAULT_STORE_POLICY, type BudgetConfig, type RequestConfig } from '../config/types.js';
import type { FittedRequest } from '../guard/fit.js';
import { chargesFor, reservedFor, type Caller } from './charges.js';
import { LimitExceededError, LimitStoreError, RequestDisabledError } from './errors.js';
import type { Charge, LimitStore, UsageRecord } from './types.js';
import { costMicros, readUsage, type ApiUsage } from './api-usage.js';

export interface Alert {
  /** The alert's name in budgets.yml: `limits.alert`, `requests.support-chat.limits.alert`. */
  name: string;
  request: string;
  /** Tokens or micro-dollars counted in the period when it was crossed, this call's reservation included. */
  used: number;
  threshold: number;
  unit: 'tokens' | 'microdollars';
  periodSeconds: number;
}

export interface LimitCallbacks {
  /** One record per call: admitted and settled, released, or refused. */
  onUsage?: (record: UsageRecord) => void;
  /** An alert threshold was crossed in its period (once per period per process). */
  onAlert?: (alert: Alert) => void;
  /** The store failed and the call was admitted anyway (on_failure: open), or usage could not be recorded. */
  onWarning?: (message: string, cause?: unknown) => void;
}

/** A call admitted under its limits: settle it with the API's response, or release it when the call failed. */
export interface Admission {
  readonly charges: readonly Charge[];
  /** Charges the counters by what the response's usage says (never throws); the usage record is returned and sent to onUsage. */
  settle(response: unknown): Promise<UsageRecord>;
  /** The call was not made or failed before any output: gives the reservation back. */
  release(): Promise<UsageRecord>;
}

export class Limiter {
  private readonly policy: { timeoutMs: number; onFailure: 'open' | 'closed' };
  /** `key@windowStart` of alerts already sent, so a crossing alerts once per period. */
  private readonly alerted = new Set<string>();

  constructor(
    private readonly config: BudgetConfig,
    private readonly store: LimitStore,
    private readonly pricesOf: (model: string) => ModelPrices | undefined,
    private readonly callbacks: LimitCallbacks = {},
    private readonly now: () => number = Date.now,
  ) {
    this.policy = config.limits?.store ?? DEFAULT_STORE_POLICY;
  }

  async admit(fitted: FittedRequest, caller: Caller = {}): Promise<Admission> {
    const request = this.config.requests.find((r) => r.name === fitted.request);
    if (!request) throw new TypeError(`${fitted.request} is not a request of ${this.config.path}`);
    const prices = this.pricesOf(request.model);
    const reserved = reservedFor(fitted.tokens.total, fitted.maxOutput, prices);
    const { limits, alerts } = chargesFor(this.config, request, caller, reserved);
    const record = (hit: string[], usage?: ApiUsage, micros?: number): UsageRecord => this.record(fitted, caller, hit, usage, micros);

    if (request.limits?.killSwitch) {
      const disabled = await this.bounded(() => this.store.isDisabled(request.name), `reading ${request.name}'s kill switch`);
      if (disabled === true) {
        this.emit(record([`requests.${request.name}.limits.kill_switch`]));
        throw new RequestDisabledError(request.name);
      }
    }
    let charged: Charge[] = [];
    if (limits.length > 0) {
      const result = await this.bounded(() => this.store.admit(limits), `admitting ${request.name}`);
      if (result !== undefined && !result.ok) {
        this.emit(record([result.refused.name]));
        throw new LimitExceededError({ request: request.name, limit: result.refused.name, used: result.used, allowed: result.refused.limit, unit: result.refused.unit, retryAfterSeconds: result.retryAfterSeconds, ...caller });
      }
      // Admitted without the store (on_failure: open): nothing to settle on its counters.
      if (result !== undefined) charged = limits;
    }
    const crossed = await this.countAlerts(request, alerts);
    return this.admission(charged.concat(crossed.counted), crossed.names, prices, record);
  }

  private admission(charged: Charge[], hit: string[], prices: ModelPrices | undefined, record: (hit: string[], usage?: ApiUsage, micros?: number) => UsageRecord): Admission {
    let done: UsageRecord | undefined;
    const finish = async (deltas: Charge[], usage?: ApiUsage, micros?: number): Promise<UsageRecord> => {
      if (done) return done;
      done = record(hit, usage, micros);
      await this.adjust(deltas.filter((d) => d.amount !== 0));
      this.emit(done);
      return done;
    };
    return {
      charges: charged,
      settle: async (response) => {
        const usage = readUsage(response);
        if (!usage) {
          this.warn('the response reports no usage (a stream?): the reservation stands as the charge');
          return finish([]);
        }
        // The call's cost, once: it moves the dollar counters and is the record's `cost`.
        const micros = prices && costMicros(prices, usage.input, usage.output, usage.cachedInput);
        const tokens = usage.input + usage.output;
        return finish(charged.map((c) => ({ ...c, amount: (c.unit === 'tokens' ? tokens : (micros ?? 0)) - c.amount })), usage, micros);
      },
      release: () => finish(charged.map((c) => ({ ...c, amount: -c.amount }))),
    };
  }

  /** Each alert counter on its own (an alert never refuses): a refusal means the threshold is crossed. */
  private async countAlerts(request: RequestConfig, alerts: Charge[]): Promise<{ counted: Charge[]; names: string[] }> {
    const counted: Charge[] = [];
    const names: string[] = [];
    await Promise.all(
      alerts.map(async (alert) => {
        const result = await this.bounded(() => this.store.admit([alert]), `counting ${alert.name}`, true);
        if (result === undefined) return;
        if (result.ok) {
          counted.push(alert);
          return;
        }
        const window = Math.floor(this.now() / (alert.periodSeconds * 1000));
        const seen = `${alert.key}@${window}`;
        if (this.alerted.has(seen)) return;
        this.alerted.add(seen);
        names.push(alert.name);
        this.callbacks.onAlert?.({ name: alert.name, request: request.name, used: result.used + alert.amount, threshold: alert.limit, unit: alert.unit, periodSeconds: alert.periodSeconds });
      }),
    );
    return { counted, names };
  }

  /** Usage is moved on the counters, tried twice, then reported with the amounts, so it can be replayed. */
  private async adjust(deltas: Charge[]): Promise<void> {
    if (deltas.length === 0) return;
    for (let attempt = 1; attempt <= 2; attempt++) {
      try {
        await this.withTimeout(this.store.adjust(deltas));
        return;
      } catch (error) {
        if (attempt === 2) this.warn(`usage could not be recorded in the limit store: ${deltas.map((d) => `${d.key} ${d.amount > 0 ? '+' : ''}${d.amount}`).join(', ')}`, error);
      }
    }
  }

  /**
   * A store call within the timeout. On failure: open gives undefined (and a warning), closed
   * throws LimitStoreError; `warnOnly` (alerts) never throws.
   */
  private async bounded<T>(call: () => Promise<T>, what: string, warnOnly = false): Promise<T | undefined> {
    try {
      return await this.withTimeout(Promise.resolve().then(call));
    } catch (error) {
      const message = `the limit store failed ${what}: ${error instanceof Error ? error.message : String(error)}`;
      if (this.policy.onFailure === 'closed' && !warnOnly) throw new LimitStoreError(`${message} (on_failure: closed refuses the call)`, error);
      this.warn(`${message} (${warnOnly ? 'alerts are not counted' : 'on_failure: open admits the call'})`, error);
      return undefined;
    }
  }

  private withTimeout<T>(work: Promise<T>): Promise<T> {
    const ms = this.policy.timeoutMs;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms}ms (limits.store.timeout)`)), ms);
    });
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
  }

  private record(fitted: FittedRequest, caller: Caller, hit: string[], usage?: ApiUsage, micros?: number): UsageRecord {
    return {
      time: new Date(this.now()).toISOString(),
      request: fitted.request,
      model: fitted.model,
      ...(caller.user !== undefined && { user: caller.user }),
      ...(caller.tier !== undefined && { tier: caller.tier }),
      counted: { ...fitted.tokens, exact: fitted.exact },
      ...(fitted.maxOutput !== undefined && { maxOutput: fitted.maxOutput }),
      ...(usage && { usage, countDelta: usage.input - fitted.tokens.total }),
      ...(micros !== undefined && { cost: micros / 1e6 }),
      trimmed: { ...fitted.trimmed },
      limitsHit: hit,
    };
  }

  private emit(record: UsageRecord): void {
    try {
      this.callbacks.onUsage?.(record);
    } catch (error) {
      this.warn('onUsage threw; the record is lost to it', error);
    }
  }

  private warn(message: string, cause?: unknown): void {
    this.callbacks.onWarning?.(message, cause);
  }
}
