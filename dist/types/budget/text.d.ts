import { UserError } from '../common/errors.js';
/**
 * Which of `files` (in the order given) fit in MAX_REVISION_BYTES together, the rest refused:
 * a file is admitted while the total of those before it and itself stays within the bound.
 */
export declare function overRevisionTotal(files: readonly {
    path: string;
    size: number;
}[]): Map<string, UserError>;
/** A file whose name git gives in bytes that are not UTF-8: refused alone, by a visible spelling. */
export declare function notUtf8Name(shown: string): UserError;
export declare function isLfsPointer(bytes: Uint8Array): boolean;
/**
 * A prompt file's text as an application reading it sends it. UTF-8, a leading BOM dropped as
 * UTF-8 readers do; UTF-16 when the file starts with a UTF-16 byte order mark (an editor on
 * Windows may save prompts so, and a reader honouring the mark gets the same text). Line endings
 * are kept as they are in the file (CRLF counts as sent). Anything else is an error naming the
 * file, never a silent guess: bytes that are not UTF-8, or a NUL byte (a binary file).
 */
export declare function decodePrompt(bytes: Uint8Array, path: string): string;
/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
export declare function firstInvalidUtf8(bytes: Uint8Array): number;
export declare function tooLarge(path: string, bytes: number): UserError;
