/**
 * `prompt-budget ratchet`: lowers the allotments in budgets.yml's text that today's counts sit well
 * below, by the rule in budget/allotment.ts (which the PR comment's suggestions follow too). Pure.
 */
import { isAlias, isMap, isScalar, parseDocument, type Node, type Scalar } from 'yaml';
import { DEFAULT_HEADROOM, RATCHET_THRESHOLD, suggestAllotment } from '../budget/allotment.js';
import type { ComponentResult } from '../budget/report.js';
import { budgetedTokens } from '../budget/per-file.js';
import { formatTokensLike, readTokenCount } from '../config/quantity.js';

/** A component's head count as check measured it. */
export interface ComponentCount {
  name: string;
  tokens: number;
  /** False when a file could not be counted or no file matched: its count says nothing. */
  countable: boolean;
  /** Why it is not countable, when that is not a file that cannot be counted or matches nothing. */
  why?: string;
}

/**
 * What ratchet lowers from, per component of budgets.yml: a component counted for several models
 * (`x (gpt-4.1)`, `x (claude-sonnet-4-5)`) has one max_tokens, so it takes the largest count;
 * an estimate is not a count to set an allotment from.
 */
export function ratchetCounts(components: readonly ComponentResult[]): ComponentCount[] {
  const byName = new Map<string, ComponentCount>();
  for (const c of components) {
    const countable = c.head.unreadable === 0 && c.head.files.length > 0;
    const estimate = !c.counting.exact || c.head.high !== undefined;
    const seen = byName.get(c.declaredName);
    const why = seen?.why ?? (estimate && countable ? `its count for ${c.model ?? 'its model'} is an estimate; give an exact tokenizer (an API key or a tokenizer.json) first` : undefined);
    const count: ComponentCount = {
      name: c.declaredName,
      tokens: Math.max(seen?.tokens ?? 0, budgetedTokens(c)),
      countable: (seen?.countable ?? true) && countable && !estimate,
      ...(why !== undefined && { why }),
    };
    byName.set(c.declaredName, count);
  }
  return [...byName.values()];
}

export interface Lowered {
  name: string;
  from: number;
  to: number;
  tokens: number;
  /** 1-based line of `max_tokens`, and the line before and after the change, for a diff-like summary. */
  line: number;
  before: string;
  after: string;
}

export interface Ratchet {
  /** budgets.yml with the lowered allotments; every other byte as it was. */
  text: string;
  lowered: Lowered[];
  /** Components left alone although they are well below their allotments, and why. */
  skipped: { name: string; reason: string }[];
}

/**
 * Lowers `max_tokens` in budgets.yml's text where suggestAllotment says so. Only the number's
 * characters change (comments, quotes, flow maps, anchors and line endings are untouched): the
 * YAML syntax tree says where each value is written, and the new value is spliced in there,
 * written in the style of the old one (`8k` → `5.3k`, see formatTokensLike).
 */
export function ratchetBudgets(text: string, counts: readonly ComponentCount[], headroom = DEFAULT_HEADROOM, threshold = RATCHET_THRESHOLD): Ratchet {
  const doc = parseDocument(text, { uniqueKeys: false });
  const components = entry(doc.contents, 'components');
  const edits: { start: number; end: number; replacement: string; lowered: Omit<Lowered, 'line' | 'before' | 'after'> }[] = [];
  const skipped: Ratchet['skipped'] = [];
  for (const count of counts) {
    const written = entry(components, count.name);
    const body = isAlias(written) ? written.resolve(doc) : written;
    const value = entry(body, 'max_tokens');
    if (!value) continue;
    const target = isAlias(value) ? value.resolve(doc) : value;
    const current = isScalar(target) ? readTokenCount(target.value, '', 'max_tokens') : undefined;
    if (!current || !('value' in current)) continue;
    const to = suggestAllotment(count.tokens, current.value, headroom, threshold);
    if (to === undefined) continue;
    if (!count.countable) {
      skipped.push({ name: count.name, reason: count.why ?? 'some file cannot be counted or no file matched, so its count says nothing' });
      continue;
    }
    if (isAlias(written) || isAlias(value) || (value as Scalar).anchor || (body as Node).anchor) {
      skipped.push({ name: count.name, reason: 'its max_tokens is shared through a YAML anchor or alias; lower it by hand' });
      continue;
    }
    const scalar = value as Scalar;
    const [start, end] = scalar.range!;
    const source = text.slice(start, end);
    const quote = scalar.type === 'QUOTE_DOUBLE' ? '"' : scalar.type === 'QUOTE_SINGLE' ? "'" : scalar.type === 'PLAIN' ? '' : undefined;
    if (quote === undefined) {
      skipped.push({ name: count.name, reason: 'its max_tokens is a block scalar; lower it by hand' });
      continue;
    }
    const inner = quote === '' ? source : source.slice(1, -1);
    edits.push({ start, end, replacement: `${quote}${formatTokensLike(to, inner)}${quote}`, lowered: { name: count.name, from: current.value, to, tokens: count.tokens } });
  }

  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.replacement + result.slice(edit.end);
  // The splice must have changed exactly the values meant: read them back.
  const check = parseDocument(result, { uniqueKeys: false });
  for (const { lowered } of edits) {
    const node = entry(entry(entry(check.contents, 'components'), lowered.name), 'max_tokens');
    const read = isScalar(node) ? readTokenCount(node.value, '', 'max_tokens') : undefined;
    if (!read || !('value' in read) || read.value !== lowered.to) throw new Error(`ratchet wrote max_tokens of ${lowered.name} as something other than ${lowered.to}`);
  }
  // Offsets in the new text: each edit shifts those after it by its change in length.
  const lowered = edits
    .sort((a, b) => a.start - b.start)
    .map((edit, i, sorted) => {
      const shift = sorted.slice(0, i).reduce((sum, e) => sum + e.replacement.length - (e.end - e.start), 0);
      return { ...edit.lowered, line: lineNumber(text, edit.start), before: lineAt(text, edit.start), after: lineAt(result, edit.start + shift) };
    });
  return { text: result, lowered, skipped };
}

/** The value under `key` in a mapping node, or undefined. */
function entry(node: unknown, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
  return (pair?.value ?? undefined) as Node | undefined;
}

function lineNumber(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** The line around an offset, without its line break. */
function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end === -1 ? undefined : end).replace(/\r$/, '');
}
