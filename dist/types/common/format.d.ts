/** Number formats shared by the findings and every renderer, so all show the same figures. */
/** 12345 → "12,345". */
export declare function formatTokens(tokens: number): string;
/** 412 → "+412", -3 → "-3", 0 → "0". */
export declare function formatSignedTokens(delta: number): string;
/** 9.34 → "9.3%"; with sign: "+9.3%". */
export declare function formatPercent(percent: number, signed?: boolean): string;
export declare function hasControl(text: string): boolean;
/**
 * Each such character as `\uXXXX`: visible in a log, and the same escape in JSON and double-quoted
 * YAML. The one escaper for text shown in a terminal or a CI log (and the text of annotations).
 */
export declare function escapeControl(text: string): string;
/**
 * Text of several lines with each line escaped on its own: line breaks stay, every other control
 * character is escaped. Lossless for JSON (a `\uXXXX` escape in a string is the same character).
 */
export declare function escapeLines(text: string): string;
