/**
 * What a reader sees before unfolding anything. A PR that changes one component of fourteen must
 * read in seconds, whatever the repository's size: the rows that need attention (changed,
 * failing, or with a rule this change relaxed) and only the notes that explain those rows, each
 * note said once for all the rows it fits. Everything else is folded in the Markdown and counted
 * in one line in the terminal; nothing is dropped from the report.
 */
import { isChanged } from '../budget/changes.js';
import type { ComponentResult, Finding, Report, RequestResult } from '../budget/report.js';
import { formatSignedTokens, formatTokens } from '../common/format.js';
import { assumedTokenizerNotes, countingText, plural, rowLoosening } from './labels.js';

export interface Focus {
  /** The main table's rows: changed, failing, or loosened here. */
  shown: ComponentResult[];
  /** The rest, folded: unchanged, within budget or broken at base only. */
  folded: ComponentResult[];
  /** Notes on the shown rows, grouped, plus those about the whole change (rule files, shared files). */
  notes: Finding[];
  /** Every component's notes in full, and estimates only folded rows use. */
  foldedNotes: Finding[];
  /** Requests that failed, or whose fixed part changed (or has a shown component). */
  requests: RequestResult[];
  /** The rest: unchanged and not failing. */
  foldedRequests: RequestResult[];
}

/** Tags listed per note: enough to recognise a template, short enough to stay one line. */
const TAGS_SHOWN = 4;
/** Components named in a grouped note; past this, their number. */
const NAMES_SHOWN = 3;
/** Components named in a folded note (or with a figure), before "and N more". */
const NAMES_FOLDED = 12;

/** The rows that need attention; with `all`, every row (a terminal lists a few components whole). */
export function focus(report: Report, all = false): Focus {
  const attention = (c: ComponentResult) => all || needsAttention(c, report);
  const shown = report.components.filter(attention);
  const folded = report.components.filter((c) => !attention(c));
  const estimates = report.counting.filter((m) => !m.exact);
  const shownEstimates = estimates.filter((m) => shown.some((c) => c.counting.label === m.label));
  const shownNames = new Set(shown.map((c) => c.name));
  const requestAttention = (r: RequestResult) => all || r.failed || (r.fixed.delta !== null && r.fixed.delta !== 0) || r.components.some((name) => shownNames.has(name));
  return {
    shown,
    folded,
    requests: report.requests.filter(requestAttention),
    foldedRequests: report.requests.filter((r) => !requestAttention(r)),
    notes: [...ruleNotes(report), ...shownEstimates.map(countingText), ...assumedTokenizerNotes(report.components), ...groupedNotes(shown, NAMES_SHOWN), ...sharedNotes(report)],
    foldedNotes: [...estimates.filter((m) => !shownEstimates.includes(m)).map(countingText), ...groupedNotes(report.components, NAMES_FOLDED), ...overheadFigures(report.components)],
  };
}

/** Changed, failing, or with a rule this change relaxed: a row to show. */
export function needsAttention(c: ComponentResult, report: Report): boolean {
  const loosened = rowLoosening(c, report.loosened);
  return isChanged(c) || c.failed || loosened.allotment !== undefined || loosened.status.length > 0;
}

function ruleNotes(report: Report): Finding[] {
  const rules = report.ruleChanges ?? [];
  if (rules.length === 0) return [];
  return [[
    '⚙️ This change edits what it is judged by: ', ...rules.flatMap((path, i): Finding => [i > 0 ? ', ' : '', { code: path }]),
    ". Base and head are both counted with the head's copies; review these edits with the prompts.",
  ]];
}

/**
 * The shown rows' notes, each distinct sentence once with the rows it is about: "chat formatting
 * is estimated for `gpt-4.1`: 4 components". Per-component figures are in the folded notes.
 */
function groupedNotes(components: readonly ComponentResult[], namesShown: number): Finding[] {
  const groups = new Map<string, { about: Finding; names: string[] }>();
  for (const c of components) {
    for (const about of rowNotes(c)) {
      const key = JSON.stringify(about);
      const group = groups.get(key) ?? { about, names: [] };
      group.names.push(c.name);
      groups.set(key, group);
    }
  }
  return [...groups.values()].map(({ about, names }) => [...about, ': ', ...namesOrCount(names, namesShown), '.']);
}

/** "`a`, `b`"; "4 components" past `shown` when none are listed; "`a`, … and 3 more" in folded notes. */
function namesOrCount(names: readonly string[], shown: number): Finding {
  const listed = (some: readonly string[]) => some.flatMap((name, i): Finding => [i > 0 ? ', ' : '', { code: name }]);
  if (names.length <= shown) return listed(names);
  if (shown <= NAMES_SHOWN) return [plural(names.length, 'component')];
  return [...listed(names.slice(0, shown)), ` and ${formatTokens(names.length - shown)} more`];
}

/** Each component's chat formatting in tokens, one line for all: the figures the grouped notes leave out. */
function overheadFigures(components: readonly ComponentResult[]): Finding[] {
  const framed = components.filter((c) => c.head.overhead > 0);
  if (framed.length === 0) return [];
  const listed = framed.slice(0, NAMES_FOLDED);
  return [[
    'of the counts at head, chat formatting (per message 3 plus its role, per name 1, per reply 3) is ',
    ...listed.flatMap((c, i): Finding => [i > 0 ? ', ' : '', `${formatTokens(c.head.overhead)} of ${formatTokens(c.head.tokens)} tokens in `, { code: c.name }]),
    framed.length > listed.length ? ` and more in ${formatTokens(framed.length - listed.length)} others.` : '.',
  ]];
}

/** A row's notes without its name or figures, so that rows with the same note share one line. */
function rowNotes(c: ComponentResult): Finding[] {
  const files = c.head.files;
  const notes: Finding[] = [];
  if (c.head.overhead > 0) {
    notes.push(c.head.estimated
      ? ['chat formatting is estimated for ', { code: c.model ?? c.counting.label }, " (OpenAI's cookbook formula; OpenAI publishes no figure for this model)"]
      : ["chat formatting is counted by OpenAI's cookbook formula"]);
  }
  const tags = [...new Set(files.flatMap((f) => f.placeholders ?? []))];
  if (tags.length > 0) {
    const shown = tags.slice(0, TAGS_SHOWN);
    notes.push(['template tags are counted as written, not what fills them: ', ...shown.flatMap((tag, i): Finding => [i > 0 ? ', ' : '', { code: tag }]), tags.length > shown.length ? ` and ${tags.length - shown.length} more` : '']);
  }
  const excluded = files.flatMap((f) => (f.excluded ?? []).map((what) => ({ path: f.path, what })));
  if (excluded.length > 0) {
    const first = excluded[0]!;
    notes.push(['not counted, as its size is not in the file: ', { code: first.what }, ' in ', { code: first.path }, excluded.length > 1 ? ` and ${excluded.length - 1} more` : '']);
  }
  return notes;
}

/**
 * One note per shared file this change touched, so a change to a fragment used by three
 * prompts reads as one change counted three times, not as three regressions.
 */
function sharedNotes(report: Report): Finding[] {
  return report.sharedFiles
    .filter((f) => f.changed)
    .map((f) => {
      const change = f.delta === null ? 'its change is counted in each' : `its change of ${formatSignedTokens(f.delta)} is counted in each`;
      return [
        { code: f.path }, ` is shared by ${f.components.length} components: `, ...f.components.flatMap((name, i) => [i > 0 ? ', ' : '', { code: name }]),
        `; ${change} (the totals count it once).`,
      ];
    });
}
