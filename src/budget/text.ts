import { UserError } from '../common/errors.js';
import { MAX_PROMPT_BYTES } from '../common/prompt-size.js';

/**
 * The most prompt text read from one revision. Every file of a revision is held while it is
 * counted (bytes, text and counting take about five times the size), so 30 files just under the
 * per-file limit took 2.3 GB; this keeps a run near a few hundred megabytes. Files past it, in
 * path order (the same at base and head), are refused, so their components fail: never a pass.
 */
const MAX_REVISION_BYTES = 64 * 1024 * 1024;

/**
 * Which of `files` (in the order given) fit in MAX_REVISION_BYTES together, the rest refused:
 * a file is admitted while the total of those before it and itself stays within the bound.
 */
export function overRevisionTotal(files: readonly { path: string; size: number }[]): Map<string, UserError> {
  const refused = new Map<string, UserError>();
  let total = 0;
  for (const { path, size } of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (total + size <= MAX_REVISION_BYTES) total += size;
    else {
      refused.set(
        path,
        new UserError(
          `${path} is not read: the prompts of one revision may total at most ${MAX_REVISION_BYTES / 1024 / 1024} MB, and the files before it (in path order) reach ${(total / 1024 / 1024).toFixed(1)} MB`,
          'Budget fewer or smaller files: no request sends that much prompt text.',
        ),
      );
    }
  }
  return refused;
}

/** A file whose name git gives in bytes that are not UTF-8: refused alone, by a visible spelling. */
export function notUtf8Name(shown: string): UserError {
  return new UserError(`${shown} has a file name that is not UTF-8 (shown with \\x escapes)`, 'Rename the file with a UTF-8 name, or exclude it with a "!" glob.');
}

/**
 * A Git LFS pointer (the spec's three lines: version, oid, size): what a checkout without
 * `lfs: true`, or a commit read from the object database, holds in place of the file. Counting
 * it would measure ~60 tokens for a prompt of any size.
 */
const LFS_POINTER = /^version https:\/\/git-lfs\.github\.com\/spec\/v1\n(?:[a-z0-9.-]+ [^\n]*\n)*?oid sha256:[0-9a-f]{64}\n(?:[a-z0-9.-]+ [^\n]*\n)*?size \d+\n/;

export function isLfsPointer(bytes: Uint8Array): boolean {
  // The spec caps a pointer at 1024 bytes.
  if (bytes.length > 1024 || bytes[0] !== 0x76) return false;
  return LFS_POINTER.test(new TextDecoder().decode(bytes));
}

function lfsPointer(path: string): UserError {
  return new UserError(
    `${path} is a Git LFS pointer, not the file: its content was not fetched (actions/checkout needs \`lfs: true\`), so it cannot be counted`,
    'Check out with LFS, or keep prompts out of LFS.',
  );
}

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
  if (isLfsPointer(bytes)) throw lfsPointer(path);
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
