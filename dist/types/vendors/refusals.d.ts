/**
 * What a counter will not ask the API again this run: a model it refused (unknown, not permitted
 * for the key, a URL not found), or anything at all once the counter is down (see api-counter.ts).
 * Going down stops every count() call under way at once.
 */
import type { VendorApiError } from './errors.js';
export declare class Refusals {
    #private;
    /** Why the counter is down, once it is. */
    get down(): VendorApiError | undefined;
    /** count() calls under way. */
    get calls(): number;
    /** Throws why a request for `model` would be refused, if it would. */
    check(model: string): void;
    refuseModel(model: string, error: VendorApiError): VendorApiError;
    /** Takes the counter down with `error` (the first error stays), stopping every call: what it is down with. */
    goDown(error: VendorApiError): VendorApiError;
    /** A count() call begins: `stopped` rejects if the counter goes down before it calls `leave()`. */
    enter(): {
        stopped: Promise<never>;
        leave: () => void;
    };
}
