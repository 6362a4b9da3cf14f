export interface ChatOverhead {
    /** Added per message, beside the tokens of its role, content and name. */
    perMessage: number;
    /** Added when a message has a `name` (negative: the name replaces the role). */
    perName: number;
    /** Added once per request: the assistant turn the reply is written into. */
    perReply: number;
    /** Where the numbers come from, for the report. */
    source: string;
    /** True when the source states the numbers for this model; false when they are carried over. */
    exact: boolean;
    /** How tool (function) definitions are counted, by the cookbook's num_tokens_for_tools. */
    tools: ToolOverhead;
}
/**
 * The OpenAI Cookbook, "How to count tokens with tiktoken", section 7 (num_tokens_for_tools): each
 * function costs `funcInit` plus the tokens of "name:description" (a final "." dropped); when its
 * parameters have properties, `propInit` once and per property `propKey` plus the tokens of
 * "key:type:description" (a final "." dropped), and with an `enum`, `enumInit` once and per item
 * `enumItem` plus the item's tokens; `funcEnd` once for all the functions. The notebook checks it
 * against the API's prompt_tokens: 105 tokens for its weather example on gpt-3.5-turbo and gpt-4,
 * 101 on gpt-4o and gpt-4o-mini. It gives numbers for those four models only.
 */
export interface ToolOverhead {
    funcInit: number;
    propInit: number;
    propKey: number;
    enumInit: number;
    enumItem: number;
    funcEnd: number;
    /** True for the models the cookbook gives the numbers for; elsewhere they are an estimate. */
    exact: boolean;
    source: string;
}
/** The overhead to count for `modelName`: the cookbook's where it applies, carried over elsewhere. */
export declare function chatOverheadFor(modelName: string | undefined): ChatOverhead;
