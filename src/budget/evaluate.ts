import type { ComponentConfig, FailOn, Growth, MinChange, WarnAt } from '../config/types.js';
import { formatPercent, formatSignedTokens, formatTokens } from '../format.js';
import type { CountingMethod } from './counting.js';
import {
  FAILING_STATUSES,
  type BrokenAtBase,
  type ComponentResult,
  type FileDelta,
  type Finding,
  type Measurement,
  type Status,
} from './report.js';

/** What decides a verdict besides the counts. */
export interface Judging {
  failOn: FailOn;
  /**
   * The component is declared in the base's budgets.yml with the same `files`: a glob that
   * matches nothing at base and head is then the base's mistake, not the PR's.
   */
  declaredAtBase: boolean;
}

/** Judges one component from its measurements at head and (when there is one) base. */
export function evaluateComponent(
  component: ComponentConfig,
  head: Measurement,
  base: Measurement | null,
  configPath: string,
  counting: CountingMethod,
  judging: Judging = { failOn: 'made-worse', declaredAtBase: false },
): ComponentResult {
  const delta = base ? head.tokens - base.tokens : null;
  const deltaPercent = base && base.tokens > 0 && delta !== null ? (delta / base.tokens) * 100 : null;
  const warnAtTokens = warnThreshold(component.warnAt, component.maxTokens);
  // Growth of an estimate is judged between upper bounds (the same scale at base and head), so a
  // limit in tokens is never passed by a change that might be larger.
  const maxGrowthTokens = component.maxGrowth && base && base.tokens > 0 ? growthLimit(component.maxGrowth, upperBound(base)) : undefined;
  const growth = base ? upperBound(head) - upperBound(base) : null;
  const minChangeTokens = component.minChange && base ? changeThreshold(component.minChange, base.tokens) : undefined;

  const limits = { maxTokens: component.maxTokens, warnAtTokens, maxGrowthTokens };
  const atHead = statusOf({ head, base, delta: growth, ...limits });
  // Both revisions are judged by head's budgets.yml: the question is what this change did.
  const brokenAtBase = base ? carriedOver(atHead, head, base, component.maxTokens, judging.declaredAtBase) : undefined;
  const worse = brokenAtBase !== undefined && madeWorse(brokenAtBase, head, base!);
  const status: Status = brokenAtBase && !worse && judging.failOn === 'made-worse' ? 'pre-existing' : atHead;
  const failed = FAILING_STATUSES.has(status);
  // A change too small to matter is folded away; never one that fails, nor a component appearing or vanishing.
  const noise =
    !failed && minChangeTokens !== undefined && delta !== null && Math.abs(delta) < minChangeTokens && head.files.length > 0 && (base?.files.length ?? 0) > 0;
  const result: ComponentResult = {
    name: component.name,
    declaredName: component.declaredName,
    tokenizer: component.tokenizer,
    counting,
    ...(component.model !== undefined && { model: component.model }),
    maxTokens: component.maxTokens,
    warnAt: component.warnAt,
    warnAtTokens,
    ...(component.maxGrowth !== undefined && { maxGrowth: component.maxGrowth }),
    ...(maxGrowthTokens !== undefined && { maxGrowthTokens }),
    base,
    head,
    delta,
    deltaPercent,
    percentOfAllotment: (head.tokens / component.maxTokens) * 100,
    status,
    failed,
    changedFiles: fileDeltas(head, base),
    ...(brokenAtBase && { brokenAtBase }),
    ...(component.minChange !== undefined && { minChange: component.minChange }),
    ...(minChangeTokens !== undefined && { minChangeTokens }),
    noise,
    ...(component.maxTokensWritten !== undefined && { maxTokensWritten: component.maxTokensWritten }),
    findings: [],
    ...(component.message !== undefined && { message: component.message }),
    location: component.location,
    maxTokensLocation: component.maxTokensLocation,
  };
  result.findings = explain(result, configPath);
  return result;
}

function warnThreshold(warnAt: WarnAt, maxTokens: number): number {
  return 'tokens' in warnAt ? warnAt.tokens : Math.ceil((maxTokens * warnAt.percent) / 100);
}

/** The smallest change that is not noise; a percentage is of the base count (rounded up: counts are whole). */
function changeThreshold(minChange: MinChange, baseTokens: number): number {
  return 'tokens' in minChange ? minChange.tokens : Math.ceil((baseTokens * minChange.percent) / 100);
}

/**
 * How the component was already broken at base, when it is broken the same way at head: over
 * its allotment, not countable, or (declared at base with the same globs) matching nothing.
 * `grew-too-much` and `removed` are always this change's doing, so never carried over.
 */
function carriedOver(atHead: Status, head: Measurement, base: Measurement, maxTokens: number, declaredAtBase: boolean): BrokenAtBase | undefined {
  switch (atHead) {
    case 'over':
      if (base.files.length === 0 || base.unreadable > 0 || upperBound(base) <= maxTokens) return undefined;
      return { failure: 'over', overBy: { base: upperBound(base) - maxTokens, head: upperBound(head) - maxTokens } };
    case 'unreadable':
      return base.unreadable > 0 ? { failure: 'unreadable' } : undefined;
    case 'no-files-matched':
      return base.files.length === 0 && declaredAtBase ? { failure: 'no-files-matched' } : undefined;
    default:
      return undefined;
  }
}

/**
 * Did this change make a budget broken at base worse? Over: more tokens (upper bounds, for
 * estimates). Not countable: a file that cannot be counted and was countable at base, or
 * changed (a fix that failed is still a change to a file we cannot check), or more tokens in
 * the files that can be counted. Matching nothing: it cannot get worse.
 */
function madeWorse(broken: BrokenAtBase, head: Measurement, base: Measurement): boolean {
  switch (broken.failure) {
    case 'over':
      return upperBound(head) > upperBound(base);
    case 'unreadable': {
      const before = new Map(base.files.filter((f) => f.problem !== undefined).map((f) => [f.path, f]));
      const newlyBroken = head.files.some((f) => {
        if (f.problem === undefined) return false;
        const was = before.get(f.path);
        return was === undefined || was.problem !== f.problem || was.digest !== f.digest;
      });
      return newlyBroken || upperBound(head) > upperBound(base);
    }
    case 'no-files-matched':
      return false;
  }
}

/** The most a component may grow in one change; a percentage is of the base count. */
function growthLimit(growth: Growth, baseTokens: number): number {
  return 'tokens' in growth ? growth.tokens : Math.floor((baseTokens * growth.percent) / 100);
}

function statusOf(m: {
  head: Measurement;
  base: Measurement | null;
  delta: number | null;
  maxTokens: number;
  warnAtTokens: number;
  maxGrowthTokens: number | undefined;
}): Status {
  if (m.head.files.length === 0) return m.base && m.base.files.length > 0 ? 'removed' : 'no-files-matched';
  if (m.head.unreadable > 0) return 'unreadable';
  // An estimate is judged by its upper bound: a check must never pass what might be over.
  const high = upperBound(m.head);
  if (high > m.maxTokens) return 'over';
  if (m.maxGrowthTokens !== undefined && m.delta !== null && m.delta > m.maxGrowthTokens) return 'grew-too-much';
  if (high >= m.warnAtTokens) return 'warn';
  if (m.base && m.base.files.length === 0) return 'new';
  return 'ok';
}

/**
 * Files whose count changed, largest change first; ties by path for a stable order. A file that
 * left one path and appeared at another with the same text is one renamed file, not a removal and
 * an addition.
 */
function fileDeltas(head: Measurement, base: Measurement | null): FileDelta[] {
  if (!base) return [];
  const before = new Map(base.files.map((f) => [f.path, f]));
  const after = new Map(head.files.map((f) => [f.path, f]));
  const removed = base.files.filter((f) => !after.has(f.path));
  const renamedFrom = new Map<string, string>();
  for (const file of head.files.filter((f) => !before.has(f.path))) {
    const index = removed.findIndex((old) => old.digest !== undefined && old.digest === file.digest);
    if (index >= 0) renamedFrom.set(file.path, removed.splice(index, 1)[0]!.path);
  }
  const gone = new Set(renamedFrom.values());
  const paths = [...new Set([...before.keys(), ...after.keys()])].filter((path) => !gone.has(path));
  return paths
    .map((path): FileDelta => {
      const from = renamedFrom.get(path);
      const b = before.get(from ?? path)?.tokens ?? null;
      const h = after.get(path)?.tokens ?? null;
      return { path, ...(from !== undefined && { renamedFrom: from }), base: b, head: h, delta: (h ?? 0) - (b ?? 0) };
    })
    .filter((f) => f.delta !== 0 || f.base === null || f.head === null || f.renamedFrom !== undefined)
    .sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.path.localeCompare(y.path));
}

/** What went wrong and what to do, in words a reviewer can act on. */
function explain(c: ComponentResult, configPath: string): Finding[] {
  const name = { code: c.name };
  const config = { code: configPath };
  const line = `line ${c.location.line}`;
  const maxLine = `line ${c.maxTokensLocation.line}`;
  // Point at the file that grew most, else the largest one: that is where trimming pays.
  const biggest = c.changedFiles.find((f) => f.delta > 0)?.path ?? [...c.head.files].sort((a, b) => b.tokens - a.tokens)[0]?.path;
  const trim: Finding = biggest ? ['trim ', { code: biggest }, ' or '] : [];
  const already = c.brokenAtBase;
  switch (c.status) {
    case 'pre-existing':
      return [preExisting(c, trim, config, maxLine, line)];
    case 'over':
      if (already?.overBy) {
        return [[
          name, ` was already over its allotment by ${formatTokens(already.overBy.base)} tokens at base; this change adds `,
          `${formatTokens(already.overBy.head - already.overBy.base)} more (now ${formatTokens(already.overBy.head)} over, `,
          `${c.head.high !== undefined ? 'up to ' : ''}${formatTokens(c.head.high ?? c.head.tokens)} of ${formatTokens(c.maxTokens)}): `,
          ...trim, 'raise ', { code: 'max_tokens' }, ' in ', config, ` (${maxLine}).`,
        ]];
      }
      if (c.head.high !== undefined && c.head.tokens <= c.maxTokens) {
        return [[
          name, ` may be over its allotment: estimated at ${formatTokens(c.head.tokens)} tokens, up to ${formatTokens(c.head.high)}, `,
          `of ${formatTokens(c.maxTokens)}. An estimate is checked at its upper bound: `,
          ...exactHint(c), ...trim, 'raise ', { code: 'max_tokens' }, ' in ', config, ` (${maxLine}).`,
        ]];
      }
      return [[
        name, ` is over its allotment by ${formatTokens(c.head.tokens - c.maxTokens)} tokens `,
        `(${c.head.high !== undefined ? '≈ ' : ''}${formatTokens(c.head.tokens)} of ${formatTokens(c.maxTokens)}): `,
        ...trim, 'raise ', { code: 'max_tokens' }, ' in ', config, ` (${maxLine}).`,
      ]];
    case 'grew-too-much':
      return [[
        name, ` grew by ${c.head.high !== undefined ? '≈' : ''}${formatSignedTokens(c.delta ?? 0)} tokens`,
        c.deltaPercent !== null ? ` (${formatPercent(c.deltaPercent, true)})` : '',
        c.head.high !== undefined && c.base ? `, up to ${formatSignedTokens(upperBound(c.head) - upperBound(c.base))} at the estimate's upper bound` : '',
        `, more than `, { code: 'max_growth' }, ` allows in one change (${formatTokens(c.maxGrowthTokens ?? 0)}): `,
        'split the change, ', ...trim, 'raise ', { code: 'max_growth' }, ' in ', config, ` (${line}).`,
      ]];
    case 'warn':
      if (c.head.high !== undefined) {
        return [[
          name, ` is estimated at ${formatTokens(c.head.tokens)} tokens, up to ${formatTokens(c.head.high)}, of ${formatTokens(c.maxTokens)}: `,
          'the upper bound is at or above its warning threshold.',
        ]];
      }
      return [[
        name, ` is at ${formatPercent(c.percentOfAllotment)} of its allotment `,
        `(${formatTokens(c.head.tokens)} of ${formatTokens(c.maxTokens)}), at or above its warning threshold.`,
      ]];
    case 'no-files-matched':
      return [[
        name, ' matches no files: fix its ', { code: 'files' }, ' globs in ', config, ` (${line}); `,
        'a component that matches nothing would let a renamed prompt escape its budget.',
      ]];
    case 'removed':
      return [[
        name, ` matched ${formatTokens(c.base?.files.length ?? 0)} file(s) at base and none now: `,
        'if the prompt moved, point ', { code: 'files' }, ' at its new path; if it is gone, remove the component from ',
        config, ` (${line}).`,
      ]];
    case 'unreadable':
      return c.head.files
        .filter((f) => f.problem !== undefined)
        .slice(0, 3)
        .map((f): Finding => [
          name, ' cannot be counted: ', { code: f.problem! }, '. Fix the file, or leave it out of ', { code: 'files' }, ' with a ',
          { code: '!' }, ' glob in ', config, ` (${line})`,
          already ? '; it could not be counted at base either, but this change touches the files it cannot check.' : '.',
        ]);
    case 'new':
    case 'ok':
      return [];
  }
}

/** A budget broken before this change and not made worse: what it is, by how much, and the way out. */
function preExisting(c: ComponentResult, trim: Finding, config: Finding[number], maxLine: string, line: string): Finding {
  const name = { code: c.name };
  const notFailing = ['; this change does not make it worse, so it does not fail the check (', { code: 'fail_on: made-worse' }, ').'];
  const broken = c.brokenAtBase!;
  switch (broken.failure) {
    case 'over': {
      const { base, head } = broken.overBy!;
      const high = c.head.high ?? c.head.tokens;
      return [
        name, ` was already over its allotment by ${formatTokens(base)} tokens at base, and is ${head === base ? 'still' : 'now'} over by ${formatTokens(head)} `,
        `(${c.head.high !== undefined ? 'up to ' : ''}${formatTokens(high)} of ${formatTokens(c.maxTokens)})`, ...notFailing,
        ' To clear it, ', ...trim, 'raise ', { code: 'max_tokens' }, ' in ', config, ` (${maxLine}).`,
      ];
    }
    case 'unreadable': {
      const file = c.head.files.find((f) => f.problem !== undefined)!;
      return [name, ' could not be counted at base either: ', { code: file.problem! }, ...notFailing, ' Fix the file, or leave it out with a ', { code: '!' }, ' glob in ', config, ` (${line}).`];
    }
    case 'no-files-matched':
      return [name, ' matched no files at base either', ...notFailing, ' Fix its ', { code: 'files' }, ' globs in ', config, ` (${line}), or remove it.`];
  }
}

/** What a budget check compares: the count, or an estimate's upper bound. */
export function upperBound(m: Measurement): number {
  return m.high ?? m.tokens;
}

/** For a vendor count that fell back to an estimate: how to get an exact one. */
function exactHint(c: ComponentResult): Finding {
  const t = c.tokenizer;
  if (t.kind === 'vendor') return ['give ', { code: c.counting.estimate?.keyName ?? `${t.vendor}-api-key` }, ' for an exact count, '];
  if (t.kind === 'estimate') return ['commit the model\'s ', { code: 'tokenizer.json' }, ' and set ', { code: 'tokenizer:' }, ' for an exact count, '];
  return [];
}
