/**
 * OpenAI's BPE encodings, counted exactly. Rank tables are large (o200k_base is 2.3 MB), so each
 * is a dynamic import that the bundler splits into its own chunk: a run loads only what it uses.
 */
import type { TiktokenBPE } from 'js-tiktoken/lite';
import { BpeTokenizer } from './bpe.js';
import type { EncodingName } from './encoding-names.js';

export interface Encoder {
  readonly name: EncodingName;
  /** Token ids of `text` encoded as ordinary text: special-token strings are plain text. */
  encode(text: string): number[];
  count(text: string): number;
}

const rankLoaders: Record<EncodingName, () => Promise<{ default: TiktokenBPE }>> = {
  o200k_base: () => import('js-tiktoken/ranks/o200k_base'),
  cl100k_base: () => import('js-tiktoken/ranks/cl100k_base'),
  p50k_base: () => import('js-tiktoken/ranks/p50k_base'),
  r50k_base: () => import('js-tiktoken/ranks/r50k_base'),
};

const loaded = new Map<EncodingName, Promise<Encoder>>();

export function loadEncoder(name: EncodingName): Promise<Encoder> {
  let encoder = loaded.get(name);
  if (!encoder) {
    encoder = rankLoaders[name]().then(({ default: ranks }) => {
      // Only the rank table comes from js-tiktoken: its pat_str uses JavaScript's \s and \p{...},
      // which split some text differently from tiktoken (see pretokenize.ts). Special tokens are never
      // split out: "<|endoftext|>" in a prompt file is text, as the API treats it.
      const tokenizer = new BpeTokenizer(ranks.bpe_ranks, name);
      return { name, encode: (text) => tokenizer.encode(text), count: (text) => tokenizer.count(text) };
    });
    loaded.set(name, encoder);
  }
  return encoder;
}
