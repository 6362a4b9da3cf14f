/**
 * The comment as GitHub renders it: through cmark-gfm (GitHub's own Markdown engine, Debian's
 * `cmark-gfm` package) with the table extension and raw HTML passed through, as GitHub does
 * before sanitizing. Hostile names and paths must stay inside code spans and table cells.
 * Skipped where cmark-gfm is not installed (CI installs nothing but npm packages).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../../src/budget/check.js';
import { memoryRevision } from '../../../src/budget/revision.js';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../../../src/render/markdown.js';
import { component } from '../../helpers/components.js';
import { visibleLines } from '../../helpers/visible-lines.js';

const hasCmark = spawnSync('cmark-gfm', ['--version']).status === 0;
const toHtml = (markdown: string) => execFileSync('cmark-gfm', ['--extension', 'table', '--extension', 'autolink', '--unsafe'], { input: markdown, encoding: 'utf8' });

const HOSTILE = '<img src=x onerror=alert(1)>|`@octocat`**#1**';
const PROMPT = 'You are a support assistant. Be brief.\n';
const GROWN = PROMPT + 'Repeat the policy in full every time. '.repeat(20);

describe.skipIf(!hasCmark)('the comment rendered by cmark-gfm', () => {
  it('gives one table row per component with every cell in place, and no markup from the PR', async () => {
    const components = [
      component({ name: HOSTILE, files: ['a|b `c`.md'], maxTokens: 50 }),
      component({ name: 'steady', files: ['steady.md'], maxTokens: 100 }),
    ];
    const report = await checkBudgets(
      { path: 'budgets.yml', version: 1, components, requests: [], models: [] },
      memoryRevision({ label: 'feature', sha: 'b'.repeat(40) }, { 'a|b `c`.md': GROWN, 'steady.md': PROMPT }),
      memoryRevision({ label: 'main', sha: 'a'.repeat(40) }, { 'a|b `c`.md': PROMPT, 'steady.md': PROMPT }),
    );
    const html = toHtml(renderMarkdown(report, { marker: '<!-- prompt-budget: budgets.yml -->', maxLength: GITHUB_COMMENT_LIMIT }));

    // The main table: a header of 7 cells and the changed component's row of 7 cells.
    const firstTable = html.slice(html.indexOf('<table>'), html.indexOf('</table>'));
    const rows = firstTable.split('<tr>').slice(1);
    expect(rows.map((row) => row.split(/<t[hd][ >]/).length - 1)).toEqual([7, 7]);
    expect(rows[1]).toContain('<code>&lt;img src=x onerror=alert(1)&gt;|`@octocat`**#1**</code>');
    // Nothing from the PR became an element, a mention or a bold reference.
    expect(html).not.toMatch(/<img|<strong>#1|@octocat<\/a>/);
    // Folded detail stays HTML GitHub allows.
    expect(html).toMatch(/<details><summary>1 changed file<\/summary>/);
    expect(html).toContain('<code>a|b `c`.md</code>');
  });
});

/**
 * Lines GitHub shows before anything is unfolded, counted on cmark-gfm's HTML: headings, table
 * rows, list items, `<summary>` lines, paragraphs and their hard breaks (a paragraph that opens a
 * list item is that item's line), with everything inside `<details>` but its summary left out.
 */
function renderedLines(html: string): number {
  const shown = html.replace(/<details>\s*(<summary>[\s\S]*?<\/summary>)[\s\S]*?<\/details>/g, '$1');
  const count = (pattern: RegExp) => shown.match(pattern)?.length ?? 0;
  return count(/<h[1-6][ >]/g) + count(/<tr>/g) + count(/<li>/g) + count(/<summary>/g) + count(/<p>/g) + count(/<br \/>/g) - count(/<li>\s*<p>/g);
}

describe.skipIf(!hasCmark)('the visible lines of the comment, as cmark-gfm renders them', () => {
  it('are the lines test/helpers/visible-lines.ts counts on the Markdown, for a one-of-many change', async () => {
    const names = Array.from({ length: 16 }, (_, i) => `chat-${i}`);
    const chat = (topic: string) => JSON.stringify([{ role: 'system', content: `Answer about ${topic} for {{customer}}.` }, { role: 'user', content: '{{question}}' }]);
    const base = Object.fromEntries(names.map((name) => [`${name}.json`, chat(name)]));
    const report = await checkBudgets(
      { path: 'budgets.yml', version: 1, components: names.map((name, i) => component({ name, files: [`${name}.json`], maxTokens: i === 3 ? 20 : 1000, message: 'Ask #prompts first.' })), requests: [], models: [] },
      memoryRevision({ label: 'feature', sha: 'b'.repeat(40) }, { ...base, 'chat-3.json': chat(`chat-3 and ${GROWN}`) }),
      memoryRevision({ label: 'main', sha: 'a'.repeat(40) }, base),
    );
    const markdown = renderMarkdown(report, { marker: '<!-- prompt-budget: budgets.yml -->', maxLength: GITHUB_COMMENT_LIMIT });
    const lines = visibleLines(markdown);
    expect(renderedLines(toHtml(markdown))).toBe(lines.length);
    expect(lines.length).toBeLessThanOrEqual(20);
  });
});
