/**
 * The steps of SentencePiece-style tokenizer.json files (Llama 2, Mistral 7B, Gemma), in the Rust
 * `tokenizers` semantics: the `Prepend` and `Replace` normalizers, and the `Metaspace` and string
 * `Split` pre-tokenizers (every split behavior). Their BPE model works on characters, with
 * byte_fallback (bpe.ts).
 */
import type { NormalForm } from './pipeline.js';
export type NormalizerStep = {
    kind: 'form';
    form: NormalForm;
}
/** Prepends `text` to a non-empty string (each stretch between added tokens is one). */
 | {
    kind: 'prepend';
    text: string;
}
/** Replaces every occurrence of a literal string, leftmost first, without overlaps. */
 | {
    kind: 'replace';
    from: string;
    to: string;
};
export declare function normalize(steps: readonly NormalizerStep[], text: string): string;
/** How a Split keeps its matches: removed, alone, or joined to a neighbour or to each other. */
export type SplitBehavior = 'Removed' | 'Isolated' | 'MergedWithPrevious' | 'MergedWithNext' | 'Contiguous';
export type SentencePieceStage = 
/** Split on a literal string. */
{
    kind: 'split';
    literal: string;
    behavior: SplitBehavior;
}
/** Spaces become `replacement`, which may be prepended, and which may then start each piece. */
 | {
    kind: 'metaspace';
    replacement: string;
    prepend: 'always' | 'first' | 'never';
    split: boolean;
};
/** Pieces as [start, end) offsets into a text. */
type Spans = number[];
/**
 * The Rust code's split of `text` on `literal`: stretches between matches and the matches, then
 * joined by `behavior`. Each piece is (start, end) in `text`; empty pieces are left out.
 */
export declare function splitLiteral(text: string, literal: string, behavior: SplitBehavior): Spans;
/** The pre-tokenizer of a SentencePiece-style file: its stages, in order, on each stretch of text. */
export declare class SentencePiecePreTokenizer {
    private readonly stages;
    constructor(stages: readonly SentencePieceStage[]);
    /**
     * Calls `piece` with each piece of `text`. `atStart`: the text begins where the whole input
     * begins (Metaspace's prepend_scheme "first" prepends only there).
     */
    run(text: string, atStart: boolean, piece: (text: string) => void): void;
    private stage;
}
export {};
