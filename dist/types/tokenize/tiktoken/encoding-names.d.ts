/** The OpenAI encodings counted exactly, by name: apart from encodings.ts, which the BPE code under it needs to name. */
export declare const ENCODING_NAMES: readonly ["o200k_base", "cl100k_base", "p50k_base", "r50k_base"];
export type EncodingName = (typeof ENCODING_NAMES)[number];
export declare function isEncodingName(name: string): name is EncodingName;
