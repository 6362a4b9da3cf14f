/**
 * What a counter will not ask the API again this run: a model it refused (unknown, not permitted
 * for the key, a URL not found), or anything at all once the counter is down (see api-counter.ts).
 * Going down stops every count() call under way at once.
 */
import type { VendorApiError } from './errors.js';

export class Refusals {
  #down: VendorApiError | undefined;
  readonly #models = new Map<string, VendorApiError>();
  /** How to stop each count() call under way. */
  readonly #calls = new Set<(error: VendorApiError) => void>();

  /** Why the counter is down, once it is. */
  get down(): VendorApiError | undefined {
    return this.#down;
  }

  /** count() calls under way. */
  get calls(): number {
    return this.#calls.size;
  }

  /** Throws why a request for `model` would be refused, if it would. */
  check(model: string): void {
    const known = this.#down ?? this.#models.get(model);
    if (known) throw known;
  }

  refuseModel(model: string, error: VendorApiError): VendorApiError {
    this.#models.set(model, error);
    return error;
  }

  /** Takes the counter down with `error` (the first error stays), stopping every call: what it is down with. */
  goDown(error: VendorApiError): VendorApiError {
    if (!this.#down) {
      this.#down = error;
      for (const stop of this.#calls) stop(error);
    }
    return this.#down;
  }

  /** A count() call begins: `stopped` rejects if the counter goes down before it calls `leave()`. */
  enter(): { stopped: Promise<never>; leave: () => void } {
    let stop!: (error: VendorApiError) => void;
    const stopped = new Promise<never>((_, reject) => (stop = reject));
    this.#calls.add(stop);
    return { stopped, leave: () => this.#calls.delete(stop) };
  }
}
