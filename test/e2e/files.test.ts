/**
 * Files a prompt component can meet in a real repository: binary, not UTF-8, UTF-16, empty,
 * symbolic links inside and outside, malformed chat files. Each gets its own status and reason;
 * the other files are still counted. Real git repositories, head from the working tree and base
 * from a commit, as the CLI and the action read them.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBudgets } from '../../src/budget/check.js';
import { MAX_PROMPT_BYTES } from '../../src/common/prompt-size.js';
import type { Report } from '../../src/budget/report.js';
import { commitRevision } from '../../src/git/commit.js';
import { worktreeRevision } from '../../src/git/worktree.js';
import { component } from '../helpers/components.js';
import { oracleCount } from '../helpers/oracle.js';

let repo: string;
let outside: string;
let report: Report;
const TEXT = 'You are the support assistant. Answer briefly.\n';

function write(path: string, content: string | Buffer): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), content);
}

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'pb-files-'));
  outside = mkdtempSync(join(tmpdir(), 'pb-outside-'));
  writeFileSync(join(outside, 'secret.md'), 'not yours to count\n');
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', '-c', 'commit.gpgsign=false', ...args], { cwd: repo });
  git('init', '-q', '-b', 'main');
  write('p/system.md', TEXT);
  write('p/img.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  write('p/latin1.md', Buffer.from('caf\xe9 au lait\n', 'latin1'));
  write('p/utf16le.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]));
  write('p/utf16be.md', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]));
  write('p/empty.md', '');
  write('p/huge.md', Buffer.alloc(MAX_PROMPT_BYTES + 1, 'a'));
  write('p/broken.jsonl', '{"messages": [{"role": "user", "content": "Hi"}]}\n{"messages": [\n');
  symlinkSync('system.md', join(repo, 'p/link.md'));
  symlinkSync(join(outside, 'secret.md'), join(repo, 'p/outside.md'));
  git('add', '-A');
  git('commit', '-qm', 'base');
  const names = ['system', 'img', 'latin1', 'utf16le', 'utf16be', 'empty', 'broken', 'link', 'outside', 'huge'];
  const files: Record<string, string> = { broken: 'p/broken.jsonl' };
  const components = names.map((name) => component({ name, files: [files[name] ?? `p/${name}.md`], maxTokens: 100 }));
  const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo }).toString().trim();
  report = await checkBudgets(
    // any-over: every file here is the same at base and head, and these tests are about how
    // each is judged, not about whether this change made it worse.
    { path: 'budgets.yml', version: 1, failOn: 'any-over', components, requests: [], models: [] },
    worktreeRevision(repo, { label: 'working tree' }),
    commitRevision(repo, sha, { label: 'main', sha }),
  );
});
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const result = (name: string) => report.components.find((c) => c.name === name)!;
const problem = (name: string) => result(name).head.files[0]?.problem;

describe('prompt files of every kind', () => {
  it('counts the readable ones, whatever else the component list holds', () => {
    expect(result('system').head.tokens).toBe(oracleCount(TEXT));
    expect(result('system').status).toBe('ok');
    expect(result('empty')).toMatchObject({ status: 'ok', head: { tokens: 0 } });
  });

  it('marks a binary file and a non-UTF-8 one as not countable, saying where, and fails them', () => {
    expect(result('img').status).toBe('unreadable');
    expect(problem('img')).toBe('p/img.md is binary, not text (a NUL byte at offset 8)');
    expect(problem('latin1')).toBe('p/latin1.md is not UTF-8 text (invalid byte at offset 3)');
    expect(result('latin1').failed).toBe(true);
    expect(report.verdict).toBe('fail');
  });

  it('reads UTF-16 with a byte order mark as the text it holds', () => {
    expect(result('utf16le').head.tokens).toBe(oracleCount(TEXT));
    expect(result('utf16be').head.tokens).toBe(oracleCount(TEXT));
  });

  it('gives a malformed chat file its line and column', () => {
    expect(result('broken').status).toBe('unreadable');
    expect(problem('broken')).toMatch(/^p\/broken\.jsonl:2:\d+: /);
  });

  it('follows a link inside the repository, the same at base and head, and refuses one that leads out', () => {
    expect(result('link')).toMatchObject({ status: 'ok', head: { tokens: oracleCount(TEXT) }, delta: 0 });
    expect(result('outside').status).toBe('unreadable');
    expect(problem('outside')).toBe('p/outside.md is a symbolic link that points outside the repository (or nowhere)');
    // The same problem at base, not a file missing there: an untouched link is not this PR's doing.
    expect(result('outside').base?.files[0]?.problem).toBe(problem('outside'));
    expect(JSON.stringify(report)).not.toContain('not yours to count');
  });

  it('refuses a file larger than any prompt can be, with its size, at head and at base, without tokenizing it', () => {
    expect(result('huge').status).toBe('unreadable');
    expect(problem('huge')).toBe(`p/huge.md is larger than 16 MB (${(MAX_PROMPT_BYTES + 1).toLocaleString('en-US')} bytes): no model's context window holds that much text`);
    expect(result('huge').base?.files[0]?.problem).toBe(problem('huge'));
  });
});


describe('line endings and byte order marks, decided: counted as the text an application sends', () => {
  it('counts CRLF as the bytes sent (not rewritten to LF), and drops a UTF-8 byte order mark', async () => {
    const lf = 'Line one of the prompt.\nLine two.\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    write('e/lf.md', lf);
    write('e/crlf.md', crlf);
    write('e/bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lf)]));
    const names = ['lf', 'crlf', 'bom'];
    const { components } = await checkBudgets(
      { path: 'budgets.yml', version: 1, components: names.map((name) => component({ name, files: [`e/${name}.md`], maxTokens: 100 })), requests: [], models: [] },
      worktreeRevision(repo, { label: 'working tree' }),
      null,
    );
    const tokens = Object.fromEntries(components.map((c) => [c.name, c.head.tokens]));
    expect(tokens).toEqual({ lf: oracleCount(lf), crlf: oracleCount(crlf), bom: oracleCount(lf) });
  });
});

describe('a 200 MB prompt file', () => {
  it('is refused with its size at base and head without being read into memory', async () => {
    write('big/huge.md', Buffer.alloc(200_000_000, 'a'));
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', '-c', 'commit.gpgsign=false', ...args], { cwd: repo });
    git('add', 'big/huge.md');
    git('commit', '-qm', 'a huge file');
    const sha = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo }).toString().trim();
    const refused = 'big/huge.md is larger than 16 MB (200,000,000 bytes): no model\'s context window holds that much text';
    for (const reader of [commitRevision(repo, sha, { label: 'main', sha }), worktreeRevision(repo, { label: 'working tree' })]) {
      const before = process.memoryUsage().arrayBuffers;
      const files = await reader.readFiles(['big/huge.md', 'p/system.md']);
      // Measured while the result is alive: reading the blob whole held over 200 MB here.
      expect(process.memoryUsage().arrayBuffers - before, reader.revision.label).toBeLessThan(32 * 1024 * 1024);
      expect(String((files.get('big/huge.md') as Error).message)).toBe(refused);
      expect(Buffer.from(files.get('p/system.md') as Uint8Array).toString()).toBe(TEXT);
    }
  }, 30_000);
});
