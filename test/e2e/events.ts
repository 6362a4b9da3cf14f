/**
 * Webhook payloads for GITHUB_EVENT_PATH, built from GitHub's real examples
 * (@octokit/webhooks-examples) with the fixture's repository, PR number and commits swapped in,
 * so the action reads exactly the fields and shapes a runner would hand it.
 */
import { createRequire } from 'node:module';

type JsonObject = Record<string, unknown>;

interface WebhookDefinition {
  name: string;
  examples: JsonObject[];
}

/** What the runner derives from an event: the payload file and the GITHUB_* variables. */
export interface GitHubEvent {
  /** GITHUB_EVENT_NAME */
  name: string;
  /** The JSON written to GITHUB_EVENT_PATH. */
  payload: JsonObject;
  /** GITHUB_SHA: the merge commit for pull_request (or the head commit when a test has no merge). */
  sha: string;
  /** GITHUB_REF, e.g. refs/pull/7/merge or refs/heads/main. */
  ref: string;
  /** GITHUB_REPOSITORY: owner/repo. */
  repository: string;
  /** GITHUB_REPOSITORY_ID */
  repositoryId: number;
  /** GITHUB_HEAD_REF / GITHUB_BASE_REF, set for pull_request events only. */
  headRef?: string;
  baseRef?: string;
}

export interface Commitish {
  sha: string;
  /** Branch name without refs/heads/. */
  ref: string;
}

export interface PullRequestFixture {
  owner: string;
  repo: string;
  number: number;
  base: Commitish;
  head: Commitish;
  /** GITHUB_SHA; the runner checks out a merge commit, tests may use the head commit itself. */
  mergeSha?: string;
  /** The previous head, for `synchronize` (the payload's `before`). */
  before?: string;
  /** The fork the PR comes from; absent for a same-repository branch. */
  fork?: { owner: string; repo: string };
  /** Where payload URLs point (GITHUB_API_URL / GITHUB_SERVER_URL); defaults keep github.com's. */
  apiUrl?: string;
  serverUrl?: string;
}

const EXAMPLE_OWNER = 'Codertocat';
const EXAMPLE_REPO = 'Hello-World';

let definitions: WebhookDefinition[] | undefined;

function example(name: string, pick: (payload: JsonObject) => boolean): JsonObject {
  definitions ??= createRequire(import.meta.url)('@octokit/webhooks-examples') as WebhookDefinition[];
  const found = definitions.find((d) => d.name === name)?.examples.find(pick);
  if (!found) throw new Error(`@octokit/webhooks-examples has no matching ${name} example`);
  return found;
}

function object(value: unknown, what: string): JsonObject {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`webhook example: ${what} is not an object`);
  return value as JsonObject;
}

/**
 * Swaps whole values in the serialised example: a repository name or SHA appears in many URLs
 * (statuses_url, html_url, ...) and all of them must agree with the fixture.
 */
function rewrite(payload: JsonObject, replacements: ReadonlyArray<readonly [string, string]>): JsonObject {
  let text = JSON.stringify(payload);
  for (const [from, to] of replacements) text = text.split(from).join(to);
  return JSON.parse(text) as JsonObject;
}

function hostReplacements(apiUrl: string | undefined, serverUrl: string | undefined): Array<[string, string]> {
  return [
    ...(apiUrl ? [['https://api.github.com', apiUrl] as [string, string]] : []),
    ...(serverUrl ? [['https://github.com', serverUrl] as [string, string]] : []),
  ];
}

function setRepository(repository: JsonObject, owner: string, repo: string, id?: number): void {
  repository.name = repo;
  repository.full_name = `${owner}/${repo}`;
  object(repository.owner, 'repository.owner').login = owner;
  if (id !== undefined) repository.id = id;
}

/** A `pull_request` event with the given action ("opened", "synchronize", ...). */
export function pullRequestEvent(action: string, fixture: PullRequestFixture): GitHubEvent {
  const raw = example('pull_request', (p) => p.action === action);
  const pr = object(raw.pull_request, 'pull_request');
  const base = object(pr.base, 'pull_request.base');
  const head = object(pr.head, 'pull_request.head');
  const number = String(raw.number);
  const payload = rewrite(raw, [
    [`${EXAMPLE_OWNER}/${EXAMPLE_REPO}`, `${fixture.owner}/${fixture.repo}`],
    [String(base.sha), fixture.base.sha],
    [String(head.sha), fixture.head.sha],
    [`/pulls/${number}`, `/pulls/${fixture.number}`],
    [`/pull/${number}`, `/pull/${fixture.number}`],
    [`/issues/${number}`, `/issues/${fixture.number}`],
    ...hostReplacements(fixture.apiUrl, fixture.serverUrl),
  ]);
  const repositoryId = Number(object(payload.repository, 'repository').id);
  payload.number = fixture.number;
  if (action === 'synchronize') {
    payload.before = fixture.before ?? fixture.base.sha;
    payload.after = fixture.head.sha;
  }
  setRepository(object(payload.repository, 'repository'), fixture.owner, fixture.repo);
  const pull = object(payload.pull_request, 'pull_request');
  pull.number = fixture.number;
  const baseOut = object(pull.base, 'pull_request.base');
  const headOut = object(pull.head, 'pull_request.head');
  Object.assign(baseOut, { sha: fixture.base.sha, ref: fixture.base.ref, label: `${fixture.owner}:${fixture.base.ref}` });
  setRepository(object(baseOut.repo, 'pull_request.base.repo'), fixture.owner, fixture.repo);

  const from = fixture.fork ?? { owner: fixture.owner, repo: fixture.repo };
  Object.assign(headOut, { sha: fixture.head.sha, ref: fixture.head.ref, label: `${from.owner}:${fixture.head.ref}` });
  const headRepo = object(headOut.repo, 'pull_request.head.repo');
  if (fixture.fork) {
    // A fork is another repository: its own id, owner and `fork: true`; the URLs follow.
    const forked = rewrite(headRepo, [[`${fixture.owner}/${fixture.repo}`, `${from.owner}/${from.repo}`]]);
    setRepository(forked, from.owner, from.repo, repositoryId + 1);
    forked.fork = true;
    object(headOut.user, 'pull_request.head.user').login = from.owner;
    headOut.repo = forked;
  } else {
    setRepository(headRepo, fixture.owner, fixture.repo);
  }
  return {
    name: 'pull_request',
    payload,
    sha: fixture.mergeSha ?? fixture.head.sha,
    ref: `refs/pull/${fixture.number}/merge`,
    repository: `${fixture.owner}/${fixture.repo}`,
    repositoryId,
    headRef: fixture.head.ref,
    baseRef: fixture.base.ref,
  };
}

export interface PushFixture {
  owner: string;
  repo: string;
  /** Branch pushed to, without refs/heads/. */
  branch: string;
  before: string;
  after: string;
  apiUrl?: string;
  serverUrl?: string;
}

/** A `push` of `after` to a branch (GitHub's branch-push example, not its tag one). */
export function pushEvent(fixture: PushFixture): GitHubEvent {
  const raw = example('push', (p) => typeof p.ref === 'string' && p.ref.startsWith('refs/heads/') && p.head_commit !== null);
  const headCommit = object(raw.head_commit, 'head_commit');
  const payload = rewrite(raw, [
    [`${EXAMPLE_OWNER}/${EXAMPLE_REPO}`, `${fixture.owner}/${fixture.repo}`],
    [String(headCommit.id), fixture.after],
    ...hostReplacements(fixture.apiUrl, fixture.serverUrl),
  ]);
  const ref = `refs/heads/${fixture.branch}`;
  Object.assign(payload, { ref, before: fixture.before, after: fixture.after });
  const repository = object(payload.repository, 'repository');
  setRepository(repository, fixture.owner, fixture.repo);
  object(repository.owner, 'repository.owner').name = fixture.owner;
  object(payload.head_commit, 'head_commit').id = fixture.after;
  return { name: 'push', payload, sha: fixture.after, ref, repository: `${fixture.owner}/${fixture.repo}`, repositoryId: Number(repository.id) };
}

/**
 * Any other event, from GitHub's first example of it (merge_group, workflow_dispatch, issues,
 * ...), with the fixture's repository swapped in: the action must treat it as "no base, no PR".
 */
export function otherEvent(name: string, fixture: { owner: string; repo: string; sha: string; ref: string }): GitHubEvent {
  const raw = example(name, () => true);
  const payload = rewrite(raw, [[`${EXAMPLE_OWNER}/${EXAMPLE_REPO}`, `${fixture.owner}/${fixture.repo}`]]);
  if (payload.repository !== undefined) setRepository(object(payload.repository, 'repository'), fixture.owner, fixture.repo);
  const repository = payload.repository === undefined ? undefined : object(payload.repository, 'repository');
  return { name, payload, sha: fixture.sha, ref: fixture.ref, repository: `${fixture.owner}/${fixture.repo}`, repositoryId: Number(repository?.id ?? 1) };
}
