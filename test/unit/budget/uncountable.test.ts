/**
 * Issue 12, item 13 and the judging side of item 7: what could not be measured never passes.
 * A failure the PR's own tokenizer files cause is the PR's, not one carried over from base (both
 * revisions are counted with the PR's copies); a file a run-wide limit left uncounted always
 * fails; and a request with a part that cannot be counted never fits.
 */
import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../../src/budget/check.js';
import { readBaseConfig } from '../../../src/run/check-repository.js';
import { failsTheRun, type ModelFacts, type Report } from '../../../src/budget/report.js';
import { memoryRevision } from '../../../src/budget/revision.js';
import { parseConfig } from '../../../src/config/load.js';
import { UserError } from '../../../src/common/errors.js';
import { renderMarkdown } from '../../../src/render/markdown.js';
import { renderTerminal } from '../../../src/render/terminal.js';
import { findingText, verdictText } from '../../../src/render/labels.js';
import { countHere } from '../../../src/tokenize/tiktoken/batch.js';
import { RunLimitReached, type HuggingFaceTokenizer } from '../../../src/tokenize/huggingface/tokenizer-json.js';

const TOKENIZER = 'models/t/tokenizer.json';
const BUDGETS = `version: 1
components:
  chat:
    files: chat.md
    tokenizer: ${TOKENIZER}
    max_tokens: 100
`;
const config = parseConfig(BUDGETS, 'budgets.yml');

/** One token a character; texts holding "!" cannot be counted, with `fail`'s error. */
function tokenizer(fail: (text: string) => UserError): HuggingFaceTokenizer {
  return {
    count: (text) => {
      if (text.includes('!')) throw fail(text);
      return text.length;
    },
  };
}

async function check(files: { base: Record<string, string>; head: Record<string, string> }, counting: HuggingFaceTokenizer, ruleChanges: string[] = [], budgets = BUDGETS, facts?: ModelFacts): Promise<Report> {
  const base = memoryRevision({ label: 'main', sha: 'a'.repeat(40) }, { 'budgets.yml': budgets, ...files.base });
  return checkBudgets(
    parseConfig(budgets, 'budgets.yml'),
    memoryRevision({ label: 'change', sha: 'b'.repeat(40) }, { 'budgets.yml': budgets, ...files.head }),
    base,
    { engines: { encodings: countHere, huggingface: new Map([[TOKENIZER, counting]]) }, ruleChanges, ...(facts && { modelFacts: () => facts }), baseConfig: await readBaseConfig(base, 'budgets.yml') },
  );
}

const refused = tokenizer((text) => new UserError(`${TOKENIZER}: cannot count ${JSON.stringify(text)}`));
const sentence = (report: Report) => report.components[0]!.findings.map((f) => findingText(f)).join(' ');

describe('a failure to count', () => {
  it('is carried over from base when the tokenizer files are as they were (the base failed with them too)', async () => {
    const report = await check({ base: { 'chat.md': 'hi!' }, head: { 'chat.md': 'hi!' } }, refused);
    expect(config.components[0]!.tokenizer).toEqual({ kind: 'huggingface', path: TOKENIZER });
    expect(report.components[0]).toMatchObject({ status: 'pre-existing', failed: false });
    expect(report.verdict).toBe('pass');
  });

  it("is the PR's when it edits the tokenizer files the component is counted with, and says which", async () => {
    for (const edited of [TOKENIZER, 'models/t/chat_template.jinja', 'models/t/tokenizer_config.json']) {
      const report = await check({ base: { 'chat.md': 'hi!' }, head: { 'chat.md': 'hi!' } }, refused, ['budgets.yml', edited]);
      expect(report.components[0]).toMatchObject({ status: 'unreadable', failed: true });
      expect(report.components[0]!.brokenAtBase).toBeUndefined();
      expect(report.verdict).toBe('fail');
      expect(sentence(report)).toBe(
        `chat cannot be counted: ${TOKENIZER}: cannot count "hi!". The PR's change to ${edited} made it uncountable (base and head are both counted with the PR's copy, so this is not a failure carried over from base): fix or revert that change.`,
      );
      expect(report.ruleChanges).toEqual(['budgets.yml', edited]);
    }
  });

  it('edits elsewhere (budgets.yml, another model\'s files) leave it carried over', async () => {
    const report = await check({ base: { 'chat.md': 'hi!' }, head: { 'chat.md': 'hi!' } }, refused, ['budgets.yml', 'models/other/chat_template.jinja']);
    expect(report.components[0]!.status).toBe('pre-existing');
  });

  it('left by a run-wide limit is never carried over, edited files or not', async () => {
    const ranOut = tokenizer(() => new RunLimitReached(`${TOKENIZER}: counting a text of 3 characters stopped: the run's limit of 60 s for loading tokenizer.json files, counting with them and rendering chat templates ran out`));
    const report = await check({ base: { 'chat.md': 'hi!' }, head: { 'chat.md': 'hi!' } }, ranOut);
    expect(report.components[0]).toMatchObject({ status: 'unreadable', failed: true });
    expect(report.components[0]!.head.files[0]).toMatchObject({ tokens: 0, problemFrom: 'run-limit' });
    expect(sentence(report)).toMatch(/^chat cannot be counted: .*the run's limit of 60 s .* ran out\. A limit of the whole run left it uncounted, and what is not measured fails, never passes/);
  });

  it('leaves the other files and components counted, and the file uncounted as a whole', async () => {
    const report = await check({ base: { 'chat.md': 'hello', 'b.md': 'x' }, head: { 'chat.md': 'hello!', 'b.md': 'x' } }, refused);
    expect(report.components[0]!.head.files).toEqual([expect.objectContaining({ path: 'chat.md', tokens: 0, problem: `${TOKENIZER}: cannot count "hello!"`, problemFrom: 'tokenizer' })]);
    expect(report.components[0]!.status).toBe('unreadable');
  });
});

describe('over the allotment at base and head', () => {
  const big = 'x'.repeat(150);
  it('is carried over when the tokenizer files are as they were', async () => {
    expect((await check({ base: { 'chat.md': big }, head: { 'chat.md': big } }, refused)).components[0]!.status).toBe('pre-existing');
  });

  it('is not when the PR edits them: base was measured with the PR\'s copies, not its own', async () => {
    const report = await check({ base: { 'chat.md': big }, head: { 'chat.md': big } }, refused, ['models/t/chat_template.jinja']);
    expect(report.components[0]).toMatchObject({ status: 'over', failed: true });
    expect(report.verdict).toBe('fail');
  });
});

describe('a request with a part that cannot be counted', () => {
  const budgets = `version: 1
models:
  acme-llama: { tokenizer: ${TOKENIZER}, context_window: 4000, prices: { input: 1 } }
components:
  system: { files: system.md, model: acme-llama, max_tokens: 4000 }
  chat: { files: chat.md, model: acme-llama, max_tokens: 4000 }
requests:
  support:
    model: acme-llama
    components: [system, chat]
    reserve: { output: 400 }
`;
  const facts: ModelFacts = { contextWindow: 4_000, prices: { currency: 'USD', inputPerMillion: 1 }, asOf: '2026-01-01' };

  it('never fits: it fails, with no headroom or cost from the parts that could be counted', async () => {
    // 3,200 tokens counted + 400 reserved = 3,600 of 4,000 "fit" if the chat counted as 0; it is really 5,550.
    const report = await check({ base: { 'system.md': 's'.repeat(3_200), 'chat.md': 'c'.repeat(1_950) }, head: { 'system.md': 's'.repeat(3_200), 'chat.md': `${'c'.repeat(1_949)}!` } }, refused, [], budgets, facts);
    const [request] = report.requests;
    expect(request).toMatchObject({ status: 'uncountable', failed: true, headroom: null, cost: null, uncounted: ['chat'], fixed: { head: 3_200 } });
    expect(report.verdict).toBe('fail');
    expect(report.counts.requestsFailed).toBe(1);
    expect(request!.findings.map((f) => findingText(f))).toEqual([
      'support cannot be checked against the context window of acme-llama: chat cannot be counted, so its fixed part is unknown (at least 3,200 tokens) and a request with a part that cannot be counted never fits: fix that component (see its finding), or leave it out of the request in budgets.yml (line 8).',
    ]);
    expect(verdictText(report)).toBe('1 of 2 components broke a budget; 1 of 1 request cannot be checked (a part cannot be counted)');

    const markdown = renderMarkdown(report);
    const row = markdown.split('\n').find((line) => line.includes('`support`'))!;
    expect(row).toBe('| ❌ | `support` | `acme-llama` | ≥3,200 | 400 | – (a part cannot be counted) | – |');
    expect(markdown).not.toMatch(/3,600|400 of 4,000/);
    const terminal = renderTerminal(report, { color: false });
    expect(terminal).toMatch(/support\s+acme-llama\s+≥3,200\s+400\s+–\s+–\s+✗ a part cannot be counted/);
  });

  it('fails even when the part was already uncountable at base and so does not fail itself', async () => {
    const files = { 'system.md': 's'.repeat(100), 'chat.md': 'c!' };
    const report = await check({ base: files, head: files }, refused, [], budgets, facts);
    expect(report.components.find((c) => c.name === 'chat')!.status).toBe('pre-existing');
    expect(report.requests[0]).toMatchObject({ status: 'uncountable', failed: true });
    expect(report.verdict).toBe('fail');
  });
});

describe('report-only', () => {
  const budgets = `version: 1
models:
  acme-llama: { tokenizer: ${TOKENIZER}, context_window: 4000 }
components:
  system: { files: system.md, model: acme-llama, max_tokens: 50 }
  chat: { files: chat.md, model: acme-llama, max_tokens: 4000 }
requests:
  support: { model: acme-llama, components: [system, chat], reserve: { output: 400 } }
`;
  const facts: ModelFacts = { contextWindow: 4_000, asOf: '2026-01-01' };
  const reportOnly = (report: Report): Report => ({ ...report, reportOnly: true });

  it('passes a broken budget but not a part that cannot be counted, carried over from base or not', async () => {
    const over = reportOnly(await check({ base: { 'system.md': 's', 'chat.md': 'c' }, head: { 'system.md': 's'.repeat(60), 'chat.md': 'c' } }, refused, [], budgets, facts));
    expect(over.verdict).toBe('fail');
    expect(failsTheRun(over)).toBe(false);
    expect(verdictText(over)).toMatch(/^would fail \(report-only\): /);

    const made = reportOnly(await check({ base: { 'system.md': 's', 'chat.md': 'c' }, head: { 'system.md': 's', 'chat.md': 'c!' } }, refused, [], budgets, facts));
    expect(failsTheRun(made)).toBe(true);
    expect(verdictText(made)).toMatch(/^fails even in report-only \(1 component cannot be counted\): /);
    expect(renderMarkdown(made)).toMatch(/^### ❌ prompt-budget: fails even in report-only/m);

    // The component's own failure is carried over (fail_on: made-worse); the request's size is still unknown.
    const carried = reportOnly(await check({ base: { 'system.md': 's', 'chat.md': 'c!' }, head: { 'system.md': 's', 'chat.md': 'c!' } }, refused, [], budgets, facts));
    expect(carried.components.find((c) => c.name === 'chat')!.status).toBe('pre-existing');
    expect(failsTheRun(carried)).toBe(true);
    expect(verdictText(carried)).toMatch(/^fails even in report-only \(1 request has a part that cannot be counted\): /);
    expect(renderTerminal(carried, { color: false })).toContain('what cannot be measured');
  });
});
