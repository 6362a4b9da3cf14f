import { inspectInRepository, readInspected, refusalText, type Refusal, type ResolvedFolders } from '../files/confined.js';
import { notUtf8Name, overRevisionTotal, tooLarge } from '../budget/text.js';
import { MAX_PROMPT_BYTES } from '../common/prompt-size.js';
import { UserError } from '../common/errors.js';
import type { Revision } from '../budget/report.js';
import type { RevisionReader } from '../budget/revision.js';
import { git, splitNul, splitPaths } from './run.js';

/**
 * The working tree as head: tracked files plus untracked ones git does not ignore, so a prompt
 * added but not yet committed is counted locally, and build output in .gitignore is not.
 */
export function worktreeRevision(root: string, revision: Revision): RevisionReader {
  let notUtf8 = new Set<string>();
  return {
    revision,
    async listFiles() {
      const [present, deleted] = await Promise.all([
        git(root, ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate']),
        git(root, ['ls-files', '-z', '--deleted']),
      ]);
      const gone = new Set(splitNul(deleted));
      const listed = splitPaths(present);
      notUtf8 = listed.notUtf8;
      return listed.paths.filter((path) => !gone.has(path));
    },
    async readFiles(paths) {
      const contents = new Map<string, Uint8Array | UserError>();
      // Each file is looked at (confined, regular, its size) before any is read, so the revision's
      // total is weighed in path order, the same at base and head. One file at a time, with
      // blocking calls (see src/files/confined.ts), so never more than one is open.
      const folders: ResolvedFolders = new Map();
      const found = paths.map((path) => (notUtf8.has(path) ? { refused: notUtf8Name(path) } : inspectInRepository(root, path, folders)));
      const sized = paths.flatMap((path, i) => {
        const look = found[i]!;
        if (!('refused' in look)) {
          if (look.info.size <= MAX_PROMPT_BYTES) return [{ path, size: look.info.size }];
          contents.set(path, tooLarge(path, look.info.size));
          return [];
        }
        contents.set(path, look.refused instanceof UserError ? look.refused : refusedPrompt(path, look.refused));
        return [];
      });
      const tooMuch = overRevisionTotal(sized);
      for (const [path, error] of tooMuch) contents.set(path, error);
      const wanted = paths.flatMap((path, i) => {
        const look = found[i]!;
        return contents.has(path) || 'refused' in look ? [] : [{ path, look }];
      });
      for (const { path, look } of wanted) {
        const result = readInspected(look, MAX_PROMPT_BYTES);
        contents.set(path, 'bytes' in result ? result.bytes : refusedPrompt(path, result.refused));
      }
      // In the order asked for.
      return new Map(paths.map((path) => [path, contents.get(path)!]));
    },
  };
}

/** A symbolic link that leads out of the repository or nowhere, said alike at head and at base. */
export function linkLeadsOut(path: string): UserError {
  return refusedPrompt(path, { kind: 'outside' });
}

/** Why a prompt file was not read, with what to do about it in budgets.yml. */
function refusedPrompt(path: string, refusal: Refusal): UserError {
  if (refusal.kind === 'too-large') return tooLarge(path, refusal.bytes);
  if (refusal.kind === 'outside') return new UserError(refusalText(path, refusal), 'Copy the prompt into the repository, or exclude the link with a "!" glob.');
  return new UserError(refusalText(path, refusal), 'Point `files` at prompt files, or exclude this path with a "!" glob.');
}
