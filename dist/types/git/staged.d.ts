/**
 * The index as head (`prompt-budget check --staged`): what `git commit` would record, for a
 * pre-commit hook. Read from blobs like a commit, never from the working tree, so an edit left
 * unstaged neither counts nor hides what is staged. Git's commands honour GIT_INDEX_FILE, so the
 * temporary index of `git commit -a` or `git commit <path>` is the one read.
 */
import type { Revision } from '../budget/report.js';
import type { RevisionReader } from '../budget/revision.js';
import type { ReadResult } from '../files/confined.js';
export declare function stagedRevision(root: string, revision: Revision): RevisionReader;
/**
 * One file as staged, for budgets.yml and the files it names: confined to the index (a path is
 * an entry or missing), bounded by `maxBytes` from the blob's size before it is read.
 */
export declare function readStaged(root: string, path: string, maxBytes: number): Promise<ReadResult>;
