import type { getOctokit } from '@actions/github';

type Octokit = ReturnType<typeof getOctokit>;

export interface StickyComment {
  owner: string;
  repo: string;
  issueNumber: number;
  /** The hidden first line that identifies this config's comment. */
  marker: string;
  body: string;
  /** False to only update an existing comment, never create one. */
  create: boolean;
}

export type UpsertResult = { action: 'created' | 'updated' | 'unchanged'; url: string } | { action: 'skipped' };

/**
 * Creates the sticky comment or edits it in place. An unchanged body is not written again, so a
 * re-run sends no notification.
 */
export async function upsertComment(octokit: Octokit, comment: StickyComment): Promise<UpsertResult> {
  const { owner, repo, issueNumber, marker, body } = comment;
  const existing = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  // Only a bot's comment can be ours: a reviewer who quotes the comment copies its marker too.
  const ours = existing.find((c) => c.user?.type === 'Bot' && c.body?.startsWith(marker));
  if (ours) {
    if (ours.body === body) return { action: 'unchanged', url: ours.html_url };
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body });
    return { action: 'updated', url: data.html_url };
  }
  if (!comment.create) return { action: 'skipped' };
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { action: 'created', url: data.html_url };
}
