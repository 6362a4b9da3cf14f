/**
 * Real git repositories for e2e tests: a working repo to build history in, a bare "origin" to
 * clone from, and shallow clones like the ones actions/checkout makes (so a test can check that
 * the action fetches a base commit the checkout does not have).
 */
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { makeTempDir } from './temp.js';

const run = promisify(execFile);

/** First commit time (2024-01-01T00:00:00Z); each commit is one minute later, so SHAs are reproducible. */
const EPOCH = 1_704_067_200;

/** The developer's git config (hooks, signing, templates, init.defaultBranch) must not reach the fixtures. */
function gitEnv(time: number): NodeJS.ProcessEnv {
  const date = `@${time} +0000`;
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    LANG: 'C',
    LC_ALL: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: 'Prompt Budget Tests',
    GIT_AUTHOR_EMAIL: 'tests@prompt-budget.invalid',
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_NAME: 'Prompt Budget Tests',
    GIT_COMMITTER_EMAIL: 'tests@prompt-budget.invalid',
    GIT_COMMITTER_DATE: date,
  };
}

async function git(cwd: string, args: readonly string[], time = EPOCH): Promise<string> {
  try {
    const { stdout } = await run('git', ['-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], {
      cwd,
      env: gitEnv(time),
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout.trim();
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`git ${args.join(' ')} failed in ${cwd}: ${stderr.trim() || String(error)}`, { cause: error });
  }
}

/** File contents by repository-relative path; `null` deletes the file. */
export type FileTree = Record<string, string | null>;

export class GitRepo {
  private commits = 0;

  constructor(readonly dir: string) {}

  /** Runs git in the repository and returns its trimmed stdout. */
  git(...args: string[]): Promise<string> {
    return git(this.dir, args, EPOCH + this.commits * 60);
  }

  async write(files: FileTree): Promise<void> {
    for (const [path, text] of Object.entries(files)) {
      const target = join(this.dir, path);
      if (text === null) {
        await rm(target, { force: true });
      } else {
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, text);
      }
    }
  }

  read(path: string): Promise<string> {
    return readFile(join(this.dir, path), 'utf8');
  }

  /** Writes the files, stages everything and commits; returns the new commit's SHA. */
  async commit(message: string, files: FileTree = {}): Promise<string> {
    await this.write(files);
    this.commits += 1;
    await this.git('add', '--all');
    // Empty commits are allowed so a test can add a "synchronize" without touching prompts.
    await this.git('commit', '--quiet', '--allow-empty', '--no-verify', '-m', message);
    return this.sha();
  }

  /**
   * Commits `files` onto `branch` (created from `from` when it does not exist) with git
   * fast-import, without touching the working tree or the index: one process for any number of
   * files, where `commit` would write and stage each (100,000 files take seconds, not minutes).
   * Paths not given keep their content from the parent. Returns the new commit's SHA; check the
   * branch out afterwards to have the files on disk.
   */
  async importCommit(branch: string, message: string, files: Iterable<readonly [path: string, content: string | Uint8Array]>, from?: string): Promise<string> {
    this.commits += 1;
    const time = EPOCH + this.commits * 60;
    const chunks: Buffer[] = [];
    const data = (bytes: Buffer) => chunks.push(Buffer.from(`data ${bytes.length}\n`), bytes, Buffer.from('\n'));
    const who = `Prompt Budget Tests <tests@prompt-budget.invalid> ${time} +0000`;
    chunks.push(Buffer.from(`commit refs/heads/${branch}\nauthor ${who}\ncommitter ${who}\n`));
    data(Buffer.from(message));
    if (from) chunks.push(Buffer.from(`from ${from}\n`));
    for (const [path, content] of files) {
      // The path is the rest of the line; one starting with a quote or holding a newline would need C-style quoting.
      if (path.startsWith('"') || path.includes('\n')) throw new Error(`importCommit cannot write the path ${JSON.stringify(path)}`);
      chunks.push(Buffer.from(`M 100644 inline ${path}\n`));
      data(Buffer.from(content));
    }
    chunks.push(Buffer.from('\n'));
    await new Promise<void>((resolve, reject) => {
      const child = execFile('git', ['fast-import', '--quiet', '--done'], { cwd: this.dir, env: gitEnv(time), maxBuffer: 16 * 1024 * 1024 }, (error, _stdout, stderr) =>
        error ? reject(new Error(`git fast-import failed in ${this.dir}: ${stderr.trim() || String(error)}`, { cause: error })) : resolve(),
      );
      child.stdin?.end(Buffer.concat([...chunks, Buffer.from('done\n')]));
    });
    return this.sha(`refs/heads/${branch}`);
  }

  /** Creates a branch at `from` (default HEAD) and checks it out. */
  async branch(name: string, from = 'HEAD'): Promise<void> {
    await this.git('checkout', '--quiet', '-b', name, from);
  }

  async checkout(ref: string): Promise<void> {
    await this.git('checkout', '--quiet', ref);
  }

  sha(ref = 'HEAD'): Promise<string> {
    return this.git('rev-parse', '--verify', `${ref}^{commit}`);
  }

  /** True when the commit's object is in this repository (false for what a shallow clone lacks). */
  async has(sha: string): Promise<boolean> {
    return this.git('cat-file', '-e', `${sha}^{commit}`).then(
      () => true,
      () => false,
    );
  }
}

/** A fresh repository on branch `main` in a temp dir (removed by `removeTempDirs`). */
export async function createRepo(): Promise<GitRepo> {
  const dir = await makeTempDir('prompt-budget-repo-');
  await git(dir, ['init', '--quiet', '-b', 'main']);
  return new GitRepo(dir);
}

export interface Origin {
  /** The bare repository's directory. */
  dir: string;
  /** A file:// URL: git honours --depth only over a transport, not for plain local paths. */
  url: string;
}

/** A bare clone of `source` with all its branches, to act as the "origin" on GitHub. */
export async function createOrigin(source: GitRepo): Promise<Origin> {
  const parent = await makeTempDir('prompt-budget-origin-');
  const dir = join(parent, 'origin.git');
  await git(parent, ['clone', '--quiet', '--bare', source.dir, dir]);
  // GitHub serves any commit by SHA; actions/checkout and base fetches depend on that.
  await git(dir, ['config', 'uploadpack.allowAnySHA1InWant', 'true']);
  return { dir, url: pathToFileURL(dir).href };
}

/** A clone with only the tip of `branch` (depth 1 by default), like actions/checkout's default. */
export async function shallowClone(origin: Origin, options: { branch?: string; depth?: number } = {}): Promise<GitRepo> {
  const parent = await makeTempDir('prompt-budget-clone-');
  const dir = join(parent, 'workspace');
  const branch = options.branch ? ['--branch', options.branch] : [];
  await git(parent, ['clone', '--quiet', `--depth=${options.depth ?? 1}`, ...branch, origin.url, dir]);
  return new GitRepo(dir);
}
