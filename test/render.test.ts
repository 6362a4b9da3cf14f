import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../src/budget/check.js';
import type { Report } from '../src/budget/report.js';
import { memoryRevision } from '../src/budget/revision.js';
import type { BudgetConfig } from '../src/config/types.js';
import { codeSpan, escapeText } from '../src/render/markdown-escape.js';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../src/render/markdown.js';
import { plain, renderTerminal } from '../src/render/terminal.js';
import { component } from './helpers/components.js';
import { oracleCount } from './helpers/oracle.js';

const PROMPT = 'You are a support assistant. Be brief.\n';
const GROWN = PROMPT + 'Repeat the policy in full every time. '.repeat(20);

async function report(components: BudgetConfig['components'], headFiles: Record<string, string>, baseFiles: Record<string, string> | null): Promise<Report> {
  return checkBudgets(
    { path: 'budgets.yml', version: 1, components, requests: [], models: [] },
    memoryRevision({ label: 'feature/grow', sha: 'b'.repeat(40) }, headFiles),
    baseFiles && memoryRevision({ label: 'main', sha: 'a'.repeat(40) }, baseFiles),
  );
}

describe('codeSpan', () => {
  it('fences backticks with a longer run and escapes pipes only in tables', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('a|b', true)).toBe('`a\\|b`');
    expect(codeSpan('a|b')).toBe('`a|b`');
    expect(codeSpan('line1\nline2')).toBe('`line1 line2`');
  });
});

describe('escapeText', () => {
  it('defuses HTML, Markdown, mentions and references', () => {
    const escaped = escapeText('<img src=x> **@octocat** fixes #12 | [link](http://x)');
    expect(escaped).not.toMatch(/<img/);
    expect(escaped).not.toMatch(/@octocat/);
    expect(escaped).not.toMatch(/#12/);
    expect(escaped).not.toMatch(/(^|[^\\])\|/);
    expect(escaped).toContain('&lt;img');
  });
});

describe('renderMarkdown', () => {
  it('puts the verdict first, then the changed rows with base, head, change and allotment', async () => {
    const r = await report(
      [component({ name: 'system', files: ['system.md'], maxTokens: 100 }), component({ name: 'steady', files: ['steady.md'], maxTokens: 100 })],
      { 'system.md': GROWN, 'steady.md': PROMPT },
      { 'system.md': PROMPT, 'steady.md': PROMPT },
    );
    const md = renderMarkdown(r, { marker: '<!-- prompt-budget: budgets.yml -->' });
    const lines = md.split('\n');
    expect(lines[0]).toBe('<!-- prompt-budget: budgets.yml -->');
    expect(lines[1]).toBe('### ❌ prompt-budget: 1 of 2 components broke a budget');
    const base = oracleCount(PROMPT);
    const head = oracleCount(GROWN);
    const percent = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(((head - base) / base) * 100);
    expect(md).toContain(`| ❌ | \`system\` | ${base} | ${head} | +${head - base} (+${percent}%) |`);
    // The unchanged component is folded below the main table.
    const main = md.indexOf('| ❌ | `system`');
    const folded = md.indexOf('<details><summary>1 unchanged component within budget</summary>');
    expect(folded).toBeGreaterThan(main);
    expect(md.indexOf('`steady`')).toBeGreaterThan(folded);
    expect(md).toContain('**What to do**');
    expect(md).toContain('`system` is over its allotment by');
    expect(md).toContain('vs base `main` @ `aaaaaaa`');
  });

  it('shows hostile names and messages literally', async () => {
    const evil = 'x|<script>@admin`';
    const r = await report(
      [component({ name: evil, files: ['p.md'], maxTokens: 1, message: '@everyone see #1 <b>now</b>' })],
      { 'p.md': PROMPT },
      { 'p.md': PROMPT },
    );
    const md = renderMarkdown(r);
    expect(md).toContain('`` x\\|<script>@admin` ``');
    expect(md).not.toContain('<b>');
    expect(md).not.toMatch(/@everyone/);
    // Outside code spans, no raw HTML tag from the PR survives.
    const outsideCode = md.replace(/(`+)[\s\S]*?(?<!`)\1(?!`)/g, '');
    expect(outsideCode).not.toMatch(/<script|<b>/);
  });

  it('stays under the comment limit with thousands of components, saying where the rest is', async () => {
    const files = Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`p/${i}.md`, `prompt ${i} `.repeat(i % 7 + 1)]));
    const components = Array.from({ length: 3000 }, (_, i) => component({ name: `component-${i}-${'long-name-'.repeat(3)}`, files: [`p/${i}.md`], maxTokens: 5 }));
    const r = await report(components, files, {});
    const md = renderMarkdown(r, { maxLength: GITHUB_COMMENT_LIMIT, fullReportHint: 'the job summary has the full report' });
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(md).toContain('the job summary has the full report');
    expect(md.startsWith('### ❌ prompt-budget:')).toBe(true);
    // Without a limit (the job summary), every component is there.
    expect(renderMarkdown(r).split('\n').filter((l) => l.startsWith('| ')).length).toBeGreaterThanOrEqual(3000);
  });

  it('without a base shows tokens and allotment only', async () => {
    const r = await report([component({ name: 's', files: ['s.md'], maxTokens: 1000 })], { 's.md': PROMPT }, null);
    const md = renderMarkdown(r);
    expect(md).toContain('| | Component | Tokens | Allotment | Status |');
    expect(md).toContain('no base: checked against allotments only');
  });
});

describe('renderTerminal', () => {
  it('aligns a table and colours only when asked', async () => {
    const r = await report([component({ name: 'system', files: ['system.md'], maxTokens: 100 })], { 'system.md': GROWN }, { 'system.md': PROMPT });
    const text = renderTerminal(r, { color: false });
    expect(text).not.toContain('\u001b[');
    expect(text).toContain('prompt-budget: 1 of 1 component broke a budget');
    expect(text).toMatch(/system\s+\d+\s+\d+\s+\+\d+ \(\+[\d.,]+%\)\s+[\d.,]+% of 100\s+✗ over budget/);
    expect(renderTerminal(r, { color: true })).toContain('\u001b[31m');
  });

  it('makes control characters visible so names cannot forge log lines', () => {
    expect(plain('a\n::set-output name=x::y\u001b[2J')).toBe('a\\u000a::set-output name=x::y\\u001b[2J');
  });
});

describe('renderMarkdown file links', () => {
  it('links changed files at head, with URLs that cannot break the link or the table', async () => {
    const r = await report(
      [component({ name: 'system', files: ['**/*.md'], maxTokens: 1000 })],
      { 'prompts/a (draft)|x.md': GROWN, 'prompts/b.md': PROMPT },
      { 'prompts/a (draft)|x.md': PROMPT, 'prompts/gone.md': PROMPT, 'prompts/b.md': PROMPT },
    );
    const markdown = renderMarkdown(r, { fileUrl: (path) => `https://github.com/acme/bot/blob/${'b'.repeat(40)}/${path.split('/').map(encodeURIComponent).join('/')}` });
    expect(markdown).toContain(`[\`prompts/a (draft)\\|x.md\`](https://github.com/acme/bot/blob/${'b'.repeat(40)}/prompts/a%20%28draft%29%7Cx.md)`);
    // A file removed in the PR has nothing at head to link to.
    expect(markdown).toContain('| `system` | `prompts/gone.md` |');
  });
});

describe('renamed prompt files', () => {
  it('shows a file moved with its text unchanged as renamed, not as removed and added', async () => {
    const r = await report(
      [component({ name: 'shots', files: ['shots/**/*.md'], maxTokens: 1000 })],
      { 'shots/refunds/01-refund.md': PROMPT, 'shots/other.md': GROWN },
      { 'shots/01-refund.md': PROMPT, 'shots/other.md': GROWN },
    );
    const [c] = r.components;
    expect(c?.changedFiles).toEqual([{ path: 'shots/refunds/01-refund.md', renamedFrom: 'shots/01-refund.md', base: oracleCount(PROMPT), head: oracleCount(PROMPT), delta: 0 }]);
    expect(c?.status).toBe('ok');
    const n = oracleCount(PROMPT);
    expect(renderMarkdown(r)).toContain(`| \`shots\` | \`shots/refunds/01-refund.md\` | ${n} | ${n} | renamed from \`shots/01-refund.md\` |`);
  });

  it('keeps an edited move as a removal and an addition', async () => {
    const r = await report([component({ name: 'shots', files: ['shots/**/*.md'], maxTokens: 1000 })], { 'shots/new.md': GROWN }, { 'shots/old.md': PROMPT });
    expect(r.components[0]?.changedFiles.map((f) => [f.path, f.base === null ? 'added' : f.head === null ? 'removed' : 'changed'])).toEqual([
      ['shots/new.md', 'added'],
      ['shots/old.md', 'removed'],
    ]);
  });
});
