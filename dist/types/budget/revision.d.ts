import type { UserError } from '../common/errors.js';
import type { Revision } from './report.js';
/**
 * The files of one revision (a git commit or the working tree), as the core sees them.
 * Adapters in src/git implement it; tests can use an in-memory one.
 */
export interface RevisionReader {
    readonly revision: Revision;
    /** Every file path in the revision, repository-relative with forward slashes. */
    listFiles(): Promise<string[]>;
    /** The bytes of the given files, read in one batch; a file that must not be read gives its reason. */
    readFiles(paths: readonly string[]): Promise<Map<string, Uint8Array | UserError>>;
}
/** A revision held in memory: for tests and for text given directly. */
export declare function memoryRevision(revision: Revision, files: Record<string, string | Uint8Array>): RevisionReader;
