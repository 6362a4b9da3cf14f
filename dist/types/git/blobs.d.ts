import type { Revision } from '../budget/report.js';
import type { RevisionReader } from '../budget/revision.js';
import type { UserError } from '../common/errors.js';
export interface Blob {
    object: string;
    size: number;
}
export interface Tree {
    blobs: Map<string, Blob>;
    /** Symbolic links that lead out of the revision or to nothing in it: listed, never read. */
    linksOut: Set<string>;
    /** Paths git names in bytes that are not UTF-8, by their visible spelling: listed, never read. */
    notUtf8: Set<string>;
    /** Paths listed but refused whatever is asked of them (an unmerged index entry), with why. */
    refused?: Map<string, UserError>;
}
/**
 * A revision whose files are blobs: listed once, read in one `git cat-file --batch` call however
 * many files there are. Sizes come from the listing, so a blob over the limit is never read.
 */
export declare function blobRevision(root: string, revision: Revision, list: () => Promise<Tree>): RevisionReader;
/**
 * Symbolic links (mode 120000) resolved as the working tree follows them: one that points at a
 * regular file inside the revision reads as that file; one leading out of the repository or to
 * nothing is listed apart, never read. Adds to `blobs`; returns the links that lead out.
 */
export declare function resolveLinks(root: string, blobs: Map<string, Blob>, links: readonly (readonly [path: string, object: string])[]): Promise<Set<string>>;
export declare function catBlobs(root: string, objects: readonly string[]): Promise<Buffer[]>;
/** Each object's size, from `git cat-file --batch-check` (no content read); NaN for one git lacks. */
export declare function blobSizes(root: string, objects: readonly string[]): Promise<number[]>;
