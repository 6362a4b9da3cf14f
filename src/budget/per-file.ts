/**
 * `per_file: true`: a family of prompts (one system prompt per folder, `patterns/<name>/system.md`)
 * under one allotment that each file must keep on its own. Each file is judged as a component of
 * one file would be, with the same rules (estimates at their upper bound, growth from the file's
 * own base count, failures carried over from base), so a new member is budgeted the day it lands
 * and a grown one is named. The component's row keeps the family's totals (its change is the sum
 * of its files'), and its status, findings and share of the allotment are its worst file's.
 */
import type { ComponentConfig } from '../config/types.js';
import { formatTokens } from '../common/format.js';
import { evaluateComponent, upperBound, type Judging } from './evaluate.js';
import { FAILING_STATUSES, type ComponentResult, type CountingMethod, type FileCount, type Finding, type Measurement, type Status } from './report.js';

/** Worst first: what decides the family's status. A member that is new and within budget is simply ok. */
const SEVERITY: readonly Status[] = ['unreadable', 'over', 'grew-too-much', 'pre-existing', 'warn'];

/** Judges a per-file component: each file at head against the allotment, the family as one row. */
export function evaluatePerFile(
  component: ComponentConfig,
  head: Measurement,
  base: Measurement | null,
  configPath: string,
  counting: CountingMethod,
  judging: Judging,
): ComponentResult {
  const largestAtBase = base ? largest(base.files) : null;
  const summary = { files: head.files.length, largest: largest(head.files), baseLargest: largestAtBase, over: [] as string[] };
  // No files at head: the family as a whole was removed or matches nothing, as for any component.
  if (head.files.length === 0) return { ...evaluateComponent({ ...component, perFile: false }, head, base, configPath, counting, judging), perFile: summary };
  // The family's totals, change, changed files, noise and notes, with no limit of its own: its files have them.
  const whole = evaluateComponent({ ...component, perFile: false, maxTokens: Infinity, warnAt: { percent: 100 }, maxGrowth: undefined }, head, base, configPath, counting, judging);

  // A family measured at base with its old globs says so once, not once per file.
  const fileJudging: Judging = { ...judging, ...(judging.atBase && { atBase: { ...judging.atBase, measuredWith: undefined } }) };
  const before = new Map(base?.files.map((f) => [f.path, f]) ?? []);
  const members = head.files.map((file) => {
    const atBase = before.get(file.path);
    // A member the base lacks is new: judged against the allotment, with no growth to limit.
    const baseOfFile = base === null ? null : atBase ? single([atBase]) : single([]);
    return evaluateComponent({ ...component, perFile: false, name: file.path }, single([file]), baseOfFile, configPath, counting, fileJudging);
  });
  const rank = (status: Status) => {
    const at = SEVERITY.indexOf(status);
    return at < 0 ? SEVERITY.length : at;
  };
  const flagged = members.filter((m) => rank(m.status) < SEVERITY.length).sort((a, b) => rank(a.status) - rank(b.status) || upperBound(b.head) - upperBound(a.head));
  const worst = flagged[0];
  const status: Status = worst?.status ?? (whole.status === 'new' ? 'new' : 'ok');
  const failed = FAILING_STATUSES.has(status);
  summary.over = members.filter((m) => m.failed).map((m) => m.name);
  const biggest = summary.largest!;
  // The family's own notes (a base measured with other globs) first, then each flagged file's finding, at most five.
  const family: Finding = [{ code: component.name }, ' (', { code: 'per_file' }, `: each of its ${head.files.length} files against ${formatTokens(component.maxTokens)} tokens): `];
  const shown = flagged.slice(0, 5).flatMap((m) => m.findings.map((finding): Finding => [...family, ...finding]));
  const more = flagged.length - Math.min(flagged.length, 5);
  const result: ComponentResult = {
    ...whole,
    maxTokens: component.maxTokens,
    warnAtTokens: 'tokens' in component.warnAt ? component.warnAt.tokens : Math.ceil((component.maxTokens * component.warnAt.percent) / 100),
    warnAt: component.warnAt,
    ...(component.maxGrowth !== undefined && { maxGrowth: component.maxGrowth }),
    ...(worst?.brokenAtBase && { brokenAtBase: worst.brokenAtBase }),
    percentOfAllotment: (upperBound(single([biggest])) / component.maxTokens) * 100,
    status,
    failed,
    noise: whole.noise && !failed,
    findings: [
      // Only the family's notes: a failure of the whole (a file it cannot count) is its file's finding below.
      ...(FAILING_STATUSES.has(whole.status) ? [] : whole.findings),
      ...shown,
      ...(more > 0 ? [[{ code: component.name }, `: ${more} more file${more === 1 ? '' : 's'} ${failed ? 'over' : 'near'} the allotment (see the report).`] as Finding] : []),
    ],
    perFile: summary,
  };
  // The whole was judged without limits (its files have them): its growth limit and state at base are its files'.
  delete result.maxGrowthTokens;
  delete result.growthUnchecked;
  if (!worst?.brokenAtBase) delete result.brokenAtBase;
  if (component.maxGrowth === undefined) delete result.maxGrowth;
  return result;
}

/** The file with the most tokens (upper bounds for estimates); ties by path. */
function largest(files: readonly FileCount[]): FileCount | null {
  let best: FileCount | null = null;
  for (const file of files) {
    const tokens = file.high ?? file.tokens;
    if (best === null || tokens > (best.high ?? best.tokens) || (tokens === (best.high ?? best.tokens) && file.path < best.path)) best = file;
  }
  return best;
}

/** A measurement of the given files (one, or none for a member the base lacks). */
export function single(files: readonly FileCount[]): Measurement {
  const tokens = files.reduce((sum, f) => sum + f.tokens, 0);
  const high = files.reduce((sum, f) => sum + (f.high ?? f.tokens), 0);
  return {
    files: [...files],
    tokens,
    ...(high > tokens && { high }),
    overhead: files.reduce((sum, f) => sum + (f.overhead ?? 0), 0),
    estimated: files.some((f) => f.overheadExact === false),
    unreadable: files.filter((f) => f.problem !== undefined).length,
  };
}

/**
 * What a request sends of a component: all its files, or for a per-file component one member,
 * its largest (a request sends one prompt of a family, and the largest is the one that must fit).
 */
export function sentPart(c: ComponentResult, side: 'head' | 'base'): Measurement | null {
  const measured = side === 'head' ? c.head : c.base;
  if (!c.perFile || measured === null) return measured;
  const file = side === 'head' ? c.perFile.largest : c.perFile.baseLargest;
  return single(file ? [file] : []);
}

/** The tokens a budget compares for a component: its upper bound, or for a per-file one its largest file's. */
export function budgetedTokens(c: ComponentResult): number {
  return upperBound(sentPart(c, 'head')!);
}
