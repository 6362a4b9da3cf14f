/**
 * Files read from git's object database by blob id: a commit's tree (the base) and the index (the
 * staged head) are both lists of blobs, read the same way and refused for the same reasons.
 */
import { posix } from 'node:path';
import type { Revision } from '../budget/report.js';
import type { RevisionReader } from '../budget/revision.js';
import { notUtf8Name, overRevisionTotal, tooLarge } from '../budget/text.js';
import { MAX_PROMPT_BYTES } from '../common/prompt-size.js';
import type { UserError } from '../common/errors.js';
import { git } from './run.js';
import { linkLeadsOut } from './worktree.js';

export interface Blob {
  object: string;
  size: number;
}

export interface Tree {
  blobs: Map<string, Blob>;
  /** Symbolic links that lead out of the revision or to nothing in it: listed, never read. */
  linksOut: Set<string>;
  /** Paths git names in bytes that are not UTF-8, by their visible spelling: listed, never read. */
  notUtf8: Set<string>;
  /** Paths listed but refused whatever is asked of them (an unmerged index entry), with why. */
  refused?: Map<string, UserError>;
}

/**
 * A revision whose files are blobs: listed once, read in one `git cat-file --batch` call however
 * many files there are. Sizes come from the listing, so a blob over the limit is never read.
 */
export function blobRevision(root: string, revision: Revision, list: () => Promise<Tree>): RevisionReader {
  let tree: Promise<Tree> | undefined;
  const listing = () => (tree ??= list());
  return {
    revision,
    listFiles: async () => {
      const { blobs, linksOut, refused } = await listing();
      return [...blobs.keys(), ...linksOut, ...(refused?.keys() ?? [])];
    },
    async readFiles(paths) {
      const { blobs: ids, linksOut, notUtf8, refused } = await listing();
      const known = paths.filter((path) => ids.has(path) && !notUtf8.has(path));
      // Refused by size from the listing, never read: git would hand over the whole blob
      // (a 200 MB one took half a gigabyte of memory), only to be refused after.
      const large = known.filter((path) => ids.get(path)!.size > MAX_PROMPT_BYTES);
      const tooMuch = overRevisionTotal(known.filter((path) => ids.get(path)!.size <= MAX_PROMPT_BYTES).map((path) => ({ path, size: ids.get(path)!.size })));
      const wanted = known.filter((path) => ids.get(path)!.size <= MAX_PROMPT_BYTES && !tooMuch.has(path));
      const contents = await catBlobs(root, wanted.map((path) => ids.get(path)!.object));
      const files = new Map<string, Uint8Array | UserError>(wanted.map((path, i) => [path, contents[i]!]));
      for (const path of large) files.set(path, tooLarge(path, ids.get(path)!.size));
      for (const [path, error] of tooMuch) files.set(path, error);
      for (const path of paths.filter((p) => notUtf8.has(p))) files.set(path, notUtf8Name(path));
      // As the working tree says of them at head, so an untouched link is the same problem on both sides.
      for (const path of paths.filter((p) => linksOut.has(p))) files.set(path, linkLeadsOut(path));
      for (const path of paths.filter((p) => refused?.has(p))) files.set(path, refused!.get(path)!);
      return files;
    },
  };
}

/**
 * Symbolic links (mode 120000) resolved as the working tree follows them: one that points at a
 * regular file inside the revision reads as that file; one leading out of the repository or to
 * nothing is listed apart, never read. Adds to `blobs`; returns the links that lead out.
 */
export async function resolveLinks(root: string, blobs: Map<string, Blob>, links: readonly (readonly [path: string, object: string])[]): Promise<Set<string>> {
  const targets = await catBlobs(root, links.map(([, object]) => object));
  const linksOut = new Set<string>();
  links.forEach(([path], i) => {
    const target = posix.normalize(posix.join(posix.dirname(path), targets[i]!.toString('utf8')));
    const blob = !target.startsWith('../') && !posix.isAbsolute(target) ? blobs.get(target) : undefined;
    if (blob) blobs.set(path, blob);
    else linksOut.add(path);
  });
  return linksOut;
}

export async function catBlobs(root: string, objects: readonly string[]): Promise<Buffer[]> {
  if (objects.length === 0) return [];
  const output = await git(root, ['cat-file', '--batch'], Buffer.from(objects.join('\n') + '\n'));
  const contents: Buffer[] = [];
  let offset = 0;
  for (let i = 0; i < objects.length; i++) {
    // Each object: "<oid> <type> <size>\n<content>\n"
    const newline = output.indexOf(10, offset);
    const header = output.subarray(offset, newline).toString('utf8').split(' ');
    const size = Number(header[2]);
    contents.push(output.subarray(newline + 1, newline + 1 + size));
    offset = newline + 1 + size + 1;
  }
  return contents;
}

/** Each object's size, from `git cat-file --batch-check` (no content read); NaN for one git lacks. */
export async function blobSizes(root: string, objects: readonly string[]): Promise<number[]> {
  if (objects.length === 0) return [];
  const output = (await git(root, ['cat-file', '--batch-check'], Buffer.from(objects.join('\n') + '\n'))).toString('utf8');
  // "<oid> <type> <size>" per line, or "<oid> missing".
  return output.split('\n').slice(0, objects.length).map((line) => Number(line.split(' ')[2]));
}
