/**
 * Counts the vendors' APIs already gave, addressed by content: a text counted once for a model
 * is not sent again, in this run or (with a cache file) in the next one. The file holds only
 * MACs and numbers: neither the texts nor the key.
 *
 * An entry's address is an HMAC-SHA256 of the method, vendor, model and text, keyed by the API
 * key. A plain hash would let anyone who can write the file (a pull request, when the file sits
 * in the checkout and actions/cache missed) forge "1 token" for any text, reported as exact; an
 * HMAC entry can only be made by someone holding the key, and an entry made with another key is
 * never read. A new key starts an empty cache.
 */
import { createHmac } from 'node:crypto';
import { readChosenFile, refusalText, writeChosenFile } from '../files/confined.js';
import { escapeControl } from '../common/format.js';
import type { Vendor } from './errors.js';

/**
 * Bumped whenever what a cached number means changes (say, how framing is taken off), so the
 * entries of an older method are never read as counts of the new one.
 */
const METHOD = 'text-tokens-v1';
const FORMAT = 'prompt-budget/vendor-count-cache';
/** 2: entries are HMACs keyed by the API key (1 had plain sha256 addresses, which anyone can forge). */
const VERSION = 2;
/** A cache file bigger than this is not one we wrote (a million entries is about 80 MB). */
const MAX_FILE_BYTES = 128 * 1024 * 1024;

interface CacheFile {
  format: typeof FORMAT;
  version: typeof VERSION;
  entries: Record<string, number>;
}

export class CountCache {
  readonly #entries = new Map<string, number>();

  /**
   * The address of a count: HMAC-SHA256, keyed by the API key that obtained it, over the method,
   * the vendor, the model and the text, unambiguously joined.
   */
  static key(apiKey: string, vendor: Vendor, model: string, text: string): string {
    if (!apiKey) throw new TypeError('a count cache address needs the API key');
    return createHmac('sha256', apiKey).update(JSON.stringify([METHOD, vendor, model, text])).digest('hex');
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The count at an address made by CountCache.key. */
  get(key: string): number | undefined {
    return this.#entries.get(key);
  }

  set(key: string, tokens: number): void {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new TypeError('not a count cache address');
    if (!isCount(tokens)) throw new TypeError(`not a token count: ${tokens}`);
    this.#entries.set(key, tokens);
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
      if (!/^[0-9a-f]{64}$/.test(key) || !isCount(tokens)) return 'an entry is not an HMAC-SHA256 address with a token count';
      cache.#entries.set(key, tokens);
    }
    return cache;
  }

  /**
   * The cache saved at `path`; an empty one when there is no file yet. A file that is unreadable,
   * too big, not JSON, or not ours is ignored with a log line: a cache can only save requests,
   * never fail a run. Its size is checked before anything is read.
   */
  static async load(path: string, log: (message: string) => void = () => {}, root?: string): Promise<CountCache> {
    const say = (message: string) => log(escapeControl(message));
    const read = await readChosenFile(root, path, MAX_FILE_BYTES);
    if ('refused' in read) {
      const { refused } = read;
      if (refused.kind !== 'missing') say(`Vendor count cache ignored: ${refusalText(path, refused, `over ${MAX_FILE_BYTES / 1024 / 1024} MB`)}; starting empty.`);
      return new CountCache();
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(read.bytes));
    } catch {
      say(`Vendor count cache ${path} ignored: not JSON; starting empty.`);
      return new CountCache();
    }
    const cache = CountCache.fromJSON(json);
    if (typeof cache === 'string') {
      say(`Vendor count cache ${path} ignored: ${cache}; starting empty.`);
      return new CountCache();
    }
    return cache;
  }

  /**
   * Writes the cache to `path` (creating its folder) by renaming a new file over it, so a reader
   * never sees half a file; inside the repository `root`, never through a link.
   */
  async save(path: string, root?: string): Promise<void> {
    await writeChosenFile(root, path, `${JSON.stringify(this.toJSON())}\n`);
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
