/**
 * Requests: fixed components plus reserves against the model's context window, and the cost of
 * the fixed prefix. Counts come from the oracle; money is worked out by hand in each test.
 */
import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../../src/budget/check.js';
import { parseVolume, type Volume } from '../../../src/catalog/money.js';
import type { ModelFacts, Report } from '../../../src/budget/report.js';
import { memoryRevision } from '../../../src/budget/revision.js';
import type { RequestConfig } from '../../../src/config/types.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { renderTerminal } from '../../../src/render/terminal.js';
import { component } from '../../helpers/components.js';
import { oracleCount } from '../../helpers/oracle.js';

const SYSTEM = 'You are the support assistant for Northwind Traders. Answer in two sentences.\n';
const SHOTS = 'User: Where is my order?\nAssistant: It ships tomorrow.\n';
const MORE_SHOTS = SHOTS + 'User: Can I return it?\nAssistant: Yes, within 30 days.\n'.repeat(60);

const FACTS: ModelFacts = {
  contextWindow: 2_000,
  maxOutput: 1_000,
  prices: { currency: 'USD', inputPerMillion: 2.5, cachedInputPerMillion: 1.25, outputPerMillion: 10 },
  promptCaching: { minTokens: 1_024 },
  asOf: '2026-01-15',
};

function request(overrides: Partial<RequestConfig> = {}): RequestConfig {
  return {
    name: 'support-chat',
    model: 'small-model',
    tokenizer: { kind: 'encoding', encoding: 'o200k_base' },
    components: ['system', 'shots'],
    reserve: { history: 600, userInput: 200, output: 500 },
    location: { file: 'budgets.yml', line: 12, column: 3 },
    ...overrides,
  };
}

async function check(requests: RequestConfig[], head: Record<string, string>, base: Record<string, string> | null, facts: ModelFacts | undefined = FACTS): Promise<Report> {
  return checkBudgets(
    {
      path: 'budgets.yml',
      version: 1,
      components: [component({ name: 'system', files: ['system.md'], maxTokens: 5_000 }), component({ name: 'shots', files: ['shots.md'], maxTokens: 5_000 })],
      requests,
      models: [],
    },
    memoryRevision({ label: 'feature', sha: 'b'.repeat(40) }, head),
    base && memoryRevision({ label: 'main', sha: 'a'.repeat(40) }, base),
    { modelFacts: (model) => (model === 'small-model' ? facts : undefined) },
  );
}

function volume(text: string): Volume {
  const parsed = parseVolume(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.volume;
}

const fixedOf = (system: string, shots: string) => oracleCount(system) + oracleCount(shots);

describe('requests', () => {
  it('sums the fixed components and the reserves, and reports the headroom left in the window', async () => {
    const report = await check([request()], { 'system.md': SYSTEM, 'shots.md': SHOTS }, { 'system.md': SYSTEM, 'shots.md': SHOTS });
    const [r] = report.requests;
    const fixed = fixedOf(SYSTEM, SHOTS);
    expect(r).toMatchObject({
      fixed: { base: fixed, head: fixed, delta: 0 },
      reserved: 1_300,
      contextWindow: 2_000,
      headroom: { base: 2_000 - fixed - 1_300, head: 2_000 - fixed - 1_300 },
      status: 'fits',
      failed: false,
    });
    expect(report.verdict).toBe('pass');
  });

  it('fails the check when grown few-shot examples no longer leave room for the reserves', async () => {
    const report = await check([request()], { 'system.md': SYSTEM, 'shots.md': MORE_SHOTS }, { 'system.md': SYSTEM, 'shots.md': SHOTS });
    const [r] = report.requests;
    const head = fixedOf(SYSTEM, MORE_SHOTS);
    expect(head + 1_300).toBeGreaterThan(2_000);
    expect(r?.status).toBe('over-window');
    expect(r?.headroom?.head).toBe(2_000 - head - 1_300);
    expect(report.verdict).toBe('fail');
    expect(report.counts).toMatchObject({ failed: 0, requestsFailed: 1 });
    const markdown = renderMarkdown(report);
    expect(markdown).toMatch(/^### ❌ prompt-budget: 1 of 1 request no longer fits the context window$/m);
    expect(markdown).toContain(`tokens over 2,000: trim its components or lower its \`reserve\` in \`budgets.yml\` (line 12).`);
  });

  it('prices the fixed prefix per request, per day and per month, with the change', async () => {
    const report = await check([request({ volume: volume('50000/day') })], { 'system.md': SYSTEM, 'shots.md': SHOTS }, { 'system.md': SYSTEM, 'shots.md': '' });
    const [r] = report.requests;
    const head = fixedOf(SYSTEM, SHOTS);
    const base = oracleCount(SYSTEM);
    // $2.50 per million input tokens.
    expect(r?.cost?.perRequest.head).toBeCloseTo(head * 2.5e-6, 12);
    expect(r?.cost?.perRequest.delta).toBeCloseTo((head - base) * 2.5e-6, 12);
    expect(r?.cost?.perDay?.head).toBeCloseTo(head * 2.5e-6 * 50_000, 9);
    expect(r?.cost?.perMonth?.delta).toBeCloseTo((head - base) * 2.5e-6 * 50_000 * 30, 9);
    // Under 1,024 tokens: no caching.
    expect(r?.cost?.cached).toBeUndefined();
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('at `50000/day`');
    expect(markdown).toContain('list price as of `2026-01-15`');
  });

  it('notes the cached price once the prefix is long enough to be cached', async () => {
    const long = 'Policy clause: refunds are issued to the original payment method. '.repeat(120);
    const facts = { ...FACTS, contextWindow: 100_000 };
    const report = await check([request()], { 'system.md': long, 'shots.md': SHOTS }, null, facts);
    const [r] = report.requests;
    const head = fixedOf(long, SHOTS);
    expect(head).toBeGreaterThanOrEqual(1_024);
    expect(r?.cost?.cached?.perRequest.head).toBeCloseTo(head * 1.25e-6, 12);
    expect(renderMarkdown(report)).toContain('can be cached at $1.25 per 1M');
  });

  // Issue 14, item 10: unknown is never "fits". Without a base that declared it alike, it fails.
  it('says when the window is unknown instead of guessing, never that it fits, and fails with the fix', async () => {
    const report = await check([request({ model: 'mystery-model' })], { 'system.md': SYSTEM, 'shots.md': SHOTS }, null);
    const [r] = report.requests;
    expect(r).toMatchObject({ status: 'unknown-window', failed: true, headroom: null, cost: null });
    expect(report.verdict).toBe('fail');
    const terminal = renderTerminal(report, { color: false });
    expect(terminal).toContain('window unknown');
    expect(terminal).toContain('1 of 1 request cannot be checked (context window unknown)');
    expect(terminal).toContain('models: { mystery-model: { context_window: 400000 } }');
    expect(terminal).not.toMatch(/the request fits|requests fit|✓ fits/);
    const markdown = renderMarkdown(report);
    expect(markdown).toContain('| ❌ | `support-chat`');
    expect(markdown).toContain('Add its `context_window`');
  });

  it('shows a hostile request name as code, never as markup', async () => {
    const name = '<img src=x onerror=alert(1)> @octocat | #1';
    const report = await check([request({ name })], { 'system.md': SYSTEM, 'shots.md': SHOTS }, null);
    const markdown = renderMarkdown(report);
    const span = '`<img src=x onerror=alert(1)> @octocat \\| #1`';
    expect(markdown).toContain(span);
    // Outside its code span, nothing of the name is left to render as HTML, a mention or a reference.
    expect(markdown.replaceAll(span, '')).not.toMatch(/<img|@octocat|#1\b/);
  });
});
