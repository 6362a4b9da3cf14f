import { UserError } from '../common/errors.js';
import type { Revision } from '../budget/report.js';
import type { RevisionReader } from '../budget/revision.js';
/**
 * The working tree as head: tracked files plus untracked ones git does not ignore, so a prompt
 * added but not yet committed is counted locally, and build output in .gitignore is not.
 */
export declare function worktreeRevision(root: string, revision: Revision): RevisionReader;
/** A symbolic link that leads out of the repository or nowhere, said alike at head and at base. */
export declare function linkLeadsOut(path: string): UserError;
