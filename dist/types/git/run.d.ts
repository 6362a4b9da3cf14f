/**
 * Runs git in `cwd` and returns its stdout as bytes. No shell: arguments are passed as they are.
 * `env` adds variables (GIT_NO_LAZY_FETCH for the index's blobs, see blobs.ts).
 */
export declare function git(cwd: string, args: readonly string[], input?: Uint8Array, options?: {
    env?: Record<string, string>;
}): Promise<Buffer>;
export declare function gitText(cwd: string, args: readonly string[]): Promise<string>;
/** NUL-separated output (`-z`) as a list, without the empty tail. */
export declare function splitNul(output: Buffer): string[];
/**
 * NUL-separated paths (`-z`). Git names files in bytes; a name that is not UTF-8 cannot be read
 * back from a decoded string (a lossy decoding names another file), so it is listed under a
 * visible spelling (`\xff` for each byte that is not UTF-8) and in `notUtf8`, to be refused alone.
 */
export declare function splitPaths(output: Buffer): {
    paths: string[];
    notUtf8: Set<string>;
};
