import { spawn } from 'node:child_process';
import { firstInvalidUtf8 } from '../budget/text.js';

class GitError extends Error {
  override readonly name = 'GitError';
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args.join(' ')} failed (${exitCode ?? 'killed'}): ${stderr.trim()}`);
  }
}

/**
 * Runs git in `cwd` and returns its stdout as bytes. No shell: arguments are passed as they are.
 * `env` adds variables (GIT_NO_LAZY_FETCH for the index's blobs, see blobs.ts).
 */
export function git(cwd: string, args: readonly string[], input?: Uint8Array, options: { env?: Record<string, string> } = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, {
      cwd,
      stdio: ['pipe', 'pipe', 'pipe'],
      // Never wait for a credential prompt in CI.
      env: { ...process.env, ...options.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new GitError(args, code, Buffer.concat(err).toString('utf8')));
    });
    child.stdin.end(input);
  });
}

export async function gitText(cwd: string, args: readonly string[]): Promise<string> {
  return (await git(cwd, args)).toString('utf8').trim();
}

/** NUL-separated output (`-z`) as a list, without the empty tail. */
export function splitNul(output: Buffer): string[] {
  return splitPaths(output).paths;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * NUL-separated paths (`-z`). Git names files in bytes; a name that is not UTF-8 cannot be read
 * back from a decoded string (a lossy decoding names another file), so it is listed under a
 * visible spelling (`\xff` for each byte that is not UTF-8) and in `notUtf8`, to be refused alone.
 */
export function splitPaths(output: Buffer): { paths: string[]; notUtf8: Set<string> } {
  const paths: string[] = [];
  const notUtf8 = new Set<string>();
  let start = 0;
  while (start < output.length) {
    let end = output.indexOf(0, start);
    if (end < 0) end = output.length;
    if (end > start) {
      const bytes = output.subarray(start, end);
      try {
        paths.push(strictUtf8.decode(bytes));
      } catch {
        const shown = spellBytes(bytes);
        paths.push(shown);
        notUtf8.add(shown);
      }
    }
    start = end + 1;
  }
  return { paths, notUtf8 };
}

/** Bytes as text, each byte that does not belong to a UTF-8 character as `\xhh`. */
function spellBytes(bytes: Uint8Array): string {
  let text = '';
  let from = 0;
  while (from < bytes.length) {
    const bad = firstInvalidUtf8(bytes.subarray(from)) + from;
    text += strictUtf8.decode(bytes.subarray(from, bad));
    if (bad < bytes.length) text += `\\x${bytes[bad]!.toString(16).padStart(2, '0')}`;
    from = bad + 1;
  }
  return text;
}
