/**
 * The one redactor: every secret the process knows of (API keys, the GitHub token), removed from
 * any text before it reaches a channel (log, summary, comment, outputs, report file, terminal).
 *
 * A secret is removed whole, and so is any piece of it of MIN_FRAGMENT characters or more: text
 * cut short somewhere (an API's error excerpt, a status field, a log line) can end or start in
 * the middle of a key, and that piece must not survive either. Every run of text made of such
 * pieces becomes one REDACTED marker.
 *
 * Adapters register secrets where they read them (the action's inputs, the CLI's environment) with
 * addSecret; the output adapters pass everything through redactSecrets as a last step. Code that
 * cuts text (an excerpt of an API's answer) redacts before it cuts, so a cut cannot split a key.
 *
 * Pure: no I/O, no node: modules. Each secret's pieces are indexed once, when it is added; a
 * redaction is one pass over the text with a rolling hash, so a megabyte takes milliseconds.
 */

/** What a secret, or a piece of one, is replaced with. */
export const REDACTED = '[redacted]';

/**
 * The shortest piece of a secret that is removed on its own. Eight characters of a random key
 * are 40+ bits an attacker no longer has to guess; shorter pieces (a key's 4-letter prefix, a
 * common word) would also match ordinary text. A secret shorter than this is removed whole only.
 */
export const MIN_FRAGMENT = 8;

/** Base of the rolling hash over MIN_FRAGMENT UTF-16 code units (odd, so multiplication mod 2^32 loses nothing). */
const BASE = 0x01000193;
/** BASE^(MIN_FRAGMENT-1) mod 2^32: the weight of the code unit leaving the window. */
const LEAVING = pow32(BASE, MIN_FRAGMENT - 1);
/** Bits of the filter a window's hash is looked up in before its text is compared. */
const FILTER_BITS = 1 << 16;

/** A set of secrets and the index of their pieces. */
export class Redactor {
  /** Secrets shorter than MIN_FRAGMENT, removed whole. */
  private readonly short = new Set<string>();
  /** Every MIN_FRAGMENT-long piece of every longer secret. */
  private readonly windows = new Set<string>();
  /** One bit per hash (mod FILTER_BITS) of a piece in `windows`: most windows of a text are ruled out here. */
  private readonly filter = new Uint32Array(FILTER_BITS / 32);
  private readonly known = new Set<string>();

  constructor(secrets: Iterable<string | undefined> = []) {
    for (const secret of secrets) this.add(secret);
  }

  /** Adds a secret (trimmed: the whole string as given holds the trimmed one, so it is covered too). Empty or blank adds nothing. */
  add(secret: string | undefined): void {
    if (typeof secret !== 'string') return;
    const value = secret.trim();
    if (value === '' || this.known.has(value)) return;
    this.known.add(value);
    if (value.length < MIN_FRAGMENT) {
      this.short.add(value);
      return;
    }
    let hash = 0;
    for (let i = 0; i < value.length; i++) {
      hash = roll(hash, i >= MIN_FRAGMENT ? value.charCodeAt(i - MIN_FRAGMENT) : -1, value.charCodeAt(i));
      if (i >= MIN_FRAGMENT - 1) {
        this.windows.add(value.slice(i - MIN_FRAGMENT + 1, i + 1));
        const bit = filterBit(hash);
        this.filter[bit >>> 5]! |= 1 << (bit & 31);
      }
    }
  }

  /** How many distinct secrets it holds. */
  get size(): number {
    return this.known.size;
  }

  /** `text` with every secret, and every piece of one MIN_FRAGMENT characters long or longer, replaced by REDACTED. */
  redact(text: string): string {
    if (this.known.size === 0 || text === '') return text;
    // Spans to remove, as [start, end) pairs in order of start; overlapping or touching ones merge.
    const spans: number[] = [];
    const cover = (start: number, end: number) => {
      const last = spans.length - 1;
      if (last > 0 && start <= spans[last]!) spans[last] = Math.max(spans[last]!, end);
      else spans.push(start, end);
    };
    const shortAt = this.short.size > 0 ? this.shortMatches(text) : [];
    let next = 0;
    if (this.windows.size > 0) {
      let hash = 0;
      for (let i = 0; i < text.length; i++) {
        hash = roll(hash, i >= MIN_FRAGMENT ? text.charCodeAt(i - MIN_FRAGMENT) : -1, text.charCodeAt(i));
        if (i < MIN_FRAGMENT - 1 || !this.mayHold(hash)) continue;
        const start = i - MIN_FRAGMENT + 1;
        if (!this.windows.has(text.slice(start, i + 1))) continue;
        // Short secrets that start first go first, so spans stay in order of start.
        for (; next < shortAt.length && shortAt[next]! <= start; next += 2) cover(shortAt[next]!, shortAt[next + 1]!);
        cover(start, i + 1);
      }
    }
    for (; next < shortAt.length; next += 2) cover(shortAt[next]!, shortAt[next + 1]!);
    if (spans.length === 0) return text;
    let out = '';
    let from = 0;
    for (let k = 0; k < spans.length; k += 2) {
      out += text.slice(from, spans[k]) + REDACTED;
      from = spans[k + 1]!;
    }
    return out + text.slice(from);
  }

  /** False when no piece of a secret has this hash; true when one may. */
  private mayHold(hash: number): boolean {
    const bit = filterBit(hash);
    return (this.filter[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }

  /** Where the short secrets occur: [start, end) pairs sorted by start. */
  private shortMatches(text: string): number[] {
    const found: [number, number][] = [];
    for (const secret of this.short) {
      for (let at = text.indexOf(secret); at !== -1; at = text.indexOf(secret, at + 1)) found.push([at, at + secret.length]);
    }
    found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    return found.flat();
  }
}

/** The process's secrets: adapters add what they read, output adapters redact with it. */
const processSecrets = new Redactor();

/** Registers a secret the process holds (an API key, a token), as given; blank adds nothing. */
export function addSecret(secret: string | undefined): void {
  processSecrets.add(secret);
}

/** `text` without any secret registered with addSecret, whole or in pieces of MIN_FRAGMENT or more characters. */
export function redactSecrets(text: string): string {
  return processSecrets.redact(text);
}

/**
 * At most `limit` characters of `text` after `redact` (all the process's secrets by default),
 * with "…" when cut: redacted first, so the cut cannot leave part of a key behind, and never
 * through a REDACTED marker (a half marker would read like text).
 */
export function excerpt(text: string, limit: number, redact: (text: string) => string = redactSecrets): string {
  const clean = redact(text);
  if (clean.length <= limit) return clean;
  let end = limit;
  const marker = clean.lastIndexOf(REDACTED, end);
  if (marker !== -1 && marker < end && marker + REDACTED.length > end) end = marker;
  return `${clean.slice(0, end)}…`;
}

/** The window hash after `leaving` (or -1 before the window is full) goes out and `entering` comes in. */
function roll(hash: number, leaving: number, entering: number): number {
  const without = leaving < 0 ? hash : (hash - Math.imul(leaving, LEAVING)) | 0;
  return (Math.imul(without, BASE) + entering) | 0;
}

/** The filter's bit for a hash: its high half folded into the low, so every code unit counts. */
function filterBit(hash: number): number {
  return (hash ^ (hash >>> 16)) & (FILTER_BITS - 1);
}

function pow32(base: number, exponent: number): number {
  let result = 1;
  for (let i = 0; i < exponent; i++) result = Math.imul(result, base);
  return result;
}
