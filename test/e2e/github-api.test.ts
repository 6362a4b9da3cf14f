/** The fake GitHub API: it must accept what GitHub accepts, refuse what GitHub refuses, and say so. */
import { getOctokit } from '@actions/github';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeGitHub, readOnlyToken, ROUTES, secondaryRateLimit } from './github-api.js';
import { OCTOCAT } from './github-objects.js';
import { OpenApiChecker, toJsonSchema } from './openapi.js';

const TOKEN = 'ghs_fake_token';
let fake: FakeGitHub;

beforeAll(async () => {
  fake = await FakeGitHub.start({ owner: 'acme', repo: 'prompts', token: TOKEN });
});
afterAll(() => fake.close());
afterEach(() => {
  fake.requests.length = 0;
  fake.violations.length = 0;
});

async function call(method: string, path: string, body?: unknown, auth = `token ${TOKEN}`): Promise<{ status: number; headers: Headers; json: unknown }> {
  const response = await fetch(`${fake.url}${path}`, {
    method,
    headers: { authorization: auth, 'user-agent': 'harness-test', 'content-type': 'application/json' },
    ...(body !== undefined && { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as unknown) : undefined };
}

describe('FakeGitHub', () => {
  it('creates, lists, edits and deletes comments with schema-valid responses', async () => {
    const created = await call('POST', '/repos/acme/prompts/issues/3/comments', { body: 'hello' });
    expect(created.status).toBe(201);
    const comment = created.json as { id: number; body: string; user: { login: string; type: string }; html_url: string };
    expect(comment).toMatchObject({ body: 'hello', user: { login: 'github-actions[bot]', type: 'Bot' } });
    expect(comment.html_url).toBe(`${fake.url}/acme/prompts/pull/3#issuecomment-${comment.id}`);

    const edited = await call('PATCH', `/repos/acme/prompts/issues/comments/${comment.id}`, { body: 'edited' });
    expect(edited.status).toBe(200);
    expect(fake.comments(3).map((c) => c.body)).toEqual(['edited']);
    expect((await call('GET', '/repos/acme/prompts/issues/3/comments')).json).toHaveLength(1);

    expect((await call('DELETE', `/repos/acme/prompts/issues/comments/${comment.id}`)).status).toBe(204);
    expect(fake.comments(3)).toEqual([]);
    expect(fake.requestsTo('PATCH', ROUTES.issueComment)).toHaveLength(1);
    // No violation means every response above also matched GitHub's documented schema.
    expect(fake.violations).toEqual([]);
  });

  it('refuses a comment POST without `body` with 422 and records the violation', async () => {
    const reply = await call('POST', '/repos/acme/prompts/issues/3/comments', { text: 'no body' });
    expect(reply.status).toBe(422);
    expect(fake.violations).toEqual([expect.objectContaining({ method: 'POST', problem: expect.stringMatching(/body/) })]);
    expect(fake.comments(3)).toEqual([]);
  });

  it('answers 404 to a route GitHub does not document, and to a documented one the fake lacks', async () => {
    expect((await call('POST', '/repos/acme/prompts/issues/3/comment', { body: 'x' })).status).toBe(404);
    expect((await call('GET', '/repos/acme/prompts/pulls/3')).status).toBe(404);
    expect(fake.violations.map((v) => v.problem)).toEqual(['no documented route', expect.stringMatching(/pulls\/get is not implemented/)]);
  });

  it('checks query parameter types and the repository', async () => {
    expect((await call('GET', '/repos/acme/prompts/issues/3/comments?per_page=lots')).status).toBe(422);
    expect((await call('GET', '/repos/other/prompts/issues/3/comments')).status).toBe(404);
    expect(fake.violations).toHaveLength(2);
  });

  it('accepts "token" and "Bearer" auth with the right token only', async () => {
    expect((await call('GET', '/repos/acme/prompts/issues/3/comments', undefined, `Bearer ${TOKEN}`)).status).toBe(200);
    expect(fake.violations).toEqual([]);
    expect((await call('GET', '/repos/acme/prompts/issues/3/comments', undefined, 'token wrong')).status).toBe(401);
    expect(fake.violations).toHaveLength(1);
  });

  it('paginates with GitHub\'s Link header, which octokit follows', async () => {
    for (let i = 0; i < 5; i++) fake.addComment(11, `noise ${i}`, OCTOCAT);
    const first = await call('GET', '/repos/acme/prompts/issues/11/comments?per_page=2');
    const link = first.headers.get('link') ?? '';
    expect(link).toMatch(/<[^>]+\/repositories\/186853002\/issues\/11\/comments\?per_page=2&page=2>; rel="next", <[^>]+page=3>; rel="last"$/);
    const last = await call('GET', '/repositories/186853002/issues/11/comments?per_page=2&page=3');
    expect(last.json).toHaveLength(1);
    expect(last.headers.get('link')).toMatch(/rel="prev", <[^>]+page=1>; rel="first"$/);

    const octokit = getOctokit(TOKEN, { baseUrl: fake.url });
    const all = await octokit.paginate(octokit.rest.issues.listComments, { owner: 'acme', repo: 'prompts', issue_number: 11, per_page: 2 });
    expect(all.map((c) => c.body)).toEqual(['noise 0', 'noise 1', 'noise 2', 'noise 3', 'noise 4']);
    expect(fake.violations).toEqual([]);
  });

  it('plays scripted faults the given number of times', async () => {
    fake.failNext(readOnlyToken('POST', ROUTES.issueComments));
    fake.failNext(secondaryRateLimit('PATCH', ROUTES.issueComment, { retryAfter: 7, times: 2 }));
    const refused = await call('POST', '/repos/acme/prompts/issues/4/comments', { body: 'x' });
    expect(refused).toMatchObject({ status: 403, json: { message: 'Resource not accessible by integration' } });
    const posted = await call('POST', '/repos/acme/prompts/issues/4/comments', { body: 'x' });
    expect(posted.status).toBe(201);
    const id = (posted.json as { id: number }).id;
    for (let i = 0; i < 2; i++) {
      const limited = await call('PATCH', `/repos/acme/prompts/issues/comments/${id}`, { body: 'y' });
      expect(limited.status).toBe(403);
      expect(limited.headers.get('retry-after')).toBe('7');
    }
    expect((await call('PATCH', `/repos/acme/prompts/issues/comments/${id}`, { body: 'y' })).status).toBe(200);
    expect(fake.violations).toEqual([]);
  });
});

describe('OpenApiChecker', () => {
  it('rejects a response field GitHub does not document, so the fake cannot drift', async () => {
    const checker = await OpenApiChecker.load(['issues/create-comment']);
    const match = checker.match('POST', '/repos/acme/prompts/issues/1/comments');
    expect(match).toMatchObject({ operationId: 'issues/create-comment', params: { issue_number: '1' } });
    const comment = fake.addComment(1, 'x');
    expect(checker.checkResponse(match!, 201, comment).errors).toEqual([]);
    expect(checker.checkResponse(match!, 201, { ...comment, invented: true }).errors.join()).toMatch(/invented/);
    expect(checker.checkResponse(match!, 201, { ...comment, id: 'one' }).errors.join()).toMatch(/\/id must be integer/);
  });

  it('turns OpenAPI 3.0 `nullable` into JSON Schema null types', () => {
    expect(toJsonSchema({ type: 'string', nullable: true, enum: ['a'] }, false)).toEqual({ type: ['string', 'null'], enum: ['a', null] });
    expect(toJsonSchema({ allOf: [{ type: 'object' }], nullable: true }, false)).toEqual({ anyOf: [{ allOf: [{ type: 'object' }] }, { type: 'null' }] });
    expect(toJsonSchema({ type: 'object', properties: { a: { type: 'integer', example: 1 } } }, true)).toEqual({
      type: 'object',
      properties: { a: { type: 'integer' } },
      additionalProperties: false,
    });
  });
});
