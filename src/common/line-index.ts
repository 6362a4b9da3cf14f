/** Offsets in a text as the 1-based line and column every located message names. */
import type { SourceLocation } from './errors.js';

/** Line starts of a text, for offsets to 1-based line and column (UTF-16 code units, as YAML's). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  locate(path: string, offset: number): SourceLocation {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { file: path, line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}
