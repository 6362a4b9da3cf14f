/**
 * Files read from git's object database by blob id: a commit's tree (the base) and the index (the
 * staged head) are both lists of blobs, read the same way and refused for the same reasons.
 * Listing names blob ids only; sizes are asked for the files a component wants, never for every
 * entry: in a partial clone each size of a blob that is not local would be a fetch.
 */
import { posix } from 'node:path';
import type { Revision } from '../budget/report.js';
import type { RevisionReader } from '../budget/revision.js';
import { notUtf8Name, overRevisionTotal, tooLarge } from '../budget/text.js';
import { MAX_PROMPT_BYTES } from '../common/prompt-size.js';
import { UserError } from '../common/errors.js';
import type { Refusal } from '../files/confined.js';
import { git } from './run.js';
import { linkLeadsOut } from './worktree.js';

/** A link's target is a path: PATH_MAX (4,096 bytes on Linux) bounds what a working tree could follow. */
const MAX_LINK_BYTES = 4096;

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
export function blobRevision(root: string, revision: Revision, source: BlobSource, list: () => Promise<Tree>): RevisionReader {
  let tree: Promise<Tree> | undefined;
  const listing = () => (tree ??= list());
  return {
    revision,
    listFiles: async () => {
      const { blobs, linksOut, refused } = await listing();
      return [...blobs.keys(), ...linksOut, ...refused.keys()];
    },
    async readFiles(paths) {
      const { blobs: ids, linksOut, notUtf8, refused } = await listing();
      const files = new Map<string, Uint8Array | UserError>();
      const known = paths.filter((path) => ids.has(path) && !notUtf8.has(path));
      const sizes = await blobSizes(root, known.map((path) => ids.get(path)!), source);
      const sized: { path: string; size: number }[] = [];
      known.forEach((path, i) => {
        const size = sizes[i];
        if (size === undefined) files.set(path, missingObject(path, ids.get(path)!, source).error);
        // Refused by size, never read: git would hand over the whole blob (a 200 MB one took half
        // a gigabyte of memory), only to be refused after.
        else if (size > MAX_PROMPT_BYTES) files.set(path, tooLarge(path, size));
        else sized.push({ path, size });
      });
      const tooMuch = overRevisionTotal(sized);
      const wanted = sized.filter(({ path }) => !tooMuch.has(path)).map(({ path }) => path);
      const contents = await catBlobs(root, wanted.map((path) => ids.get(path)!), source);
      wanted.forEach((path, i) => files.set(path, contents[i] ?? missingObject(path, ids.get(path)!, source).error));
      for (const [path, error] of tooMuch) files.set(path, error);
      for (const path of paths.filter((p) => notUtf8.has(p))) files.set(path, notUtf8Name(path));
      // As the working tree says of them at head, so an untouched link is the same problem on both sides.
      for (const path of paths.filter((p) => linksOut.has(p))) files.set(path, linkLeadsOut(path));
      for (const path of paths.filter((p) => refused.has(p))) files.set(path, refused.get(path)!.error);
      return files;
    },
  };
}

/**
 * Symbolic links (mode 120000) resolved as the working tree follows them: one that points at a
 * regular file inside the revision reads as that file; one leading out of the repository or to
 * nothing is listed apart, never read. A link's own blob is sized first and read only when it
 * could be a path (MAX_LINK_BYTES); a longer or missing one is refused. Adds to `blobs`.
 */
export async function resolveLinks(root: string, blobs: Map<string, string>, links: readonly (readonly [path: string, object: string])[], source: BlobSource): Promise<{ linksOut: Set<string>; refused: Map<string, Refused> }> {
  const linksOut = new Set<string>();
  const refused = new Map<string, Refused>();
  const sizes = await blobSizes(root, links.map(([, object]) => object), source);
  const readable = links.filter(([path, object], i) => {
    const size = sizes[i];
    if (size === undefined) refused.set(path, missingObject(path, object, source));
    else if (size > MAX_LINK_BYTES) refused.set(path, linkTooLong(path, size));
    return size !== undefined && size <= MAX_LINK_BYTES;
  });
  const targets = await catBlobs(root, readable.map(([, object]) => object), source);
  readable.forEach(([path, object], i) => {
    const bytes = targets[i];
    if (!bytes) {
      refused.set(path, missingObject(path, object, source));
      return;
    }
    const target = posix.normalize(posix.join(posix.dirname(path), bytes.toString('utf8')));
    const blob = !target.startsWith('../') && !posix.isAbsolute(target) ? blobs.get(target) : undefined;
    if (blob) blobs.set(path, blob);
    else linksOut.add(path);
  });
  return { linksOut, refused };
}

/**
 * Each object's content, from one `git cat-file --batch`; undefined for one git does not have
 * (it was there when sized, but a `git gc` may run between).
 */
export async function catBlobs(root: string, objects: readonly string[], source: BlobSource): Promise<(Buffer | undefined)[]> {
  if (objects.length === 0) return [];
  const output = await git(root, ['cat-file', '--batch'], Buffer.from(objects.join('\n') + '\n'), gitOptions(source));
  const contents: (Buffer | undefined)[] = [];
  let offset = 0;
  for (let i = 0; i < objects.length; i++) {
    // Each object: "<oid> <type> <size>\n<content>\n", or "<oid> missing\n".
    const newline = output.indexOf(10, offset);
    const header = output.subarray(offset, newline).toString('utf8').split(' ');
    const size = Number(header[2]);
    if (header.length !== 3 || !Number.isSafeInteger(size)) {
      contents.push(undefined);
      offset = newline + 1;
      continue;
    }
    contents.push(output.subarray(newline + 1, newline + 1 + size));
    offset = newline + 1 + size + 1;
  }
  return contents;
}

/**
 * Each object's size, from one `git cat-file --batch-check` (no content read); undefined for one
 * git does not have. A size that is not a number is never taken for one: NaN compares false with
 * every limit, and an absent file read as empty would pass its budget.
 */
export async function blobSizes(root: string, objects: readonly string[], source: BlobSource): Promise<(number | undefined)[]> {
  if (objects.length === 0) return [];
  const output = (await git(root, ['cat-file', '--batch-check'], Buffer.from(objects.join('\n') + '\n'), gitOptions(source))).toString('utf8');
  // "<oid> <type> <size>" per line, or "<oid> missing".
  return output.split('\n').slice(0, objects.length).map((line) => {
    const [, type, size] = line.split(' ');
    const bytes = Number(size);
    return type === 'blob' && size !== undefined && /^\d+$/.test(size) && Number.isSafeInteger(bytes) ? bytes : undefined;
  });
}

/**
 * The index's blobs are never fetched: `git add` writes them locally, so one that is missing is
 * not a partial clone's promise, and a pre-commit hook must not go to the network for it (git
 * would fetch each on its own, on every commit). A commit's may be: in a blobless clone
 * (actions/checkout with `filter: blob:none`) the base's copy of a changed prompt is fetched on
 * demand, and only those of the files a component asks for (sizes are never asked of a whole tree).
 * GIT_NO_LAZY_FETCH needs git 2.44 or later; an older git fetches as before.
 */
function gitOptions(source: BlobSource): { env?: Record<string, string> } {
  return source === 'index' ? { env: { GIT_NO_LAZY_FETCH: '1' } } : {};
}

export function missingObject(path: string, object: string, source: BlobSource): Refused {
  const error =
    source === 'index'
      ? new UserError(
          `${path} cannot be read: the index names object ${object.slice(0, 12)}, which git does not have`,
          'Run `git fsck` to see what is missing, then add the file again (`git add` it, or `git rm --cached` it if it should not be committed).',
        )
      : new UserError(
          `${path} cannot be read: the commit names object ${object.slice(0, 12)}, which is not in this clone (and could not be fetched)`,
          'Fetch it (`git fetch origin`; a partial clone needs its remote), or check out without `filter` on actions/checkout; otherwise run `git fsck`.',
        );
  return { error, refusal: { kind: 'unreadable', code: source === 'index' ? 'the index names an object git does not have: run git fsck, then add the file again' : 'its object is not in this clone' } };
}

function linkTooLong(path: string, bytes: number): Refused {
  return {
    error: new UserError(
      `${path} is a symbolic link whose target is ${bytes.toLocaleString('en-US')} bytes long, more than a path can be (${MAX_LINK_BYTES.toLocaleString('en-US')}): it is not followed`,
      'Make it a regular file, or a link to a file inside the repository.',
    ),
    refusal: { kind: 'unreadable', code: `a symbolic link whose target is ${bytes.toLocaleString('en-US')} bytes long` },
  };
}
