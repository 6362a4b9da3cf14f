/**
 * Counts the vendors' APIs already gave, addressed by content: a text counted once for a model
 * is not sent again, in this run or (with a cache file) in the next one. The file holds only
 * hashes and numbers: neither the texts nor the key.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Vendor } from './errors.js';

/**
 * Bumped whenever what a cached number means changes (say, how framing is taken off), so the
 * entries of an older method are never read as counts of the new one.
 */
const METHOD = 'text-tokens-v1';
const FORMAT = 'prompt-budget/vendor-count-cache';
const VERSION = 1;
/** A cache file bigger than this is not one we wrote (a million entries is about 80 MB). */
const MAX_FILE_BYTES = 128 * 1024 * 1024;

interface CacheFile {
  format: typeof FORMAT;
  version: typeof VERSION;
  entries: Record<string, number>;
}

export class CountCache {
  readonly #entries = new Map<string, number>();

  /** The key of a count: sha256 over the method, the vendor, the model and the text, unambiguously joined. */
  static key(vendor: Vendor, model: string, text: string): string {
    return createHash('sha256').update(JSON.stringify([METHOD, vendor, model, text])).digest('hex');
  }

  get size(): number {
    return this.#entries.size;
  }

  get(vendor: Vendor, model: string, text: string): number | undefined {
    return this.#entries.get(CountCache.key(vendor, model, text));
  }

  set(vendor: Vendor, model: string, text: string, tokens: number): void {
    if (!isCount(tokens)) throw new TypeError(`not a token count: ${tokens}`);
    this.#entries.set(CountCache.key(vendor, model, text), tokens);
  }

  toJSON(): CacheFile {
    return { format: FORMAT, version: VERSION, entries: Object.fromEntries(this.#entries) };
  }

  /** The cache a file's JSON holds, or why it holds none. */
  static fromJSON(value: unknown): CountCache | string {
    if (!isRecord(value) || value.format !== FORMAT) return 'not a prompt-budget count cache';
    if (value.version !== VERSION) return `cache format version ${JSON.stringify(value.version)}, not ${VERSION}`;
    if (!isRecord(value.entries)) return 'no entries object';
    const cache = new CountCache();
    for (const [key, tokens] of Object.entries(value.entries)) {
      if (!/^[0-9a-f]{64}$/.test(key) || !isCount(tokens)) return 'an entry is not a sha256 key with a token count';
      cache.#entries.set(key, tokens);
    }
    return cache;
  }

  /**
   * The cache saved at `path`; an empty one when there is no file yet. A file that is unreadable,
   * not JSON, or not ours is ignored with a log line: a cache can only save requests, never fail a run.
   */
  static async load(path: string, log: (message: string) => void = () => {}): Promise<CountCache> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log(`Vendor count cache ${path} not read (${(error as Error).message}); starting empty.`);
      return new CountCache();
    }
    if (text.length > MAX_FILE_BYTES) {
      log(`Vendor count cache ${path} ignored: over ${MAX_FILE_BYTES / 1024 / 1024} MB; starting empty.`);
      return new CountCache();
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      log(`Vendor count cache ${path} ignored: not JSON; starting empty.`);
      return new CountCache();
    }
    const cache = CountCache.fromJSON(json);
    if (typeof cache === 'string') {
      log(`Vendor count cache ${path} ignored: ${cache}; starting empty.`);
      return new CountCache();
    }
    return cache;
  }

  /** Writes the cache to `path` (creating its folder), through a temporary file so a reader never sees half a file. */
  async save(path: string): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomUUID()}.tmp`;
    try {
      await writeFile(temporary, `${JSON.stringify(this.toJSON())}\n`);
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
