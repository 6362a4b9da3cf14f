import type { EncodingName } from './encoding-names.js';
export interface Encoder {
    readonly name: EncodingName;
    /** Token ids of `text` encoded as ordinary text: special-token strings are plain text. */
    encode(text: string): number[];
    count(text: string): number;
}
export declare function loadEncoder(name: EncodingName): Promise<Encoder>;
