import type { Revision } from '../budget/report.js';
import type { RevisionReader } from '../budget/revision.js';
import { type ReadResult } from '../files/confined.js';
export declare function stagedRevision(root: string, revision: Revision): RevisionReader;
/**
 * One file as staged, for budgets.yml and the files it names: refused by its spelling as the
 * working tree's reader refuses it, then confined to the index (a path is an entry or missing),
 * bounded by `maxBytes` from the blob's size before it is read.
 */
export declare function readStaged(root: string, named: string, maxBytes: number): Promise<ReadResult>;
