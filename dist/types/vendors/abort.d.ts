/** Waiting that stops when a signal aborts, so a stopped counter leaves no timer or read behind. */
/** `promise`, or a rejection with the signal's reason as soon as it aborts (whichever comes first). */
export declare function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T>;
/** The default sleep: its timer is cleared when `signal` aborts. */
export declare function sleepUnlessAborted(ms: number, signal: AbortSignal): Promise<void>;
