/**
 * Issue 16, item 5: an application that opts in with a key gets Claude's counts from Anthropic's
 * counting API (here a local server answering its documented shape, whose tokenizer is known),
 * each text once; the framing stays estimated at twice the cookbook's; a failed API leaves the
 * estimate's upper bound and says why.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBudgets, type GuardMessage } from '../../../src/lib/index.js';
import { guardYaml, words } from '../../helpers/guard.js';
import { FAKE_KEY, fakeTokens, startFakeAnthropic, type FakeServer } from '../../helpers/fake-servers.js';

const YAML = guardYaml('claude-sonnet-4-5', [{ name: 'chat', reserve: '{ history: 400, user_input: 100, output: 200 }' }]);
/** A message's bound with the API's count of its text and role: the cookbook's 3 per message and the role, both doubled (framing by estimate). */
const bound = (m: GuardMessage) => fakeTokens(String(m.content)) + 2 * (3 + fakeTokens(m.role));

let server: FakeServer;
beforeAll(async () => (server = await startFakeAnthropic()));
afterAll(() => server.close());

describe('opted in to the counting API', () => {
  it("counts each text with the vendor's API once, and fits with those counts", async () => {
    const budgets = await openBudgets({ yaml: YAML }, { apiKeys: { anthropic: FAKE_KEY }, env: { ANTHROPIC_BASE_URL: server.url } });
    const history: GuardMessage[] = [];
    for (let i = 0; i < 30; i++) history.push({ role: 'user', content: words(10, i) + ` ${i}` }, { role: 'assistant', content: words(15, i) + ` ${i}` });
    const before = server.requests.length;
    const fitted = await budgets.request('chat').fit({ history, userInput: 'next?' });
    expect(server.requests.length).toBeGreaterThan(before);
    const kept = fitted.messages.slice(0, -1);
    expect(fitted.apiError).toBeUndefined();
    expect(fitted.tokens.history).toBe(kept.reduce((n, m) => n + bound(m), 0));
    expect(fitted.tokens.history).toBeLessThanOrEqual(400);
    expect(fitted.tokens.history + bound(history.at(-(kept.length + 1))!) + bound(history.at(-(kept.length + 2))!)).toBeGreaterThan(400);
    expect(fitted.exact).toBe(false);

    // One more turn: only its new texts go to the API.
    const asked = server.requests.length;
    await budgets.request('chat').fit({ history: [...history, { role: 'user', content: 'next?' }, { role: 'assistant', content: 'an answer' }], userInput: 'and then?' });
    const texts = server.requests.slice(asked).map((r) => JSON.stringify(r.json));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.length).toBeLessThanOrEqual(3);
    expect(texts.join('\n')).not.toContain(words(10, 0));
  });

  it("keeps the estimate's upper bound when the API fails, and says why", async () => {
    const budgets = await openBudgets({ yaml: YAML }, { apiKeys: { anthropic: 'sk-wrong-key-0000' }, env: { ANTHROPIC_BASE_URL: server.url } });
    const history: GuardMessage[] = [{ role: 'user', content: words(50) }, { role: 'assistant', content: words(50, 1) }];
    const fitted = await budgets.request('chat').fit({ history, userInput: 'next?' });
    expect(fitted.apiError).toMatch(/401|key|authentication/i);
    const estimated = await (await openBudgets({ yaml: YAML })).request('chat').fit({ history, userInput: 'next?' });
    expect(fitted.tokens).toEqual(estimated.tokens);
  });
});
