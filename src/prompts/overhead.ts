/**
 * The tokens a chat API adds around messages. Source: the OpenAI Cookbook, "How to count tokens
 * with tiktoken", section 6, num_tokens_from_messages
 * (openai/openai-cookbook examples/How_to_count_tokens_with_tiktoken.ipynb): every message costs
 * its role, content and name tokens plus `tokens_per_message`, a name adds `tokens_per_name`, and
 * "every reply is primed with <|start|>assistant<|message|>", 3 tokens per request. The notebook
 * checks its function against the API's usage.prompt_tokens: 129 tokens for its six-message
 * example on gpt-3.5-turbo, gpt-4-0613 and gpt-4; 124 on gpt-4o and gpt-4o-mini.
 */
import { findModel } from '../tokenize/models.js';

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

const TOOLS_COOKBOOK = 'OpenAI Cookbook, "How to count tokens with tiktoken" (num_tokens_for_tools)';
const TOOLS_GPT_4O = { funcInit: 7, propInit: 3, propKey: 3, enumInit: -3, enumItem: 3, funcEnd: 12 };
const TOOLS_GPT_4 = { ...TOOLS_GPT_4O, funcInit: 10 };

/**
 * The cookbook names gpt-4o and gpt-4o-mini (7 per function), gpt-3.5-turbo and gpt-4 (10); their
 * dated snapshots and fine-tunes take their numbers. Any other model takes gpt-4o's (the o200k_base
 * models') numbers as an estimate, or gpt-4's for a cl100k_base model such as gpt-4-turbo.
 */
function toolOverheadFor(base: string | undefined): ToolOverhead {
  if (base !== undefined && /^(gpt-4o|gpt-4o-mini|chatgpt-4o)(-\d{4}-\d{2}-\d{2}|-latest)?$/.test(base)) return { ...TOOLS_GPT_4O, exact: true, source: TOOLS_COOKBOOK };
  if (base !== undefined && /^(gpt-3\.5-turbo|gpt-35-turbo|gpt-4)(-\d{4}(-\d{2}-\d{2})?)?$/.test(base)) return { ...TOOLS_GPT_4, exact: true, source: TOOLS_COOKBOOK };
  const cl100k = base !== undefined && /^(gpt-4|gpt-3\.5|gpt-35)/.test(base) && !/^gpt-4(o|\.)/.test(base);
  return {
    ...(cl100k ? TOOLS_GPT_4 : TOOLS_GPT_4O),
    exact: false,
    source: `${TOOLS_COOKBOOK}, ${cl100k ? 'gpt-4' : 'gpt-4o'}'s numbers carried over to ${base ?? 'an unnamed model'}: OpenAI publishes no figure for it, so tool definitions are an estimate`,
  };
}

const COOKBOOK = 'OpenAI Cookbook, "How to count tokens with tiktoken" (num_tokens_from_messages)';

/** The numbers the cookbook gives for gpt-3.5-turbo-0613 and later, gpt-4 and gpt-4o. */
const CURRENT = { perMessage: 3, perName: 1, perReply: 3 };

/**
 * gpt-3.5-turbo-0301 wrote `<|start|>{role/name}\n{content}<|end|>\n`: 4 per message, and a
 * name replaced the role (-1). The notebook's later revisions dropped it with the model.
 */
const GPT_35_TURBO_0301 = { perMessage: 4, perName: -1, perReply: 3 };

/**
 * Model families the cookbook's function covers: the names it lists, and what its own fallbacks
 * ("gpt-3.5-turbo" in model, "gpt-4o" in model, "gpt-4" in model) send to them. `gpt-4.1` and
 * `gpt-4.5` contain "gpt-4" only by accident of spelling and were released after it, so they
 * are not among them.
 */
const COOKBOOK_FAMILIES = [/^gpt-3\.5-turbo(-|$)/, /^gpt-35-turbo(-|$)/, /^gpt-4(-|$)/, /^gpt-4o(-|$)/, /^chatgpt-4o(-|$)/];

/** The overhead to count for `modelName`: the cookbook's where it applies, carried over elsewhere. */
export function chatOverheadFor(modelName: string | undefined): ChatOverhead {
  if (modelName === undefined) {
    return { ...CURRENT, exact: false, source: `${COOKBOOK}; no model given, so its gpt-4o numbers are assumed`, tools: toolOverheadFor(undefined) };
  }
  const base = baseModel(modelName);
  const tools = toolOverheadFor(base);
  if (/^gpt-3\.5-turbo-0301$/.test(base)) return { ...GPT_35_TURBO_0301, exact: true, source: `${COOKBOOK}, gpt-3.5-turbo-0301`, tools };
  if (COOKBOOK_FAMILIES.some((family) => family.test(base))) return { ...CURRENT, exact: true, source: COOKBOOK, tools };
  const vendor = findModel(base) ? 'OpenAI has not published' : 'it is OpenAI\'s format, and this model\'s vendor does not publish';
  return {
    ...CURRENT,
    exact: false,
    source: `${COOKBOOK}, extended to ${modelName}: ${vendor} the per-message overhead for this model, so the count is an estimate`,
    tools,
  };
}

/** `ft:gpt-4o-mini-2024-07-18:acme::id` → `gpt-4o-mini-2024-07-18`; `openai/gpt-4o` → `gpt-4o`. */
function baseModel(name: string): string {
  const lower = name.toLowerCase();
  const tuned = lower.startsWith('ft:') ? (lower.split(':')[1] ?? '') : lower;
  return tuned.startsWith('openai/') ? tuned.slice('openai/'.length) : tuned;
}
