import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { MAX_PROMPT_BYTES, tooLarge } from '../budget/text.js';
import { UserError } from '../errors.js';
import type { Revision } from '../budget/report.js';
import type { RevisionReader } from '../budget/revision.js';
import { git, splitNul } from './run.js';

/** Files read at once: enough to keep the disk busy, far below any open-file limit (often 1,024). */
const MAX_OPEN_FILES = 64;

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
      const real = await realpath(root);
      const contents = new Map<string, Uint8Array | UserError>();
      // A few reads at a time: one promise per file would open every file at once, and a glob
      // matching 100,000 files then fails most of them with EMFILE (too many open files).
      let next = 0;
      const reader = async () => {
        while (next < paths.length) {
          const path = paths[next++]!;
          contents.set(path, await readInside(real, root, path));
        }
      };
      await Promise.all(Array.from({ length: Math.min(MAX_OPEN_FILES, paths.length) }, reader));
      // In the order asked for, whichever read finished first.
      return new Map(paths.map((path) => [path, contents.get(path)!]));
    },
  };
}

/** A symbolic link that leads out of the repository or nowhere, said alike at head and at base. */
export function linkLeadsOut(path: string): UserError {
  return new UserError(`${path} is a symbolic link that points outside the repository (or nowhere)`, 'Copy the prompt into the repository, or exclude the link with a "!" glob.');
}

/**
 * A file's bytes, following a symbolic link only while it stays inside the repository: a prompt
 * may be a link to a shared one, but a link to /etc/passwd or ~/.ssh must not be read (or counted).
 */
async function readInside(realRoot: string, root: string, path: string): Promise<Uint8Array | UserError> {
  const full = join(root, path);
  const info = await lstat(full);
  if (info.isSymbolicLink()) {
    const target = await realpath(full).catch(() => undefined);
    const inside = target !== undefined && !relative(realRoot, target).startsWith(`..${sep}`) && relative(realRoot, target) !== '..';
    if (!inside) return linkLeadsOut(path);
  }
  // Not read at all when too large: hundreds of megabytes would only be refused after reading.
  const size = info.isSymbolicLink() ? (await stat(full)).size : info.size;
  if (size > MAX_PROMPT_BYTES) return tooLarge(path, size);
  return readFile(full).catch(
    (error: NodeJS.ErrnoException) => new UserError(`${path} cannot be read (${error.code ?? error.message})`, 'Point `files` at prompt files, or exclude this path with a "!" glob.'),
  );
}
