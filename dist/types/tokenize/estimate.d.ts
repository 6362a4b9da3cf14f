/**
 * Token estimates for models whose tokenizer we cannot run: Claude 3 and later (Anthropic publishes
 * none), Gemini when its tokenizer.json is not vendored, and any other vendor. An estimate is an
 * exact o200k_base count scaled by a per-vendor ratio, with a low and a high bound; a budget check
 * compares `high`, so an estimate can fail a budget the exact count would pass, never the reverse
 * (within what was measured; see each method's evidence).
 *
 * The figures come from test/fixtures/estimate/measurements.json (how it was produced is in
 * measure.mjs beside it) and from public measurements cited in each `evidence`. The tests check that
 * every committed method covers the measured ratios it claims to cover.
 *
 * Pure: no I/O. Ratios are multiples of 0.001 so the arithmetic is exact in integers.
 */
export interface EstimateMethod {
    /** Who the method is for, as a report names it. */
    vendor: string;
    /** The exact count the ratio scales. */
    basis: 'o200k_base' | 'cl100k_base';
    /** The central ratio: vendor tokens ≈ basis × ratio. */
    ratio: number;
    /** Bounds on vendor tokens / basis tokens for the texts the evidence covers. */
    low: number;
    high: number;
    /** One paragraph: where the ratio and the margin come from, and what they do not cover. */
    evidence: string;
}
export interface Estimate {
    /** round(basis × ratio) */
    tokens: number;
    /** floor(basis × low) */
    low: number;
    /** ceil(basis × high): what a budget check compares. */
    high: number;
}
export declare function estimateTokens(basisCount: number, method: EstimateMethod): Estimate;
/** Every method, by the key a report or a test names it with. */
export declare const ESTIMATES: {
    readonly anthropic: EstimateMethod;
    readonly anthropicNonLatin: EstimateMethod;
    readonly anthropicOpus47: EstimateMethod;
    readonly gemini: EstimateMethod;
    readonly unknown: EstimateMethod;
    readonly counted: EstimateMethod;
    readonly claudeToolPrompt: EstimateMethod;
};
export type EstimateKey = keyof typeof ESTIMATES;
/** The share of letters that are not Latin-script, 0 when there are no letters. */
export declare function nonLatinShare(text: string): number;
/** The method for a model of a vendor; Claude's is refined per script by estimateParts. */
export declare function estimateKeyFor(vendor: string, model: string): EstimateKey;
/** A part of a text and the method that estimates it. */
export interface EstimatePart {
    key: EstimateKey;
    text: string;
}
/** What estimateParts counts from length: the text without those spans, and their tokens. */
export declare function composition(text: string, forGemini: boolean): {
    rest: string;
    counted: number;
};
/**
 * A text whose o200k_base count is exactly n: "a a a …" (each " a" is one token). The counted part
 * travels as such a tally, so every part is counted the same way (an exact basis count, scaled).
 */
export declare function tally(n: number): string;
/**
 * The parts of a text to count with each method. Digits and long runs of one character are counted
 * from their length (the `counted` part, a tally); the rest is scaled by the model's method. For
 * Claude before Opus 4.7, the words in other scripts are estimated with the non-Latin method and the
 * rest with the Latin one, so a few added words of Russian move the estimate by their own tokens,
 * not the whole text's method.
 */
export declare function estimateParts(vendor: string, model: string, text: string): EstimatePart[];
/** The estimate of a text from its parts' exact basis counts: the sum of each part's scaled count, rounded once. */
export declare function combineEstimates(parts: readonly {
    key: EstimateKey;
    basisCount: number;
}[]): Estimate;
