import type { Revision } from '../budget/report.js';
import type { RevisionReader } from '../budget/revision.js';
import { UserError } from '../common/errors.js';
import type { Refusal } from '../files/confined.js';
/** Whose blobs: what a missing one means, and whether git may fetch it. */
export type BlobSource = 'commit' | 'index';
/** A path refused whatever is asked of it: the error a component shows, the refusal a single read gives. */
export interface Refused {
    error: UserError;
    refusal: Refusal;
}
export interface Tree {
    /** path → blob id; a link inside the revision names its target's blob. */
    blobs: Map<string, string>;
    /** Symbolic links that lead out of the revision or to nothing in it: listed, never read. */
    linksOut: Set<string>;
    /** Paths git names in bytes that are not UTF-8, by their visible spelling: listed, never read. */
    notUtf8: Set<string>;
    /** Paths listed but refused whatever is asked of them (an unmerged index entry, a link that cannot be followed). */
    refused: Map<string, Refused>;
}
/**
 * A revision whose files are blobs: listed once, then sized and read in one `git cat-file` call
 * each however many files there are. A blob over the limit is refused by its size, never read.
 */
export declare function blobRevision(root: string, revision: Revision, source: BlobSource, list: () => Promise<Tree>): RevisionReader;
/**
 * Symbolic links (mode 120000) resolved as the working tree follows them: one that points at a
 * regular file inside the revision reads as that file; one leading out of the repository or to
 * nothing is listed apart, never read. A link's own blob is sized first and read only when it
 * could be a path (MAX_LINK_BYTES); a longer or missing one is refused. Adds to `blobs`.
 */
export declare function resolveLinks(root: string, blobs: Map<string, string>, links: readonly (readonly [path: string, object: string])[], source: BlobSource): Promise<{
    linksOut: Set<string>;
    refused: Map<string, Refused>;
}>;
/**
 * Each object's content, from one `git cat-file --batch`; undefined for one git does not have
 * (it was there when sized, but a `git gc` may run between).
 */
export declare function catBlobs(root: string, objects: readonly string[], source: BlobSource): Promise<(Buffer | undefined)[]>;
/**
 * Each object's size, from one `git cat-file --batch-check` (no content read); undefined for one
 * git does not have. A size that is not a number is never taken for one: NaN compares false with
 * every limit, and an absent file read as empty would pass its budget.
 */
export declare function blobSizes(root: string, objects: readonly string[], source: BlobSource): Promise<(number | undefined)[]>;
export declare function missingObject(path: string, object: string, source: BlobSource): Refused;
