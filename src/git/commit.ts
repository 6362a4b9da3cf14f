import type { Revision } from '../budget/report.js';
import type { RevisionReader } from '../budget/revision.js';
import { blobRevision, resolveLinks, type Tree } from './blobs.js';
import { git, splitPaths } from './run.js';

/**
 * A commit as base, read straight from the object database: no checkout, no API download.
 * Blobs are sized and read in one `git cat-file` call each, however many files there are.
 */
export function commitRevision(root: string, sha: string, revision: Revision): RevisionReader {
  return blobRevision(root, revision, 'commit', () => listBlobs(root, sha));
}

/**
 * path → blob id for regular files, and for symbolic links that point at a file inside the
 * commit (as the working tree follows them); links leading out of the repository or to nothing
 * are listed apart, as the working tree lists them; submodules are not prompt files. Without
 * `--long`: sizing every blob of the tree would fetch each one a partial clone lacks.
 */
async function listBlobs(root: string, sha: string): Promise<Tree> {
  const output = await git(root, ['ls-tree', '-r', '-z', '--full-tree', sha]);
  const blobs = new Map<string, string>();
  const links: [path: string, object: string][] = [];
  const entries = splitPaths(output);
  const notUtf8 = new Set<string>();
  for (const entry of entries.paths) {
    // "<mode> <type> <object>\t<path>"
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, object] = entry.slice(0, tab).split(' ');
    if (type !== 'blob' || !object) continue;
    if (entries.notUtf8.has(entry)) notUtf8.add(entry.slice(tab + 1));
    if (mode === '120000') links.push([entry.slice(tab + 1), object]);
    else blobs.set(entry.slice(tab + 1), object);
  }
  const { linksOut, refused } = await resolveLinks(root, blobs, links, 'commit');
  return { blobs, linksOut, notUtf8, refused };
}
