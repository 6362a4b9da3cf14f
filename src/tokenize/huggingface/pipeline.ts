/**
 * What happens to a text before the BPE model sees it, in the Rust `tokenizers` order: added
 * tokens are split out of the raw text, the rest is normalized, tokens marked `normalized` are split
 * out of that, and the pre-tokenizer cuts what is left into pieces.
 */
import { PatternSet } from './regex.js';

export type NormalForm = 'NFC' | 'NFD' | 'NFKC' | 'NFKD';

export type Stage =
  /** A Split pre-tokenizer: `isolated` keeps the matches as pieces, else they are removed. */
  | { kind: 'split'; pattern: string; isolated: boolean }
  /** ByteLevel: an optional space before each piece, then optionally GPT-2's split. */
  | { kind: 'byteLevel'; addPrefixSpace: boolean; pattern: string | undefined };

/** GPT-2's pattern, which ByteLevel applies when `use_regex` is true. */
export const GPT2_PATTERN = "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";

/** Finds added tokens leftmost-longest, as the Rust code's Aho-Corasick automaton does. */
export class TokenFinder {
  private readonly regexp: RegExp | undefined;

  constructor(tokens: readonly string[]) {
    const sorted = [...new Set(tokens.filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
    // Longest first: a RegExp takes the first alternative that matches at the leftmost position.
    this.regexp = sorted.length ? new RegExp(sorted.map((t) => t.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')).join('|'), 'g') : undefined;
  }

  /** Calls `text` for each stretch between tokens (with where it starts) and returns how many tokens there were. */
  split(input: string, text: (part: string, start: number) => void): number {
    if (!this.regexp) {
      if (input) text(input, 0);
      return 0;
    }
    let found = 0;
    let from = 0;
    this.regexp.lastIndex = 0;
    for (let m = this.regexp.exec(input); m; m = this.regexp.exec(input)) {
      if (m.index > from) text(input.slice(from, m.index), from);
      from = m.index + m[0].length;
      found++;
    }
    if (from < input.length) text(input.slice(from), from);
    return found;
  }
}

export class PreTokenizer {
  private readonly patterns: PatternSet;
  /** Each stage's RegExp in `patterns`, or undefined for a stage that does not split. */
  private readonly regexps: (RegExp | undefined)[];

  constructor(private readonly stages: readonly Stage[]) {
    const sources = stages.map((s) => s.pattern).filter((p): p is string => p !== undefined);
    this.patterns = new PatternSet(sources);
    let next = 0;
    this.regexps = stages.map((s) => (s.pattern === undefined ? undefined : this.patterns.regexps[next++]));
  }

  /** Calls `piece` with each piece of `text`, in order. */
  run(text: string, piece: (text: string) => void): void {
    const { mapped, offsets } = this.patterns.map(text);
    this.stage(0, text, mapped, offsets, 0, mapped.length, piece);
  }

  /** Stage `index` on mapped[start, end) of `text`. */
  private stage(index: number, text: string, mapped: string, offsets: Int32Array | undefined, start: number, end: number, piece: (text: string) => void): void {
    if (start >= end) return;
    const stage = this.stages[index];
    if (!stage) {
      piece(offsets ? text.slice(offsets[start], offsets[end]) : text.slice(start, end));
      return;
    }
    if (stage.kind === 'byteLevel' && stage.addPrefixSpace) {
      const own = offsets ? text.slice(offsets[start], offsets[end]) : text.slice(start, end);
      if (!own.startsWith(' ')) {
        // Rare (no current model sets it with a Split before): map the new text afresh.
        const spaced = ` ${own}`;
        const again = this.patterns.map(spaced);
        this.split(index, spaced, again.mapped, again.offsets, 0, again.mapped.length, piece);
        return;
      }
    }
    this.split(index, text, mapped, offsets, start, end, piece);
  }

  private split(index: number, text: string, mapped: string, offsets: Int32Array | undefined, start: number, end: number, piece: (text: string) => void): void {
    const regexp = this.regexps[index];
    const stage = this.stages[index]!;
    if (!regexp) {
      this.stage(index + 1, text, mapped, offsets, start, end, piece);
      return;
    }
    const keep = stage.kind === 'byteLevel' || stage.isolated;
    // The pattern sees only this piece, as in the Rust code: lookaheads stop at its end.
    const sub = start === 0 && end === mapped.length ? mapped : mapped.slice(start, end);
    const matches: number[] = [];
    regexp.lastIndex = 0;
    for (let m = regexp.exec(sub); m; m = regexp.exec(sub)) {
      if (m[0].length === 0) {
        regexp.lastIndex++;
        continue;
      }
      matches.push(m.index, m.index + m[0].length);
    }
    // Collected first: the next stage may use the same RegExp (and its lastIndex).
    let from = 0;
    for (let i = 0; i < matches.length; i += 2) {
      const [s, e] = [matches[i]!, matches[i + 1]!];
      this.stage(index + 1, text, mapped, offsets, start + from, start + s, piece);
      if (keep) this.stage(index + 1, text, mapped, offsets, start + s, start + e, piece);
      from = e;
    }
    this.stage(index + 1, text, mapped, offsets, start + from, end, piece);
  }
}
