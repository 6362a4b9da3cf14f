import type { Octokit } from './client.js';

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
  const { owner, repo, issueNumber, body } = comment;
  const [ours] = await findOurs(octokit, comment);
  if (ours) {
    if (ours.body === body) return { action: 'unchanged', url: ours.html_url };
    const { data } = await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body });
    return { action: 'updated', url: data.html_url };
  }
  if (!comment.create) return { action: 'skipped' };
  const { data } = await octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  return { action: 'created', url: await keepOne(octokit, comment, data.id, data.html_url) };
}

/** The bot's comments with this config's marker, oldest first. */
async function findOurs(octokit: Octokit, { owner, repo, issueNumber, marker }: StickyComment) {
  const existing = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
  // Only a bot's comment can be ours: a reviewer who quotes the comment copies its marker too.
  return existing.filter((c) => c.user?.type === 'Bot' && c.body?.startsWith(marker)).sort((a, b) => a.id - b.id);
}

/**
 * Two runs for the same PR (two quick pushes) can both find no comment and both create one.
 * After creating, look again: the oldest comment stays, with this run's body, and later ones go.
 */
async function keepOne(octokit: Octokit, comment: StickyComment, createdId: number, createdUrl: string): Promise<string> {
  const { owner, repo, body } = comment;
  const [oldest, ...later] = await findOurs(octokit, comment);
  if (!oldest || oldest.id === createdId) return createdUrl;
  if (oldest.body !== body) await octokit.rest.issues.updateComment({ owner, repo, comment_id: oldest.id, body });
  for (const duplicate of later) await octokit.rest.issues.deleteComment({ owner, repo, comment_id: duplicate.id });
  return oldest.html_url;
}
