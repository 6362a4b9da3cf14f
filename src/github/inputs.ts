import * as core from '@actions/core';
import { UserError } from '../common/errors.js';
import { addSecret } from '../common/secrets.js';

const COMMENT_MODES = ['always', 'on-change', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** The action's inputs, read and validated once. Defaults live in action.yml (the runner applies them). */
export interface Inputs {
  /** Path of the budgets file, relative to the workspace. */
  config: string;
  /** Token for the comment; empty when none was given. */
  token: string;
  /** When to post the sticky comment. */
  comment: CommentMode;
  /** A ref or SHA to compare with instead of the PR's base; empty for the event's own. */
  base: string;
  /** Keys for the vendors' counting APIs; empty when not given. Masked in the log as soon as read. */
  anthropicApiKey: string;
  geminiApiKey: string;
  /** Where to keep the counting APIs' answers between runs; empty for none. */
  countCache: string;
  /** Production's usage records (JSON lines) for the comment to compare with the reserves; empty for none. */
  usageFile: string;
  /** Budgets reported, not enforced: a broken budget is shown as "would fail" and the step passes. */
  reportOnly: boolean;
}

export function readInputs(): Inputs {
  const comment = core.getInput('comment') || 'on-change';
  if (!(COMMENT_MODES as readonly string[]).includes(comment)) {
    throw new UserError(`Input comment: ${JSON.stringify(comment)} is not a comment mode`, `Use one of ${COMMENT_MODES.join(', ')}.`);
  }
  // Masked both as given and as the counter sends it (trimmed): the runner masks exact strings only.
  // Registered with our own redactor too, which also removes pieces of it (src/common/secrets.ts).
  const secret = (name: string) => {
    const given = core.getInput(name, { trimWhitespace: false });
    const value = given.trim();
    if (value) core.setSecret(value);
    if (value && given !== value) core.setSecret(given);
    addSecret(value);
    return value;
  };
  // The runner masks a token from `secrets` or github.token itself; ours removes pieces of it too.
  const token = () => {
    const value = core.getInput('github-token');
    addSecret(value);
    return value;
  };
  return {
    reportOnly: booleanInput('report-only'),
    anthropicApiKey: secret('anthropic-api-key'),
    geminiApiKey: secret('gemini-api-key'),
    countCache: core.getInput('count-cache'),
    usageFile: core.getInput('usage-file'),
    config: core.getInput('config') || 'budgets.yml',
    token: token(),
    comment: comment as CommentMode,
    base: core.getInput('base'),
  };
}

/**
 * A true/false input, in the YAML 1.2 core schema's spellings (as core.getBooleanInput reads
 * them), with our own error: core's is a TypeError that would be reported as an internal one.
 */
function booleanInput(name: string): boolean {
  const value = core.getInput(name) || 'false';
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UserError(`Input ${name}: ${JSON.stringify(value)} is not true or false`, `Set \`${name}: true\` or \`${name}: false\`.`);
}
