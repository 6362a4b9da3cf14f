/**
 * The marker that opens a text holding tool definitions for a vendor's counting API (made and read
 * by src/prompts/tools.ts): a NUL, which makes a file binary, never a prompt. Here, below both,
 * because the estimates (src/tokenize/estimate.ts) recognise such a text too.
 */
export declare const TOOLS_REQUEST_PREFIX = "\0tools\0";
