/**
 * Which commit a pull request is measured against. GitHub's "Files changed" diffs the PR's head
 * with the merge base of the base branch and the head, so work merged into the base branch after
 * the PR branched is not counted as the PR's. The event names only the base branch's tip; this
 * narrows it to the merge base: with git when the clone has the history, else by asking GitHub,
 * else (with a warning) it keeps the tip.
 */
import type { getOctokit } from '@actions/github';
import { isShallow, mergeBase, recordedParents } from '../git/repository.js';

type Octokit = ReturnType<typeof getOctokit>;

/** Long enough for a slow API, short enough that a hung connection does not hold the job. */
const COMPARE_TIMEOUT_MS = 30_000;

export interface PullRequestCommits {
  /** The base branch: its name, and its tip when the event fired. */
  base: { ref: string; sha: string };
  /** The PR's head commit. */
  head: string;
}

/** A base for checkRepository: the ref to read and the label the report shows. */
export interface BaseChoice {
  ref: string;
  label: string;
}

/** Asks GitHub for the merge base of two commits. */
export type MergeBaseLookup = (base: string, head: string) => Promise<string>;

export interface Say {
  info: (line: string) => void;
  warning: (line: string) => void;
}

/**
 * The base to measure the checkout against. `lookup` is absent when there is no token to ask
 * GitHub with.
 */
export async function pullRequestBase(cwd: string, pr: PullRequestCommits, lookup: MergeBaseLookup | undefined, say: Say): Promise<BaseChoice> {
  const branch = pr.base.ref;
  const tip = { ref: pr.base.sha, label: branch };
  if (await isTestMerge(cwd, pr)) {
    // The checkout already holds the base branch's newer work; measured from the merge base it
    // would count as the PR's. Its first parent, the tip, leaves only the PR's own changes.
    say.info(`The checkout is GitHub's merge of the PR into ${branch}: comparing with its first parent, the tip of ${branch} @ ${short(pr.base.sha)}, which leaves only the PR's own changes.`);
    return tip;
  }
  const local = await localMergeBase(cwd, pr);
  if (local) return found(local, branch, 'found by git merge-base', say);
  let failure: Failure = { reason: 'there is no github-token to ask GitHub with', alternative: 'pass `github-token`' };
  if (lookup) {
    try {
      return found(await lookup(pr.base.sha, pr.head), branch, "from GitHub's compare API", say);
    } catch (error) {
      failure = whyNot(error);
    }
  }
  say.warning(
    `Comparing with the tip of ${branch} @ ${short(pr.base.sha)}, not the merge base of ${branch} and the PR: ${failure.reason}. ` +
      `Deltas may include changes made on ${branch} since the PR branched. ` +
      `Set \`fetch-depth: 0\` on actions/checkout so git computes the merge base locally${failure.alternative ? `, or ${failure.alternative}` : ''}.`,
  );
  // The report says so too: the warning stays in the log, the comment is what reviewers read.
  return { ...tip, label: `${branch} (tip, not the merge base)` };
}

/** Why GitHub could not be asked, and what else would let it answer. */
interface Failure {
  reason: string;
  alternative?: string;
}

function found(sha: string, branch: string, how: string, say: Say): BaseChoice {
  say.info(`Comparing with the merge base ${short(sha)} of ${branch} and the PR (what GitHub's Files changed shows), ${how}.`);
  return { ref: sha, label: `${branch} (merge base)` };
}

/**
 * True when HEAD is refs/pull/N/merge, actions/checkout's default for pull_request: GitHub's
 * merge of the head into the base tip, so its recorded parents are exactly those two.
 */
async function isTestMerge(cwd: string, pr: PullRequestCommits): Promise<boolean> {
  const parents = await recordedParents(cwd, 'HEAD');
  return parents?.length === 2 && parents[0] === pr.base.sha && parents[1] === pr.head;
}

async function localMergeBase(cwd: string, pr: PullRequestCommits): Promise<string | undefined> {
  // A shallow clone can cut the history above the true merge base, so git would answer wrongly
  // or not at all; only a complete history (fetch-depth: 0) is asked.
  if (await isShallow(cwd).catch(() => true)) return undefined;
  return mergeBase(cwd, pr.base.sha, pr.head);
}

/** The merge base from GitHub's "compare two commits" (`base...head`), the way "Files changed" finds it. */
export async function compareMergeBase(octokit: Octokit, place: { owner: string; repo: string }, base: string, head: string): Promise<string> {
  const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
    ...place,
    basehead: `${base}...${head}`,
    // The answer lists the PR's commits too (250 without paging); merge_base_commit is all we
    // read, so ask for one. Changed files (up to 300) still come on the first page.
    per_page: 1,
    request: { signal: AbortSignal.timeout(COMPARE_TIMEOUT_MS) },
  });
  const sha = data.merge_base_commit.sha;
  // It goes on to `git fetch`: accept an object name and nothing else.
  if (!/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(sha)) throw new Error(`the merge base ${JSON.stringify(sha)} is not a commit SHA`);
  return sha;
}

function whyNot(error: unknown): Failure {
  const status = (error as { status?: unknown }).status;
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
  if (typeof status !== 'number') return { reason: `GitHub's compare API failed (${message})` };
  const reason = `GitHub's compare API answered ${status} (${message})`;
  // GitHub answers 404, not 403, to a token that may not read a private repository.
  return status === 403 || status === 404 ? { reason, alternative: 'give the job `permissions: contents: read`' } : { reason };
}

function short(sha: string): string {
  return sha.slice(0, 7);
}
