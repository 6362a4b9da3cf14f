/**
 * The BPE model of a tokenizer.json, counting tokens as Hugging Face's `tokenizers` does: byte-level
 * (GPT-2 style: Llama 3/4, Qwen, DeepSeek, Mistral's Tekken), where a piece's symbols are its UTF-8
 * bytes, or SentencePiece style (Llama 2, Mistral 7B, Gemma), where they are its characters and a
 * character the vocab lacks becomes its bytes' `<0xXX>` tokens (byte_fallback) or the unk token.
 *
 * Unlike tiktoken, a merge's priority is its line in `merges` (not the rank of the token it makes),
 * so the pair table maps (left id, right id) to (merge rank, merged id). The order of merges is
 * the same: the lowest rank first, the leftmost on ties (the Rust code's heap orders by (rank, pos)).
 */
import { type Bytes } from '../tiktoken/merge.js';
/** tokenizer.json is wrong or uses what we do not support; the caller adds the file and a hint. */
export declare class ModelError extends Error {
}
export interface BpeOptions {
    vocab: Record<string, number>;
    merges: readonly (string | readonly string[])[];
    ignoreMerges: boolean;
    unkToken: string | undefined;
    fuseUnk: boolean;
    /** Vocab keys spell characters, not GPT-2's byte stand-ins (SentencePiece-style files). */
    chars?: boolean;
    /** With `chars`: a character the vocab lacks becomes its UTF-8 bytes' `<0xXX>` tokens when all exist. */
    byteFallback?: boolean;
}
export declare class ByteLevelBpe {
    private readonly vocab;
    /** The id of each single byte, or NONE when the vocab lacks it. */
    private readonly byteIds;
    private readonly table;
    private readonly ignoreMerges;
    private readonly unk;
    private readonly fuseUnk;
    /** SentencePiece style: the vocab by its keys as written, and `<0xXX>` ids when byte_fallback is on. */
    private readonly chars;
    private readonly fallbackIds;
    private readonly cutBefore;
    constructor(options: BpeOptions);
    /**
     * SentencePiece style: calls `segment` with stretches of `piece` that merge independently, so
     * their counts add up to the piece's. A file without a pre-tokenizer (Llama 2, Gemma) hands the
     * model a whole text as one piece; cutting it before each "▁" that no token joins to the
     * character before it lets words be merged (and cached) one by one, as fast as byte-level ones.
     */
    segments(piece: string, segment: (text: string) => void): void;
    /** Tokens of one pre-tokenized piece: its UTF-8 bytes (byte-level), or its text (SentencePiece style). */
    count(piece: Bytes): number;
    /**
     * SentencePiece style, in the Rust code's order: each character's id; else, with byte_fallback,
     * its bytes' `<0xXX>` ids when the vocab has them all; else the unk token, which a run of unknown
     * characters shares with fuse_unk (a byte-fallback character in the run does not end it), or
     * nothing without one.
     */
    private charSymbols;
    /**
     * The piece's bytes as ids. A byte the vocab lacks is the unk token (runs of them one token with
     * fuse_unk), or dropped when there is none, as the Rust code does.
     */
    private symbols;
    private pairSlot;
    private mergeShort;
    /** O(n log n): a linked list of parts and a queue of their pairs by (rank, position). */
    private mergeLong;
}
