import type { Revision } from '../budget/report.js';

/** What the triggering event means for a check: what head is, what base is, where to comment. */
export interface EventPlan {
  head: Revision;
  base?: { ref: string; label: string };
  /** The pull request to comment on, when there is one. */
  pullRequest?: { owner: string; repo: string; number: number };
}

interface PullRequestPayload {
  number: number;
  base: { sha: string; ref: string; repo?: { name: string; owner: { login: string } } };
  head: { sha: string; ref: string };
}

/**
 * pull_request and pull_request_target compare the PR's base commit with the checkout; other
 * events (push, workflow_dispatch, merge_group, schedule) check head against the allotments.
 */
export function planForEvent(eventName: string, payload: Record<string, unknown>, sha: string, repository: string): EventPlan {
  const pr = payload.pull_request as PullRequestPayload | undefined;
  if (pr && (eventName === 'pull_request' || eventName === 'pull_request_target')) {
    const [owner = '', repo = ''] = repository.split('/');
    return {
      head: { label: pr.head.ref, sha: pr.head.sha },
      base: { ref: pr.base.sha, label: pr.base.ref },
      pullRequest: { owner: pr.base.repo?.owner.login ?? owner, repo: pr.base.repo?.name ?? repo, number: pr.number },
    };
  }
  const ref = typeof payload.ref === 'string' ? payload.ref.replace(/^refs\/(heads|tags)\//, '') : eventName;
  return { head: { label: ref, sha } };
}
