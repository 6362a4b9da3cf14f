export type NormalForm = 'NFC' | 'NFD' | 'NFKC' | 'NFKD';
export type Stage = 
/** A Split pre-tokenizer: `isolated` keeps the matches as pieces, else they are removed. */
{
    kind: 'split';
    pattern: string;
    isolated: boolean;
}
/** ByteLevel: an optional space before each piece, then optionally GPT-2's split. */
 | {
    kind: 'byteLevel';
    addPrefixSpace: boolean;
    pattern: string | undefined;
};
/** GPT-2's pattern, which ByteLevel applies when `use_regex` is true. */
export declare const GPT2_PATTERN = "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";
/** Finds added tokens leftmost-longest, as the Rust code's Aho-Corasick automaton does. */
export declare class TokenFinder {
    private readonly regexp;
    constructor(tokens: readonly string[]);
    /** Calls `text` for each stretch between tokens (with where it starts) and returns how many tokens there were. */
    split(input: string, text: (part: string, start: number) => void): number;
}
export declare class PreTokenizer {
    private readonly stages;
    private readonly patterns;
    /** Each stage's RegExp in `patterns`, or undefined for a stage that does not split. */
    private readonly regexps;
    constructor(stages: readonly Stage[]);
    /** Calls `piece` with each piece of `text`, in order. */
    run(text: string, piece: (text: string) => void): void;
    /** Stage `index` on mapped[start, end) of `text`. */
    private stage;
    private split;
}
