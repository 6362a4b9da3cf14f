/**
 * The vendors' counting APIs, set up from the keys an adapter was given (action inputs, or the
 * environment for the CLI). A vendor without a key gets no counter, and its models are estimated.
 */
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { basename, dirname, relative, resolve } from 'node:path';
import { repositoryRoot } from '../git/repository.js';
import type { Engines, VendorCounter } from '../budget/count-texts.js';
import { escapeControl } from '../common/format.js';
import { VENDOR_API_NAMES } from '../tokenize/spec.js';
import { addSecret, Redactor, redactSecrets } from '../common/secrets.js';
import { anthropicCounter, CountCache, geminiCounter, VendorApiError } from '../vendors/index.js';

export interface CountingApiOptions {
  anthropicApiKey?: string | undefined;
  geminiApiKey?: string | undefined;
  /**
   * A file that keeps the APIs' answers between runs (MACs keyed by the API key, and numbers). A
   * file a pull request could have written (inside a git checkout, not ignored) gets a warning.
   */
  cacheFile?: string | undefined;
  /** The repository: a cache file inside it is read and written as the PR's own files are (never through a link). */
  root?: string | undefined;
  log: (line: string) => void;
  /**
   * Where a failed API is reported: its counts become estimates (a quiet change of method a
   * reader of the log must not miss). `log` when absent.
   */
  warn?: (line: string) => void;
  /**
   * Base URLs, as the vendors' own SDKs read them (ANTHROPIC_BASE_URL, GOOGLE_GEMINI_BASE_URL):
   * for a proxy, or a local server in tests. https only, but for loopback addresses.
   */
  env?: NodeJS.ProcessEnv;
}

export interface CountingApis {
  vendors: NonNullable<Engines['vendors']>;
  /** Writes the cache file, when there is one; a failure to write is logged, never fatal. */
  save(): Promise<void>;
}

export async function openCountingApis(options: CountingApiOptions): Promise<CountingApis> {
  const { anthropicApiKey, geminiApiKey, cacheFile, root, log, warn = log, env = process.env } = options;
  const vendors: CountingApis['vendors'] = {};
  if (!anthropicApiKey && !geminiApiKey) return { vendors, save: async () => {} };
  if (cacheFile) {
    const exposed = await inCheckout(cacheFile);
    if (exposed) {
      warn(
        escapeControl(
          `The count cache ${cacheFile} is ${exposed}: a pull request can put a file there. Its entries are keyed by the API key, so forged ones are never read, but keep the cache outside the checkout (say \${{ runner.temp }}/prompt-budget-counts.json).`,
        ),
      );
    }
  }
  const cache = cacheFile ? await CountCache.load(cacheFile, log, root) : new CountCache();
  const shared = { cache, log };
  if (anthropicApiKey) {
    const counter = anthropicCounter({ apiKey: anthropicApiKey, ...shared, ...(env.ANTHROPIC_BASE_URL && { baseUrl: env.ANTHROPIC_BASE_URL }) });
    vendors.anthropic = warningOnFailure(counter, anthropicApiKey, warn);
  }
  if (geminiApiKey) {
    const counter = geminiCounter({ apiKey: geminiApiKey, ...shared, ...(env.GOOGLE_GEMINI_BASE_URL && { baseUrl: env.GOOGLE_GEMINI_BASE_URL }) });
    vendors.gemini = warningOnFailure(counter, geminiApiKey, warn);
  }
  return {
    vendors,
    async save() {
      if (!cacheFile) return;
      await cache.save(cacheFile, root).catch((error: Error) => log(`Count cache ${cacheFile} not saved: ${error.message}`));
    },
  };
}

/**
 * The counter, saying through `warn` when it fails: the check goes on with estimates (see
 * budget/counting.ts), and the log must say so where a reader looks, not only in the report's notes.
 */
function warningOnFailure(counter: VendorCounter, apiKey: string, warn: (line: string) => void): VendorCounter {
  const own = new Redactor([apiKey]);
  return {
    vendor: counter.vendor,
    async count(model, texts) {
      try {
        return await counter.count(model, texts);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        const hint = error instanceof VendorApiError && error.hint ? ` ${error.hint}` : '';
        // The counter's messages never hold the key; redacting again costs nothing and covers a bug.
        // The model comes from budgets.yml, that is from the pull request: escaped, so it cannot end the line and forge a workflow command.
        warn(escapeControl(redactSecrets(own.redact(`${VENDOR_API_NAMES[counter.vendor]} failed: ${why}. Counts for ${model} in this run are estimates, for base and head alike, checked at their upper bound; the verdict stands.${hint}`))));
        throw error;
      }
    },
  };
}

/**
 * How the cache file is exposed to a pull request, when it is: inside a git work tree and tracked,
 * or untracked but not ignored (a PR could add it). Undefined outside a work tree, for an ignored
 * path, or when git cannot tell (not installed, a repository git refuses to read).
 */
export async function inCheckout(path: string): Promise<string | undefined> {
  // The nearest folder that exists: the cache file and its folder may not yet.
  let dir = dirname(path);
  while (!(await stat(dir).then((s) => s.isDirectory(), () => false))) {
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  const rel = relative(dir, path) || basename(path);
  const top = await git(dir, ['rev-parse', '--show-toplevel']);
  if (top.code !== 0) return undefined;
  const where = `inside the git checkout ${top.stdout.trim()}`;
  if ((await git(dir, ['ls-files', '--error-unmatch', '--', rel])).code === 0) return `tracked by git ${where}`;
  const ignored = await git(dir, ['check-ignore', '-q', '--', rel]);
  return ignored.code === 1 ? `${where} and not ignored by git` : undefined;
}

function git(cwd: string, args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: 10_000 }, (error, stdout) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout });
    });
  });
}

/** The environment variables the CLI reads keys from: secrets, redacted from everything it prints. */
export const KEY_VARIABLES = ['ANTHROPIC_API_KEY', 'GEMINI_API_KEY', 'GOOGLE_API_KEY'] as const;

/**
 * The CLI's counting APIs, from the keys in the environment as the vendors' own SDKs name them
 * (Gemini's SDK also reads GOOGLE_API_KEY). Every key there is registered as a secret
 * (src/common/secrets.ts), the one not used too.
 */
export async function countingApisFromEnv(cacheFile: string | undefined, log: (line: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<CountingApis> {
  for (const name of KEY_VARIABLES) addSecret(env[name]);
  const root = cacheFile === undefined ? undefined : await repositoryRoot(process.cwd()).catch(() => undefined);
  return openCountingApis({ anthropicApiKey: env.ANTHROPIC_API_KEY, geminiApiKey: env.GEMINI_API_KEY || env.GOOGLE_API_KEY, cacheFile: cacheFile && resolve(cacheFile), root, log, env });
}
