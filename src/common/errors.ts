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
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    /** What to do about it, in one sentence. */
    readonly hint?: string,
    readonly location?: SourceLocation,
  ) {
    super(message);
  }

  /** `file:line:col: message` then the hint, the form editors and CI logs link. */
  format(): string {
    return `${this.located()}${this.hint ? `\n  ${this.hint}` : ''}`;
  }

  /** `file:line:col: message`, one line. */
  located(): string {
    const where = this.location ? `${this.location.file}:${this.location.line}:${this.location.column}: ` : '';
    return `${where}${this.message}`;
  }
}

/** Several user mistakes found in one pass, so a user fixes them all at once. */
export class UserErrors extends UserError {
  constructor(readonly errors: readonly UserError[]) {
    super(errors.map((e) => e.message).join('; '), undefined, errors[0]?.location);
  }

  override format(): string {
    return this.errors.map((e) => e.format()).join('\n');
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** The value, or the user-facing error it threw (a bug still throws). */
export function asProblem<T>(read: () => T): T | UserError {
  try {
    return read();
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
}
