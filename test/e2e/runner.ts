/**
 * Runs the bundled action (`node dist/index.js`) the way GitHub's runner runs a `node24`
 * action: cwd and GITHUB_WORKSPACE are the checkout, the environment holds only what the runner
 * provides (nothing leaks from the developer's shell), action.yml defaults are applied to the
 * INPUT_* variables by us (the runner applies them, not the action), and the step's files
 * (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, ...) are read back afterwards.
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { GitHubEvent } from './events.js';
import { makeTempDir } from './temp.js';
import { parseAnnotations, parseOutputFile, type Annotation } from './workflow-files.js';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ACTION_ENTRY = join(PROJECT_ROOT, 'dist', 'index.js');
export const ACTION_YML = join(PROJECT_ROOT, 'action.yml');

/** Long enough for a cold tokenizer load on a busy CI machine; short enough to fail a hang. */
const DEFAULT_TIMEOUT_MS = 60_000;

interface ActionInput {
  description?: string;
  required?: boolean;
  default?: string;
}

const declaredInputs = new Map<string, Promise<Record<string, ActionInput>>>();

/** The inputs an action.yml declares. A file the runner could not load (invalid YAML) throws. */
export function actionInputs(actionYml = ACTION_YML): Promise<Record<string, ActionInput>> {
  let inputs = declaredInputs.get(actionYml);
  if (!inputs) {
    inputs = readFile(actionYml, 'utf8').then((text) => (parse(text) as { inputs?: Record<string, ActionInput> } | null)?.inputs ?? {});
    declaredInputs.set(actionYml, inputs);
  }
  return inputs;
}

/** `core.getInput`'s variable name: upper case, spaces to underscores, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * INPUT_* for every input in action.yml: the step's `with:` value, else the declared default,
 * else ''. `${{ github.token }}` is the only expression a default may use here; an input the
 * action does not declare is a test bug, not something to pass along silently.
 */
export async function inputEnv(withValues: Record<string, string>, token: string, actionYml = ACTION_YML): Promise<Record<string, string>> {
  const declared = await actionInputs(actionYml);
  const unknown = Object.keys(withValues).filter((name) => !(name in declared));
  if (unknown.length > 0) throw new Error(`action.yml declares no input ${unknown.join(', ')}`);
  const env: Record<string, string> = {};
  for (const [name, input] of Object.entries(declared)) {
    let value = withValues[name] ?? String(input.default ?? '');
    value = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
    if (value.includes('${{')) throw new Error(`input ${name}: the harness cannot evaluate ${value}`);
    env[inputVariable(name)] = value;
  }
  return env;
}

export interface RunOptions {
  /** The checkout: cwd and GITHUB_WORKSPACE. */
  workspace: string;
  event: GitHubEvent;
  /** The fake API (GITHUB_API_URL, GITHUB_SERVER_URL, GITHUB_GRAPHQL_URL) and the job's token. */
  api: { url: string; token: string };
  /** The step's `with:` values by input name. */
  with?: Record<string, string>;
  /** Extra or overriding variables, e.g. RUNNER_DEBUG=1. */
  env?: Record<string, string>;
  /** The bundle to run; dist/index.js by default. */
  entry?: string;
  /** The Node binary that runs it; the one running the tests by default. */
  node?: string;
  /** The metadata file whose inputs and defaults apply; action.yml by default. */
  actionYml?: string;
  timeoutMs?: number;
}

export interface ActionRun {
  /** Exit code of the node process. */
  status: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** What the step wrote to GITHUB_STEP_SUMMARY. */
  summary: string;
  /** Workflow-command annotations from stdout, then stderr (the runner reads both). */
  annotations: Annotation[];
  /** GITHUB_ENV and GITHUB_STATE, parsed the same way as outputs. */
  exportedEnv: Record<string, string>;
  state: Record<string, string>;
}

export async function runAction(options: RunOptions): Promise<ActionRun> {
  const temp = await makeTempDir('prompt-budget-runner-');
  const files = {
    event: join(temp, 'event.json'),
    output: join(temp, 'output'),
    summary: join(temp, 'step_summary'),
    state: join(temp, 'state'),
    env: join(temp, 'env'),
    path: join(temp, 'path'),
  };
  await writeFile(files.event, JSON.stringify(options.event.payload, null, 2));
  for (const file of [files.output, files.summary, files.state, files.env, files.path]) await writeFile(file, '');
  const runnerTemp = await makeTempDir('prompt-budget-runner-temp-');
  const home = await makeTempDir('prompt-budget-home-');

  const { event, api } = options;
  const [owner = ''] = event.repository.split('/');
  const refName = event.ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: home,
    LANG: 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REPOSITORY: event.repository,
    GITHUB_REPOSITORY_ID: String(event.repositoryId),
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_SHA: event.sha,
    GITHUB_REF: event.ref,
    GITHUB_REF_NAME: refName,
    GITHUB_REF_TYPE: event.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
    GITHUB_HEAD_REF: event.headRef ?? '',
    GITHUB_BASE_REF: event.baseRef ?? '',
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: api.url,
    GITHUB_GRAPHQL_URL: `${api.url}/graphql`,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_RUN_ID: '9876543210',
    GITHUB_RUN_NUMBER: '42',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'prompt-budget',
    GITHUB_WORKFLOW: 'Prompt budget',
    GITHUB_ACTION: '__self',
    GITHUB_ACTOR: 'Codertocat',
    GITHUB_TRIGGERING_ACTOR: 'Codertocat',
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'GitHub Actions 1',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: runnerTemp,
    ...(await inputEnv(options.with ?? {}, api.token, options.actionYml)),
    ...options.env,
  };

  const { status, stdout, stderr } = await spawnNode(options.node ?? process.execPath, options.entry ?? ACTION_ENTRY, options.workspace, env, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const read = (file: string): Promise<string> => readFile(file, 'utf8');
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputFile(await read(files.output)),
    summary: await read(files.summary),
    annotations: [...parseAnnotations(stdout), ...parseAnnotations(stderr)],
    exportedEnv: parseOutputFile(await read(files.env)),
    state: parseOutputFile(await read(files.state)),
  };
}

function spawnNode(node: string, entry: string, cwd: string, env: Record<string, string>, timeoutMs: number): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [entry], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the action did not finish within ${timeoutMs} ms\n--- stdout (tail)\n${stdout.slice(-4000)}\n--- stderr (tail)\n${stderr.slice(-4000)}`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === null) reject(new Error(`the action was killed by ${signal ?? 'a signal'}\n${stderr.slice(-4000)}`));
      else resolve({ status: code, stdout, stderr });
    });
  });
}
