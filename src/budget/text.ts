import { UserError } from '../errors.js';

/**
 * The largest prompt file counted: four times the text of the largest context window in the
 * catalog (about a million tokens, ~4 MB). A bigger file cannot be sent whole to any model, and
 * tokenizing hundreds of megabytes would take the job's memory; it is refused with the reason.
 */
export const MAX_PROMPT_BYTES = 16 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true });

/**
 * A prompt file's text as an application reading it sends it. UTF-8, a leading BOM dropped as
 * UTF-8 readers do; UTF-16 when the file starts with a UTF-16 byte order mark (an editor on
 * Windows may save prompts so, and a reader honouring the mark gets the same text). Line endings
 * are kept as they are in the file (CRLF counts as sent). Anything else is an error naming the
 * file, never a silent guess: bytes that are not UTF-8, or a NUL byte (a binary file).
 */
export function decodePrompt(bytes: Uint8Array, path: string): string {
  if (bytes.length > MAX_PROMPT_BYTES) throw tooLarge(path, bytes.length);
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? utf16le : bytes[0] === 0xfe && bytes[1] === 0xff ? utf16be : undefined;
  if (utf16) {
    try {
      return utf16.decode(bytes);
    } catch {
      throw new UserError(`${path} starts with a UTF-16 byte order mark but is not valid UTF-16`, 'Save the file as UTF-8.');
    }
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new UserError(`${path} is binary, not text (a NUL byte at offset ${nul})`, 'Exclude it from the component with a "!" glob, or point `files` at the prompt text.');
  }
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

export function tooLarge(path: string, bytes: number): UserError {
  return new UserError(
    `${path} is larger than ${MAX_PROMPT_BYTES / 1024 / 1024} MB (${bytes.toLocaleString('en-US')} bytes): no model's context window holds that much text`,
    'Exclude it from the component with a "!" glob: it cannot be sent to a model whole.',
  );
}
