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
    return { ...CURRENT, exact: false, source: `${COOKBOOK}; no model given, so its gpt-4o numbers are assumed` };
  }
  const base = baseModel(modelName);
  if (/^gpt-3\.5-turbo-0301$/.test(base)) return { ...GPT_35_TURBO_0301, exact: true, source: `${COOKBOOK}, gpt-3.5-turbo-0301` };
  if (COOKBOOK_FAMILIES.some((family) => family.test(base))) return { ...CURRENT, exact: true, source: COOKBOOK };
  const vendor = findModel(base) ? 'OpenAI has not published' : 'it is OpenAI\'s format, and this model\'s vendor does not publish';
  return {
    ...CURRENT,
    exact: false,
    source: `${COOKBOOK}, extended to ${modelName}: ${vendor} the per-message overhead for this model, so the count is an estimate`,
  };
}

/** `ft:gpt-4o-mini-2024-07-18:acme::id` → `gpt-4o-mini-2024-07-18`; `openai/gpt-4o` → `gpt-4o`. */
function baseModel(name: string): string {
  const lower = name.toLowerCase();
  const tuned = lower.startsWith('ft:') ? (lower.split(':')[1] ?? '') : lower;
  return tuned.startsWith('openai/') ? tuned.slice('openai/'.length) : tuned;
}
