import { get_encoding, type TiktokenEncoding } from 'tiktoken';

/** Token count from OpenAI's reference tokenizer (WASM build of the Rust core): the oracle. */
export function oracleCount(text: string, encoding: TiktokenEncoding = 'o200k_base'): number {
  const encoder = get_encoding(encoding);
  try {
    return encoder.encode_ordinary(text).length;
  } finally {
    encoder.free();
  }
}
