import type { Revision } from '../budget/report.js';

/** What the triggering event means for a check: what head is, what base is, where to comment. */
export interface EventPlan {
  head: Revision;
  base?: { ref: string; label: string };
  /**
   * For a pull request: the base branch (its name, and its tip when the event fired) and the
   * head commit. GitHub's "Files changed" measures a PR from the merge base of the two, not from
   * the tip, which may hold work merged after the PR branched.
   */
  mergeBaseOf?: { base: { ref: string; sha: string }; head: string };
  /** The pull request to comment on, when there is one. */
  pullRequest?: { owner: string; repo: string; number: number };
}

interface PullRequestPayload {
  number: number;
  base: { sha: string; ref: string; repo?: { name: string; owner: { login: string } } };
  head: { sha: string; ref: string };
}

/**
 * pull_request and pull_request_target compare the checkout with the PR's base (the tip of the
 * base branch, which the action narrows to the merge base; see merge-base.ts); other events
 * (push, workflow_dispatch, merge_group, schedule) check head against the allotments.
 */
export function planForEvent(eventName: string, payload: Record<string, unknown>, sha: string, repository: string): EventPlan {
  const pr = payload.pull_request as PullRequestPayload | undefined;
  if (pr && (eventName === 'pull_request' || eventName === 'pull_request_target')) {
    const [owner = '', repo = ''] = repository.split('/');
    return {
      head: { label: pr.head.ref, sha: pr.head.sha },
      base: { ref: pr.base.sha, label: pr.base.ref },
      mergeBaseOf: { base: { ref: pr.base.ref, sha: pr.base.sha }, head: pr.head.sha },
      pullRequest: { owner: pr.base.repo?.owner.login ?? owner, repo: pr.base.repo?.name ?? repo, number: pr.number },
    };
  }
  const ref = typeof payload.ref === 'string' ? payload.ref.replace(/^refs\/(heads|tags)\//, '') : eventName;
  return { head: { label: ref, sha } };
}
