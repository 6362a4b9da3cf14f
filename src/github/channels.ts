/**
 * Every channel the action writes to, each with its one escaping and the one redaction: nothing
 * reaches the log, an annotation, the job summary, an output or the report file except through
 * here. Text from the pull request (names, paths, messages) and from APIs may hold anything, and
 * the job holds keys and a token that must reach none of them, whole or in part.
 */
import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { escapeControl, escapeLines } from '../common/format.js';
import { redactSecrets } from '../common/secrets.js';

/** A line of the log: control and bidirectional characters shown as escapes, no secret. */
export function logLine(text: string): void {
  core.info(escapeControl(redactSecrets(text)));
}

/**
 * A line shown only when the run has step debug logging on (the `ACTIONS_STEP_DEBUG` secret, or
 * "Re-run with debug logging"): the plan, the base chosen, what each component counted, timings.
 * Escaped and redacted like any log line; GitHub prints it with a `##[debug]` prefix.
 */
export function debugLine(text: string): void {
  core.debug(escapeControl(redactSecrets(text)));
}

/** True when debug lines will be shown: worth building a long one only then. */
export function debugging(): boolean {
  return core.isDebug();
}

/**
 * A message for someone who ran the action's entry point by hand, outside a workflow: plain text
 * on stderr, no workflow command (nothing would read it, and `::error::` reads as noise).
 */
export function plainError(text: string): void {
  process.stderr.write(`${escapeLines(redactSecrets(text))}\n`);
}

export function warningLine(text: string): void {
  core.warning(escapeControl(redactSecrets(text)));
}

/**
 * Text a renderer already made safe for a terminal (its colours are its only escape sequences),
 * printed with workflow commands switched off, so a file named "::set-output ..." cannot act on
 * the runner.
 */
export function logRendered(text: string): void {
  const token = randomUUID();
  core.info(`::stop-commands::${token}`);
  core.info(redactSecrets(text));
  core.info(`::${token}::`);
}

/**
 * An annotation: an error, or a warning (report-only shows failures as these). @actions/core
 * encodes the workflow-command syntax (%, CR, LF, and `:` `,` in properties); escapes for the
 * terminal and the redaction are ours. Each line of the message is escaped on its own, so a fix
 * stays on its own line.
 */
export function annotation(level: 'error' | 'warning', message: string, properties: core.AnnotationProperties = {}): void {
  const write = level === 'error' ? core.error : core.warning;
  write(escapeLines(redactSecrets(message)), {
    ...properties,
    ...(properties.title !== undefined && { title: escapeControl(redactSecrets(properties.title)) }),
    ...(properties.file !== undefined && { file: escapeControl(properties.file) }),
  });
}

export function setFailed(message: string): void {
  core.setFailed(escapeControl(redactSecrets(message)));
}

/** Markdown for the job summary (escaped for GFM by the renderer). */
export async function summary(markdown: string): Promise<void> {
  await core.summary.addRaw(redactSecrets(markdown)).write();
}

export function output(name: string, value: string): void {
  core.setOutput(name, redactSecrets(value));
}

/** Text bound for an API (the PR comment, escaped for GFM by the renderer): redacted like every channel. */
export const redacted = redactSecrets;

/** Text bound for a file (the report): redacted, each line escaped (lossless for JSON). */
export function fileText(text: string): string {
  return escapeLines(redactSecrets(text));
}
