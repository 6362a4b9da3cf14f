/**
 * The index as head (`prompt-budget check --staged`): what `git commit` would record, for a
 * pre-commit hook. Read from blobs like a commit, never from the working tree, so an edit left
 * unstaged neither counts nor hides what is staged. Git's commands honour GIT_INDEX_FILE, so the
 * temporary index of `git commit -a` or `git commit <path>` is the one read.
 */
import { posix } from 'node:path';
import type { Revision } from '../budget/report.js';
import type { RevisionReader } from '../budget/revision.js';
import { UserError } from '../common/errors.js';
import { pathRefusal, type ReadResult } from '../files/confined.js';
import { blobRevision, blobSizes, catBlobs, missingObject, resolveLinks, type Refused, type Tree } from './blobs.js';
import { git, splitPaths } from './run.js';

/** Regular files: 100644 and 100755. Links (120000) are resolved as in a commit; gitlinks (160000, submodules) are not files. */
const REGULAR_MODES = new Set(['100644', '100755']);
const LINK_MODE = '120000';

export function stagedRevision(root: string, revision: Revision): RevisionReader {
  return blobRevision(root, revision, 'index', () => listIndex(root));
}

/**
 * One file as staged, for budgets.yml and the files it names: refused by its spelling as the
 * working tree's reader refuses it, then confined to the index (a path is an entry or missing),
 * bounded by `maxBytes` from the blob's size before it is read.
 */
export async function readStaged(root: string, named: string, maxBytes: number): Promise<ReadResult> {
  // The working tree's rules for the path, then its spelling as the index has it (`./x` is `x`).
  const outside = pathRefusal(named);
  if (outside) return { refused: outside };
  const path = posix.normalize(named);
  const { blobs, linksOut, refused } = await listIndex(root, path);
  if (linksOut.has(path)) return { refused: { kind: 'outside' } };
  const refusal = refused.get(path);
  if (refusal) return { refused: refusal.refusal };
  const object = blobs.get(path);
  // The pathspec lists a folder's entries under it: a folder, as the working tree says of one.
  const inFolder = (entry: string) => entry.startsWith(`${path}/`);
  if (!object) return { refused: [...blobs.keys(), ...linksOut, ...refused.keys()].some(inFolder) ? { kind: 'not-a-file', what: 'a directory' } : { kind: 'missing' } };
  const [size] = await blobSizes(root, [object], 'index');
  if (size === undefined) return { refused: missingObject(path, object, 'index').refusal };
  if (size > maxBytes) return { refused: { kind: 'too-large', bytes: size } };
  const [bytes] = await catBlobs(root, [object], 'index');
  return bytes ? { bytes } : { refused: missingObject(path, object, 'index').refusal };
}

/**
 * The index's entries: path → blob id for regular files and links inside it; links out listed
 * apart; paths with a merge conflict (stages 1-3) refused until it is resolved. No sizes: those
 * are asked only of the files read. With `only`, that path and whatever a link at it points to.
 */
async function listIndex(root: string, only?: string): Promise<Tree> {
  const output = await git(root, ['ls-files', '--stage', '-z', ...(only === undefined ? [] : ['--', `:(literal)${only}`])]);
  const entries = splitPaths(output);
  const blobs = new Map<string, string>();
  const links: [path: string, object: string][] = [];
  const notUtf8 = new Set<string>();
  const refused = new Map<string, Refused>();
  for (const entry of entries.paths) {
    // "<mode> <object> <stage>\t<path>"
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const path = entry.slice(tab + 1);
    const [mode = '', object = '', stage] = entry.slice(0, tab).split(' ');
    if (entries.notUtf8.has(entry)) notUtf8.add(path);
    if (stage !== '0') refused.set(path, unmerged(path));
    else if (REGULAR_MODES.has(mode)) blobs.set(path, object);
    else if (mode === LINK_MODE) links.push([path, object]);
  }
  // A link read alone points at a file the listing of one path did not hold: list the whole index for it.
  if (only !== undefined && links.length > 0) return listIndex(root);
  const resolved = await resolveLinks(root, blobs, links, 'index');
  return { blobs, linksOut: resolved.linksOut, notUtf8, refused: new Map([...refused, ...resolved.refused]) };
}

function unmerged(path: string): Refused {
  return {
    error: new UserError(`${path} has a merge conflict in the index`, 'Resolve it and `git add` the file, then check again.'),
    refusal: { kind: 'not-a-file', what: 'an unmerged entry (resolve the conflict and `git add` it)' },
  };
}
