import type { ComponentConfig, Growth, WarnAt } from '../config/types.js';
import { formatPercent, formatSignedTokens, formatTokens } from '../format.js';
import type { CountingMethod } from './counting.js';
import {
  FAILING_STATUSES,
  type ComponentResult,
  type FileDelta,
  type Finding,
  type Measurement,
  type Status,
} from './report.js';

/** Judges one component from its measurements at head and (when there is one) base. */
export function evaluateComponent(
  component: ComponentConfig,
  head: Measurement,
  base: Measurement | null,
  configPath: string,
  counting: CountingMethod,
): ComponentResult {
  const delta = base ? head.tokens - base.tokens : null;
  const deltaPercent = base && base.tokens > 0 && delta !== null ? (delta / base.tokens) * 100 : null;
  const warnAtTokens = warnThreshold(component.warnAt, component.maxTokens);
  const maxGrowthTokens = component.maxGrowth && base && base.tokens > 0 ? growthLimit(component.maxGrowth, base.tokens) : undefined;

  const status = statusOf({ head, base, delta, maxTokens: component.maxTokens, warnAtTokens, maxGrowthTokens });
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
    failed: FAILING_STATUSES.has(status),
    changedFiles: fileDeltas(head, base),
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
  switch (c.status) {
    case 'over':
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
        name, ` grew by ${formatSignedTokens(c.delta ?? 0)} tokens`,
        c.deltaPercent !== null ? ` (${formatPercent(c.deltaPercent, true)})` : '',
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
          { code: '!' }, ' glob in ', config, ` (${line}).`,
        ]);
    case 'new':
    case 'ok':
      return [];
  }
}

/** What a budget check compares: the count, or an estimate's upper bound. */
export function upperBound(m: Measurement): number {
  return m.high ?? m.tokens;
}

/** For a vendor count that fell back to an estimate: how to get an exact one. */
function exactHint(c: ComponentResult): Finding {
  const t = c.tokenizer;
  if (t.kind === 'vendor') return ['give ', { code: `${t.vendor}-api-key` }, ' for an exact count, '];
  if (t.kind === 'estimate') return ['commit the model\'s ', { code: 'tokenizer.json' }, ' and set ', { code: 'tokenizer:' }, ' for an exact count, '];
  return [];
}
