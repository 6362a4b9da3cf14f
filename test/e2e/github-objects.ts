/**
 * Response objects shaped like api.github.com's (OpenAPI `issue-comment`, `simple-user`, `commit`,
 * `commit-comparison`), so the action under test parses what GitHub really sends. github-api.ts
 * checks every one of them against the published schema with unknown fields rejected.
 */

export interface SimpleUser {
  login: string;
  id: number;
  node_id: string;
  avatar_url: string;
  gravatar_id: string;
  url: string;
  html_url: string;
  followers_url: string;
  following_url: string;
  gists_url: string;
  starred_url: string;
  subscriptions_url: string;
  organizations_url: string;
  repos_url: string;
  events_url: string;
  received_events_url: string;
  type: 'User' | 'Bot';
  user_view_type: string;
  site_admin: boolean;
}

export interface IssueComment {
  id: number;
  node_id: string;
  url: string;
  html_url: string;
  body: string;
  user: SimpleUser;
  created_at: string;
  updated_at: string;
  issue_url: string;
  author_association: 'COLLABORATOR' | 'CONTRIBUTOR' | 'MEMBER' | 'NONE' | 'OWNER';
  performed_via_github_app: null;
  reactions: Record<'+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'eyes' | 'rocket' | 'total_count', number> & { url: string };
}

/** Who a user is; the URLs are derived from it as GitHub does. */
export interface Identity {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

/** The identity behind a workflow's GITHUB_TOKEN. */
export const GITHUB_ACTIONS_BOT: Identity = { login: 'github-actions[bot]', id: 41_898_282, type: 'Bot' };

/** A human user (GitHub's own example user), for comments the action must leave alone. */
export const OCTOCAT: Identity = { login: 'octocat', id: 583_231, type: 'User' };

export interface Hosts {
  /** GITHUB_API_URL, without a trailing slash. */
  api: string;
  /** GITHUB_SERVER_URL, without a trailing slash. */
  server: string;
}

export function simpleUser(who: Identity, hosts: Hosts): SimpleUser {
  const url = `${hosts.api}/users/${encodeURIComponent(who.login)}`;
  return {
    login: who.login,
    id: who.id,
    // GitHub's legacy node ids are base64 of "<type-tag>:<kind><id>".
    node_id: Buffer.from(`${who.type === 'Bot' ? '03:Bot' : '04:User'}${who.id}`).toString('base64'),
    avatar_url: who.type === 'Bot' ? 'https://avatars.githubusercontent.com/in/15368?v=4' : `https://avatars.githubusercontent.com/u/${who.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: who.type === 'Bot' ? `${hosts.server}/apps/${who.login.replace(/\[bot\]$/, '')}` : `${hosts.server}/${who.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: who.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

export interface CommentPlace {
  owner: string;
  repo: string;
  issueNumber: number;
}

export function issueComment(id: number, body: string, author: Identity, place: CommentPlace, time: string, hosts: Hosts): IssueComment {
  const repoApi = `${hosts.api}/repos/${place.owner}/${place.repo}`;
  const url = `${repoApi}/issues/comments/${id}`;
  return {
    id,
    node_id: `IC_kwDO${Buffer.from(String(id)).toString('base64url')}`,
    url,
    // The fake's issues are pull requests: that is where the action comments.
    html_url: `${hosts.server}/${place.owner}/${place.repo}/pull/${place.issueNumber}#issuecomment-${id}`,
    body,
    user: simpleUser(author, hosts),
    created_at: time,
    updated_at: time,
    issue_url: `${repoApi}/issues/${place.issueNumber}`,
    author_association: author.type === 'Bot' ? 'NONE' : 'OWNER',
    performed_via_github_app: null,
    reactions: { url: `${url}/reactions`, total_count: 0, '+1': 0, '-1': 0, laugh: 0, confused: 0, heart: 0, hooray: 0, eyes: 0, rocket: 0 },
  };
}

/** GitHub's error body: `message`, `documentation_url` and the status as a string. */
export function errorBody(status: number, message: string, documentationUrl = 'https://docs.github.com/rest'): Record<string, string> {
  return { message, documentation_url: documentationUrl, status: String(status) };
}

/** What git knows of a commit; the API's `commit` object is shaped from it. */
export interface GitCommit {
  sha: string;
  tree: string;
  parents: string[];
  author: GitUser;
  committer: GitUser;
  message: string;
}

export interface GitUser {
  name: string;
  email: string;
  /** ISO 8601 in UTC, as GitHub writes it: 2024-01-01T00:00:00Z. */
  date: string;
}

/** A changed file between two commits, as `git diff --raw --numstat` reports it. */
export interface GitFileChange {
  filename: string;
  previousFilename?: string;
  status: DiffEntry['status'];
  additions: number;
  deletions: number;
  /** The blob at head; for a removed file, the blob it had. */
  blob: string;
}

export interface Commit {
  url: string;
  sha: string;
  node_id: string;
  html_url: string;
  comments_url: string;
  commit: {
    url: string;
    author: GitUser;
    committer: GitUser;
    message: string;
    comment_count: number;
    tree: { sha: string; url: string };
    verification: { verified: boolean; reason: string; signature: string | null; payload: string | null; verified_at: string | null };
  };
  /** The GitHub accounts behind the commit's e-mails: null when none is (as for the fixtures' addresses). */
  author: null;
  committer: null;
  parents: Array<{ sha: string; url: string; html_url: string }>;
}

export interface DiffEntry {
  sha: string;
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
  changes: number;
  blob_url: string;
  raw_url: string;
  contents_url: string;
  previous_filename?: string;
}

export interface CommitComparison {
  url: string;
  html_url: string;
  permalink_url: string;
  diff_url: string;
  patch_url: string;
  base_commit: Commit;
  merge_base_commit: Commit;
  status: 'diverged' | 'ahead' | 'behind' | 'identical';
  ahead_by: number;
  behind_by: number;
  total_commits: number;
  commits: Commit[];
  /** Only on the first page of a paged comparison. */
  files?: DiffEntry[];
}

export interface RepositoryPlace {
  owner: string;
  repo: string;
  /** The repository's numeric id (GitHub's node ids encode it). */
  id: number;
}

function repositoryUrls(place: RepositoryPlace, hosts: Hosts): { api: string; web: string } {
  return { api: `${hosts.api}/repos/${place.owner}/${place.repo}`, web: `${hosts.server}/${place.owner}/${place.repo}` };
}

export function commitObject(c: GitCommit, place: RepositoryPlace, hosts: Hosts): Commit {
  const { api, web } = repositoryUrls(place, hosts);
  return {
    url: `${api}/commits/${c.sha}`,
    sha: c.sha,
    node_id: `C_kwDO${Buffer.from(`${place.id}:${c.sha}`).toString('base64url')}`,
    html_url: `${web}/commit/${c.sha}`,
    comments_url: `${api}/commits/${c.sha}/comments`,
    commit: {
      url: `${api}/git/commits/${c.sha}`,
      author: c.author,
      committer: c.committer,
      message: c.message,
      comment_count: 0,
      tree: { sha: c.tree, url: `${api}/git/trees/${c.tree}` },
      // The fixtures' commits are unsigned.
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    author: null,
    committer: null,
    parents: c.parents.map((sha) => ({ sha, url: `${api}/commits/${sha}`, html_url: `${web}/commit/${sha}` })),
  };
}

/** A changed file; GitHub leaves `patch` out for binary or very large diffs, and so does the fake, always. */
export function diffEntry(change: GitFileChange, headSha: string, place: RepositoryPlace, hosts: Hosts): DiffEntry {
  const { api, web } = repositoryUrls(place, hosts);
  const path = change.filename.split('/').map(encodeURIComponent).join('/');
  return {
    sha: change.blob,
    filename: change.filename,
    status: change.status,
    additions: change.additions,
    deletions: change.deletions,
    changes: change.additions + change.deletions,
    blob_url: `${web}/blob/${headSha}/${path}`,
    raw_url: `${web}/raw/${headSha}/${path}`,
    contents_url: `${api}/contents/${path}?ref=${headSha}`,
    ...(change.previousFilename !== undefined && { previous_filename: change.previousFilename }),
  };
}

export interface ComparisonParts {
  /** The `basehead` path parameter as requested. */
  basehead: string;
  base: GitCommit;
  mergeBase: GitCommit;
  head: GitCommit;
  aheadBy: number;
  behindBy: number;
  /** This page's commits, oldest first. */
  commits: GitCommit[];
  /** Absent on pages after the first. */
  files?: GitFileChange[];
}

export function commitComparison(parts: ComparisonParts, place: RepositoryPlace, hosts: Hosts): CommitComparison {
  const { api, web } = repositoryUrls(place, hosts);
  const { aheadBy, behindBy } = parts;
  const status = aheadBy > 0 && behindBy > 0 ? 'diverged' : aheadBy > 0 ? 'ahead' : behindBy > 0 ? 'behind' : 'identical';
  const html = `${web}/compare/${parts.basehead}`;
  return {
    url: `${api}/compare/${parts.basehead}`,
    html_url: html,
    // The permalink pins both sides to abbreviated SHAs.
    permalink_url: `${web}/compare/${place.owner}:${parts.base.sha.slice(0, 7)}...${place.owner}:${parts.head.sha.slice(0, 7)}`,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    base_commit: commitObject(parts.base, place, hosts),
    merge_base_commit: commitObject(parts.mergeBase, place, hosts),
    status,
    ahead_by: aheadBy,
    behind_by: behindBy,
    total_commits: aheadBy,
    commits: parts.commits.map((c) => commitObject(c, place, hosts)),
    ...(parts.files && { files: parts.files.map((f) => diffEntry(f, parts.head.sha, place, hosts)) }),
  };
}
