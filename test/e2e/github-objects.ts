/**
 * Response objects shaped like api.github.com's (OpenAPI `issue-comment` and `simple-user`), so
 * the action under test parses what GitHub really sends. github-api.ts checks every one of them
 * against the published schema with unknown fields rejected.
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
