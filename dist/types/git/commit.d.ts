import type { Revision } from '../budget/report.js';
import type { RevisionReader } from '../budget/revision.js';
/**
 * A commit as base, read straight from the object database: no checkout, no API download.
 * Blobs are sized and read in one `git cat-file` call each, however many files there are.
 */
export declare function commitRevision(root: string, sha: string, revision: Revision): RevisionReader;
