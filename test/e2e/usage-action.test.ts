/**
 * The action's `usage-file` input: production's usage records turned into one comment line per
 * flagged reserve, the analysis in the JSON report, and a file with bad lines only warned about.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pullRequestEvent } from './events.js';
import { createRepo } from './git-repo.js';
import { FakeGitHub } from './github-api.js';
import { fakeGitHubPerTest } from './fake-github-per-test.js';
import { runAction, type ActionRun } from './runner.js';
import { makeTempDir, removeTempDirs } from './temp.js';

const OWNER = 'acme';
const REPO = 'support-bot';
const TOKEN = 'ghs_e2eUsageToken0123456789';

const BUDGETS = `version: 1
defaults: { model: gpt-4.1 }
components:
  system: { files: prompts/system.md, max_tokens: 2000 }
requests:
  support-chat:
    components: [system]
    reserve: { history: 8000, user_input: 2000, output: 4096 }
`;

let fake: FakeGitHub;
fakeGitHubPerTest({ owner: OWNER, repo: REPO, token: TOKEN }, (started) => (fake = started));
afterAll(removeTempDirs);

const log = (r: ActionRun) => `exit ${r.status}\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-2000)}`;

async function runWithUsage(usageLines: string): Promise<{ result: ActionRun; body: string }> {
  const repo = await createRepo();
  const base = await repo.commit('Support bot', { 'budgets.yml': BUDGETS, 'prompts/system.md': 'You are the support assistant.\n' });
  await repo.branch('tone');
  const head = await repo.commit('Tone', { 'prompts/system.md': 'You are the support assistant. Be kind.\n' });
  const usageFile = join(await makeTempDir(), 'usage.jsonl');
  await writeFile(usageFile, usageLines);
  const result = await runAction({
    workspace: repo.dir,
    event: pullRequestEvent('opened', { owner: OWNER, repo: REPO, number: 5, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'tone' }, apiUrl: fake.url, serverUrl: fake.url }),
    api: { url: fake.url, token: TOKEN },
    with: { comment: 'always', 'usage-file': usageFile },
  });
  return { result, body: fake.comments(5)[0]?.body ?? '' };
}

/** A call's record: history kept and dropped, user input and output as given. */
const line = (kept: number, dropped: number, userInput: number, output: number) =>
  JSON.stringify({
    time: '2026-12-01T08:00:00.000Z',
    request: 'support-chat',
    model: 'gpt-4.1',
    counted: { fixed: 12, history: kept, userInput, total: 12 + kept + userInput, exact: true },
    usage: { input: 12 + kept + userInput, output },
    trimmed: { messages: dropped ? 3 : 0, tokens: dropped, truncated: false, summarized: false },
    limitsHit: [],
  });

describe('usage-file', () => {
  it('names each flagged reserve in the comment, keeps the verdict, and puts the analysis in the report', async () => {
    const calls = Array.from({ length: 50 }, (_, i) => line(7000, i >= 48 ? 4400 : 0, 300, 2000 + i));
    const { result, body } = await runWithUsage(`${calls.join('\n')}\n`);
    expect(result.status, log(result)).toBe(0);
    expect(body).toContain('**Seen in production** (50 usage records; p99 and max by nearest rank)');
    expect(body).toContain('- 📈 `support-chat`: `reserve.history` 8,000 is below the p99 of 11,400 seen in production (50 calls)');
    expect(body).toContain('- 📉 `support-chat`: `reserve.user_input` 2,000 is never approached in production: the largest of 50 calls was 300, under 25% of it');
    expect(body).not.toContain('reserve.output');
    expect(result.summary).toContain('is below the p99 of 11,400');
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'));
    expect(report.production).toMatchObject({ records: 50, requests: [{ request: 'support-chat', history: { p99: 11400 } }] });
  });

  it('warns about bad lines at file:line and still compares the good ones', async () => {
    const { result, body } = await runWithUsage(`${line(100, 0, 1000, 3000)}\nnot json\n`);
    expect(result.status, log(result)).toBe(0);
    expect(result.annotations.some((a) => a.level === 'warning' && /usage-file: .*usage\.jsonl:2: not JSON/.test(a.message))).toBe(true);
    expect(body).toContain('`reserve.history` 8,000 is never approached in production: the largest of 1 call was 100');
  });
});
