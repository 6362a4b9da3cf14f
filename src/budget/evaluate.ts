import type { ComponentConfig, FailOn, Growth, MinChange, WarnAt } from '../config/types.js';
import { formatPercent, formatSignedTokens, formatTokens } from '../common/format.js';
import {
  FAILING_STATUSES,
  type BrokenAtBase,
  type ComponentResult,
  type CountingMethod,
  type FileDelta,
  type Finding,
  type Measurement,
  type Status,
} from './report.js';

/** What decides a verdict besides the counts. */
export interface Judging {
  failOn: FailOn;
  /**
   * How the base's own budgets.yml declares the component (same declared name); absent when it
   * does not, or when the base's budgets.yml cannot be read. Only a budget the base's own
   * budgets.yml broke, counted the same way, can be carried over: both revisions are otherwise
   * judged by the PR's budgets.yml, so "broken at base" would mean "broken under the PR's rules".
   */
  atBase?: BaseDeclaration;
  /**
   * The files this component is counted with (its tokenizer.json, chat template, tokenizer_config.json)
   * that this change edits. Base and head are both counted with the PR's copies, so with these
   * edited nothing that depends on them (a count over the allotment, a chat that cannot be
   * rendered) is carried over from base: the PR changed the ruler.
   */
  editedTokenizerFiles?: string[];
}

/** The component as the base's budgets.yml declares it. */
export interface BaseDeclaration {
  /** Its `files` are the PR's, glob for glob. */
  sameFiles: boolean;
  /** It is counted the same way: the same tokenizer, model, format and select. */
  sameCounting: boolean;
  /** The base's own allotment. */
  maxTokens: number;
  /**
   * Set when the PR's globs matched nothing at base and the base was measured with these, its
   * own globs, which did: the prompt moved and the PR pointed `files` at its new path.
   */
  measuredWith?: string[];
}

/** Judges one component from its measurements at head and (when there is one) base. */
export function evaluateComponent(
  component: ComponentConfig,
  head: Measurement,
  base: Measurement | null,
  configPath: string,
  counting: CountingMethod,
  judging: Judging,
): ComponentResult {
  const delta = base ? head.tokens - base.tokens : null;
  const deltaPercent = base && base.tokens > 0 && delta !== null ? (delta / base.tokens) * 100 : null;
  const warnAtTokens = warnThreshold(component.warnAt, component.maxTokens);
  // Growth of an estimate is judged between upper bounds (the same scale at base and head), so a
  // limit in tokens is never passed by a change that might be larger.
  // A percentage of nothing is undefined, so a percentage cannot limit growth from an empty base;
  // a limit in tokens can. A component that had no files at base is new, and has no growth.
  const grows = component.maxGrowth !== undefined && base !== null && base.files.length > 0;
  const percentOfZero = grows && 'percent' in component.maxGrowth! && upperBound(base!) === 0;
  const maxGrowthTokens = grows && !percentOfZero ? growthLimit(component.maxGrowth!, upperBound(base!)) : undefined;
  // For an estimate, the difference of upper bounds is not a bound on the change (a different mix
  // of scripts can move the count up and the upper bound down): growth is the larger of the two.
  const growth = base ? grewBy(head, base) : null;
  const minChangeTokens = component.minChange && base ? changeThreshold(component.minChange, base.tokens) : undefined;

  const limits = { maxTokens: component.maxTokens, warnAtTokens, maxGrowthTokens };
  const atHead = statusOf({ head, base, delta: growth, ...limits });
  // Carried over only when the base's own budgets.yml broke it, and as it stands, not made worse.
  const brokenAtBase = base ? carriedOver(atHead, head, base, component.maxTokens, judging.atBase, judging.editedTokenizerFiles ?? []) : undefined;
  const status: Status = brokenAtBase && !brokenAtBase.worse && judging.failOn === 'made-worse' ? 'pre-existing' : atHead;
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
    ...(component.assumedFrom !== undefined && { assumedFrom: component.assumedFrom }),
    maxTokens: component.maxTokens,
    warnAt: component.warnAt,
    warnAtTokens,
    ...(component.maxGrowth !== undefined && { maxGrowth: component.maxGrowth }),
    ...(maxGrowthTokens !== undefined && { maxGrowthTokens }),
    ...(percentOfZero && { growthUnchecked: true }),
    base,
    ...(judging.atBase?.measuredWith !== undefined && { baseMeasuredWith: judging.atBase.measuredWith }),
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
  result.findings = [...explain(result, configPath, judging.failOn, judging.editedTokenizerFiles ?? []), ...notes(result, configPath)];
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
 * How the component was already broken at base by the base's own budgets.yml, when it is broken
 * the same way at head, and whether this change made it worse: over its own allotment, not
 * countable, or matching nothing, declared there with the same globs (and, to compare counts,
 * counted the same way). `grew-too-much` and `removed` are always this change's doing, and so is
 * what depends on tokenizer files this change edits (`edited`): base was counted with the PR's
 * copies, not its own. A file a run-wide limit left uncounted is never carried over.
 */
function carriedOver(
  atHead: Status,
  head: Measurement,
  base: Measurement,
  maxTokens: number,
  atBase: BaseDeclaration | undefined,
  edited: readonly string[],
): BrokenAtBase | undefined {
  if (!atBase?.sameFiles) return undefined;
  const counted = atBase.sameCounting;
  switch (atHead) {
    case 'over': {
      if (!counted || edited.length > 0 || base.files.length === 0 || base.unreadable > 0 || upperBound(base) <= atBase.maxTokens) return undefined;
      const overBy = { base: upperBound(base) - atBase.maxTokens, head: upperBound(head) - maxTokens };
      // More tokens, or an allotment lowered below the base's so that it is further over.
      const worse = grewBy(head, base) > 0 ? 'more-tokens' : overBy.head > overBy.base ? 'lower-allotment' : undefined;
      return { failure: 'over', overBy, ...(worse && { worse }) };
    }
    case 'unreadable': {
      if (!counted || base.unreadable === 0) return undefined;
      const from = [...head.files, ...base.files].map((f) => f.problemFrom);
      if (from.includes('run-limit') || (edited.length > 0 && from.includes('tokenizer'))) return undefined;
      const worse = touchedUnreadable(head, base) ? 'changed-unreadable' : grewBy(head, base) > 0 ? 'more-tokens' : undefined;
      return { failure: 'unreadable', ...(worse && { worse }) };
    }
    case 'no-files-matched':
      return base.files.length === 0 ? { failure: 'no-files-matched' } : undefined;
    default:
      return undefined;
  }
}

/** The larger of the changes of the count and of its upper bound (they are equal for exact counts). */
function grewBy(head: Measurement, base: Measurement): number {
  return Math.max(head.tokens - base.tokens, upperBound(head) - upperBound(base));
}

/**
 * A file that cannot be counted and was countable at base, or changed (a fix that failed is
 * still a change to a file we cannot check).
 */
function touchedUnreadable(head: Measurement, base: Measurement): boolean {
  const before = new Map(base.files.filter((f) => f.problem !== undefined).map((f) => [f.path, f]));
  return head.files.some((f) => {
    if (f.problem === undefined) return false;
    const was = before.get(f.path);
    return was === undefined || was.problem !== f.problem || was.digest !== f.digest;
  });
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
function explain(c: ComponentResult, configPath: string, failOn: FailOn, edited: readonly string[]): Finding[] {
  const name = { code: c.name };
  const config = { code: configPath };
  const line = `line ${c.location.line}`;
  const maxLine = `line ${c.maxTokensLocation.line}`;
  // Point at the file that grew most, else the largest one: that is where trimming pays.
  const biggest = c.changedFiles.find((f) => f.delta > 0)?.path ?? [...c.head.files].sort((a, b) => b.tokens - a.tokens)[0]?.path;
  const trim: Finding = biggest ? ['trim ', { code: biggest }, ' or '] : [];
  const already = c.brokenAtBase;
  // Broken at base and not made worse, failing only because of `fail_on: any-over`: it is still
  // the old failure, and says so.
  if (c.status === 'pre-existing' || (already && !already.worse && c.failed)) return [preExisting(c, trim, config, maxLine, line, failOn)];
  switch (c.status) {
    case 'over':
      if (already?.overBy) {
        const upTo = c.base?.high !== undefined ? 'up to ' : '';
        if (already.worse === 'lower-allotment') {
          return [[
            name, ` was already over its allotment at base (${upTo}${formatTokens(already.overBy.base)} tokens over the base's `, { code: 'max_tokens' }, `); `,
            `this change lowers `, { code: 'max_tokens' }, ` to ${formatTokens(c.maxTokens)}, so it is now ${formatTokens(already.overBy.head)} over: `,
            ...trim, 'keep ', { code: 'max_tokens' }, ' in ', config, ` (${maxLine}).`,
          ]];
        }
        return [[
          name, ` was already over its allotment by ${upTo}${formatTokens(already.overBy.base)} tokens at base; this change adds `,
          `${formatTokens(grewBy(c.head, c.base!))} more (now ${formatTokens(already.overBy.head)} over, `,
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
        .map((f): Finding => f.problemFrom === 'run-limit' ? [
          name, ' cannot be counted: ', { code: f.problem! }, '. A limit of the whole run left it uncounted, and what is not measured fails, never passes: ',
          'look at the tokenizer files and chat templates this change edits (a model\'s own take a fraction of the limit).',
        ] : f.problemFrom === 'tokenizer' && edited.length > 0 ? [
          name, ' cannot be counted: ', { code: f.problem! }, ". The PR's change to ", ...edited.flatMap((path, i): Finding => [...(i > 0 ? [', '] : []), { code: path }]),
          ' made it uncountable (base and head are both counted with the PR\'s copy, so this is not a failure carried over from base): fix or revert that change.',
        ] : [
          name, ' cannot be counted: ', { code: f.problem! }, '. Fix the file, or leave it out of ', { code: 'files' }, ' with a ',
          { code: '!' }, ' glob in ', config, ` (${line})`,
          already?.worse === 'changed-unreadable'
            ? '; it could not be counted at base either, but this change adds or edits a file it cannot count.'
            : already?.worse === 'more-tokens'
              ? '; it could not be counted at base either, but this change grows the files it can count, and the whole cannot be checked.'
              : '.',
        ]);
    case 'new':
    case 'ok':
      return [];
  }
}

/** A budget broken before this change and not made worse: what it is, by how much, and the way out. */
function preExisting(c: ComponentResult, trim: Finding, config: Finding[number], maxLine: string, line: string, failOn: FailOn): Finding {
  const name = { code: c.name };
  const notFailing: Finding =
    failOn === 'any-over'
      ? ['; this change does not make it worse, but it fails the check because ', { code: 'fail_on: any-over' }, ' fails every broken budget.']
      : ['; this change does not make it worse, so it does not fail the check (', { code: 'fail_on: made-worse' }, ').'];
  const broken = c.brokenAtBase!;
  switch (broken.failure) {
    case 'over': {
      const { base, head } = broken.overBy!;
      const high = c.head.high ?? c.head.tokens;
      const upTo = (m: Measurement | null) => (m?.high !== undefined ? 'up to ' : '');
      return [
        name, ` was already over its allotment by ${upTo(c.base)}${formatTokens(base)} tokens at base, and is ${head === base ? 'still' : 'now'} over by ${upTo(c.head)}${formatTokens(head)} `,
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

/** What the reader should know besides the verdict: a base measured with other globs, a growth limit that could not apply. */
function notes(c: ComponentResult, configPath: string): Finding[] {
  const name = { code: c.name };
  const found: Finding[] = [];
  if (c.baseMeasuredWith) {
    found.push([
      name, ` matched no files at base with this change's `, { code: 'files' }, ', so it was measured at base with its files there: ',
      ...c.baseMeasuredWith.flatMap((glob, i): Finding => [...(i > 0 ? [', '] : []), { code: glob }]),
      ` (from the base's `, { code: configPath }, ').',
    ]);
  }
  if (c.growthUnchecked && c.maxGrowth && 'percent' in c.maxGrowth) {
    found.push([
      name, ' counted 0 tokens at base, and a percentage of 0 is undefined, so ', { code: `max_growth: ${c.maxGrowth.percent}%` },
      ' could not limit this change; give it in tokens to limit growth from nothing.',
    ]);
  }
  return found;
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
