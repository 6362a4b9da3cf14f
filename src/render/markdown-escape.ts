/**
 * Everything from a pull request (component names, paths, messages) is untrusted. In Markdown it
 * is shown either as a code span (literal: no markup, links, mentions or emoji) or as escaped
 * text with mentions and references defused; either way control and bidirectional characters
 * are shown as `\uXXXX`, so a name cannot reorder the line a reviewer reads.
 */
import { escapeControl } from '../common/format.js';

/** A code span holding `text` literally. In a table cell, pipes are escaped (GFM splits cells first). */
export function codeSpan(text: string, inTable = false): string {
  let content = escapeControl(text.replace(/[\r\n]+/g, ' '));
  if (inTable) content = content.replace(/\|/g, '\\|');
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  // A space keeps a leading or trailing backtick from joining the fence; GFM strips one each side.
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

const WORD_JOINER = '\u2060';

/**
 * Plain text safe anywhere inline: Markdown punctuation backslash-escaped, HTML special characters
 * as entities, and `@name` / `#123` broken with an invisible word joiner so nobody is pinged.
 */
export function escapeText(text: string): string {
  return escapeControl(text.replace(/[\r\n]+/g, ' '))
    .replace(/[\\`*_{}[\]()#+\-.!|~>]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/@/g, `@${WORD_JOINER}`)
    .replace(/\\#/g, `\\#${WORD_JOINER}`);
}
