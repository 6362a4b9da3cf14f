import { UserError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A prompt file's text as an application reading it as UTF-8 sends it. A leading BOM is
 * dropped, as UTF-8 readers do; line endings are kept as they are in the file (CRLF counts
 * as sent). Bytes that are not UTF-8 are an error naming the file, never a silent guess.
 */
export function decodePrompt(bytes: Uint8Array, path: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new UserError(
      `${path} is not UTF-8 text (invalid byte at offset ${offset})`,
      'Save the file as UTF-8, or exclude it from the component with a "!" glob.',
    );
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    // Second-byte ranges exclude overlong forms, surrogates and code points above U+10FFFF.
    const second = bytes[i + 1] ?? 0;
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (length > 1 && (second < low || second > high)) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}
