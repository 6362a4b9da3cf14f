/** Collects every mistake found in one pass, so the user can fix them all at once. */
import type { Node } from 'yaml';
import { UserError, UserErrors, type SourceLocation } from '../common/errors.js';
import type { YamlSource } from './yaml-source.js';

/**
 * A file that is not a budgets file at all (or aliases one mapping a thousand times) would list
 * thousands of mistakes; the first ones are enough to see what is wrong.
 */
export const MAX_REPORTED = 50;

export class Problems {
  private readonly found: UserError[] = [];

  constructor(private readonly source: YamlSource) {}

  /** Records a mistake at a node (its first character). */
  add(at: Node, message: string, hint: string): void {
    this.found.push(new UserError(message, hint, this.source.locate(at)));
  }

  /** Where a node is, for settings that are checked later (a tokenizer file is read after loading). */
  locate(at: Node): SourceLocation {
    return this.source.locate(at);
  }

  get any(): boolean {
    return this.found.length > 0;
  }

  /** Throws them all (up to MAX_REPORTED), in the order they appear in the file. */
  throwIfAny(): void {
    if (!this.any) return;
    const byPosition = [...this.found].sort(
      (a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0),
    );
    if (byPosition.length <= MAX_REPORTED) throw new UserErrors(byPosition);
    const shown = byPosition.slice(0, MAX_REPORTED);
    const rest = byPosition.length - MAX_REPORTED;
    const last = shown[shown.length - 1]!;
    shown.push(new UserError(`... and ${rest} more problem${rest === 1 ? '' : 's'} after this one`, 'Fix the ones above and run again.', last.location));
    throw new UserErrors(shown);
  }
}
