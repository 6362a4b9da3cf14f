import type { Wording } from './answer.js';
import type { VendorApi } from './vendor-api.js';
/** The API's raw count of a request for `text`, framing included. */
export type CountRaw = (model: string, text: string, signal: AbortSignal) => Promise<number>;
/** The request for `text`: the one user message, or, for tool definitions, the probe message with the tools. */
export declare function requestBody(api: VendorApi, model: string, text: string): unknown;
export declare class Framing {
    #private;
    private readonly api;
    private readonly countRaw;
    private readonly wording;
    private readonly log;
    constructor(api: VendorApi, countRaw: CountRaw, wording: Wording, log: (line: string) => void);
    /** The tokens of `text` alone: the API's count less the framing (and the probe, where it went too). */
    count(model: string, text: string, signal: AbortSignal): Promise<number>;
    /** Stops every probe under way; the next call that needs one measures again. */
    stop(reason: unknown): void;
    private of;
}
