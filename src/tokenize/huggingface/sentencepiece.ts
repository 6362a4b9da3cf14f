/**
 * The steps of SentencePiece-style tokenizer.json files (Llama 2, Mistral 7B, Gemma), in the Rust
 * `tokenizers` semantics: the `Prepend` and `Replace` normalizers, and the `Metaspace` and string
 * `Split` pre-tokenizers (every split behavior). Their BPE model works on characters, with
 * byte_fallback (bpe.ts).
 */
import type { NormalForm } from './pipeline.js';

export type NormalizerStep =
  | { kind: 'form'; form: NormalForm }
  /** Prepends `text` to a non-empty string (each stretch between added tokens is one). */
  | { kind: 'prepend'; text: string }
  /** Replaces every occurrence of a literal string, leftmost first, without overlaps. */
  | { kind: 'replace'; from: string; to: string };

export function normalize(steps: readonly NormalizerStep[], text: string): string {
  let out = text;
  for (const step of steps) {
    if (step.kind === 'form') out = out.normalize(step.form);
    else if (step.kind === 'prepend') out = out === '' ? out : step.text + out;
    else out = out.replaceAll(step.from, step.to);
  }
  return out;
}

/** How a Split keeps its matches: removed, alone, or joined to a neighbour or to each other. */
export type SplitBehavior = 'Removed' | 'Isolated' | 'MergedWithPrevious' | 'MergedWithNext' | 'Contiguous';

export type SentencePieceStage =
  /** Split on a literal string. */
  | { kind: 'split'; literal: string; behavior: SplitBehavior }
  /** Spaces become `replacement`, which may be prepended, and which may then start each piece. */
  | { kind: 'metaspace'; replacement: string; prepend: 'always' | 'first' | 'never'; split: boolean };

/** Pieces as [start, end) offsets into a text. */
type Spans = number[];

/**
 * The Rust code's split of `text` on `literal`: stretches between matches and the matches, then
 * joined by `behavior`. Each piece is (start, end) in `text`; empty pieces are left out.
 */
export function splitLiteral(text: string, literal: string, behavior: SplitBehavior): Spans {
  // Alternating segments: [start, end, isMatch(1|0), ...].
  const segments: number[] = [];
  let from = 0;
  for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, at + literal.length)) {
    if (at > from) segments.push(from, at, 0);
    segments.push(at, at + literal.length, 1);
    from = at + literal.length;
  }
  if (from < text.length) segments.push(from, text.length, 0);
  const out: Spans = [];
  const count = segments.length / 3;
  const start = (i: number) => segments[i * 3]!;
  const end = (i: number) => segments[i * 3 + 1]!;
  const isMatch = (i: number) => segments[i * 3 + 2] === 1;
  switch (behavior) {
    case 'Removed':
      for (let i = 0; i < count; i++) if (!isMatch(i)) out.push(start(i), end(i));
      return out;
    case 'Isolated':
      for (let i = 0; i < count; i++) out.push(start(i), end(i));
      return out;
    case 'MergedWithPrevious':
    case 'Contiguous': {
      let previous = false;
      for (let i = 0; i < count; i++) {
        const join = behavior === 'Contiguous' ? isMatch(i) === previous && out.length > 0 : isMatch(i) && !previous && out.length > 0;
        if (join) out[out.length - 1] = end(i);
        else out.push(start(i), end(i));
        previous = isMatch(i);
      }
      return out;
    }
    case 'MergedWithNext': {
      // From the end: a match joins the piece after it, unless a match came right after it.
      const reversed: Spans = [];
      let previous = false;
      for (let i = count - 1; i >= 0; i--) {
        if (isMatch(i) && !previous && reversed.length > 0) reversed[reversed.length - 2] = start(i);
        else reversed.push(start(i), end(i));
        previous = isMatch(i);
      }
      for (let i = reversed.length - 2; i >= 0; i -= 2) out.push(reversed[i]!, reversed[i + 1]!);
      return out;
    }
  }
}

/** The pre-tokenizer of a SentencePiece-style file: its stages, in order, on each stretch of text. */
export class SentencePiecePreTokenizer {
  constructor(private readonly stages: readonly SentencePieceStage[]) {}

  /**
   * Calls `piece` with each piece of `text`. `atStart`: the text begins where the whole input
   * begins (Metaspace's prepend_scheme "first" prepends only there).
   */
  run(text: string, atStart: boolean, piece: (text: string) => void): void {
    this.stage(0, text, atStart, piece);
  }

  private stage(index: number, text: string, atStart: boolean, piece: (text: string) => void): void {
    if (text === '') return;
    const stage = this.stages[index];
    if (!stage) {
      piece(text);
      return;
    }
    let own = text;
    let spans: Spans;
    if (stage.kind === 'split') {
      spans = splitLiteral(own, stage.literal, stage.behavior);
    } else {
      own = own.replaceAll(' ', stage.replacement);
      const prepend = stage.prepend === 'always' || (stage.prepend === 'first' && atStart);
      if (prepend && !own.startsWith(stage.replacement)) own = stage.replacement + own;
      spans = stage.split ? splitLiteral(own, stage.replacement, 'MergedWithNext') : [0, own.length];
    }
    if (spans.length === 2 && spans[0] === 0 && spans[1] === own.length) {
      this.stage(index + 1, own, atStart, piece);
      return;
    }
    for (let i = 0; i < spans.length; i += 2) this.stage(index + 1, own.slice(spans[i]!, spans[i + 1]!), atStart && spans[i] === 0, piece);
  }
}
