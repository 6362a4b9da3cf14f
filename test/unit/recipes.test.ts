/**
 * The recipes in examples/workflows (see docs/recipes.md) do what their comments say. The inputs
 * they use exist (workflows.test.ts); here, the parts each recipe is about.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const action = parse(read('action.yml')) as { inputs: Record<string, { default?: string; description: string }> };

interface Step {
  id?: string;
  if?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
const isOurs = (step: Step) => /^OWNER\/prompt-budget@v\d+$/.test(step.uses ?? '');

function steps(path: string): Step[] {
  const workflow = parse(read(path)) as { jobs: Record<string, { steps: Step[] }> };
  return Object.values(workflow.jobs).flatMap((job) => job.steps);
}

describe('prompt-budget-cached.yml', () => {
  const text = read('examples/workflows/prompt-budget-cached.yml');
  const workflow = parse(text) as { on: unknown };
  const all = steps('examples/workflows/prompt-budget-cached.yml');
  const restore = all.find((step) => step.uses?.startsWith('actions/cache/restore@'));
  const save = all.find((step) => step.uses?.startsWith('actions/cache/save@'));
  const ours = all.find(isOurs);
  const key = String(restore?.with?.key);
  const restoreKeys = String(restore?.with?.['restore-keys']).split('\n').map((line) => line.trim()).filter(Boolean);

  it('passes both vendors\' keys from secrets', () => {
    expect(ours?.with).toMatchObject({ 'anthropic-api-key': '${{ secrets.ANTHROPIC_API_KEY }}', 'gemini-api-key': '${{ secrets.GEMINI_API_KEY }}' });
  });

  it('runs on pushes to main as well, whose caches every pull request may restore (a PR never restores another PR\'s)', () => {
    expect(workflow.on).toEqual({ pull_request: null, push: { branches: ['main'] } });
  });

  it('restores before the check and saves after it, actions/cache v6, the file count-cache names, in runner.temp', () => {
    expect(restore?.uses).toBe('actions/cache/restore@v6');
    expect(save?.uses).toBe('actions/cache/save@v6');
    // Not the combined action, whose save runs only when the job succeeds.
    expect(all.some((step) => step.uses?.startsWith('actions/cache@'))).toBe(false);
    expect(all.indexOf(restore!)).toBeLessThan(all.indexOf(ours!));
    expect(all.indexOf(save!)).toBeGreaterThan(all.indexOf(ours!));
    expect(ours?.with?.['count-cache']).toMatch(/^\$\{\{ runner\.temp \}\}\//);
    expect(restore?.with?.path).toBe(ours?.with?.['count-cache']);
    expect(save?.with?.path).toBe(ours?.with?.['count-cache']);
  });

  it('saves when a budget fails the check too (the answers were paid for), not after a cancellation, under the key restore looked up', () => {
    const condition = String(save?.if).replace(/^\$\{\{\s*|\s*\}\}$/g, '');
    // A status function, or GitHub adds success() and a failed check would skip the save.
    expect(condition).toMatch(/(^|&&\s*)!cancelled\(\)/);
    expect(condition).not.toMatch(/\balways\(\)|\bsuccess\(\)/);
    // Every other clause of the condition holds when the check failed: only the restore's outcome.
    for (const clause of condition.split('&&').map((part) => part.trim()).filter((part) => part !== '!cancelled()')) {
      expect(clause).toBe(`steps.${restore?.id}.outcome == 'success'`);
    }
    expect(restore?.id).toBeTruthy();
    expect(save?.with?.key).toBe(`\${{ steps.${restore?.id}.outputs.cache-primary-key }}`);
  });

  it('saves under a key no other run has (run id and attempt), for this budgets file', () => {
    const config = String(ours?.with?.config ?? action.inputs.config?.default);
    expect(key).toContain(`\${{ hashFiles('${config}') }}`);
    expect(key).toContain('${{ github.run_id }}');
    expect(key).toContain('${{ github.run_attempt }}');
    // The unique part last, so the keys before it are prefixes.
    expect(key).toMatch(/\$\{\{ github\.run_attempt \}\}$/);
  });

  it('falls back through restore-keys that are prefixes of the key, most specific first', () => {
    expect(restoreKeys.length).toBeGreaterThanOrEqual(2);
    for (const prefix of restoreKeys) expect(key.startsWith(prefix), prefix).toBe(true);
    for (let i = 1; i < restoreKeys.length; i++) expect(restoreKeys[i - 1]!.startsWith(restoreKeys[i]!)).toBe(true);
    expect(restoreKeys[0]).toContain('hashFiles(');
    expect(restoreKeys.some((prefix) => prefix.includes('run_id'))).toBe(false);
  });

  it('says why a restored cache is safe: entries are keyed by the API key', () => {
    expect(text).toMatch(/HMAC-SHA256/);
    expect(text).toMatch(/keyed by the API key/);
    // What the action promises about the file, which the comment relies on.
    expect(action.inputs['count-cache']?.description).toMatch(/MACs keyed by the API key/);
  });

  it("says what GitHub shares, and never that one pull request's cache reaches another", () => {
    // Sentences as read: the comment markers and line breaks of the wrapped text removed.
    for (const doc of [text, read('docs/recipes.md')].map((raw) => raw.replace(/\s*\n#?\s*/g, ' '))) {
      expect(doc).toMatch(/never another pull request's/);
      expect(doc).not.toMatch(/written by another PR|across branches and PRs|shared by every branch/i);
    }
  });
});

describe('prompt-budget-monorepo.yml', () => {
  const ours = steps('examples/workflows/prompt-budget-monorepo.yml').filter(isOurs);
  const configs = ours.map((step) => step.with?.config);

  it('runs one step per budgets file, each naming its own', () => {
    expect(ours.length).toBeGreaterThanOrEqual(2);
    for (const config of configs) expect(config).toMatch(/^apps\/[\w-]+\/budgets\.yml$/);
    expect(new Set(configs).size).toBe(configs.length);
  });

  it('checks every app when an earlier one fails, stops when the run is cancelled, and comments from each', () => {
    // always() would also run the step after a cancellation; without a status function, GitHub adds success().
    for (const step of ours.slice(1)) expect(step.if).toBe('${{ !cancelled() }}');
    for (const step of ours) expect(step.with?.comment ?? action.inputs.comment?.default).not.toBe('never');
  });
});

describe('prompt-budget-report-only.yml', () => {
  const all = steps('examples/workflows/prompt-budget-report-only.yml');
  const ours = all.filter(isOurs);

  it('sets report-only, which action.yml declares and defaults to enforcing', () => {
    expect(ours).toHaveLength(1);
    expect(String(ours[0]?.with?.['report-only'])).toBe('true');
    expect(action.inputs['report-only']?.default).toBe('false');
    expect(action.inputs['report-only']?.description).toMatch(/still fails/);
  });

  it('reads over-budget, which keeps saying what would have failed', () => {
    expect(all.some((step) => step.if?.includes('outputs.over-budget'))).toBe(true);
  });
});

describe('docs/recipes.md', () => {
  it('links every recipe file, and the README links it', () => {
    const doc = read('docs/recipes.md');
    for (const file of ['prompt-budget-cached.yml', 'prompt-budget-monorepo.yml', 'prompt-budget-report-only.yml']) {
      expect(doc).toContain(`](../examples/workflows/${file})`);
      expect(() => read(`examples/workflows/${file}`)).not.toThrow();
    }
    expect(doc).toContain('](../.pre-commit-hooks.yaml)');
    expect(read('README.md')).toContain('](docs/recipes.md)');
  });
});
