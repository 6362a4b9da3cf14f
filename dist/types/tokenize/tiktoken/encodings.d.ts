export declare const ENCODING_NAMES: readonly ["o200k_base", "cl100k_base", "p50k_base", "r50k_base"];
export type EncodingName = (typeof ENCODING_NAMES)[number];
export declare function isEncodingName(name: string): name is EncodingName;
export interface Encoder {
    readonly name: EncodingName;
    /** Token ids of `text` encoded as ordinary text: special-token strings are plain text. */
    encode(text: string): number[];
    count(text: string): number;
}
export declare function loadEncoder(name: EncodingName): Promise<Encoder>;
