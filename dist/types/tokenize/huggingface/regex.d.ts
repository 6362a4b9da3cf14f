/** A pattern uses something we do not translate; the message says what. */
export declare class UnsupportedPattern extends Error {
}
/** A set of code points the pattern names: a literal range or a predicate over a table. */
type Atom = {
    lo: number;
    hi: number;
} | {
    test: (cp: number) => boolean;
};
/** Code points sorted into classes: `cell[cp]` is the class, `cells` how many there are. */
export interface Alphabet {
    readonly cell: Uint16Array;
    readonly cells: number;
    /** Class membership of each atom, as a Uint8Array over classes. */
    readonly atomCells: Map<Atom, Uint8Array>;
}
/** One or more patterns compiled over a shared alphabet, so a text is mapped once for all. */
export declare class PatternSet {
    readonly regexps: RegExp[];
    private readonly cellChar;
    constructor(patterns: readonly string[]);
    /**
     * `text` with each code point replaced by its class character, and where each mapped index
     * starts in `text` (undefined when they coincide, i.e. no astral code points). `text` has no
     * lone surrogates (the caller replaced them, as Rust's UTF-8 conversion does).
     */
    map(text: string): {
        mapped: string;
        offsets: Int32Array | undefined;
    };
}
export {};
