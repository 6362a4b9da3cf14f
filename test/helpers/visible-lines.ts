/**
 * What a reader sees of a comment before unfolding anything, counted on its Markdown: the budget
 * of issue 13 ("fits on one screen, about 20 rendered lines") is asserted with it.
 */

/**
 * Lines of the comment as GitHub shows it before anything is unfolded. Counted on the Markdown:
 * - an HTML comment shows nothing;
 * - a `<details>` block shows one line, its `<summary>`;
 * - blank lines separate blocks and show nothing; a table's delimiter row (`|:-:|--:|`) shows nothing;
 * - a paragraph's lines that do not end in a hard break (two spaces or `<br>`) are one line
 *   (GFM joins soft line breaks); every other line (heading, table row, list item, quote,
 *   hard-broken line) is one line.
 * Long lines wrapping at a narrow window are not counted: the budget is of lines, not of pixels.
 */
export function visibleLines(markdown: string): string[] {
  const folded = markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<details>\s*(<summary>[\s\S]*?<\/summary>)[\s\S]*?<\/details>/g, '$1');
  const shown: string[] = [];
  let paragraphOpen = false;
  for (const line of folded.split('\n')) {
    if (line.trim() === '') {
      paragraphOpen = false;
      continue;
    }
    if (/^\|[\s:|-]+\|$/.test(line.trim())) continue;
    const block = /^\s*(#{1,6}\s|\||[-*+]\s|\d+\.\s|>|<summary>)/.test(line);
    if (paragraphOpen && !block) {
      shown[shown.length - 1] += ` ${line.trim()}`;
    } else {
      shown.push(line);
    }
    paragraphOpen = !block && !/( {2}|<br\s*\/?>)$/.test(line);
  }
  return shown;
}

/** Markdown outside `<details>` blocks: what the visible lines are made of. */
export function outsideDetails(markdown: string): string {
  return markdown.replace(/<details>[\s\S]*?<\/details>/g, '');
}

