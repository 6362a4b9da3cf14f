import { UserError } from '../common/errors.js';

/** parseArgs, with its complaints (unknown option, missing value) as usage errors. */
export function parse<T>(parser: () => T): T {
  try {
    return parser();
  } catch (error) {
    throw new UserError(error instanceof Error ? error.message : String(error), 'See `prompt-budget --help`.');
  }
}
