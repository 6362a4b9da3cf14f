import { UserError } from '../common/errors.js';
import { git, gitText } from './run.js';

/** The top of the git checkout containing `cwd`. */
export async function repositoryRoot(cwd: string): Promise<string> {
  try {
    return await gitText(cwd, ['rev-parse', '--show-toplevel']);
  } catch {
    throw new UserError(`${cwd} is not inside a git repository`, 'Run prompt-budget from a git checkout (head is the working tree, base a commit).');
  }
}

/** The full SHA a ref names, or undefined when this checkout does not have it. */
export async function resolveCommit(root: string, ref: string): Promise<string | undefined> {
  try {
    return await gitText(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  } catch {
    return undefined;
  }
}

export async function isShallow(root: string): Promise<boolean> {
  return (await gitText(root, ['rev-parse', '--is-shallow-repository'])) === 'true';
}

/**
 * Makes sure the commit `ref` names is in the checkout, fetching just that commit from `origin` when
 * actions/checkout made a shallow clone (its default, fetch-depth: 1). GitHub serves any
 * reachable commit by SHA, so one depth-1 fetch is enough to read the base's files.
 */
export async function ensureCommit(root: string, ref: string, log: (line: string) => void): Promise<string> {
  // A leading dash would reach git as an option.
  if (ref.startsWith('-')) throw new UserError(`The base ${JSON.stringify(ref)} is not a ref`, 'Give a branch, tag or commit SHA.');
  const present = await resolveCommit(root, ref);
  if (present) return present;
  log(`Base commit ${ref} is not in this checkout${(await isShallow(root)) ? ' (shallow clone)' : ''}; fetching it from origin.`);
  try {
    await git(root, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', ref]);
  } catch (error) {
    throw new UserError(
      `The base commit ${ref} is not in the checkout and could not be fetched: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      'Set `fetch-depth: 0` on actions/checkout (or make sure the job can fetch from origin), so the base revision can be read.',
    );
  }
  // A branch name fetched this way lands in FETCH_HEAD, not under its own name.
  const fetched = (await resolveCommit(root, ref)) ?? (await resolveCommit(root, 'FETCH_HEAD'));
  if (!fetched) throw new UserError(`Fetched ${ref} from origin but it is still not a commit here`, 'Set `fetch-depth: 0` on actions/checkout.');
  log(`Fetched base commit ${ref}.`);
  return fetched;
}

/**
 * The best common ancestor of two commits, or undefined when git cannot tell (a commit is
 * missing, or the histories share no commit). Only trustworthy in a complete clone: a shallow
 * one can cut the history between a commit and its true merge base.
 */
export async function mergeBase(root: string, a: string, b: string): Promise<string | undefined> {
  try {
    return (await gitText(root, ['merge-base', '--end-of-options', a, b])) || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The parents a commit object records, read from the object itself, so they are known even at
 * a shallow clone's boundary, where git pretends the commit has none. Undefined when the
 * commit is not in the checkout.
 */
export async function recordedParents(root: string, ref: string): Promise<string[] | undefined> {
  try {
    const object = (await git(root, ['cat-file', 'commit', ref])).toString('utf8');
    const header = object.slice(0, object.indexOf('\n\n'));
    return header.split('\n').filter((line) => line.startsWith('parent ')).map((line) => line.slice('parent '.length));
  } catch {
    return undefined;
  }
}
