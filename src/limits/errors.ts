/** What a refused call throws: typed, so an application can answer "try again in an hour" or page someone. */

/** A limit of budgets.yml would be exceeded by this call: nothing was charged. */
export class LimitExceededError extends Error {
  readonly limit: string;
  readonly used: number;
  readonly allowed: number;
  readonly unit: 'tokens' | 'microdollars';
  readonly retryAfterSeconds: number;
  readonly user?: string;
  readonly tier?: string;
  readonly request: string;

  constructor(details: { request: string; limit: string; used: number; allowed: number; unit: 'tokens' | 'microdollars'; retryAfterSeconds: number; user?: string; tier?: string }) {
    const amount = (n: number) => (details.unit === 'tokens' ? `${n.toLocaleString('en-US')} tokens` : `$${(n / 1e6).toFixed(2)}`);
    super(`${details.request}: ${details.limit} is reached (${amount(details.used)} of ${amount(details.allowed)} used${details.user !== undefined ? ` by ${details.user}` : ''}); try again in ${details.retryAfterSeconds}s`);
    this.name = 'LimitExceededError';
    this.request = details.request;
    this.limit = details.limit;
    this.used = details.used;
    this.allowed = details.allowed;
    this.unit = details.unit;
    this.retryAfterSeconds = details.retryAfterSeconds;
    if (details.user !== undefined) this.user = details.user;
    if (details.tier !== undefined) this.tier = details.tier;
  }
}

/** The request's kill switch is on in the store. */
export class RequestDisabledError extends Error {
  constructor(readonly request: string) {
    super(`${request} is turned off (its kill switch is set in the limit store)`);
    this.name = 'RequestDisabledError';
  }
}

/** The store failed or was slower than `limits.store.timeout`, and `on_failure: closed` refuses. */
export class LimitStoreError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, { cause });
    this.name = 'LimitStoreError';
  }
}
