/**
 * A local stand-in for api.github.com that answers the routes the action uses: issue comments,
 * and "compare two commits", answered from a real git repository the test hands it.
 * Every request is checked against GitHub's OpenAPI description and every answer against the
 * documented response schema; anything GitHub would refuse is refused here too and recorded in
 * `violations`, which tests assert is empty. Faults can be scripted (a fork's read-only token,
 * a 500, a secondary rate limit) to test how the action degrades.
 */
import { execFile } from 'node:child_process';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import {
  commitComparison,
  errorBody,
  GITHUB_ACTIONS_BOT,
  issueComment,
  type GitCommit,
  type GitFileChange,
  type Hosts,
  type Identity,
  type IssueComment,
  type RepositoryPlace,
} from './github-objects.js';
import type { Fault } from './github-faults.js';
import { OpenApiChecker, type RouteMatch } from './openapi.js';

export { readOnlyToken, secondaryRateLimit, serverError, type Fault } from './github-faults.js';

/** Documented path templates of the routes the fake implements. */
export const ROUTES = {
  issueComments: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
  issueComment: '/repos/{owner}/{repo}/issues/comments/{comment_id}',
  compare: '/repos/{owner}/{repo}/compare/{basehead}',
} as const;

const OPERATIONS = [
  'issues/list-comments',
  'issues/create-comment',
  'issues/get-comment',
  'issues/update-comment',
  'issues/delete-comment',
  'repos/compare-commits-with-basehead',
];

/** GitHub caps `per_page` at 100 without complaint. */
const MAX_PER_PAGE = 100;

/** Without `per_page` or `page`, a comparison lists at most this many commits, the newest ones. */
const COMPARE_UNPAGED_COMMITS = 250;

/** A comparison lists at most this many changed files, on its first page only. */
const COMPARE_MAX_FILES = 300;

const COMPARE_DOCS = 'https://docs.github.com/rest/commits/commits#compare-two-commits';

export interface RecordedRequest {
  method: string;
  /** The path as requested (a followed `Link` uses GitHub's `/repositories/{id}/...` form). */
  path: string;
  /** The documented template it matched, when it matched one. */
  route?: string;
  operationId?: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body; undefined when the request had none. */
  body: unknown;
  /** What the fake answered. */
  status: number;
}

export interface Violation {
  method: string;
  url: string;
  problem: string;
}

export interface FakeGitHubOptions {
  owner: string;
  repo: string;
  /** The token the action must send. */
  token: string;
  /** The repository's numeric id, used in `Link` URLs as GitHub does. */
  repositoryId?: number;
  /** Whose token it is: the author of comments the action creates. */
  tokenUser?: Identity;
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly violations: Violation[] = [];
  /** Set once listening: http://127.0.0.1:PORT */
  url = '';

  private readonly store = new Map<number, IssueComment[]>();
  /** The git repository commit routes answer from, as GitHub answers from what was pushed. */
  private repository: string | undefined;
  private readonly faults: Fault[] = [];
  private gathering: { method: string; path: string; count: number; waiting: (() => void)[] } | undefined;
  private nextId = 2_000_000_001;
  /** A fake clock: one second per write, so timestamps are distinct and reproducible. */
  private clock = Date.UTC(2024, 0, 2);
  private readonly repositoryId: number;
  private readonly tokenUser: Identity;

  private constructor(
    private readonly options: FakeGitHubOptions,
    private readonly checker: OpenApiChecker,
    private readonly server: Server,
  ) {
    this.repositoryId = options.repositoryId ?? 186_853_002;
    this.tokenUser = options.tokenUser ?? GITHUB_ACTIONS_BOT;
  }

  static async start(options: FakeGitHubOptions): Promise<FakeGitHub> {
    const checker = await OpenApiChecker.load(OPERATIONS);
    const server = createServer();
    const fake = new FakeGitHub(options, checker, server);
    server.on('request', (req, res) => {
      fake.handle(req, res).catch((error: unknown) => {
        fake.violations.push({ method: req.method ?? '', url: req.url ?? '', problem: `fake crashed: ${String(error)}` });
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return fake;
  }

  private get hosts(): Hosts {
    return { api: this.url, server: this.url };
  }

  /** The comments on an issue or PR, oldest first. */
  comments(issueNumber: number): IssueComment[] {
    return this.store.get(issueNumber) ?? [];
  }

  /** Seeds a comment, e.g. one by another user the action must not edit, or pages of noise. */
  addComment(issueNumber: number, body: string, author: Identity = this.tokenUser): IssueComment {
    const comment = issueComment(this.nextId++, body, author, { ...this.options, issueNumber }, this.tick(), this.hosts);
    this.store.set(issueNumber, [...this.comments(issueNumber), comment]);
    return comment;
  }

  /**
   * Serves commit routes (compare) from this git repository, typically the test's bare origin.
   * Without one, every commit is unknown (404), as it would be on a repository never pushed to.
   */
  serveRepository(dir: string): void {
    this.repository = dir;
  }

  /** Makes the next `times` requests to method + route answer with the given status. */
  failNext(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  /**
   * Holds the first `count` requests to method + path (as requested) until all have arrived, then
   * answers them together: two runs that list comments at the same moment, as concurrent jobs do.
   */
  gather(method: string, path: string, count: number): void {
    this.gathering = { method, path, count, waiting: [] };
  }

  /** Recorded requests for a method and documented route template. */
  requestsTo(method: string, route: string): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && r.route === route);
  }

  async close(): Promise<void> {
    // Octokit keeps connections alive; close() alone would wait for them to time out.
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private async gatherIfAsked(method: string, path: string): Promise<void> {
    const gathering = this.gathering;
    if (!gathering || gathering.method !== method || gathering.path !== path) return;
    const arrived = new Promise<void>((resolve) => gathering.waiting.push(resolve));
    if (gathering.waiting.length === gathering.count) {
      this.gathering = undefined;
      for (const release of gathering.waiting) release();
    }
    await arrived;
  }

  private tick(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const requested = new URL(req.url ?? '/', this.url);
    const raw = await readBody(req);
    const record: RecordedRequest = {
      method,
      path: requested.pathname,
      query: Object.fromEntries(requested.searchParams),
      headers: req.headers,
      body: undefined,
      status: 0,
    };
    this.requests.push(record);
    await this.gatherIfAsked(method, requested.pathname);
    const violate = (problem: string): void => {
      this.violations.push({ method, url: req.url ?? '', problem });
    };
    const reply = await this.route(req, requested, raw, record, violate);
    record.status = reply.status;
    res.writeHead(reply.status, { ...this.standardHeaders(), ...reply.headers });
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
  }

  private async route(req: IncomingMessage, requested: URL, raw: string, record: RecordedRequest, violate: (problem: string) => void): Promise<Reply> {
    const method = record.method;
    const auth = req.headers.authorization ?? '';
    if (!new RegExp(`^(token|bearer) ${escapeRegExp(this.options.token)}$`, 'i').test(auth)) {
      violate(`authorization header ${JSON.stringify(auth)} is not "token <token>" or "Bearer <token>" with the expected token`);
      return { status: 401, body: errorBody(401, 'Bad credentials') };
    }
    if (!req.headers['user-agent']) {
      violate('no User-Agent header (GitHub refuses such requests)');
      return { status: 403, body: errorBody(403, 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header') };
    }
    const match = this.checker.match(method, this.canonicalPath(requested.pathname));
    if (!match) {
      violate('no documented route');
      return { status: 404, body: errorBody(404, 'Not Found') };
    }
    record.route = match.route;
    record.operationId = match.operationId;
    if (!match.implemented) {
      violate(`documented route ${match.operationId} is not implemented by the fake`);
      return { status: 404, body: errorBody(404, 'Not Found') };
    }
    if (raw.length > 0) {
      try {
        record.body = JSON.parse(raw) as unknown;
      } catch {
        violate('body is not JSON');
        return { status: 400, body: errorBody(400, 'Problems parsing JSON') };
      }
    }
    const check = this.checker.checkRequest(match, requested.searchParams, record.body);
    if (check.errors.length > 0) {
      violate(`invalid request: ${check.errors.join('; ')}`);
      return { status: 422, body: errorBody(422, `Invalid request.\n\n${check.errors.join('\n')}`) };
    }
    if (String(check.params.owner).toLowerCase() !== this.options.owner.toLowerCase() || String(check.params.repo).toLowerCase() !== this.options.repo.toLowerCase()) {
      violate(`repository ${String(check.params.owner)}/${String(check.params.repo)} is not ${this.options.owner}/${this.options.repo}`);
      return { status: 404, body: errorBody(404, 'Not Found') };
    }
    const fault = this.takeFault(method, match.route);
    const reply = fault ?? (await this.answer(match, check.params, check.query, record.body, requested));
    const { documented, errors } = this.checker.checkResponse(match, reply.status, reply.body);
    // Faults and generic errors (401/404 on any route) may use statuses an operation does not list.
    if (documented || (!fault && reply.status < 400)) {
      if (errors.length > 0) violate(`the fake's own ${reply.status} response breaks the schema: ${errors.join('; ')}`);
    }
    return reply;
  }

  /** Link URLs use `/repositories/{id}/...`; GitHub serves them as the `/repos/{owner}/{repo}/...` route. */
  private canonicalPath(pathname: string): string {
    const byId = /^\/repositories\/(\d+)(\/.*)$/.exec(pathname);
    if (byId && Number(byId[1]) === this.repositoryId) return `/repos/${this.options.owner}/${this.options.repo}${byId[2]}`;
    return pathname;
  }

  private takeFault(method: string, route: string): Reply | undefined {
    const index = this.faults.findIndex((f) => f.method === method && f.route === route && (f.times ?? 1) > 0);
    if (index < 0) return undefined;
    const fault = this.faults[index];
    fault.times = (fault.times ?? 1) - 1;
    if (fault.times <= 0) this.faults.splice(index, 1);
    return { status: fault.status, body: fault.body, headers: fault.headers };
  }

  private async answer(match: RouteMatch, params: Record<string, unknown>, query: Record<string, unknown>, body: unknown, requested: URL): Promise<Reply> {
    const text = (body as { body?: string } | undefined)?.body ?? '';
    switch (match.operationId) {
      case 'repos/compare-commits-with-basehead':
        return this.compare(String(params.basehead), query, requested);
      case 'issues/list-comments':
        return this.list(Number(params.issue_number), query, requested);
      case 'issues/create-comment': {
        const comment = this.addComment(Number(params.issue_number), text);
        return { status: 201, body: comment, headers: { location: comment.url } };
      }
      default: {
        const found = this.find(Number(params.comment_id));
        if (!found) return { status: 404, body: errorBody(404, 'Not Found') };
        if (match.operationId === 'issues/get-comment') return { status: 200, body: found.comment };
        if (match.operationId === 'issues/delete-comment') {
          found.list.splice(found.list.indexOf(found.comment), 1);
          return { status: 204 };
        }
        found.comment.body = text;
        found.comment.updated_at = this.tick();
        return { status: 200, body: found.comment };
      }
    }
  }

  private find(id: number): { list: IssueComment[]; comment: IssueComment } | undefined {
    for (const list of this.store.values()) {
      const comment = list.find((c) => c.id === id);
      if (comment) return { list, comment };
    }
    return undefined;
  }

  private list(issueNumber: number, query: Record<string, unknown>, requested: URL): Reply {
    const perPage = Math.min(Math.max(Number(query.per_page ?? 30), 1), MAX_PER_PAGE);
    const page = Math.max(Number(query.page ?? 1), 1);
    const since = typeof query.since === 'string' ? Date.parse(query.since) : -Infinity;
    const all = this.comments(issueNumber).filter((c) => Date.parse(c.updated_at) >= since);
    const last = Math.max(Math.ceil(all.length / perPage), 1);
    const headers: Record<string, string> = {};
    const link = linkHeader(`${this.url}/repositories/${this.repositoryId}/issues/${issueNumber}/comments`, requested.searchParams, page, last);
    if (link) headers.link = link;
    return { status: 200, body: all.slice((page - 1) * perPage, page * perPage), headers };
  }

  /**
   * "Compare two commits" as GitHub answers it: commits in base..head (oldest first), files
   * changed from the merge base to head, both sides and their merge base as commit objects.
   */
  private async compare(basehead: string, query: Record<string, unknown>, requested: URL): Promise<Reply> {
    const sides = this.repository ? parseBasehead(basehead, this.options.owner) : undefined;
    const repository = this.repository;
    if (!sides || !repository) return { status: 404, body: errorBody(404, 'Not Found', COMPARE_DOCS) };
    const [base, head] = await Promise.all(sides.map((ref) => resolveCommit(repository, ref)));
    if (!base || !head) return { status: 404, body: errorBody(404, 'Not Found', COMPARE_DOCS) };
    const mergeBase = await gitLines(repository, ['merge-base', base, head]).then(([sha]) => sha, () => undefined);
    if (!mergeBase) return { status: 404, body: errorBody(404, `No common ancestor between ${sides[0]} and ${sides[1]}.`, COMPARE_DOCS) };

    const ahead = await gitLines(repository, ['rev-list', '--reverse', `${base}..${head}`]);
    const behind = await gitLines(repository, ['rev-list', `${head}..${base}`]);
    const paged = query.per_page !== undefined || query.page !== undefined;
    const perPage = Math.min(Math.max(Number(query.per_page ?? 30), 1), MAX_PER_PAGE);
    const page = Math.max(Number(query.page ?? 1), 1);
    const listed = paged ? ahead.slice((page - 1) * perPage, page * perPage) : ahead.slice(-COMPARE_UNPAGED_COMMITS);
    const files = page === 1 ? (await fileChanges(repository, mergeBase, head)).slice(0, COMPARE_MAX_FILES) : undefined;
    const read = (sha: string): Promise<GitCommit> => readCommit(repository, sha);
    const comparison = commitComparison(
      {
        basehead,
        base: await read(base),
        mergeBase: await read(mergeBase),
        head: await read(head),
        aheadBy: ahead.length,
        behindBy: behind.length,
        commits: await Promise.all(listed.map(read)),
        ...(files && { files }),
      },
      this.place,
      this.hosts,
    );
    const link = paged ? linkHeader(`${this.url}/repositories/${this.repositoryId}/compare/${basehead}`, requested.searchParams, page, Math.max(Math.ceil(ahead.length / perPage), 1)) : undefined;
    return { status: 200, body: comparison, ...(link && { headers: { link } }) };
  }

  private get place(): RepositoryPlace {
    return { owner: this.options.owner, repo: this.options.repo, id: this.repositoryId };
  }

  private standardHeaders(): Record<string, string> {
    return {
      'content-type': 'application/json; charset=utf-8',
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      // A workflow's GITHUB_TOKEN gets 1,000 requests per hour per repository.
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': String(Math.max(1000 - this.requests.length, 0)),
      'x-ratelimit-used': String(this.requests.length),
      'x-ratelimit-reset': String(Math.floor(this.clock / 1000) + 3600),
      'x-ratelimit-resource': 'core',
      'x-github-request-id': `0400:1C2E:${this.requests.length.toString(16).toUpperCase()}:6650A1B2`,
    };
  }
}

/**
 * GitHub's `Link` header: prev, next, last, first (in that order), each keeping the request's
 * other query parameters; absent when everything fits on one page.
 */
export function linkHeader(base: string, query: URLSearchParams, page: number, last: number): string | undefined {
  if (last <= 1) return undefined;
  const at = (n: number): string => {
    const params = new URLSearchParams(query);
    params.set('page', String(n));
    return `<${base}?${params.toString()}>`;
  };
  const parts: string[] = [];
  if (page > 1) parts.push(`${at(page - 1)}; rel="prev"`);
  if (page < last) parts.push(`${at(page + 1)}; rel="next"`, `${at(last)}; rel="last"`);
  if (page > 1) parts.push(`${at(1)}; rel="first"`);
  return parts.join(', ');
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `BASE...HEAD`, each side optionally `OWNER:` (how GitHub names a fork's branch). Only this
 * repository's own refs are served: forks are not modelled.
 */
function parseBasehead(basehead: string, owner: string): [string, string] | undefined {
  const parts = basehead.split('...');
  if (parts.length !== 2) return undefined;
  const refs = parts.map((side) => {
    const colon = side.indexOf(':');
    if (colon < 0) return side;
    return side.slice(0, colon).toLowerCase() === owner.toLowerCase() ? side.slice(colon + 1) : '';
  });
  return refs.every((ref) => ref !== '' && !ref.startsWith('-')) ? [refs[0], refs[1]] : undefined;
}

const execGit = promisify(execFile);

/** Reads the served repository; the developer's git config must not change the answers. */
async function gitOutput(dir: string, args: readonly string[]): Promise<string> {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', LC_ALL: 'C', GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  const { stdout } = await execGit('git', args, { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

async function gitLines(dir: string, args: readonly string[]): Promise<string[]> {
  return (await gitOutput(dir, args)).split('\n').filter((line) => line !== '');
}

/** A branch, tag or SHA as the full SHA of its commit; undefined when the repository lacks it. */
function resolveCommit(dir: string, ref: string): Promise<string | undefined> {
  return gitLines(dir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).then(([sha]) => sha, () => undefined);
}

function isoDate(epochSeconds: string): string {
  return new Date(Number(epochSeconds) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

async function readCommit(dir: string, sha: string): Promise<GitCommit> {
  const format = ['%H', '%T', '%P', '%an', '%ae', '%at', '%cn', '%ce', '%ct', '%B'].join('%x00');
  const fields = (await gitOutput(dir, ['show', '--no-patch', `--format=${format}`, sha])).split('\0');
  const [id = '', tree = '', parents = '', an = '', ae = '', at = '', cn = '', ce = '', ct = '', message = ''] = fields;
  return {
    sha: id,
    tree,
    parents: parents.split(' ').filter((p) => p !== ''),
    author: { name: an, email: ae, date: isoDate(at) },
    committer: { name: cn, email: ce, date: isoDate(ct) },
    // GitHub gives the message without git's trailing newline.
    message: message.replace(/\n+$/, ''),
  };
}

const FILE_STATUS: Record<string, GitFileChange['status']> = { A: 'added', D: 'removed', M: 'modified', R: 'renamed', C: 'copied', T: 'changed' };

/** What changed from `from` to `to`, with renames found as GitHub finds them. */
async function fileChanges(dir: string, from: string, to: string): Promise<GitFileChange[]> {
  const [raw, numstat] = await Promise.all([
    gitOutput(dir, ['diff', '--raw', '-z', '-M', '--no-abbrev', from, to]),
    gitOutput(dir, ['diff', '--numstat', '-z', '-M', from, to]),
  ]);
  // --raw -z: ":<mode> <mode> <old> <new> <status>\0<path>\0", with a second path for R and C.
  const rawParts = raw.split('\0');
  const statParts = numstat.split('\0');
  const changes: GitFileChange[] = [];
  for (let i = 0, j = 0; i < rawParts.length && rawParts[i].startsWith(':'); ) {
    const [, , oldBlob = '', newBlob = '', code = ''] = rawParts[i].slice(1).split(' ');
    const letter = code[0] ?? 'M';
    const paired = letter === 'R' || letter === 'C';
    const filename = rawParts[i + (paired ? 2 : 1)] ?? '';
    const previous = paired ? rawParts[i + 1] : undefined;
    i += paired ? 3 : 2;
    // --numstat -z: "<added>\t<deleted>\t<path>\0", or "<added>\t<deleted>\t\0<old>\0<new>\0"; "-" for binary.
    const [added = '0', deleted = '0'] = (statParts[j] ?? '').split('\t');
    j += paired ? 3 : 1;
    changes.push({
      filename,
      ...(previous !== undefined && { previousFilename: previous }),
      status: FILE_STATUS[letter] ?? 'changed',
      additions: Number(added) || 0,
      deletions: Number(deleted) || 0,
      blob: letter === 'D' ? oldBlob : newBlob,
    });
  }
  return changes;
}
