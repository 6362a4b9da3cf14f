/**
 * YAML frontmatter between `---` lines, as Prompty and Dotprompt files start. It configures the
 * run (model, inputs, sample data) and never reaches the model; only its syntax is checked here,
 * because a file whose frontmatter does not parse does not load at all.
 */
import { UserError } from '../common/errors.js';
import type { LineIndex } from '../common/line-index.js';
import type { SourceNode } from './source-tree.js';
import { parseYamlRange } from './yaml-tree.js';

export interface SplitTemplate {
  /** The parsed frontmatter; undefined when the file has none. */
  frontmatter?: SourceNode;
  /** Everything after the closing `---` line. */
  body: string;
  /** Where the body starts in the file, for locations inside it. */
  bodyOffset: number;
}

/** A line holding only `---` (trailing spaces allowed); searched from `lastIndex`. */
const FENCE = /^---[ \t]*\r?$/gm;

/**
 * Splits the frontmatter from the body. Blank lines may come first, and with `allowComments`
 * `#` lines too (Dotprompt allows a license header above the frontmatter).
 */
export function splitFrontmatter(text: string, path: string, lines: LineIndex, allowComments: boolean): SplitTemplate {
  const leading = allowComments ? /^(?:(?:#[^\n]*|[ \t]*\r?)\n)*/.exec(text) : /^(?:[ \t]*\r?\n)*/.exec(text);
  const openAt = leading?.[0].length ?? 0;
  FENCE.lastIndex = openAt;
  const open = FENCE.exec(text);
  if (!open || open.index !== openAt) return { body: text, bodyOffset: 0 };

  const yamlStart = lineEnd(text, open.index);
  FENCE.lastIndex = yamlStart;
  const close = FENCE.exec(text);
  if (!close) {
    throw new UserError(
      'The frontmatter opened by this `---` line is never closed',
      'End the frontmatter with a line holding only `---`, before the prompt text.',
      lines.locate(path, open.index),
    );
  }
  const frontmatter = parseYamlRange(text, path, lines, yamlStart, close.index);
  const bodyOffset = lineEnd(text, close.index);
  return { frontmatter, body: text.slice(bodyOffset), bodyOffset };
}

/** Offset just past the line break of the line at `at` (or the end of the text). */
function lineEnd(text: string, at: number): number {
  const newline = text.indexOf('\n', at);
  return newline === -1 ? text.length : newline + 1;
}

/** The top-level keys of a frontmatter mapping that hold something, for "excluded" notes. */
export function frontmatterKeys(frontmatter: SourceNode | undefined): Map<string, SourceNode> {
  return frontmatter?.kind === 'map' ? frontmatter.entries : new Map();
}
