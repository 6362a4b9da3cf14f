/**
 * The repository the action tests run against: a budgets.yml over a few prompt files, a base
 * on `main` and a PR branch, plus the expected counts computed with OpenAI's tiktoken (the
 * oracle), never written down by hand, and helpers to read rows of the rendered Markdown table.
 */
import { get_encoding } from 'tiktoken';
import type { FileTree } from './git-repo.js';

export const CONFIG = 'budgets.yml';
export const MARKER = '<!-- prompt-budget: budgets.yml -->';

/**
 * The brief's two components plus `style-guide`, large enough (over 1,000 tokens) that counts
 * and changes need thousands separators. The excluded draft is big enough to break `few-shots`
 * on its own, so a "!" glob that is ignored cannot go unnoticed.
 */
export const BUDGETS_YML = `version: 1
defaults: { model: gpt-4.1 }
components:
  support-system:
    files: prompts/system.md
    max_tokens: 60
  few-shots:
    files: ["prompts/shots/*.md", "!prompts/shots/draft-*.md"]
    max_tokens: 200
  style-guide:
    files: prompts/style.md
    max_tokens: 5000
`;

/** Which files each component counts (what the globs above select), for the oracle. */
export const COMPONENT_FILES: Record<string, readonly string[]> = {
  'support-system': ['prompts/system.md'],
  'few-shots': ['prompts/shots/greeting.md', 'prompts/shots/refund.md'],
  'style-guide': ['prompts/style.md'],
};

const SYSTEM = "You are Acme's support assistant.\nAnswer in two sentences at most, politely, and never promise refunds.\n";

const GROWTH = `
Before answering, check the customer's plan, region and open tickets. If the question is about
billing, quote the relevant clause of the terms of service verbatim and link to the billing
page. If the customer is upset, apologise once, then focus on the fix. Escalate to a human when
the customer asks twice, mentions legal action, or reports a security problem.
`;

function styleGuide(rules: number): string {
  return Array.from({ length: rules }, (_, i) => `Rule ${i + 1}: prefer plain words over jargon in reply number ${i + 1}.\n`).join('');
}

export const BASE_FILES: FileTree = {
  [CONFIG]: BUDGETS_YML,
  'prompts/system.md': SYSTEM,
  'prompts/shots/greeting.md': 'User: Hi!\nAssistant: Hello! How can I help you today?\n',
  'prompts/shots/refund.md': 'User: I want my money back.\nAssistant: I understand. Let me check your order first.\n',
  'prompts/shots/draft-ideas.md': Array.from({ length: 60 }, (_, i) => `Idea ${i}: a longer example about shipping delays.\n`).join(''),
  'prompts/style.md': styleGuide(100),
  'README.md': '# Acme prompts\n',
};

/** The PR that breaks `support-system` (and grows `style-guide` within its allotment). */
export const OVER_BUDGET_CHANGES: FileTree = { 'prompts/system.md': SYSTEM + GROWTH, 'prompts/style.md': styleGuide(180) };

/** A PR that grows only `style-guide`, within its allotment. */
export const WITHIN_BUDGET_CHANGES: FileTree = { 'prompts/style.md': styleGuide(180) };

/** Tokens as OpenAI's tiktoken counts them with o200k_base, gpt-4.1's encoding. */
export function oracleTokens(text: string): number {
  const encoding = get_encoding('o200k_base');
  try {
    return encoding.encode(text).length;
  } finally {
    encoding.free();
  }
}

/** Token count of every component over a full file tree. */
export function expectedCounts(tree: FileTree): Record<string, number> {
  return Object.fromEntries(
    Object.entries(COMPONENT_FILES).map(([name, paths]) => [name, paths.reduce((sum, path) => sum + oracleTokens(tree[path] ?? ''), 0)]),
  );
}

export function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

export function formatTokens(n: number): string {
  return n.toLocaleString('en-US');
}

export function formatChange(n: number): string {
  return `${n > 0 ? '+' : n < 0 ? '-' : '±'}${Math.abs(n).toLocaleString('en-US')}`;
}

/** 1-based line and column of a key in budgets.yml's text (where annotations and errors point). */
export function locate(text: string, key: string): { line: number; column: number } {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line.trimStart().startsWith(`${key}:`));
  if (index < 0) throw new Error(`${key} is not in the fixture`);
  return { line: index + 1, column: lines[index].length - lines[index].trimStart().length + 1 };
}

/** The first Markdown table row that names the component (in any cell, code span or not). */
export function tableRow(markdown: string, component: string): string | undefined {
  const named = new RegExp(`(^|[^\\w-])${component.replace(/[-]/g, '\\-')}($|[^\\w-])`);
  return markdown
    .split('\n')
    .find((line) => line.trimStart().startsWith('|') && line.split('|').some((cell) => named.test(cell.replace(/[`*]/g, ''))));
}

/** True when the row shows the number exactly, not as part of a longer one (12 is not in 1,234). */
export function showsNumber(row: string, text: string): boolean {
  const escaped = text.replace(/[+.]/g, '\\$&');
  return new RegExp(`(^|[^\\d,.])${escaped}(?![\\d,]|\\.\\d)`).test(row.replace(/[`*]/g, ''));
}
