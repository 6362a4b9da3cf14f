/** Where in a file a user mistake sits. Lines and columns count from 1. */
export interface SourceLocation {
    file: string;
    line: number;
    column: number;
}
/**
 * A mistake the user can fix: bad configuration, a bad argument, a missing base commit.
 * Printed as one message without a stack trace; the exit status is 2.
 */
export declare class UserError extends Error {
    /** What to do about it, in one sentence. */
    readonly hint?: string | undefined;
    readonly location?: SourceLocation | undefined;
    readonly name = "UserError";
    constructor(message: string, 
    /** What to do about it, in one sentence. */
    hint?: string | undefined, location?: SourceLocation | undefined);
    /** `file:line:col: message` then the hint, the form editors and CI logs link. */
    format(): string;
    /** `file:line:col: message`, one line. */
    located(): string;
}
/** Several user mistakes found in one pass, so a user fixes them all at once. */
export declare class UserErrors extends UserError {
    readonly errors: readonly UserError[];
    constructor(errors: readonly UserError[]);
    format(): string;
}
export declare function isUserError(error: unknown): error is UserError;
/** The value, or the user-facing error it threw (a bug still throws). */
export declare function asProblem<T>(read: () => T): T | UserError;
