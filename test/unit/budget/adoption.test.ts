/**
 * Issue 8, "adoption without pain": a gate red at base blames only the PRs that make it worse
 * (fail_on), changes below min_change are folded as noise, a shared file's change reads as one
 * change, and a component that shrank well below its allotment gets a line to paste.
 */
import { describe, expect, it } from 'vitest';
import { suggestAllotment } from '../../../src/budget/allotment.js';
import { checkBudgets } from '../../../src/budget/check.js';
import { readBaseConfig } from '../../../src/run/check-repository.js';
import type { Finding, ModelFacts, Report } from '../../../src/budget/report.js';
import { memoryRevision } from '../../../src/budget/revision.js';
import { parseConfig } from '../../../src/config/load.js';
import type { BudgetConfig, ComponentConfig, FailOn, RequestConfig } from '../../../src/config/types.js';
import { findingText, verdictText } from '../../../src/render/labels.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { renderTerminal } from '../../../src/render/terminal.js';
import { component } from '../../helpers/components.js';
import { oracleCount } from '../../helpers/oracle.js';

const SYSTEM = 'You are the support assistant for Northwind Traders. Answer in two sentences and cite the order number.\n';
const LONGER = SYSTEM + 'Always apologise for the delay, then explain the refund policy in full. '.repeat(8);
const LONGEST = LONGER + 'Mention the loyalty programme. '.repeat(10);
const OTHER = 'Summarise the ticket in one line.\n';
const OTHER_EDITED = 'Summarise the ticket in one short line.\n';

interface Setup {
  components: ComponentConfig[];
  requests?: RequestConfig[];
  failOn?: FailOn;
  base: Record<string, string | Uint8Array> | null;
  head: Record<string, string | Uint8Array>;
  facts?: ModelFacts;
  /**
   * The base's budgets.yml: by default the same components and requests as head's (unless the
   * base files give one), so what is broken at base was broken by the base's own budgets.yml.
   */
  baseConfig?: string | false;
}

/** budgets.yml declaring these components and requests, as the loader would read them back. */
function budgetsYml(components: readonly ComponentConfig[], requests: readonly RequestConfig[] = []): string {
  const lines = ['version: 1', 'components:'];
  for (const c of components) {
    lines.push(`  ${c.declaredName}:`, `    files: ${JSON.stringify(c.files)}`, `    max_tokens: ${c.maxTokens}`, `    model: ${c.model}`);
    if (c.format) lines.push(`    format: ${c.format}`);
    if (c.generationPrompt !== undefined) lines.push(`    generation_prompt: ${c.generationPrompt}`);
  }
  if (requests.length > 0) {
    lines.push('models:', '  small: {encoding: o200k_base, context_window: 300}', 'requests:');
    for (const r of requests) {
      lines.push(`  ${r.name}:`, `    model: ${r.model}`, `    components: ${JSON.stringify(r.components)}`);
      lines.push(`    reserve: {history: ${r.reserve.history}, user_input: ${r.reserve.userInput}, output: ${r.reserve.output}}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

async function check({ components, requests = [], failOn, base, head, facts, baseConfig }: Setup): Promise<Report> {
  const config: BudgetConfig = { path: 'budgets.yml', version: 1, ...(failOn && { failOn }), components, requests, models: [] };
  const baseYml = baseConfig ?? budgetsYml(components, requests);
  const baseFiles = base && (baseYml === false || 'budgets.yml' in base ? base : { 'budgets.yml': baseYml, ...base });
  const baseRevision = baseFiles && memoryRevision({ label: 'main', sha: 'a'.repeat(40) }, baseFiles);
  return checkBudgets(config, memoryRevision({ label: 'feature', sha: 'b'.repeat(40) }, head), baseRevision, {
    ...(facts && { modelFacts: () => facts }),
    baseConfig: baseRevision && (await readBaseConfig(baseRevision, config.path)),
  });
}

const text = (finding: Finding) => findingText(finding);
const byName = (report: Report, name: string) => report.components.find((c) => c.name === name)!;

describe('fail_on: made-worse (the default): a budget broken at base', () => {
  // `system` is over its allotment at base already: 10 tokens below its count at base.
  const max = oracleCount(LONGER) - 10;
  const system = () => component({ name: 'system', files: ['system.md'], maxTokens: max });
  const other = () => component({ name: 'other', files: ['other.md'], maxTokens: 1000 });

  it('does not fail a PR that does not touch it, and says it is pre-existing, by how much', async () => {
    const report = await check({ components: [system(), other()], base: { 'system.md': LONGER, 'other.md': OTHER }, head: { 'system.md': LONGER, 'other.md': OTHER_EDITED } });
    const c = byName(report, 'system');
    expect(c.status).toBe('pre-existing');
    expect(c.failed).toBe(false);
    expect(c.brokenAtBase).toEqual({ failure: 'over', overBy: { base: 10, head: 10 } });
    expect(report.verdict).toBe('pass');
    expect(report.failOn).toBe('made-worse');
    expect(report.counts).toMatchObject({ failed: 0, preExisting: 1 });
    expect(text(c.findings[0]!)).toBe(
      `system was already over its allotment by 10 tokens at base, and is still over by 10 (${oracleCount(LONGER).toLocaleString('en-US')} of ${max.toLocaleString('en-US')}); ` +
        'this change does not make it worse, so it does not fail the check (fail_on: made-worse). To clear it, trim system.md or raise max_tokens in budgets.yml (line 7).',
    );
    expect(verdictText(report)).toBe('no budget made worse; 1 already broken at base, not made worse');

    const md = renderMarkdown(report);
    expect(md.split('\n')[0]).toBe('### ⚠️ prompt-budget: no budget made worse; 1 already broken at base, not made worse');
    expect(md).toMatch(/\| ⚠️ \| `system` \| .* \| pre-existing \(over by 10\) \|/);
    expect(renderTerminal(report, { color: false })).toMatch(/system .*! pre-existing \(over by 10\)/);
  });

  it('does not fail a PR that shrinks it but leaves it over', async () => {
    const report = await check({ components: [system()], base: { 'system.md': LONGEST }, head: { 'system.md': LONGER } });
    expect(byName(report, 'system')).toMatchObject({ status: 'pre-existing', failed: false });
    expect(byName(report, 'system').brokenAtBase?.overBy).toEqual({ base: oracleCount(LONGEST) - max, head: 10 });
  });

  it('fails a PR that makes it worse, saying how far over it was at base and what this change adds', async () => {
    const report = await check({ components: [system()], base: { 'system.md': LONGER }, head: { 'system.md': LONGEST } });
    const c = byName(report, 'system');
    expect(c).toMatchObject({ status: 'over', failed: true });
    expect(report.verdict).toBe('fail');
    const added = oracleCount(LONGEST) - oracleCount(LONGER);
    expect(text(c.findings[0]!)).toMatch(new RegExp(`^system was already over its allotment by 10 tokens at base; this change adds ${added} more \\(now ${(added + 10).toLocaleString('en-US')} over`));
  });

  it('with fail_on: any-over fails it either way', async () => {
    const unrelated = await check({ failOn: 'any-over', components: [system()], base: { 'system.md': LONGER }, head: { 'system.md': LONGER } });
    expect(byName(unrelated, 'system')).toMatchObject({ status: 'over', failed: true, brokenAtBase: { failure: 'over' } });
    expect(unrelated.verdict).toBe('fail');
    const worse = await check({ failOn: 'any-over', components: [system()], base: { 'system.md': LONGER }, head: { 'system.md': LONGEST } });
    expect(worse.verdict).toBe('fail');
  });

  it('fails a component over at head that was within its allotment at base, and one over without a base', async () => {
    const grown = await check({ components: [system()], base: { 'system.md': SYSTEM }, head: { 'system.md': LONGER } });
    expect(byName(grown, 'system')).toMatchObject({ status: 'over', failed: true });
    expect(byName(grown, 'system').brokenAtBase).toBeUndefined();
    const push = await check({ components: [system()], base: null, head: { 'system.md': LONGER } });
    expect(byName(push, 'system').status).toBe('over');
  });

  it('judges an estimate by its upper bound at base and head', async () => {
    const claude = component({ name: 'c', files: ['c.md'], maxTokens: 10, model: 'claude-sonnet-4-5', tokenizer: { kind: 'vendor', vendor: 'anthropic', model: 'claude-sonnet-4-5' } });
    const same = await check({ components: [claude], base: { 'c.md': LONGER }, head: { 'c.md': LONGER } });
    const c = byName(same, 'c');
    expect(c.head.high).toBeGreaterThan(c.head.tokens);
    expect(c).toMatchObject({ status: 'pre-existing', brokenAtBase: { overBy: { base: c.head.high! - 10, head: c.head.high! - 10 } } });
    const worse = await check({ components: [claude], base: { 'c.md': LONGER }, head: { 'c.md': LONGEST } });
    expect(byName(worse, 'c').status).toBe('over');
  });

  it('always fails growth beyond max_growth and files removed: those are the change itself', async () => {
    const growth = component({ name: 'g', files: ['g.md'], maxTokens: 10_000, maxGrowth: { tokens: 5 } });
    const moved = component({ name: 'm', files: ['old.md'], maxTokens: 10_000 });
    const report = await check({ components: [growth, moved], base: { 'g.md': SYSTEM, 'old.md': SYSTEM }, head: { 'g.md': LONGER, 'new.md': SYSTEM } });
    expect(report.components.map((c) => c.status)).toEqual(['grew-too-much', 'removed']);
    expect(report.verdict).toBe('fail');
  });
});

describe('fail_on: made-worse: only what the base\'s own budgets.yml broke is carried over', () => {
  const binary = new Uint8Array([0x68, 0x69, 0x00, 0x01]);
  const count = oracleCount(LONGER);
  const at = (maxTokens: number, extra: Partial<ComponentConfig> = {}) => component({ name: 'a', files: ['p/a.md'], maxTokens, ...extra });

  it('fails a PR that lowers max_tokens below the count: the base allowed it', async () => {
    const report = await check({ components: [at(100)], base: { 'p/a.md': LONGER }, head: { 'p/a.md': LONGER }, baseConfig: budgetsYml([at(1000)]) });
    const c = byName(report, 'a');
    expect(c).toMatchObject({ status: 'over', failed: true });
    expect(c.brokenAtBase).toBeUndefined();
    expect(report.verdict).toBe('fail');
    expect(text(c.findings[0]!)).toMatch(new RegExp(`^a is over its allotment by ${count - 100} tokens`));
  });

  it('measures "already over" against the base\'s own allotment, and fails one lowered further', async () => {
    const raised = await check({ components: [at(count - 5)], base: { 'p/a.md': LONGER }, head: { 'p/a.md': LONGER }, baseConfig: budgetsYml([at(count - 10)]) });
    expect(byName(raised, 'a')).toMatchObject({ status: 'pre-existing', brokenAtBase: { failure: 'over', overBy: { base: 10, head: 5 } } });
    const lowered = await check({ components: [at(count - 20)], base: { 'p/a.md': LONGER }, head: { 'p/a.md': LONGER }, baseConfig: budgetsYml([at(count - 10)]) });
    expect(byName(lowered, 'a')).toMatchObject({ status: 'over', failed: true, brokenAtBase: { overBy: { base: 10, head: 20 }, worse: 'lower-allotment' } });
    expect(text(byName(lowered, 'a').findings[0]!)).toMatch(/this change lowers max_tokens to [\d,]+, so it is now 20 over/);
  });

  it('fails a new component over a file that was already over, or already binary', async () => {
    const old = component({ name: 'old', files: ['p/other.md'], maxTokens: 1000 });
    const b = component({ name: 'b', files: ['p/a.md'], maxTokens: 10 });
    const over = await check({ components: [old, b], base: { 'p/a.md': LONGER, 'p/other.md': OTHER }, head: { 'p/a.md': LONGER, 'p/other.md': OTHER }, baseConfig: budgetsYml([old]) });
    expect(byName(over, 'b')).toMatchObject({ status: 'over', failed: true });
    expect(over.verdict).toBe('fail');
    const img = component({ name: 'img', files: ['p/img.png'], maxTokens: 10 });
    const binaryFile = { 'p/img.png': binary, 'p/other.md': OTHER };
    const unreadable = await check({ components: [old, img], base: binaryFile, head: binaryFile, baseConfig: budgetsYml([old]) });
    expect(byName(unreadable, 'img')).toMatchObject({ status: 'unreadable', failed: true });
  });

  it('fails a PR that switches to a model counted higher, or changes the globs', async () => {
    const claude = { model: 'claude-sonnet-4-5', tokenizer: { kind: 'vendor', vendor: 'anthropic', model: 'claude-sonnet-4-5' } } as const;
    const switched = await check({ components: [at(count + 1, claude)], base: { 'p/a.md': LONGER }, head: { 'p/a.md': LONGER }, baseConfig: budgetsYml([at(count - 10)]) });
    expect(byName(switched, 'a')).toMatchObject({ status: 'over', failed: true });
    expect(byName(switched, 'a').brokenAtBase).toBeUndefined();
    const globbed = await check({ components: [component({ name: 'a', files: ['p/*.md'], maxTokens: count - 10 })], base: { 'p/a.md': LONGER }, head: { 'p/a.md': LONGER }, baseConfig: budgetsYml([at(count - 10)]) });
    expect(byName(globbed, 'a')).toMatchObject({ status: 'over', failed: true });
  });

  it('fails a PR that changes generation_prompt: the files are read another way, so the base did not break this budget', async () => {
    const flipped = await check({ components: [at(count - 10, { generationPrompt: false })], base: { 'p/a.md': LONGER }, head: { 'p/a.md': LONGER }, baseConfig: budgetsYml([at(count - 10)]) });
    expect(byName(flipped, 'a')).toMatchObject({ status: 'over', failed: true });
    const same = await check({ components: [at(count - 10, { generationPrompt: false })], base: { 'p/a.md': LONGER }, head: { 'p/a.md': LONGER }, baseConfig: budgetsYml([at(count - 10, { generationPrompt: false })]) });
    expect(byName(same, 'a')).toMatchObject({ status: 'pre-existing', failed: false });
  });

  it('carries nothing over when the base\'s budgets.yml is missing or cannot be parsed', async () => {
    for (const baseConfig of [false, 'version: [', 'version: 1\ncomponents:\n  a: {files: p/a.md}\n'] as const) {
      const report = await check({ components: [at(count - 10)], base: { 'p/a.md': LONGER }, head: { 'p/a.md': LONGER }, baseConfig });
      expect(byName(report, 'a'), String(baseConfig)).toMatchObject({ status: 'over', failed: true });
    }
  });

  it('fails a request whose reserve the PR raised past the window', async () => {
    const system = component({ name: 'system', files: ['system.md'], maxTokens: 10_000 });
    const chat = (output: number): RequestConfig => ({
      name: 'chat', model: 'small', tokenizer: { kind: 'encoding', encoding: 'o200k_base' }, components: ['system'],
      reserve: { history: 0, userInput: 0, output }, location: { file: 'budgets.yml', line: 12, column: 3 },
    });
    const facts: ModelFacts = { contextWindow: 300, asOf: '2026-01-15' };
    const report = await check({ components: [system], requests: [chat(299)], base: { 'system.md': OTHER }, head: { 'system.md': OTHER }, facts, baseConfig: budgetsYml([system], [chat(10)]) });
    expect(report.requests[0]).toMatchObject({ status: 'over-window', failed: true });
    expect(text(report.requests[0]!.findings[0]!)).toMatch(/^chat does not fit the context window of small/);
  });
});

describe('a prompt moved with its globs', () => {
  it('is measured at base with the base\'s globs, so max_growth applies and the comment says so', async () => {
    const moved = component({ name: 'a', files: ['q/a.md'], maxTokens: 10_000, maxGrowth: { percent: 10 } });
    const report = await check({ components: [moved], base: { 'p/a.md': SYSTEM }, head: { 'q/a.md': LONGER }, baseConfig: budgetsYml([component({ name: 'a', files: ['p/a.md'], maxTokens: 10_000 })]) });
    const c = byName(report, 'a');
    expect(c).toMatchObject({ status: 'grew-too-much', failed: true, baseMeasuredWith: ['p/a.md'], delta: oracleCount(LONGER) - oracleCount(SYSTEM) });
    expect(c.findings.map(text)).toContain("a matched no files at base with this change's files, so it was measured at base with its files there: p/a.md (from the base's budgets.yml).");
    expect(renderMarkdown(report)).toContain('measured at base with its files there: `p/a.md`');
  });

  it('keeps the PR\'s globs when they match at base, and is new when neither matched', async () => {
    const narrowed = await check({ components: [component({ name: 'a', files: ['p/a.md'], maxTokens: 10_000 })], base: { 'p/a.md': SYSTEM, 'p/b.md': OTHER }, head: { 'p/a.md': SYSTEM }, baseConfig: budgetsYml([component({ name: 'a', files: ['p/*.md'], maxTokens: 10_000 })]) });
    expect(byName(narrowed, 'a').baseMeasuredWith).toBeUndefined();
    expect(byName(narrowed, 'a').status).toBe('ok');
    const fresh = await check({ components: [component({ name: 'a', files: ['q/a.md'], maxTokens: 10_000 })], base: { 'x.md': SYSTEM }, head: { 'q/a.md': SYSTEM }, baseConfig: budgetsYml([component({ name: 'a', files: ['p/a.md'], maxTokens: 10_000 })]) });
    expect(byName(fresh, 'a').status).toBe('new');
  });
});

describe('fail_on: any-over, messages for a failure carried over and not made worse', () => {
  const max = oracleCount(LONGER) - 10;
  const system = () => component({ name: 'system', files: ['system.md'], maxTokens: max });

  it('says it was already over, by how much, and that it fails because of any-over', async () => {
    const report = await check({ failOn: 'any-over', components: [system()], base: { 'system.md': LONGEST }, head: { 'system.md': LONGER } });
    const c = byName(report, 'system');
    expect(c).toMatchObject({ status: 'over', failed: true });
    expect(text(c.findings[0]!)).toBe(
      `system was already over its allotment by ${oracleCount(LONGEST) - max} tokens at base, and is now over by 10 (${oracleCount(LONGER).toLocaleString('en-US')} of ${max.toLocaleString('en-US')}); ` +
        'this change does not make it worse, but it fails the check because fail_on: any-over fails every broken budget. To clear it, trim system.md or raise max_tokens in budgets.yml (line 7).',
    );
  });

  it('says "up to" for an estimate\'s amounts', async () => {
    const claude = component({ name: 'c', files: ['c.md'], maxTokens: 10, model: 'claude-sonnet-4-5', tokenizer: { kind: 'vendor', vendor: 'anthropic', model: 'claude-sonnet-4-5' } });
    const report = await check({ components: [claude], base: { 'c.md': LONGER }, head: { 'c.md': LONGER } });
    expect(text(byName(report, 'c').findings[0]!)).toMatch(/^c was already over its allotment by up to [\d,]+ tokens at base, and is still over by up to [\d,]+ /);
  });

  it('says a request did not fit at base either, not that it no longer fits', async () => {
    const facts: ModelFacts = { contextWindow: 300, asOf: '2026-01-15' };
    const chat: RequestConfig = {
      name: 'chat', model: 'small', tokenizer: { kind: 'encoding', encoding: 'o200k_base' }, components: ['other'],
      reserve: { history: 0, userInput: 0, output: 200 }, location: { file: 'budgets.yml', line: 12, column: 3 },
    };
    const other = component({ name: 'other', files: ['system.md'], maxTokens: 10_000 });
    const report = await check({ failOn: 'any-over', components: [other], requests: [chat], base: { 'system.md': LONGER }, head: { 'system.md': LONGER }, facts });
    expect(report.requests[0]).toMatchObject({ status: 'over-window', failed: true });
    expect(text(report.requests[0]!.findings[0]!)).toMatch(/^chat did not fit the context window of small at base either .*fails the check because fail_on: any-over/);
    const undeclared = await check({ components: [other], requests: [chat], base: { 'system.md': LONGER }, head: { 'system.md': LONGER }, facts, baseConfig: false });
    expect(text(undeclared.requests[0]!.findings[0]!)).toMatch(/^chat does not fit the context window/);
  });
});

describe('fail_on: made-worse, files that cannot be counted', () => {
  const binary = new Uint8Array([0x68, 0x69, 0x00, 0x01]);
  const otherBinary = new Uint8Array([0x68, 0x69, 0x00, 0x02, 0x03]);
  const both = () => component({ name: 'p', files: ['p/*'], maxTokens: 1000 });

  it('does not fail a component that could not be counted at base either, the file unchanged', async () => {
    const report = await check({ components: [both()], base: { 'p/a.md': SYSTEM, 'p/img.png': binary }, head: { 'p/a.md': SYSTEM, 'p/img.png': binary } });
    const c = byName(report, 'p');
    expect(c).toMatchObject({ status: 'pre-existing', failed: false, brokenAtBase: { failure: 'unreadable' } });
    expect(text(c.findings[0]!)).toMatch(/^p could not be counted at base either: p\/img\.png is binary/);
    expect(renderMarkdown(report)).toContain('pre-existing (cannot be counted)');
  });

  it('fails it when the change grows the files it can count, adds a file it cannot, or edits the broken one', async () => {
    const base = { 'p/a.md': SYSTEM, 'p/img.png': binary };
    const grown = await check({ components: [both()], base, head: { 'p/a.md': LONGER, 'p/img.png': binary } });
    expect(byName(grown, 'p')).toMatchObject({ status: 'unreadable', failed: true });
    expect(text(byName(grown, 'p').findings[0]!)).toMatch(/could not be counted at base either, but this change grows the files it can count, and the whole cannot be checked\.$/);
    const added = await check({ components: [both()], base, head: { ...base, 'p/b.png': binary } });
    expect(byName(added, 'p').status).toBe('unreadable');
    expect(text(byName(added, 'p').findings[0]!)).toMatch(/could not be counted at base either, but this change adds or edits a file it cannot count\.$/);
    const edited = await check({ components: [both()], base, head: { 'p/a.md': SYSTEM, 'p/img.png': otherBinary } });
    expect(byName(edited, 'p').status).toBe('unreadable');
    const malformed = component({ name: 'j', files: ['j.jsonl'], maxTokens: 1000 });
    const stillBroken = await check({ components: [malformed], base: { 'j.jsonl': '{"messages": [\n' }, head: { 'j.jsonl': '{"messages": [{"role": "user"\n' } });
    expect(byName(stillBroken, 'j').status).toBe('unreadable');
    const untouched = await check({ components: [malformed], base: { 'j.jsonl': '{"messages": [\n' }, head: { 'j.jsonl': '{"messages": [\n' } });
    expect(byName(untouched, 'j').status).toBe('pre-existing');
  });
});

describe('fail_on: made-worse, globs that match nothing', () => {
  const typo = () => component({ name: 'typo', files: ['prompts/nope/*.md'], maxTokens: 100 });
  const budgets = (files: string) => `version: 1\ndefaults: {model: gpt-4.1}\ncomponents:\n  typo: {files: ${files}, max_tokens: 100}\n`;

  it('does not fail a glob that matched nothing at base either, declared there with the same globs', async () => {
    const report = await check({ components: [typo()], base: { 'budgets.yml': budgets('"prompts/nope/*.md"'), 'a.md': SYSTEM }, head: { 'a.md': LONGER } });
    expect(byName(report, 'typo')).toMatchObject({ status: 'pre-existing', brokenAtBase: { failure: 'no-files-matched' } });
    expect(text(byName(report, 'typo').findings[0]!)).toMatch(/^typo matched no files at base either/);
  });

  it('fails one this change introduced: not declared at base, or with other globs', async () => {
    const added = await check({ components: [typo()], base: { 'a.md': SYSTEM }, head: { 'a.md': SYSTEM }, baseConfig: false });
    expect(byName(added, 'typo').status).toBe('no-files-matched');
    const changed = await check({ components: [typo()], base: { 'budgets.yml': budgets('"prompts/old/*.md"') }, head: {} });
    expect(byName(changed, 'typo').status).toBe('no-files-matched');
    const broken = await check({ components: [typo()], base: { 'budgets.yml': 'version: [' }, head: {} });
    expect(byName(broken, 'typo').status).toBe('no-files-matched');
    const anyOver = await check({ failOn: 'any-over', components: [typo()], base: { 'budgets.yml': budgets('"prompts/nope/*.md"') }, head: {} });
    expect(byName(anyOver, 'typo').status).toBe('no-files-matched');
  });
});

describe('fail_on: made-worse, requests', () => {
  const FACTS: ModelFacts = { contextWindow: 300, asOf: '2026-01-15' };
  const request: RequestConfig = {
    name: 'chat',
    model: 'small',
    tokenizer: { kind: 'encoding', encoding: 'o200k_base' },
    components: ['system'],
    reserve: { history: 0, userInput: 0, output: 200 },
    location: { file: 'budgets.yml', line: 12, column: 3 },
  };
  const system = () => component({ name: 'system', files: ['system.md'], maxTokens: 10_000 });

  it('does not fail a request over its window at base that the change does not push further', async () => {
    expect(oracleCount(LONGER) + 200).toBeGreaterThan(300);
    const report = await check({ components: [system()], requests: [request], base: { 'system.md': LONGER }, head: { 'system.md': LONGER }, facts: FACTS });
    const [r] = report.requests;
    expect(r).toMatchObject({ status: 'pre-existing', failed: false, overWindowBy: { base: oracleCount(LONGER) - 100, head: oracleCount(LONGER) - 100 } });
    expect(report.verdict).toBe('pass');
    expect(report.counts.preExisting).toBe(1);
    expect(text(r!.findings[0]!)).toMatch(/^chat did not fit the context window of small at base either/);
  });

  it('fails one the change pushes further over, or pushes over, and any with any-over', async () => {
    const worse = await check({ components: [system()], requests: [request], base: { 'system.md': LONGER }, head: { 'system.md': LONGEST }, facts: FACTS });
    expect(worse.requests[0]).toMatchObject({ status: 'over-window', failed: true });
    expect(text(worse.requests[0]!.findings[0]!)).toMatch(/^chat does not fit .* \(already \d+ over at base; this change adds \d+\)/);
    const pushed = await check({ components: [system()], requests: [request], base: { 'system.md': OTHER }, head: { 'system.md': LONGER }, facts: FACTS });
    expect(pushed.requests[0]).toMatchObject({ status: 'over-window', failed: true });
    const anyOver = await check({ failOn: 'any-over', components: [system()], requests: [request], base: { 'system.md': LONGER }, head: { 'system.md': LONGER }, facts: FACTS });
    expect(anyOver.requests[0]?.status).toBe('over-window');
  });
});

describe('min_change', () => {
  const steady = (minChange?: ComponentConfig['minChange']) => component({ name: 'steady', files: ['steady.md'], maxTokens: 1000, ...(minChange && { minChange }) });

  it('folds a change smaller than min_change with the unchanged components', async () => {
    const delta = oracleCount(OTHER_EDITED) - oracleCount(OTHER);
    expect(delta).toBeGreaterThan(0);
    const report = await check({ components: [steady({ tokens: delta + 1 })], base: { 'steady.md': OTHER }, head: { 'steady.md': OTHER_EDITED } });
    const c = byName(report, 'steady');
    expect(c).toMatchObject({ noise: true, delta, minChangeTokens: delta + 1, status: 'ok' });
    expect(report.counts.changed).toBe(0);
    const md = renderMarkdown(report);
    expect(md).toContain('<details><summary>1 unchanged component (or changed by less than <code>min_change</code>) within budget</summary>');
    expect(md).toContain(`+${delta} (below min_change)`);
    expect(md).not.toContain('changed file');

    const atThreshold = await check({ components: [steady({ tokens: delta })], base: { 'steady.md': OTHER }, head: { 'steady.md': OTHER_EDITED } });
    expect(byName(atThreshold, 'steady').noise).toBe(false);
    expect(atThreshold.counts.changed).toBe(1);
    const without = await check({ components: [steady()], base: { 'steady.md': OTHER }, head: { 'steady.md': OTHER_EDITED } });
    expect(without.counts.changed).toBe(1);
  });

  it('takes a percentage of the base count, rounded up', async () => {
    const report = await check({ components: [steady({ percent: 50 })], base: { 'steady.md': OTHER }, head: { 'steady.md': OTHER_EDITED } });
    expect(byName(report, 'steady').minChangeTokens).toBe(Math.ceil(oracleCount(OTHER) / 2));
    expect(byName(report, 'steady').noise).toBe(true);
  });

  it('never hides a failure, a new component or a vanished one', async () => {
    const tight = component({ name: 'tight', files: ['t.md'], maxTokens: oracleCount(OTHER), minChange: { tokens: 1000 } });
    const failing = await check({ components: [tight], base: { 't.md': OTHER }, head: { 't.md': OTHER_EDITED } });
    expect(byName(failing, 'tight')).toMatchObject({ status: 'over', noise: false });
    expect(failing.counts.changed).toBe(1);
    const growth = component({ name: 'g', files: ['g.md'], maxTokens: 10_000, maxGrowth: { tokens: 5 }, minChange: { tokens: 10_000 } });
    const grew = await check({ components: [growth], base: { 'g.md': SYSTEM }, head: { 'g.md': LONGER } });
    expect(byName(grew, 'g')).toMatchObject({ status: 'grew-too-much', noise: false });
    const appeared = await check({ components: [steady({ tokens: 1000 })], base: {}, head: { 'steady.md': OTHER } });
    expect(byName(appeared, 'steady')).toMatchObject({ status: 'new', noise: false });
  });
});

describe('shared files', () => {
  const shared = 'prompts/shared/tone.md';
  const TONE = 'Be warm and brief. Never blame the customer.\n';
  const TONE_GROWN = TONE + 'Use the customer\'s first name once. Offer one next step. '.repeat(4);
  const three = () => ['a', 'b', 'c'].map((name) => component({ name, files: [`prompts/${name}.md`, shared], maxTokens: 1000 }));
  const files = (tone: string) => ({ [shared]: tone, 'prompts/a.md': SYSTEM, 'prompts/b.md': OTHER, 'prompts/c.md': LONGER });

  it('counts a shared file once in the totals, at base and head', async () => {
    const report = await check({ components: three(), base: files(TONE), head: files(TONE_GROWN) });
    const distinct = (tone: string) => oracleCount(tone) + oracleCount(SYSTEM) + oracleCount(OTHER) + oracleCount(LONGER);
    expect(report.totals).toEqual({ base: distinct(TONE), head: distinct(TONE_GROWN), delta: oracleCount(TONE_GROWN) - oracleCount(TONE) });
    // Each component still carries the file's change against its own allotment.
    expect(report.components.map((c) => c.delta)).toEqual([1, 2, 3].map(() => oracleCount(TONE_GROWN) - oracleCount(TONE)));
  });

  it('shows its change once, saying which components share it, not as three regressions', async () => {
    const report = await check({ components: three(), base: files(TONE), head: files(TONE_GROWN) });
    const delta = oracleCount(TONE_GROWN) - oracleCount(TONE);
    expect(report.sharedFiles).toEqual([{ path: shared, components: ['a', 'b', 'c'], delta, changed: true }]);
    const md = renderMarkdown(report);
    expect(md).toContain(`\`${shared}\` is shared by 3 components: \`a\`, \`b\`, \`c\`; its change of +${delta} is counted in each (the totals count it once).`);
    expect(md).toContain('<details><summary>1 changed file</summary>');
    expect(md.split('\n').filter((line) => line.includes(`| \`${shared}\` |`))).toEqual([
      `| shared by 3: \`a\`, \`b\`, \`c\` | \`${shared}\` | ${oracleCount(TONE)} | ${oracleCount(TONE_GROWN)} | +${delta} |`,
    ]);
    expect(renderTerminal(report, { color: false })).toContain(`${shared} is shared by 3 components: a, b, c; its change of +${delta} is counted in each`);
  });

  it('says nothing when the shared file did not change', async () => {
    const report = await check({ components: three(), base: files(TONE), head: { ...files(TONE), 'prompts/a.md': LONGER } });
    expect(report.sharedFiles).toMatchObject([{ path: shared, changed: false }]);
    expect(renderMarkdown(report)).not.toContain('is shared by');
  });

  it('does not call a file counted for several models shared', async () => {
    const models = ['gpt-4.1', 'gpt-4'].map((model) =>
      component({ name: `x (${model})`, declaredName: 'x', files: [shared], maxTokens: 1000, model, tokenizer: { kind: 'encoding', encoding: model === 'gpt-4' ? 'cl100k_base' : 'o200k_base' } }),
    );
    const report = await check({ components: models, base: { [shared]: TONE }, head: { [shared]: TONE_GROWN } });
    expect(report.sharedFiles).toEqual([]);
    expect(report.totals.head).toBe(oracleCount(TONE_GROWN));
    const md = renderMarkdown(report);
    expect(md).not.toContain('is shared by');
    expect(md).not.toContain('shared by 2');
  });
});

describe('lower allotments (ratchet in the comment)', () => {
  const big = (maxTokens: number, extra: Partial<ComponentConfig> = {}) => component({ name: 'system', files: ['system.md'], maxTokens, maxTokensWritten: String(maxTokens), ...extra });

  it('suggests a line to paste when a component shrank well below its allotment, one the loader reads and ratchet leaves alone', async () => {
    const report = await check({ components: [big(2000)], base: { 'system.md': LONGEST }, head: { 'system.md': SYSTEM } });
    const [suggestion] = report.lowerAllotments;
    const tokens = oracleCount(SYSTEM);
    const to = suggestAllotment(tokens, 2000)!;
    expect(suggestion).toEqual({ component: 'system', tokens, from: 2000, to, line: `max_tokens: ${to}`, location: { file: 'budgets.yml', line: 7, column: 17 }, shrank: true });
    const md = renderMarkdown(report);
    expect(md).toContain('**Allotments to lower**');
    expect(md).toContain(`- 📉 \`system\` is at ${tokens} tokens, well below its allotment of 2,000: set \`max_tokens: ${to}\` in \`budgets.yml\` (line 7), or run \`npx prompt-budget ratchet\`.`);

    // Pasted in place of the old line, it is valid budgets.yml, and ratchet would lower it no further.
    const pasted = parseConfig(`version: 1\ndefaults: {model: gpt-4.1}\ncomponents:\n  system:\n    files: system.md\n    ${suggestion!.line}\n`, 'budgets.yml');
    expect(pasted.components[0]?.maxTokens).toBe(to);
    expect(suggestAllotment(tokens, pasted.components[0]!.maxTokens)).toBeUndefined();
  });

  it('writes the suggestion as the allotment is written (8k stays in k)', async () => {
    const report = await check({ components: [big(8000, { maxTokensWritten: '8k' })], base: { 'system.md': 'word '.repeat(4000) }, head: { 'system.md': 'word '.repeat(1500) } });
    const line = report.lowerAllotments[0]!.line;
    expect(line).toMatch(/^max_tokens: [\d.]+k$/);
    const pasted = parseConfig(`version: 1\ncomponents:\n  s: {files: a.md, model: o3, ${line}}\n`, 'budgets.yml');
    expect(pasted.components[0]?.maxTokens).toBe(report.lowerAllotments[0]!.to);
  });

  it('keeps quiet in the comment when the component did not shrink, and in the terminal points to ratchet once', async () => {
    const unchanged = await check({ components: [big(2000)], base: { 'system.md': SYSTEM }, head: { 'system.md': SYSTEM } });
    expect(unchanged.lowerAllotments).toMatchObject([{ shrank: false }]);
    expect(renderMarkdown(unchanged)).not.toContain('Allotments to lower');
    const local = await check({ components: [big(2000)], base: null, head: { 'system.md': SYSTEM } });
    expect(renderMarkdown(local)).not.toContain('Allotments to lower');
    expect(renderTerminal(local, { color: false })).toMatch(/Well above their counts: system \(2,000 → \d+\); `npx prompt-budget ratchet` lowers them in budgets\.yml\./);
  });

  it('suggests nothing from an estimate, a shrink below min_change, or a component that is not well below', async () => {
    const claude = big(2000, { model: 'claude-sonnet-4-5', tokenizer: { kind: 'vendor', vendor: 'anthropic', model: 'claude-sonnet-4-5' } });
    expect((await check({ components: [claude], base: { 'system.md': LONGEST }, head: { 'system.md': SYSTEM } })).lowerAllotments).toEqual([]);
    const noisy = big(2000, { minChange: { tokens: 10_000 } });
    const folded = await check({ components: [noisy], base: { 'system.md': LONGEST }, head: { 'system.md': SYSTEM } });
    expect(folded.lowerAllotments).toMatchObject([{ shrank: false }]);
    expect(renderMarkdown(folded)).not.toContain('Allotments to lower');
    const close = await check({ components: [big(oracleCount(SYSTEM) + 5)], base: { 'system.md': LONGEST }, head: { 'system.md': SYSTEM } });
    expect(close.lowerAllotments).toEqual([]);
  });

  it('suggests one allotment for a component counted for several models, from the larger count', async () => {
    const models = ['gpt-4.1', 'gpt-4'].map((model) =>
      big(5000, { name: `system (${model})`, declaredName: 'system', model, tokenizer: { kind: 'encoding', encoding: model === 'gpt-4' ? 'cl100k_base' : 'o200k_base' } }),
    );
    const report = await check({ components: models, base: { 'system.md': LONGEST }, head: { 'system.md': SYSTEM } });
    const larger = Math.max(oracleCount(SYSTEM, 'o200k_base'), oracleCount(SYSTEM, 'cl100k_base'));
    expect(report.lowerAllotments).toEqual([expect.objectContaining({ component: 'system', tokens: larger, to: suggestAllotment(larger, 5000) })]);
  });
});
