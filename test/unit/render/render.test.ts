import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../../src/budget/check.js';
import { readBaseConfig } from '../../../src/run/check-repository.js';
import type { Report } from '../../../src/budget/report.js';
import { memoryRevision } from '../../../src/budget/revision.js';
import { parseConfig } from '../../../src/config/load.js';
import type { BudgetConfig } from '../../../src/config/types.js';
import { codeSpan, escapeText } from '../../../src/render/markdown-escape.js';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../../../src/render/markdown.js';
import { plain, renderTerminal } from '../../../src/render/terminal.js';
import { component } from '../../helpers/components.js';
import { oracleCount } from '../../helpers/oracle.js';

const PROMPT = 'You are a support assistant. Be brief.\n';
const GROWN = PROMPT + 'Repeat the policy in full every time. '.repeat(20);

async function report(components: BudgetConfig['components'], headFiles: Record<string, string>, baseFiles: Record<string, string> | null): Promise<Report> {
  const base = baseFiles && memoryRevision({ label: 'main', sha: 'a'.repeat(40) }, baseFiles);
  return checkBudgets(
    { path: 'budgets.yml', version: 1, components, requests: [], models: [] },
    memoryRevision({ label: 'feature/grow', sha: 'b'.repeat(40) }, headFiles),
    base,
    { baseConfig: base && (await readBaseConfig(base, 'budgets.yml')) },
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
    // Counts past 999 carry separators, in the verdict as in the table.
    expect(md.split('\n')[0]).toMatch(/^### ❌ prompt-budget: \d,\d{3} of 3,000 components broke a budget$/);
    expect(md).toMatch(/\(\d,\d{3} more component rows\)/);
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

describe('the verdict and rows of a change that loosens its own budgets', () => {
  const BASE_BUDGETS = 'version: 1\ndefaults: { model: gpt-4.1 }\ncomponents:\n  system:\n    files: system.md\n    max_tokens: 480\n  steady:\n    files: steady.md\n    max_tokens: 100\n    max_growth: 10%\n';
  const components = [component({ name: 'system', files: ['system.md'], maxTokens: 9000 }), component({ name: 'steady', files: ['steady.md'], maxTokens: 100 })];

  it('shows a raised allotment in the row, the verdict and a list under it, never as a plain ✅', async () => {
    const r = await report(components, { 'system.md': GROWN, 'steady.md': PROMPT }, { 'budgets.yml': BASE_BUDGETS, 'system.md': PROMPT, 'steady.md': PROMPT });
    expect(r.loosened).toEqual([
      { kind: 'max-tokens', component: 'system', from: 480, to: 9000, location: { file: 'budgets.yml', line: 7, column: 17 } },
      { kind: 'max-growth', component: 'steady', from: { percent: 10 }, to: null, location: { file: 'budgets.yml', line: 5, column: 3 } },
    ]);
    const md = renderMarkdown(r);
    expect(md.split('\n')[0]).toBe('### ⚠️ prompt-budget: all 2 components within budget; budgets loosened here: 1 allotment raised, 1 growth limit removed');
    expect(md).toMatch(/^\| ✅ \| `system` \| \d+ \| \d+ \| \+\d+ \([^)]+\) \| \*\*480 → 9,000, raised here \(\d+(\.\d)?%\)\*\* \| ok \|$/m);
    // Unchanged, but its growth limit went: shown, not folded.
    expect(md).toMatch(/^\| ✅ \| `steady` \| .* \| ok, \*\*growth limit removed here\*\* \|$/m);
    expect(md).not.toContain('unchanged component');
    expect(md).toContain('- `system`: allotment raised from 480 to 9,000 tokens (`budgets.yml` line 7).');
    expect(md).toContain('- `steady`: growth limit of 10% removed (`budgets.yml` line 5).');

    const text = renderTerminal(r, { color: false });
    expect(text.split('\n')[0]).toBe('prompt-budget: all 2 components within budget; budgets loosened here: 1 allotment raised, 1 growth limit removed');
    expect(text).toMatch(/^ {2}system .*480 → 9,000, raised here \(\d+(\.\d)?%\) +✓ ok$/m);
    expect(text).toContain('  - system: allotment raised from 480 to 9,000 tokens (budgets.yml line 7).');
  });

  it('lists nothing and keeps ✅ when the change only tightens, or has no base budgets.yml to compare with', async () => {
    const tight = await report(
      [component({ name: 'system', files: ['system.md'], maxTokens: 400, maxGrowth: { percent: 5 } })],
      { 'system.md': PROMPT },
      { 'budgets.yml': 'version: 1\ndefaults: { model: gpt-4.1 }\ncomponents:\n  system:\n    files: system.md\n    max_tokens: 480\n    max_growth: 10%\n', 'system.md': PROMPT },
    );
    expect(tight.loosened).toEqual([]);
    const noBase = await report(components, { 'system.md': PROMPT, 'steady.md': PROMPT }, { 'system.md': PROMPT, 'steady.md': PROMPT });
    expect(noBase.loosened).toEqual([]);
    expect(renderMarkdown(noBase).split('\n')[0]).toBe('### ✅ prompt-budget: all 2 components within budget');
  });

  it('names a component removed and files a new ! glob leaves out', async () => {
    const budgets = 'version: 1\ndefaults: { model: gpt-4.1 }\ncomponents:\n  library:\n    files: "lib/*.md"\n    max_tokens: 1000\n  legacy:\n    files: legacy.md\n    max_tokens: 100\n';
    const r = await report(
      [component({ name: 'library', files: ['lib/*.md', '!lib/long.md'], maxTokens: 1000 })],
      { 'lib/a.md': PROMPT, 'lib/long.md': GROWN, 'legacy.md': PROMPT },
      { 'budgets.yml': budgets, 'lib/a.md': PROMPT, 'lib/long.md': GROWN, 'legacy.md': PROMPT },
    );
    expect(r.loosened).toEqual([
      { kind: 'files-excluded', component: 'library', globs: ['!lib/long.md'], paths: ['lib/long.md'], location: { file: 'budgets.yml', line: 5, column: 3 } },
      { kind: 'component-removed', component: 'legacy' },
    ]);
    const md = renderMarkdown(r);
    expect(md).toContain('- `library`: leaves out `lib/long.md` by `!lib/long.md` (`budgets.yml` line 5).');
    expect(md).toContain('- `legacy`: removed from `budgets.yml`; its budget no longer applies.');
  });
});

describe('loosening per_file and coverage', () => {
  it('names per_file added and coverage relaxed, in the row and the list', async () => {
    const budgets = 'version: 1\ndefaults: { model: gpt-4.1 }\ncoverage:\n  unbudgeted: fail\ncomponents:\n  family:\n    files: "patterns/*/system.md"\n    max_tokens: 100\n';
    const r = await checkBudgets(
      {
        path: 'budgets.yml',
        version: 1,
        components: [component({ name: 'family', files: ['patterns/*/system.md'], maxTokens: 100, perFile: true })],
        requests: [],
        models: [],
        coverage: { prompts: [], exclude: ['drafts/**'], unbudgeted: 'warn' },
      },
      memoryRevision({ label: 'feature', sha: 'b'.repeat(40) }, { 'patterns/a/system.md': PROMPT, 'patterns/b/system.md': PROMPT }),
      memoryRevision({ label: 'main', sha: 'a'.repeat(40) }, { 'patterns/a/system.md': PROMPT, 'patterns/b/system.md': PROMPT }),
      { baseConfig: parseConfig(budgets, 'budgets.yml') },
    );
    expect(r.loosened).toEqual([
      { kind: 'coverage', from: 'fail', to: 'warn', exclude: ['drafts/**'] },
      { kind: 'per-file', component: 'family', location: { file: 'budgets.yml', line: 5, column: 3 } },
    ]);
    const md = renderMarkdown(r);
    expect(md).toContain('budgets loosened here: 1 component budgeted per file, coverage relaxed');
    expect(md).toContain('- `coverage.unbudgeted` changed from fail to warn; `coverage.exclude` adds `drafts/**`: prompt files outside every component fail the check less.');
    expect(md).toContain('- `family`: now `per_file: true`, so each file may take the whole allotment, not the files together (`budgets.yml` line 5).');
    expect(md).toMatch(/^\| ✅ \| `family` \|.*\| ok, \*\*budgeted per file here\*\* \|$/m);
  });
});

describe('notes on a change to one component of many', () => {
  const chat = (topic: string) => JSON.stringify([{ role: 'system', content: `Answer about ${topic} for {{customer}}.` }, { role: 'user', content: '{{question}}' }]);
  const names = Array.from({ length: 14 }, (_, i) => `chat-${i}`);
  const components = names.map((name) => component({ name, files: [`${name}.json`], maxTokens: 1000 }));
  const base = Object.fromEntries(names.map((name) => [`${name}.json`, chat(name)]));

  it('explains only the shown rows, each note once with its rows, and folds the rest', async () => {
    const changed = names.slice(0, 4);
    const head = { ...base, ...Object.fromEntries(changed.map((name) => [`${name}.json`, chat(`${name} and refunds`)])) };
    const md = renderMarkdown(await report(components, head, base));
    const visible = md.replace(/<details>[\s\S]*?<\/details>/g, '');
    expect(visible.match(/<sub>/g)).toHaveLength(3);
    expect(visible).toContain("<sub>chat formatting is estimated for `gpt-4.1` (OpenAI's cookbook formula; OpenAI publishes no figure for this model): 4 components.</sub>");
    expect(visible).toContain('<sub>template tags are counted as written, not what fills them: `{{customer}}`, `{{question}}`: 4 components.</sub>');
    for (const name of names.slice(4)) expect(visible).not.toContain(`\`${name}\``);
    // The folded notes name every component, each note once.
    expect(md).toContain('<details><summary>How the components were counted (3 notes)</summary>');
    expect(md).toMatch(/- template tags are counted as written, not what fills them: `\{\{customer\}\}`, `\{\{question\}\}`: `chat-0`, `chat-1`, .*`chat-11` and 2 more\./);
  });

  it('keeps a terminal on one screen: changed rows, then one line for the rest', async () => {
    const head = { ...base, 'chat-3.json': chat('chat-3 and refunds') };
    const text = renderTerminal(await report(components, head, base), { color: false });
    const lines = text.trimEnd().split('\n');
    expect(lines.length, text).toBeLessThanOrEqual(20);
    expect(text).toMatch(/^ {2}chat-3 /m);
    expect(text).toContain('  13 unchanged components within budget: chat-0, chat-1, chat-2 and 10 more.');
    expect(text).toContain('  In the Markdown report (--markdown, or the job summary): 3 notes on how the components were counted.');
  });

  it('shows the requests a change touches, and folds the others', async () => {
    const requests = names.map((name, i) => ({
      name: `ask-${i}`,
      model: 'gpt-4.1',
      tokenizer: { kind: 'encoding', encoding: 'o200k_base' } as const,
      components: [name],
      reserve: { history: 600, userInput: 200, output: 500 },
      location: { file: 'budgets.yml', line: 40 + i, column: 3 },
    }));
    const r = await checkBudgets(
      { path: 'budgets.yml', version: 1, components, requests, models: [] },
      memoryRevision({ label: 'feature', sha: 'b'.repeat(40) }, { ...base, 'chat-3.json': chat('chat-3 and refunds') }),
      memoryRevision({ label: 'main', sha: 'a'.repeat(40) }, base),
    );
    const md = renderMarkdown(r);
    const visible = md.replace(/<details>[\s\S]*?<\/details>/g, '');
    expect(visible.split('\n').filter((line) => line.startsWith('| ✅ | `ask-'))).toEqual([expect.stringMatching(/^\| ✅ \| `ask-3` \|/)]);
    expect(md).toContain('<details><summary>13 unchanged requests, all fit</summary>');
    expect(md).toMatch(/<details><summary>13 unchanged requests[\s\S]*\| ✅ \| `ask-13` \|[\s\S]*?<\/details>/);
    const text = renderTerminal(r, { color: false });
    expect(text).toMatch(/^ {2}ask-3 /m);
    expect(text).toContain('  13 unchanged requests, all fit: ask-0, ask-1, ask-2 and 10 more.');
  });

  it('says "the component" of one, not "all 1"', async () => {
    const r = await report([component({ name: 'system', files: ['system.md'], maxTokens: 1000 })], { 'system.md': PROMPT }, null);
    expect(renderMarkdown(r).split('\n')[0]).toBe('### ✅ prompt-budget: the component is within budget');
    expect(renderTerminal(r, { color: false }).split('\n')[0]).toBe('prompt-budget: the component is within budget');
  });
});
