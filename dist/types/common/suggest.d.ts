/** "Did you mean …?" for misspelt keys, models and encodings. */
/**
 * Edit distance counting a swap of two neighbouring characters as one edit (optimal string
 * alignment, a restricted Damerau-Levenshtein): "mdoel" is one edit from "model", where plain
 * Levenshtein would say two.
 */
export declare function editDistance(a: string, b: string): number;
/**
 * The candidates close enough to `word` to be what the user meant, closest first (ties keep the
 * candidates' order), at most `limit`. Close means: the same up to case and separators, a prefix
 * of at least three characters (`warn` for `warn_at`), or within about one edit per three
 * characters.
 */
export declare function closestMatches(word: string, candidates: readonly string[], limit?: number): string[];
/** "; did you mean `x`?" to append to a message, or "" when nothing is close. */
export declare function didYouMean(word: string, candidates: readonly string[], limit?: number, quote?: (m: string) => string): string;
