/**
 * The embedded store: counters in this process's memory, for one instance, tests and scripts.
 * Windows are fixed and aligned to the epoch (a day is 00:00 to 24:00 UTC), so every instance of a
 * shared store would agree on them too. `admit` checks every charge, then adds every charge, in
 * one synchronous step: JavaScript runs it to the end before any other admission, so concurrent
 * calls cannot interleave between the check and the add (all or nothing, never beyond a limit).
 * rate-limiter-flexible's RateLimiterMemory counts one key per call; charging several keys with it
 * takes several awaits, between which other admissions run, so a refused second key would have
 * briefly consumed the first key's allowance for them. That is why this store is its own.
 */
import type { AdmitResult, Charge, LimitStore } from './types.js';

interface Counter {
  windowStart: number;
  used: number;
}

/** Expired counters are dropped every this many admissions, so a store of many users stays small. */
const SWEEP_EVERY = 10_000;

/** The start of the window `now` falls in: windows are aligned to the epoch. */
const windowStart = (now: number, periodMs: number): number => Math.floor(now / periodMs) * periodMs;

export class MemoryLimitStore implements LimitStore {
  private readonly counters = new Map<string, Counter & { periodMs: number }>();
  private readonly disabled = new Set<string>();
  private admissions = 0;

  /** `now` in milliseconds, for tests that move time. */
  constructor(private readonly now: () => number = Date.now) {}

  admit(charges: readonly Charge[]): Promise<AdmitResult> {
    const now = this.now();
    if (++this.admissions % SWEEP_EVERY === 0) this.sweep(now);
    for (const charge of charges) {
      const used = this.current(charge, now)?.used ?? 0;
      if (used + charge.amount > charge.limit) {
        const periodMs = charge.periodSeconds * 1000;
        const end = windowStart(now, periodMs) + periodMs;
        return Promise.resolve({ ok: false, refused: charge, used, retryAfterSeconds: Math.max(1, Math.ceil((end - now) / 1000)) });
      }
    }
    for (const charge of charges) this.add(charge, charge.amount, now);
    return Promise.resolve({ ok: true });
  }

  adjust(charges: readonly Charge[]): Promise<void> {
    const now = this.now();
    for (const charge of charges) this.add(charge, charge.amount, now);
    return Promise.resolve();
  }

  isDisabled(feature: string): Promise<boolean> {
    return Promise.resolve(this.disabled.has(feature));
  }

  /** Turns a request off (its `kill_switch` must be true in budgets.yml) or on again. */
  setDisabled(feature: string, disabled: boolean): void {
    if (disabled) this.disabled.add(feature);
    else this.disabled.delete(feature);
  }

  /** What a key holds in its current window. */
  used(key: string): number {
    const counter = this.counters.get(key);
    if (!counter) return 0;
    return windowStart(this.now(), counter.periodMs) === counter.windowStart ? counter.used : 0;
  }

  private current(charge: Charge, now: number): Counter | undefined {
    const counter = this.counters.get(charge.key);
    return counter && counter.windowStart === windowStart(now, charge.periodSeconds * 1000) ? counter : undefined;
  }

  private add(charge: Charge, amount: number, now: number): void {
    const periodMs = charge.periodSeconds * 1000;
    const counter = this.current(charge, now) ?? { windowStart: windowStart(now, periodMs), used: 0, periodMs };
    // A settlement after the window turned gives back no more than the new window holds.
    counter.used = Math.max(0, counter.used + amount);
    this.counters.set(charge.key, { ...counter, periodMs });
  }

  private sweep(now: number): void {
    for (const [key, counter] of this.counters) if (counter.windowStart + counter.periodMs <= now) this.counters.delete(key);
  }
}
