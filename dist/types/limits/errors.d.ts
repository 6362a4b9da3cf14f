/** What a refused call throws: typed, so an application can answer "try again in an hour" or page someone. */
/** A limit of budgets.yml would be exceeded by this call: nothing was charged. */
export declare class LimitExceededError extends Error {
    readonly limit: string;
    readonly used: number;
    readonly allowed: number;
    readonly unit: 'tokens' | 'microdollars';
    readonly retryAfterSeconds: number;
    readonly user?: string;
    readonly tier?: string;
    readonly request: string;
    constructor(details: {
        request: string;
        limit: string;
        used: number;
        allowed: number;
        unit: 'tokens' | 'microdollars';
        retryAfterSeconds: number;
        user?: string;
        tier?: string;
    });
}
/** The request's kill switch is on in the store. */
export declare class RequestDisabledError extends Error {
    readonly request: string;
    constructor(request: string);
}
/** The store failed or was slower than `limits.store.timeout`, and `on_failure: closed` refuses. */
export declare class LimitStoreError extends Error {
    constructor(message: string, cause?: unknown);
}
