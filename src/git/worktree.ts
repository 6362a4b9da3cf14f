import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Revision } from '../budget/report.js';
import type { RevisionReader } from '../budget/revision.js';
import { git, splitNul } from './run.js';

/**
 * The working tree as head: tracked files plus untracked ones git does not ignore, so a prompt
 * added but not yet committed is counted locally, and build output in .gitignore is not.
 */
export function worktreeRevision(root: string, revision: Revision): RevisionReader {
  return {
    revision,
    async listFiles() {
      const [present, deleted] = await Promise.all([
        git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate']),
        git(root, ['ls-files', '-z', '--deleted']),
      ]);
      const gone = new Set(splitNul(deleted));
      return splitNul(present).filter((path) => !gone.has(path));
    },
    async readFiles(paths) {
      const contents = await Promise.all(paths.map(async (path) => [path, await readFile(join(root, path))] as const));
      return new Map(contents);
    },
  };
}
