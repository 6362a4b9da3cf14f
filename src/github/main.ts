/**
 * The action: gather inputs and the event, run the same check as the CLI, then report through
 * every channel GitHub offers. The exit status is the verdict (0 pass, 1 a budget broke,
 * 2 a usage or configuration error); failing to comment never changes it, and with
 * `report-only: true` a broken budget is reported as "would fail" and exits 0 (a configuration
 * error still exits 2, and a component that matches no files or cannot be counted still exits 1:
 * report-only is about budgets, not broken input).
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { mkdir } from 'node:fs/promises';
import { writeReplacing } from '../files/confined.js';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { failsTheRun, unmeasured, type Report } from '../budget/report.js';
import { checkRepository } from '../run/check-repository.js';
import { openCountingApis } from '../run/vendor-apis.js';
import { isUserError, type UserError } from '../common/errors.js';
import { escapeControl, formatTokens } from '../common/format.js';
import { ACTION_REF } from '../common/home.js';
import { bundledWorkerUrl, describeCounting, poolCounter } from '../parallel/pool.js';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../render/markdown.js';
import { findingText, verdictText } from '../render/labels.js';
import { renderTerminal } from '../render/terminal.js';
import { annotation, debugging, debugLine, fileText, logLine, logRendered, output, plainError, redacted, setFailed, summary, warningLine } from './channels.js';
import { createClient, DEFAULT_RETRY } from './client.js';
import { upsertComment } from './comment.js';
import { planForEvent, type EventPlan } from './event.js';
import { readInputs, type Inputs } from './inputs.js';
import { readUsageFile } from './usage-file.js';
import { compareMergeBase, pullRequestBase } from './merge-base.js';

const EXIT = { pass: 0, fail: 1, usage: 2 } as const;

/** What the runner sets for every step; without them this is not a workflow step. */
const RUNNER_VARIABLES = ['GITHUB_ACTIONS', 'GITHUB_EVENT_NAME', 'GITHUB_REPOSITORY', 'GITHUB_SHA'] as const;

/** Names the runner variables missing, when dist/index.js was started by hand rather than by a workflow step. */
function outsideActions(): string[] {
  return RUNNER_VARIABLES.filter((name) => !process.env[name]);
}

async function run(): Promise<number> {
  const started = performance.now();
  const inputs = readInputs();
  const { eventName, payload, sha, repo } = github.context;
  const plan = planForEvent(eventName, payload, sha, `${repo.owner}/${repo.repo}`);
  debugLine(`Event ${eventName} at ${sha}: head ${describeRevision(plan.head)}; base ${plan.base ? `${plan.base.label} (${plan.base.ref})` : 'none'}${plan.mergeBaseOf ? `, narrowed to the merge base of ${plan.mergeBaseOf.base.ref} and ${plan.mergeBaseOf.head}` : ''}; comment on ${plan.pullRequest ? `${plan.pullRequest.owner}/${plan.pullRequest.repo}#${plan.pullRequest.number}` : 'nothing'} (comment: ${inputs.comment}).`);
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const base = await chooseBase(inputs, plan, workspace);
  if (!base) logLine(`Event ${eventName}: no base to compare with; checking head against the allotments.`);
  else debugLine(`Base chosen: ${base.label} (${base.ref}).`);
  debugLine(`Inputs and base ready after ${seconds(started)}.`);

  const apis = await openCountingApis({
    anthropicApiKey: inputs.anthropicApiKey,
    geminiApiKey: inputs.geminiApiKey,
    cacheFile: inputs.countCache && resolve(workspace, inputs.countCache),
    root: workspace,
    log: logLine,
    warn: warningLine,
  });
  const { report: checked } = await checkRepository({
    cwd: workspace,
    configPath: inputs.config,
    head: plan.head,
    ...(base && { base: { ...base, fetch: true } }),
    log: logLine,
    counter: poolCounter({ workerUrl: bundledWorkerUrl(import.meta.url), onCounted: (stats) => logLine(describeCounting(stats)) }),
    vendors: apis.vendors,
    reportOnly: inputs.reportOnly,
  });
  await apis.save();
  const production = inputs.usageFile ? await readUsageFile(inputs.usageFile, workspace, checked, warningLine) : undefined;
  const report: Report = production ? { ...checked, production } : checked;
  debugLine(`Checked ${formatTokens(report.components.length)} components in ${seconds(started)} since the start.`);
  if (debugging()) for (const line of componentFiles(report)) debugLine(line);

  logRendered(renderTerminal(report, { color: true }));
  const marker = `<!-- prompt-budget: ${report.configPath.replace(/--/g, '-\u200b-')} -->`;
  const fileUrl = headFileUrl(report);
  const commentBody = redacted(renderMarkdown(report, { marker, maxLength: GITHUB_COMMENT_LIMIT, fullReportHint: 'the job summary has the full report', ...(fileUrl && { fileUrl }) }));

  await setOutputs(report, commentBody);
  annotate(report);
  await summary(renderMarkdown(report, { ...(fileUrl && { fileUrl }) }));
  await comment(inputs, plan, report, marker, commentBody);

  debugLine(`Done in ${seconds(started)}.`);
  if (failsTheRun(report)) setFailed(`prompt-budget: ${verdictText(report)} (see the summary).`);
  else if (report.verdict === 'fail') warningLine(`prompt-budget: ${verdictText(report)} (see the summary). The step passes because report-only is true; set it to false to enforce the budgets.`);
  return failsTheRun(report) ? EXIT.fail : EXIT.pass;
}

/**
 * The `base` input is the user's choice and is used as given; a pull request's base is narrowed
 * to the merge base, as GitHub's "Files changed" measures it.
 */
async function chooseBase(inputs: Inputs, plan: EventPlan, workspace: string): Promise<{ ref: string; label: string } | undefined> {
  if (inputs.base) {
    logLine(`Comparing with ${inputs.base}, the base input.`);
    return { ref: inputs.base, label: inputs.base };
  }
  if (!plan.mergeBaseOf || !plan.pullRequest) return plan.base;
  const { owner, repo } = plan.pullRequest;
  const token = inputs.token;
  const lookup = token ? (base: string, head: string) => compareMergeBase(client(token), { owner, repo }, base, head) : undefined;
  return pullRequestBase(workspace, plan.mergeBaseOf, lookup, { info: logLine, warning: warningLine });
}

/** "1.23 s" since `started` (a performance.now() reading). */
function seconds(started: number): string {
  return `${((performance.now() - started) / 1000).toLocaleString('en-US', { maximumFractionDigits: 2 })} s`;
}

function describeRevision(revision: Report['head']): string {
  return revision.sha ? `${revision.label} @ ${revision.sha}` : revision.label;
}

/** For debugging a glob: which files each component counted at head and base, with their tokens. */
function componentFiles(report: Report): string[] {
  const files = (m: Report['components'][number]['head'] | null) =>
    m === null ? 'not measured' : m.files.length === 0 ? 'no files' : m.files.map((f) => `${f.path} (${formatTokens(f.tokens)})`).join(', ');
  return report.components.map((c) => `Component ${c.name}: head ${files(c.head)}; base ${files(c.base)}.`);
}

/** Files at the head commit on GitHub (or GHES), when the head is a commit. */
function headFileUrl(report: Report): ((path: string) => string) | undefined {
  const sha = report.head.sha;
  if (!sha) return undefined;
  const server = (process.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
  const { owner, repo } = github.context.repo;
  const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');
  return (path) => `${server}/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/blob/${sha}/${encodePath(path)}`;
}

function client(token: string) {
  return createClient(token, { ...DEFAULT_RETRY, log: logLine });
}

async function setOutputs(report: Report, commentBody: string): Promise<void> {
  const directory = join(process.env.RUNNER_TEMP ?? tmpdir(), 'prompt-budget');
  await mkdir(directory, { recursive: true });
  const reportPath = join(directory, `report-${report.configPath.replace(/[^\w.-]+/g, '_')}.json`);
  await writeReplacing(reportPath, fileText(`${JSON.stringify(report, null, 2)}\n`));
  output('over-budget', String(report.verdict === 'fail'));
  output('report', reportPath);
  output('total-tokens', String(report.totals.head));
  output('total-delta', report.totals.delta === null ? '' : String(report.totals.delta));
  // Details (which component, from what to what) are the report's `loosened`.
  output('rules-loosened', String(report.loosened.length > 0));
  output('comment-body', commentBody);
}

/** GitHub shows at most 10 annotations of each kind per step; the rest would be dropped silently. */
const MAX_ERROR_ANNOTATIONS = 10;

interface Annotation {
  message: string;
  properties: core.AnnotationProperties;
  /** A component or request that could not be measured: an error even in report-only. */
  failsAnyway?: true;
}

/**
 * Error annotations where the fix goes: each failing component's or request's line in
 * budgets.yml first, then the prompt file that grew most in each failing component. Warnings
 * instead in report-only mode, saying they would fail, so the check stays green.
 */
function annotate(report: Report): void {
  const failed = [...report.components, ...report.requests].filter((item) => item.failed);
  const sentence = (item: (typeof failed)[number]) => item.findings.map((finding) => findingText(finding)).join(' ');
  // What could not be measured fails the step even in report-only, so it stays an error there.
  const broken = unmeasured(report);
  const failsAnyway = new Set<(typeof failed)[number]>([...broken.components, ...broken.requests]);
  const annotations: Annotation[] = failed.map((item) => ({
    message: sentence(item),
    properties: { title: `prompt-budget: ${item.name}`, file: report.configPath, startLine: item.location.line, startColumn: item.location.column },
    ...(failsAnyway.has(item) && { failsAnyway: true }),
  }));
  // One annotation per grown file, naming every failing component it is in: a file shared by three
  // components is one change, not three.
  // Only where growth is the failure: a component that fails for a file it cannot count is
  // annotated at budgets.yml with that reason, not at a file that merely grew.
  const grownFiles = new Map<string, { delta: number; components: Report['components'] }>();
  for (const c of report.components.filter((component) => component.failed && (component.status === 'over' || component.status === 'grew-too-much'))) {
    const grown = c.changedFiles.find((f) => f.delta > 0 && f.head !== null);
    if (grown) {
      const entry = grownFiles.get(grown.path) ?? { delta: grown.delta, components: [] };
      entry.components.push(c);
      grownFiles.set(grown.path, entry);
    }
  }
  for (const [path, { delta, components }] of grownFiles) {
    const which = components.map((c) => `${c.name} is ${c.status === 'over' ? 'over its allotment' : 'over its growth limit'} (see ${report.configPath}, line ${c.location.line})`);
    annotations.push({
      message: `${path} grew by ${formatTokens(delta)} tokens; component ${which.join('; component ')}.`,
      properties: { title: `prompt-budget: ${components.map((c) => c.name).join(', ')}`, file: path, startLine: 1 },
    });
  }
  // A prompt no component budgets, failing under `coverage.unbudgeted: fail`: annotated on the file itself.
  for (const file of report.unbudgeted.filter((f) => f.failed)) {
    annotations.push({
      message: `${file.path} is a prompt outside every component in ${report.configPath}, and this change ${file.base === null ? `adds it (${formatTokens(file.head)} tokens)` : `grows it by ${formatTokens(file.delta)} tokens`}: add it to a component, or to coverage.exclude when it is not a prompt.`,
      properties: { title: 'prompt-budget: unbudgeted prompt', file: file.path, startLine: 1 },
    });
  }
  // Errors first: with report-only, those are what fail the step, and GitHub keeps 10 of a kind.
  const ranked = [...annotations.filter((a) => !report.reportOnly || a.failsAnyway), ...annotations.filter((a) => report.reportOnly && !a.failsAnyway)];
  for (const { message, properties, failsAnyway } of ranked.slice(0, MAX_ERROR_ANNOTATIONS)) {
    if (report.reportOnly && !failsAnyway) annotation('warning', `Would fail (report-only): ${message}`, properties);
    else annotation('error', message, properties);
  }
  const left = annotations.length - MAX_ERROR_ANNOTATIONS;
  if (left > 0) logLine(`${left} more annotation${left === 1 ? '' : 's'} left out (GitHub shows ${MAX_ERROR_ANNOTATIONS} per step): the job summary lists every failure.`);
}

async function comment(inputs: Inputs, plan: EventPlan, report: Report, marker: string, body: string): Promise<void> {
  if (!plan.pullRequest || inputs.comment === 'never') return;
  if (!inputs.token) {
    warningLine('No github-token: the PR comment was not posted. The verdict stands; see the job summary.');
    return;
  }
  // A red check with no comment would leave reviewers guessing which budget broke, so a failing
  // run comments even when no budgeted file changed (fail_on: any-over on an unrelated PR); so
  // does one that adds a prompt no component budgets, or loosens its own budgets.
  const create = inputs.comment === 'always' || report.counts.changed > 0 || report.unbudgeted.length > 0 || report.loosened.length > 0 || report.verdict === 'fail';
  try {
    const result = await upsertComment(client(inputs.token), { ...plan.pullRequest, issueNumber: plan.pullRequest.number, marker, body, create });
    if (result.action === 'skipped') logLine('No budgeted file changed: no comment (comment: on-change).');
    else {
      logLine(`PR comment ${result.action}: ${result.url}`);
      output('comment-url', result.url);
    }
  } catch (error) {
    const status = (error as { status?: number }).status;
    const why = status === 403 || status === 404
      ? 'the token cannot write to this pull request. Give the job `permissions: pull-requests: write`; for pull requests from forks, whose token is read-only, post the `comment-body` output from a `workflow_run` workflow (see the README).'
      : `the GitHub API failed (${error instanceof Error ? error.message : String(error)}).`;
    warningLine(`The PR comment was not posted: ${why} The verdict stands; the job summary has the full report.`);
  }
}

function reportUserError(error: UserError): void {
  const where = error.location;
  annotation('error', error.format(), where ? { file: where.file, startLine: where.line, startColumn: where.column, title: 'prompt-budget: configuration error' } : { title: 'prompt-budget' });
}

const missing = outsideActions();
const main = missing.length > 0 ? Promise.resolve(notInAWorkflow(missing)) : run();

/** dist/index.js run by hand: say what it is and what to run instead, not "internal error". */
function notInAWorkflow(missing: readonly string[]): number {
  plainError(
    `prompt-budget: dist/index.js is the GitHub Action, and runs as a step of a GitHub Actions workflow (${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set).\n` +
      `In a workflow: \`uses: ${ACTION_REF}\` (see the README).\n` +
      'On your machine: the CLI, `npx prompt-budget check --base main` (dist/cli.js; `--help` lists its commands).',
  );
  return EXIT.usage;
}

main.then(
  (status) => {
    process.exitCode = status;
  },
  async (error: unknown) => {
    if (isUserError(error)) {
      reportUserError(error);
      await summary(`### ❌ prompt-budget could not run\n\n\`\`\`text\n${escapeControl(error.format()).replace(/```/g, "'''")}\n\`\`\`\n`).catch(() => undefined);
    } else {
      annotation('error', `prompt-budget: internal error, please report it: ${error instanceof Error ? error.stack : String(error)}`);
    }
    process.exitCode = EXIT.usage;
  },
);
