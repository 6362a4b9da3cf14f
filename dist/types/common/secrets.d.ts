/**
 * The one redactor: every secret the process knows of (API keys, the GitHub token), removed from
 * any text before it reaches a channel (log, summary, comment, outputs, report file, terminal).
 *
 * A secret is removed whole, and so is any piece of it of MIN_FRAGMENT characters or more: text
 * cut short somewhere (an API's error excerpt, a status field, a log line) can end or start in
 * the middle of a key, and that piece must not survive either. Every run of text made of such
 * pieces becomes one REDACTED marker.
 *
 * Adapters register secrets where they read them (the action's inputs, the CLI's environment) with
 * addSecret; the output adapters pass everything through redactSecrets as a last step. Code that
 * cuts text (an excerpt of an API's answer) redacts before it cuts, so a cut cannot split a key.
 *
 * Pure: no I/O, no node: modules. Each secret's pieces are indexed once, when it is added; a
 * redaction is one pass over the text with a rolling hash, so a megabyte takes milliseconds.
 */
/** What a secret, or a piece of one, is replaced with. */
export declare const REDACTED = "[redacted]";
/**
 * The shortest piece of a secret that is removed on its own. Eight characters of a random key
 * are 40+ bits an attacker no longer has to guess; shorter pieces (a key's 4-letter prefix, a
 * common word) would also match ordinary text. A secret shorter than this is removed whole only.
 */
export declare const MIN_FRAGMENT = 8;
/** A set of secrets and the index of their pieces. */
export declare class Redactor {
    /** Secrets shorter than MIN_FRAGMENT, removed whole. */
    private readonly short;
    /** Every MIN_FRAGMENT-long piece of every longer secret. */
    private readonly windows;
    /** One bit per hash (mod FILTER_BITS) of a piece in `windows`: most windows of a text are ruled out here. */
    private readonly filter;
    private readonly known;
    constructor(secrets?: Iterable<string | undefined>);
    /** Adds a secret (trimmed: the whole string as given holds the trimmed one, so it is covered too). Empty or blank adds nothing. */
    add(secret: string | undefined): void;
    /** How many distinct secrets it holds. */
    get size(): number;
    /** `text` with every secret, and every piece of one MIN_FRAGMENT characters long or longer, replaced by REDACTED. */
    redact(text: string): string;
    /** False when no piece of a secret has this hash; true when one may. */
    private mayHold;
    /** Where the short secrets occur: [start, end) pairs sorted by start. */
    private shortMatches;
}
/** Registers a secret the process holds (an API key, a token), as given; blank adds nothing. */
export declare function addSecret(secret: string | undefined): void;
/** `text` without any secret registered with addSecret, whole or in pieces of MIN_FRAGMENT or more characters. */
export declare function redactSecrets(text: string): string;
/**
 * At most `limit` characters of `text` after `redact` (all the process's secrets by default),
 * with "…" when cut: redacted first, so the cut cannot leave part of a key behind, and never
 * through a REDACTED marker (a half marker would read like text).
 */
export declare function excerpt(text: string, limit: number, redact?: (text: string) => string): string;
