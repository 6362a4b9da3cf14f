/**
 * The tokenizers compared, each loaded the way an application would, with o200k_base, and each
 * reduced to one function: text in, number of tokens out. Special-token strings such as
 * "<|endoftext|>" are plain text for all four, as they are for our product.
 *
 * Only dynamic imports here: the child times `load` from its first line, so nothing of a
 * library may be loaded before it is called.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * @typedef {'encode' | 'count'} Api `encode` builds the ids and takes their length; `count` uses a
 *   library's counting call where it has one (ours, gpt-tokenizer) and `encode` elsewhere.
 * @typedef {(text: string) => number} Counter
 * @typedef {{ id: string, label: string, load: (options: { oursDir: string, api: Api }) => Promise<Counter> }} Library
 */

/** @type {Library[]} */
export const LIBRARIES = [
  {
    id: 'ours',
    label: 'ours',
    // The esbuild bundle of src/tokenize/tiktoken/encodings.ts that run.mjs made, as dist/ would be.
    async load({ oursDir, api }) {
      const { loadEncoder } = await import(pathToFileURL(join(oursDir, 'encodings.js')).href);
      const encoder = await loadEncoder('o200k_base');
      return api === 'count' ? (text) => encoder.count(text) : (text) => encoder.encode(text).length;
    },
  },
  {
    id: 'js-tiktoken',
    label: 'js-tiktoken',
    async load() {
      const [{ Tiktoken }, { default: ranks }] = await Promise.all([
        import('js-tiktoken/lite'),
        import('js-tiktoken/ranks/o200k_base'),
      ]);
      const encoder = new Tiktoken(ranks);
      // Empty allowed and disallowed lists: special-token strings are text, and no scan for them.
      return (text) => encoder.encode(text, [], []).length;
    },
  },
  {
    id: 'tiktoken',
    label: 'tiktoken (WASM)',
    async load() {
      const { get_encoding } = await import('tiktoken');
      const encoder = get_encoding('o200k_base');
      return (text) => encoder.encode_ordinary(text).length;
    },
  },
  {
    id: 'gpt-tokenizer',
    label: 'gpt-tokenizer',
    async load({ api }) {
      const { encode, countTokens } = await import('gpt-tokenizer/encoding/o200k_base');
      // By default it scans every text for special tokens and throws on one; an empty
      // disallowed set makes them plain text, like tiktoken's encode_ordinary.
      const plain = { disallowedSpecial: new Set() };
      return api === 'count' ? (text) => countTokens(text, plain) : (text) => encode(text, plain).length;
    },
  },
];

/** The oracle: tiktoken's Rust core. A speed is only reported for ours when its count agrees. */
export const ORACLE = 'tiktoken';
