/**
 * A glob matching 100,000 files, through the bundled action on a real repository: every file is
 * listed, matched, read at base (from git) and at head (from the working tree) and counted, and
 * the numbers are the oracle's. The repository is built with git fast-import, so making it takes
 * seconds. Found by this test: reading every matched file at once failed most of them with
 * EMFILE (too many open files).
 */
import { readFile } from 'node:fs/promises';
import { get_encoding } from 'tiktoken';
import { describe, expect, it } from 'vitest';
import { pullRequestEvent } from './events.js';
import { createRepo } from './git-repo.js';
import { FakeGitHub } from './github-api.js';
import { fakeGitHubPerTest } from './fake-github-per-test.js';
import { runAction, type ActionRun } from './runner.js';

const OWNER = 'acme';
const REPO = 'prompts';
const TOKEN = 'ghs_e2eManyFilesToken0123456789';
const PR = 83;
const FILES = 100_000;
/** Files the PR grows: enough to break the allotment, few enough for a short comment. */
const GROWN = 50;

let fake: FakeGitHub;
fakeGitHubPerTest({ owner: OWNER, repo: REPO, token: TOKEN }, (started) => (fake = started));

const path = (i: number) => `library/${String(i % 1000).padStart(3, '0')}/article ${i}.md`;
// A thousand distinct texts: the oracle counts each once (tiktoken on 100,000 would take longer than the run).
const text = (i: number) => `Article ${i % 1000}: returns are accepted within 60 days with the receipt.\n`;
const grown = (i: number) => `${text(i)}Store credit is offered after 60 days, at the manager's discretion.\n`;
const log = (r: ActionRun) => `exit ${r.status}\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-2000)}`;

describe('a glob matching 100,000 files', () => {
  it('lists, reads and counts every one at base and head, exactly, and reports the few that changed', async () => {
    const encoding = get_encoding('o200k_base');
    let baseTotal = 0;
    let growth = 0;
    try {
      const counts = Array.from({ length: 1000 }, (_, i) => encoding.encode(text(i)).length);
      for (let i = 0; i < FILES; i++) baseTotal += counts[i % 1000]!;
      for (let i = 0; i < GROWN; i++) growth += encoding.encode(grown(i)).length - encoding.encode(text(i)).length;
    } finally {
      encoding.free();
    }
    // Between base and head, so the growth breaks it; the draft glob keeps one file out.
    const allotment = baseTotal + Math.floor(growth / 2);
    const budgets = `version: 1\ndefaults: { model: gpt-4.1 }\ncomponents:\n  library:\n    files: ["library/**/*.md", "!library/**/draft *.md"]\n    max_tokens: ${allotment}\n`;

    const repo = await createRepo();
    const files = function* (): Generator<readonly [string, string]> {
      yield ['budgets.yml', budgets];
      for (let i = 0; i < FILES; i++) yield [path(i), text(i)];
      yield ['library/000/draft 1.md', 'A draft that must not be counted. '.repeat(500)];
    };
    const base = await repo.importCommit('main', 'A library of 100,000 prompts', files());
    const head = await repo.importCommit('grow', 'Grow some', Array.from({ length: GROWN }, (_, i) => [path(i), grown(i)] as const), base);
    await repo.git('checkout', '--quiet', 'grow');

    const started = performance.now();
    const result = await runAction({
      workspace: repo.dir,
      event: pullRequestEvent('opened', { owner: OWNER, repo: REPO, number: PR, base: { sha: base, ref: 'main' }, head: { sha: head, ref: 'grow' }, apiUrl: fake.url, serverUrl: fake.url }),
      api: { url: fake.url, token: TOKEN },
      with: { base: 'main' },
      timeoutMs: 150_000,
    });
    const seconds = (performance.now() - started) / 1000;

    expect(result.status, log(result)).toBe(1);
    expect(result.stdout + result.stderr).not.toMatch(/EMFILE|cannot be read/);
    expect(result.outputs['total-tokens']).toBe(String(baseTotal + growth));
    expect(result.outputs['total-delta']).toBe(String(growth));
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8')) as { components: { status: string; head: { files: unknown[] }; base: { files: unknown[] } }[] };
    expect(report.components[0]).toMatchObject({ status: 'over' });
    expect(report.components[0]!.head.files).toHaveLength(FILES);
    expect(report.components[0]!.base.files).toHaveLength(FILES);
    // The comment and the summary name the grown files, not the 99,950 that did not change.
    const [comment] = fake.comments(PR);
    expect(comment?.body.length).toBeLessThanOrEqual(65_536);
    expect(comment?.body).toContain('library/000/article 0.md');
    expect(result.summary).toContain(`library/049/article 49.md`);
    expect(result.summary).not.toContain('library/050/article 50.md');
    expect(result.summary.length).toBeLessThan(1024 * 1024);
    // Measured on 2 shared cores: about 15 s for the run; the bound only catches a quadratic step.
    expect(seconds).toBeLessThan(120);
  }, 240_000);
});
