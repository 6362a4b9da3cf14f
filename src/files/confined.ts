/**
 * The one door to files a pull request controls. Its author chooses every name and symbolic link
 * in the checkout, and the job may hold keys, a write token and checkout's credentials in
 * `.git/config`. So everything the check reads from the repository (budgets.yml, prompts,
 * tokenizer files, chat templates, a count cache kept there) comes through `readInRepository`,
 * and everything init, ratchet and the cache write there goes through `writeInRepository`:
 * - only regular files: a FIFO would block the read forever, a device or /proc file has no end;
 * - resolved inside the repository: a link may point at a shared prompt, never at /etc/passwd;
 * - never under `.git/`, whose files are git's (and hold credentials), not prompts;
 * - at most `maxBytes`, counted while reading, not trusted from a size the file reports;
 * - never written through a link, nor into a folder reached through one.
 * A refusal says what the path is, never what it holds.
 *
 * Reads make blocking system calls. A check reads hundreds of small files, and a promise through
 * libuv's thread pool cost about 0.15 ms per file in waits and bookkeeping (realpath, stat, open,
 * fstat, read, close), more than tokenizing a 2 KB file; the same calls made directly take
 * microseconds, and nothing else on this thread has work while the files are read.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { chmod, lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { randomUUID } from 'node:crypto';
import { UserError } from '../common/errors.js';

/** Why a path was not read: each becomes a message naming the path, never quoting it. */
export type Refusal =
  | { kind: 'missing' }
  | { kind: 'outside' }
  | { kind: 'git' }
  | { kind: 'not-a-file'; what: string }
  | { kind: 'too-large'; bytes: number }
  | { kind: 'unreadable'; code: string };

export type ReadResult = { bytes: Buffer } | { refused: Refusal };

/** A file found fit to read, with its size: callers may weigh sizes before reading any. */
export type Inspected = { real: string; info: Stats } | { refused: Refusal };

/** `.git` in any case: a case-insensitive file system (macOS, Windows) opens `.GIT/config` too. */
function isGitName(name: string): boolean {
  return name.toLowerCase() === '.git';
}

function leavesRoot(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

const realRoots = new Map<string, string>();
function realRoot(root: string): string {
  let real = realRoots.get(root);
  if (real === undefined) realRoots.set(root, (real = realpathSync.native(root)));
  return real;
}

/** Whether anything, a dangling link included, has this name. */
function exists(full: string): boolean {
  try {
    lstatSync(full);
    return true;
  } catch {
    return false;
  }
}

/**
 * `real` relative to `realRoot`, both resolved: the path after the root's when it starts with it
 * (no `..` can follow in a resolved path), else what `relative` says (a case-insensitive root on
 * Windows, or a path outside).
 */
function insideReal(realRoot: string, real: string): string {
  const prefix = realRoot.endsWith(sep) ? realRoot : realRoot + sep;
  return real.startsWith(prefix) ? real.slice(prefix.length) : relative(realRoot, real);
}

/** Whether a segment of a resolved relative path is `.git` in any case; most paths have no `.git` at all. */
function hasGitName(inside: string): boolean {
  return inside.toLowerCase().includes('.git') && inside.split(sep).some(isGitName);
}

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? 'EIO';

/**
 * Folders resolved during one batch of looks (a revision's files): a folder that holds many
 * prompts is resolved once. Kept for one batch only, so a folder replaced later is seen anew.
 */
export type ResolvedFolders = Map<string, string>;

/**
 * Where `path` (repository-relative, forward slashes) really is, when it may be read: a regular
 * file inside the repository and outside `.git/`. Nothing is opened. With `folders`, a file that
 * is not itself a link is found by its folder's resolved path and one lstat; anything else (a
 * link, a folder that cannot be resolved or leads out) is resolved whole, as without it.
 */
export function inspectInRepository(root: string, path: string, folders?: ResolvedFolders): Inspected {
  const refused = pathRefusal(path);
  if (refused) return { refused };
  return (folders && inFolder(root, path.split('/'), folders)) || inspectResolved(root, path);
}

/**
 * The refusal a repository-relative path earns by its spelling alone, before anything is looked
 * at: absolute or with a `..` segment (outside), or through `.git/`. Every reader of repository
 * files, the working tree's and the index's (src/git/staged.ts), refuses the same paths.
 */
export function pathRefusal(path: string): Refusal | undefined {
  const parts = path.split('/');
  if (isAbsolute(path) || parts.includes('..')) return { kind: 'outside' };
  if (parts.some(isGitName)) return { kind: 'git' };
  return undefined;
}

/** The look through the file's resolved folder, or undefined when the whole path must be resolved. */
function inFolder(root: string, parts: string[], folders: ResolvedFolders): Inspected | undefined {
  const name = parts[parts.length - 1]!;
  // A name that a platform would split further has folders of its own to resolve.
  if (name === '' || name === '.' || name.includes('\\')) return undefined;
  const folder = parts.slice(0, -1).join('/');
  let realFolder = folders.get(folder);
  if (realFolder === undefined) {
    try {
      realFolder = realpathSync.native(join(root, folder));
    } catch {
      return undefined;
    }
    folders.set(folder, realFolder);
  }
  const real = join(realFolder, name);
  let info: Stats;
  try {
    info = lstatSync(real);
  } catch {
    return undefined;
  }
  // Not a link, in a resolved folder: `real` is what resolving the whole path gives, and lstat
  // says what stat would. The checks that follow are inspectResolved's, in its order.
  if (info.isSymbolicLink()) return undefined;
  const inside = insideReal(realRoot(root), real);
  if (leavesRoot(inside)) return undefined;
  if (hasGitName(inside)) return { refused: { kind: 'git' } };
  if (!info.isFile()) return { refused: { kind: 'not-a-file', what: fileKind(info) } };
  return { real, info };
}

function inspectResolved(root: string, path: string): Inspected {
  const full = join(root, path);
  let real: string;
  try {
    real = realpathSync.native(full);
  } catch (error) {
    const code = errorCode(error);
    // A link to nothing leads nowhere: said as a link out, as the base's git tree says it.
    if (code === 'ENOENT' || code === 'ENOTDIR') return exists(full) ? { refused: { kind: 'outside' } } : { refused: { kind: 'missing' } };
    if (code === 'ELOOP') return { refused: { kind: 'outside' } };
    return { refused: { kind: 'unreadable', code } };
  }
  const inside = insideReal(realRoot(root), real);
  if (leavesRoot(inside)) return { refused: { kind: 'outside' } };
  if (hasGitName(inside)) return { refused: { kind: 'git' } };
  let info: Stats;
  try {
    info = statSync(real);
  } catch (error) {
    return { refused: { kind: 'unreadable', code: errorCode(error) } };
  }
  if (!info.isFile()) return { refused: { kind: 'not-a-file', what: fileKind(info) } };
  return { real, info };
}

/** A repository file's bytes, or why it was not read. */
export async function readInRepository(root: string, path: string, maxBytes: number): Promise<ReadResult> {
  const found = inspectInRepository(root, path);
  if ('refused' in found) return found;
  return readInspected(found, maxBytes);
}

/** Reads a file `inspectInRepository` found fit, bounded by `maxBytes` whatever its size said. */
export function readInspected(found: { real: string; info: Stats }, maxBytes: number): ReadResult {
  if (found.info.size > maxBytes) return { refused: { kind: 'too-large', bytes: found.info.size } };
  return readBounded(found.real, maxBytes, found.info);
}

/**
 * A regular file's bytes, at most `maxBytes`, for paths that are not the PR's to choose (a cache
 * the workflow placed, a file named on the command line): still no FIFO, device or endless file.
 */
export async function readRegularFile(path: string, maxBytes: number): Promise<ReadResult> {
  return readBounded(path, maxBytes);
}

/** With `expected`, the file inspectInRepository looked at: not followed if a link, and the same inode. */
function readBounded(path: string, maxBytes: number, expected?: Stats): ReadResult {
  // Non-blocking: a FIFO put in the file's place after the check opens at once instead of waiting
  // for a writer; it is then refused by the check on the open file.
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (expected ? constants.O_NOFOLLOW : 0));
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return { refused: { kind: 'missing' } };
    if (code === 'ELOOP') return { refused: { kind: 'outside' } };
    return { refused: { kind: 'unreadable', code } };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { refused: { kind: 'not-a-file', what: fileKind(info) } };
    // Swapped for another file between the look and the open.
    if (expected && (info.ino !== expected.ino || info.dev !== expected.dev)) return { refused: { kind: 'unreadable', code: 'changed while read' } };
    if (info.size > maxBytes) return { refused: { kind: 'too-large', bytes: info.size } };
    const chunks: Buffer[] = [];
    let total = 0;
    // The size the file reports is a hint: it may grow while read, and some files report 0. One
    // byte more than it is asked for first; a short read is the end (the usual case, one read).
    for (let want = info.size + 1; total <= maxBytes; want = 64 * 1024) {
      const chunk = Buffer.allocUnsafe(Math.min(want, maxBytes + 1 - total));
      const bytesRead = readSync(fd, chunk, 0, chunk.length, null);
      if (bytesRead > 0) chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (bytesRead < chunk.length) break;
    }
    if (total > maxBytes) return { refused: { kind: 'too-large', bytes: total } };
    return { bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total) };
  } catch (error) {
    return { refused: { kind: 'unreadable', code: errorCode(error) } };
  } finally {
    closeSync(fd);
  }
}

function fileKind(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** What a refusal says of `shown`, the same words for every caller; `limitText` says the size limit. */
export function refusalText(shown: string, refusal: Refusal, limitText = ''): string {
  switch (refusal.kind) {
    case 'missing':
      return `${shown}: no such file`;
    case 'outside':
      return `${shown} is a symbolic link that points outside the repository (or nowhere)`;
    case 'git':
      return `${shown} is inside .git/, which holds git's own files (and a checkout's credentials), never a prompt or a tokenizer`;
    case 'not-a-file':
      return `${shown} is not a file: it is ${refusal.what}`;
    case 'too-large':
      return `${shown} is ${refusal.bytes.toLocaleString('en-US')} bytes; ${limitText || 'too large to read'}`;
    case 'unreadable':
      return `${shown} cannot be read (${refusal.code})`;
  }
}

/**
 * Writes `text` to `path` inside the repository, never through a symbolic link: not the file
 * itself (a budgets.yml linked to ~/.bashrc), nor a folder on the way (a committed `cache ->
 * /outside`). A new file is written beside it and renamed over it, so a reader sees the old file
 * or the new one, and a link put in its place is replaced, not followed.
 */
export async function writeInRepository(root: string, path: string, text: string): Promise<void> {
  const parts = path.split('/');
  if (isAbsolute(path) || parts.includes('..')) throw new UserError(`${path} is outside the repository; prompt-budget writes only inside it`, 'Give a path inside the repository.');
  if (parts.some(isGitName)) throw new UserError(`${path} is inside .git/; prompt-budget never writes there`, 'Give a path outside .git/.');
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('/');
    const info = await lstat(join(root, prefix)).catch(() => undefined);
    if (!info) break;
    if (info.isSymbolicLink()) {
      throw new UserError(
        `${path} is not written: ${prefix === path ? 'it is' : `${prefix} is`} a symbolic link, and prompt-budget never writes through a link (it could lead out of the repository)`,
        'Replace the link with the file (or folder) itself, or give another path.',
      );
    }
    if (i < parts.length && !info.isDirectory()) break;
    if (i === parts.length && !info.isFile()) throw new UserError(`${path} is not written: it is not a regular file`, 'Give the path of a file.');
  }
  // What is missing of the folders is created here, so none of it is a link.
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeReplacing(join(root, path), text);
}

/** `full` as a path inside `root`, when it lies there (by its words: links are judged when read or written). */
function insideRoot(root: string | undefined, full: string): string | undefined {
  if (root === undefined) return undefined;
  const rel = relative(root, full);
  return rel === '' || leavesRoot(rel) ? undefined : rel.split(sep).join('/');
}

/**
 * A file at a path the workflow or the user chose (the count cache): when it lies inside the
 * repository, where the pull request controls the links, it is read as the PR's own files are;
 * elsewhere as a bounded regular file.
 */
export async function readChosenFile(root: string | undefined, full: string, maxBytes: number): Promise<ReadResult> {
  const inside = insideRoot(root, full);
  return inside === undefined ? readRegularFile(full, maxBytes) : readInRepository(root!, inside, maxBytes);
}

/** Writes a file at a chosen path: inside the repository never through a link (see writeInRepository). */
export async function writeChosenFile(root: string | undefined, full: string, text: string): Promise<void> {
  const inside = insideRoot(root, full);
  if (inside !== undefined) return writeInRepository(root!, inside, text);
  await mkdir(dirname(full), { recursive: true });
  await writeReplacing(full, text);
}

/**
 * Writes a file by renaming a fresh one over it: the final name is never followed if it is a link.
 * For paths the workflow chose (a cache under the runner's temp folder); the mode of a file it
 * replaces is kept.
 */
export async function writeReplacing(full: string, text: string): Promise<void> {
  const temporary = join(dirname(full), `.${randomUUID()}.prompt-budget.tmp`);
  const before = await lstat(full).catch(() => undefined);
  // 'wx': created here and now; an existing file or link of that name makes it fail instead.
  const handle = await open(temporary, 'wx', 0o666);
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
  try {
    if (before?.isFile()) await chmod(temporary, before.mode & 0o7777);
    await rename(temporary, full);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
