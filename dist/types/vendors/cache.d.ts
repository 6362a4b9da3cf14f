import type { Vendor } from './errors.js';
declare const FORMAT = "prompt-budget/vendor-count-cache";
/** 2: entries are HMACs keyed by the API key (1 had plain sha256 addresses, which anyone can forge). */
declare const VERSION = 2;
interface CacheFile {
    format: typeof FORMAT;
    version: typeof VERSION;
    entries: Record<string, number>;
}
export declare class CountCache {
    #private;
    /**
     * The address of a count: HMAC-SHA256, keyed by the API key that obtained it, over the method,
     * the vendor, the model and the text, unambiguously joined.
     */
    static key(apiKey: string, vendor: Vendor, model: string, text: string): string;
    get size(): number;
    /** The count at an address made by CountCache.key. */
    get(key: string): number | undefined;
    set(key: string, tokens: number): void;
    toJSON(): CacheFile;
    /** The cache a file's JSON holds, or why it holds none. */
    static fromJSON(value: unknown): CountCache | string;
    /**
     * The cache saved at `path`; an empty one when there is no file yet. A file that is unreadable,
     * too big, not JSON, or not ours is ignored with a log line: a cache can only save requests,
     * never fail a run. Its size is checked before anything is read.
     */
    static load(path: string, log?: (message: string) => void, root?: string): Promise<CountCache>;
    /**
     * Writes the cache to `path` (creating its folder) by renaming a new file over it, so a reader
     * never sees half a file; inside the repository `root`, never through a link.
     */
    save(path: string, root?: string): Promise<void>;
}
export {};
