/**
 * The one door to files a pull request controls. Its author chooses every name and symbolic link
 * in the checkout, and the job may hold keys, a write token and checkout's credentials in
 * `.git/config`. So everything the check reads from the repository (budgets.yml, prompts,
 * tokenizer files, chat templates, a count cache kept there) comes through `readInRepository`,
 * and everything init, ratchet and the cache write there goes through `writeInRepository`:
 * - only regular files: a FIFO would block the read forever, a device or /proc file has no end;
 * - resolved inside the repository: a link may point at a shared prompt, never at /etc/passwd;
 * - never under `.git/`, whose files are git's (and hold credentials), not prompts;
 * - at most `maxBytes`, counted while reading, not trusted from a size the file reports;
 * - never written through a link, nor into a folder reached through one.
 * A refusal says what the path is, never what it holds.
 *
 * Reads make blocking system calls. A check reads hundreds of small files, and a promise through
 * libuv's thread pool cost about 0.15 ms per file in waits and bookkeeping (realpath, stat, open,
 * fstat, read, close), more than tokenizing a 2 KB file; the same calls made directly take
 * microseconds, and nothing else on this thread has work while the files are read.
 */
import { type Stats } from 'node:fs';
/** Why a path was not read: each becomes a message naming the path, never quoting it. */
export type Refusal = {
    kind: 'missing';
} | {
    kind: 'outside';
} | {
    kind: 'git';
} | {
    kind: 'not-a-file';
    what: string;
} | {
    kind: 'too-large';
    bytes: number;
} | {
    kind: 'unreadable';
    code: string;
};
export type ReadResult = {
    bytes: Buffer;
} | {
    refused: Refusal;
};
/** A file found fit to read, with its size: callers may weigh sizes before reading any. */
export type Inspected = {
    real: string;
    info: Stats;
} | {
    refused: Refusal;
};
/**
 * Folders resolved during one batch of looks (a revision's files): a folder that holds many
 * prompts is resolved once. Kept for one batch only, so a folder replaced later is seen anew.
 */
export type ResolvedFolders = Map<string, string>;
/**
 * Where `path` (repository-relative, forward slashes) really is, when it may be read: a regular
 * file inside the repository and outside `.git/`. Nothing is opened. With `folders`, a file that
 * is not itself a link is found by its folder's resolved path and one lstat; anything else (a
 * link, a folder that cannot be resolved or leads out) is resolved whole, as without it.
 */
export declare function inspectInRepository(root: string, path: string, folders?: ResolvedFolders): Inspected;
/**
 * The refusal a repository-relative path earns by its spelling alone, before anything is looked
 * at: absolute or with a `..` segment (outside), or through `.git/`. Every reader of repository
 * files, the working tree's and the index's (src/git/staged.ts), refuses the same paths.
 */
export declare function pathRefusal(path: string): Refusal | undefined;
/** A repository file's bytes, or why it was not read. */
export declare function readInRepository(root: string, path: string, maxBytes: number): Promise<ReadResult>;
/** Reads a file `inspectInRepository` found fit, bounded by `maxBytes` whatever its size said. */
export declare function readInspected(found: {
    real: string;
    info: Stats;
}, maxBytes: number): ReadResult;
/**
 * A regular file's bytes, at most `maxBytes`, for paths that are not the PR's to choose (a cache
 * the workflow placed, a file named on the command line): still no FIFO, device or endless file.
 */
export declare function readRegularFile(path: string, maxBytes: number): Promise<ReadResult>;
/** What a refusal says of `shown`, the same words for every caller; `limitText` says the size limit. */
export declare function refusalText(shown: string, refusal: Refusal, limitText?: string): string;
/**
 * Writes `text` to `path` inside the repository, never through a symbolic link: not the file
 * itself (a budgets.yml linked to ~/.bashrc), nor a folder on the way (a committed `cache ->
 * /outside`). A new file is written beside it and renamed over it, so a reader sees the old file
 * or the new one, and a link put in its place is replaced, not followed.
 */
export declare function writeInRepository(root: string, path: string, text: string): Promise<void>;
/**
 * A file at a path the workflow or the user chose (the count cache): when it lies inside the
 * repository, where the pull request controls the links, it is read as the PR's own files are;
 * elsewhere as a bounded regular file.
 */
export declare function readChosenFile(root: string | undefined, full: string, maxBytes: number): Promise<ReadResult>;
/** Writes a file at a chosen path: inside the repository never through a link (see writeInRepository). */
export declare function writeChosenFile(root: string | undefined, full: string, text: string): Promise<void>;
/**
 * Writes a file by renaming a fresh one over it: the final name is never followed if it is a link.
 * For paths the workflow chose (a cache under the runner's temp folder); the mode of a file it
 * replaces is kept.
 */
export declare function writeReplacing(full: string, text: string): Promise<void>;
