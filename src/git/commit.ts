import type { Revision } from '../budget/report.js';
import type { RevisionReader } from '../budget/revision.js';
import { posix } from 'node:path';
import { notUtf8Name, overRevisionTotal, tooLarge } from '../budget/text.js';
import { MAX_PROMPT_BYTES } from '../common/prompt-size.js';
import type { UserError } from '../common/errors.js';
import { git, splitPaths } from './run.js';
import { linkLeadsOut } from './worktree.js';

/**
 * A commit as base, read straight from the object database: no checkout, no API download.
 * Blobs are read in one `git cat-file --batch` call however many files there are.
 */
export function commitRevision(root: string, sha: string, revision: Revision): RevisionReader {
  let tree: Promise<Tree> | undefined;
  const listing = () => (tree ??= listBlobs(root, sha));
  return {
    revision,
    listFiles: async () => {
      const { blobs, linksOut } = await listing();
      return [...blobs.keys(), ...linksOut];
    },
    async readFiles(paths) {
      const { blobs: ids, linksOut, notUtf8 } = await listing();
      const known = paths.filter((path) => ids.has(path) && !notUtf8.has(path));
      // Refused by size from the tree listing, never read: git would hand over the whole blob
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
      return files;
    },
  };
}

interface Blob {
  object: string;
  size: number;
}

interface Tree {
  blobs: Map<string, Blob>;
  /** Symbolic links that lead out of the commit or to nothing in it: listed, never read. */
  linksOut: Set<string>;
  /** Paths git names in bytes that are not UTF-8, by their visible spelling: listed, never read. */
  notUtf8: Set<string>;
}

/**
 * path → blob id and size for regular files, and for symbolic links that point at a file inside the
 * commit (as the working tree follows them); links leading out of the repository or to nothing
 * are listed apart, as the working tree lists them; submodules are not prompt files.
 */
async function listBlobs(root: string, sha: string): Promise<Tree> {
  const output = await git(root, ['ls-tree', '-r', '-z', '--long', '--full-tree', sha]);
  const blobs = new Map<string, Blob>();
  const links: [path: string, object: string][] = [];
  const entries = splitPaths(output);
  const notUtf8 = new Set<string>();
  for (const entry of entries.paths) {
    // "<mode> <type> <object> <size, padded>\t<path>"
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, object, size] = entry.slice(0, tab).split(/ +/);
    if (type !== 'blob' || !object) continue;
    if (entries.notUtf8.has(entry)) notUtf8.add(entry.slice(tab + 1));
    if (mode === '120000') links.push([entry.slice(tab + 1), object]);
    else blobs.set(entry.slice(tab + 1), { object, size: Number(size) });
  }
  const targets = await catBlobs(root, links.map(([, object]) => object));
  const linksOut = new Set<string>();
  links.forEach(([path, ], i) => {
    const target = posix.normalize(posix.join(posix.dirname(path), targets[i]!.toString('utf8')));
    const blob = !target.startsWith('../') && !posix.isAbsolute(target) ? blobs.get(target) : undefined;
    if (blob) blobs.set(path, blob);
    else linksOut.add(path);
  });
  return { blobs, linksOut, notUtf8 };
}

async function catBlobs(root: string, objects: readonly string[]): Promise<Buffer[]> {
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
