/**
 * `prompt-budget usage`: production's usage records against budgets.yml's reserves, run from the
 * bundle on the fixture the README shows (test/fixtures/usage/), so the README's output is the
 * CLI's own.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CLI = resolve('dist/cli.js');
const FIXTURE = resolve('test/fixtures/usage');

const cli = (args: string[], cwd = FIXTURE) => {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pb-usage-'));
  copyFileSync(join(FIXTURE, 'budgets.yml'), join(dir, 'budgets.yml'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('prompt-budget usage', () => {
  it('prints what the README shows for the fixture, and exits 0 with reserves flagged', () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('### Monitoring and feeding production back into CI'));
    const shown = /```sh\nnpx prompt-budget usage usage\.jsonl\n```\n\n```text\n([\s\S]*?)```/.exec(section)?.[1];
    expect(shown).toBeDefined();
    const run = cli(['usage', 'usage.jsonl']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toBe(shown);
    expect(run.stdout).toContain('support-chat: reserve.history 8,000 is below the p99 of 11,400 seen in production (100 calls)');
  });

  it('--json gives the analysis, and --fail-on-exceeded exits 1', () => {
    const run = cli(['usage', '--json', '--config', 'budgets.yml', 'usage.jsonl']);
    expect(run.status).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ files: ['usage.jsonl'], records: 120, unusedShare: 0.25, problems: [] });
    expect(json.requests[0]).toMatchObject({
      request: 'support-chat',
      calls: 100,
      history: { count: 100, p99: 11400, max: 11400 },
      reserve: { history: 8000, user_input: 2000, output: 4096 },
      flags: [
        { reserve: 'history', kind: 'exceeded', limit: 8000, observed: 11400 },
        { reserve: 'user_input', kind: 'unused', limit: 2000, observed: 479 },
      ],
    });
    expect(json.requests[1]).toMatchObject({ request: 'summarize', flags: [] });
    expect(cli(['usage', '--fail-on-exceeded', 'usage.jsonl']).status).toBe(1);
  });

  it('names each bad line at file:line, still reports the rest, and exits 2', () => {
    const good = readFileSync(join(FIXTURE, 'usage.jsonl'), 'utf8').split('\n')[0]!;
    writeFileSync(join(dir, 'torn.jsonl'), `${good}\n{"time": "2026-12-07T10:00:00Z", "requ\n${good.replace('"history":', '"history":-')}\n`);
    const run = cli(['usage', 'torn.jsonl'], dir);
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('1 usage record from torn.jsonl');
    expect(run.stderr).toBe(
      'torn.jsonl:2: not JSON: each line must be one usage record as a JSON object\ntorn.jsonl:3: counted.history must be tokens\n2 lines are not usage records (left out above); fix or remove them.\n',
    );
  });

  it('is a usage error without files, with a missing file or budgets.yml, or a file that is not text', () => {
    expect(cli(['usage'], dir)).toMatchObject({ status: 2, stderr: expect.stringContaining('needs at least one file of usage records') });
    expect(cli(['usage', 'nope.jsonl'], dir)).toMatchObject({ status: 2, stderr: expect.stringContaining('nope.jsonl: no such file') });
    expect(cli(['usage', '--config', 'missing.yml', join(FIXTURE, 'usage.jsonl')], dir)).toMatchObject({ status: 2, stderr: expect.stringContaining('missing.yml: no such file') });
    writeFileSync(join(dir, 'binary.jsonl'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    expect(cli(['usage', 'binary.jsonl'], dir)).toMatchObject({ status: 2, stderr: expect.stringContaining('binary.jsonl is not UTF-8 text') });
  });
});
