import type { Engines } from '../budget/count-texts.js';
export interface CountingApiOptions {
    anthropicApiKey?: string | undefined;
    geminiApiKey?: string | undefined;
    /**
     * A file that keeps the APIs' answers between runs (MACs keyed by the API key, and numbers). A
     * file a pull request could have written (inside a git checkout, not ignored) gets a warning.
     */
    cacheFile?: string | undefined;
    /** The repository: a cache file inside it is read and written as the PR's own files are (never through a link). */
    root?: string | undefined;
    log: (line: string) => void;
    /**
     * Where a failed API is reported: its counts become estimates (a quiet change of method a
     * reader of the log must not miss). `log` when absent.
     */
    warn?: (line: string) => void;
    /**
     * Base URLs, as the vendors' own SDKs read them (ANTHROPIC_BASE_URL, GOOGLE_GEMINI_BASE_URL):
     * for a proxy, or a local server in tests. https only, but for loopback addresses.
     */
    env?: NodeJS.ProcessEnv;
}
export interface CountingApis {
    vendors: NonNullable<Engines['vendors']>;
    /** Writes the cache file, when there is one; a failure to write is logged, never fatal. */
    save(): Promise<void>;
}
export declare function openCountingApis(options: CountingApiOptions): Promise<CountingApis>;
/**
 * How the cache file is exposed to a pull request, when it is: inside a git work tree and tracked,
 * or untracked but not ignored (a PR could add it). Undefined outside a work tree, for an ignored
 * path, or when git cannot tell (not installed, a repository git refuses to read).
 */
export declare function inCheckout(path: string): Promise<string | undefined>;
/** The environment variables the CLI reads keys from: secrets, redacted from everything it prints. */
export declare const KEY_VARIABLES: readonly ["ANTHROPIC_API_KEY", "GEMINI_API_KEY", "GOOGLE_API_KEY"];
/**
 * The CLI's counting APIs, from the keys in the environment as the vendors' own SDKs name them
 * (Gemini's SDK also reads GOOGLE_API_KEY). Every key there is registered as a secret
 * (src/common/secrets.ts), the one not used too.
 */
export declare function countingApisFromEnv(cacheFile: string | undefined, log: (line: string) => void, env?: NodeJS.ProcessEnv): Promise<CountingApis>;
