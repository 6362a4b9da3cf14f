/**
 * A PR whose few-shot examples grow until the whole request no longer fits gpt-4's 8,192-token
 * window: every component stays within its own allotment, yet the check must turn red and the
 * comment must say which request is over, by how much, and what it costs.
 */
import { describe, expect, it } from 'vitest';
import { pullRequestEvent } from './events.js';
import { createRepo } from './git-repo.js';
import { FakeGitHub } from './github-api.js';
import { fakeGitHubPerTest } from './fake-github-per-test.js';
import { runAction, type ActionRun } from './runner.js';
import { oracleCount } from '../helpers/oracle.js';

const OWNER = 'acme';
const REPO = 'support-bot';
const TOKEN = 'ghs_e2eRequestsToken0123456789';

const BUDGETS = `version: 1
defaults: { model: gpt-4 }
components:
  system: { files: prompts/system.md, max_tokens: 2000 }
  shots: { files: prompts/shots.md, max_tokens: 6000 }
requests:
  chat:
    components: [system, shots]
    reserve: { history: 2500, user_input: 500, output: 1000 }
    volume: 10000/day
`;
const SYSTEM = 'You are the support assistant for Northwind Traders. Be brief and cite order numbers.\n'.repeat(12);
const SHOT = 'User: My parcel is late, order 10248.\nAssistant: Sorry about that: order 10248 left our warehouse yesterday and arrives tomorrow.\n';

let fake: FakeGitHub;
fakeGitHubPerTest({ owner: OWNER, repo: REPO, token: TOKEN }, (started) => (fake = started));

const log = (r: ActionRun) => `exit ${r.status}\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-2000)}`;

describe('a request that no longer fits its window', () => {
  it('fails the PR and says which request is over, by how much, and what the prefix costs', async () => {
    const repo = await createRepo();
    const baseShots = SHOT.repeat(40);
    const headShots = SHOT.repeat(160);
    const base = await repo.commit('Support bot prompts', { 'budgets.yml': BUDGETS, 'prompts/system.md': SYSTEM, 'prompts/shots.md': baseShots });
    await repo.branch('more-examples');
    const head = await repo.commit('Add 120 more examples', { 'prompts/shots.md': headShots });

    const fixed = (shots: string) => oracleCount(SYSTEM, 'cl100k_base') + oracleCount(shots, 'cl100k_base');
    const window = 8_192; // gpt-4, from the vendored catalog
    const reserved = 2_500 + 500 + 1_000;
    // The premise: each component within its allotment, the request fitting at base and not at head.
    expect(oracleCount(headShots, 'cl100k_base')).toBeLessThan(6_000);
    expect(fixed(baseShots) + reserved).toBeLessThanOrEqual(window);
    expect(fixed(headShots) + reserved).toBeGreaterThan(window);

    const result = await runAction({
      workspace: repo.dir,
      event: pullRequestEvent('opened', { owner: OWNER, repo: REPO, number: 3, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'more-examples' }, apiUrl: fake.url, serverUrl: fake.url }),
      api: { url: fake.url, token: TOKEN },
      with: { comment: 'always' },
    });

    expect(result.status, log(result)).toBe(1);
    expect(result.outputs['over-budget']).toBe('true');
    const [comment] = fake.comments(3);
    const body = comment?.body ?? '';
    expect(body).toMatch(/^### ❌ prompt-budget: 1 of 1 request no longer fits the context window$/m);
    const over = fixed(headShots) + reserved - window;
    const grouped = (n: number) => n.toLocaleString('en-US');
    expect(body).toContain(`is ${grouped(over)} tokens over ${grouped(window)}`);
    // The row: fixed tokens with their change, and the (negative) headroom.
    const row = body.split('\n').find((line) => line.includes('`chat`')) ?? '';
    expect(row).toContain(`${grouped(fixed(headShots))} (+${grouped(fixed(headShots) - fixed(baseShots))})`);
    expect(row).toContain(`-${grouped(over)} of ${grouped(window)}`);
    // gpt-4's list input price is $30 per million tokens: the prefix's cost per 30-day month at 10,000/day.
    const monthly = (fixed(headShots) * 30 * 10_000 * 30) / 1e6;
    expect(row).toContain(`$${monthly.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);
    expect(result.summary).toContain('`chat`');
    // The annotation sits on the request's line in budgets.yml.
    const annotation = result.annotations.find((a) => a.level === 'error' && a.title === 'prompt-budget: chat');
    expect(annotation).toMatchObject({ file: 'budgets.yml', line: 7 });
  });
});
