/**
 * Issue 16: the run-time guard fits a request to the reserves budgets.yml declares, counted as the
 * gate counts (checked here against tiktoken and the cookbook's formula, not our own numbers).
 */
import { get_encoding } from 'tiktoken';
import { afterAll, describe, expect, it } from 'vitest';
import { BudgetExceededError, openBudgets, type GuardMessage } from '../../../src/lib/index.js';
import { guardYaml, rustCounter, words } from '../../helpers/guard.js';

// OpenAI's reference tokenizer (the WASM build of tiktoken's Rust core), loaded once: the oracle.
const oracle = get_encoding('o200k_base');
afterAll(() => oracle.free());
const oracleCount = (text: string) => oracle.encode_ordinary(text).length;

const YAML = (policy?: string, reserve = '{ history: 300, user_input: 60, output: 100 }', model = 'gpt-4o') => guardYaml(model, [{ name: 'support-chat', reserve, ...(policy && { policy }) }]);

/** The cookbook's count for gpt-4o (num_tokens_from_messages): 3 per message, its role and content, 1 per name; 3 for the reply. */
function cookbook(messages: readonly GuardMessage[], reply = true): number {
  return messages.reduce((n, m) => n + 3 + oracleCount(m.role) + oracleCount(String(m.content)) + (m.name ? 1 + oracleCount(m.name) : 0), reply ? 3 : 0);
}


describe('fit', () => {
  it('counts the request as the cookbook does on gpt-4o, and sends it whole when it fits', async () => {
    const budgets = await openBudgets({ yaml: YAML() });
    const system = 'You are a support agent for Acme.';
    const history: GuardMessage[] = [
      { role: 'user', content: 'My order is late.' },
      { role: 'assistant', content: 'Sorry to hear that. What is the order number?', name: 'agent' },
    ];
    const fitted = await budgets.request('support-chat').fit({ system, history, userInput: 'It is 12345.' });
    expect(fitted.messages).toEqual([{ role: 'system', content: system }, ...history, { role: 'user', content: 'It is 12345.' }]);
    expect(fitted.tokens.total).toBe(cookbook(fitted.messages));
    expect(fitted.tokens.fixed).toBe(cookbook([{ role: 'system', content: system }]));
    expect(fitted.tokens.history).toBe(cookbook(history, false));
    expect(fitted.exact).toBe(true);
    expect(fitted.maxOutput).toBe(100);
    expect(fitted.trimmed).toEqual({ messages: 0, tokens: 0, truncated: false, summarized: false });
  });

  it('drops the oldest turns to fit reserve.history, keeps the system prompt, and starts on a user turn', async () => {
    const budgets = await openBudgets({ yaml: YAML() });
    const history: GuardMessage[] = [];
    for (let i = 0; i < 20; i++) history.push({ role: 'user', content: words(12, i) }, { role: 'assistant', content: words(20, i) });
    const fitted = await budgets.request('support-chat').fit({ system: 'Be brief.', history, userInput: 'And now?' });
    const kept = fitted.messages.slice(1, -1);
    expect(fitted.messages[0]).toEqual({ role: 'system', content: 'Be brief.' });
    expect(kept[0]!.role).toBe('user');
    expect(kept).toEqual(history.slice(history.length - kept.length));
    expect(cookbook(kept, false)).toBeLessThanOrEqual(300);
    // The next older turn pair would not have fitted.
    expect(cookbook(history.slice(history.length - kept.length - 2), false)).toBeGreaterThan(300);
    expect(fitted.trimmed.messages).toBe(history.length - kept.length);
    expect(fitted.trimmed.tokens).toBe(cookbook(history.slice(0, fitted.trimmed.messages), false));
  });

  it('never sends a tool result without the call it answers', async () => {
    const budgets = await openBudgets({ yaml: YAML(undefined, '{ history: 120, user_input: 60, output: 100 }') });
    const call: GuardMessage = { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'lookup', arguments: JSON.stringify({ q: words(30) }) } }] };
    const result: GuardMessage = { role: 'tool', tool_call_id: 'c1', content: words(10) };
    const history: GuardMessage[] = [{ role: 'user', content: 'find it' }, call, result, { role: 'user', content: words(40) }, { role: 'assistant', content: 'done' }];
    const fitted = await budgets.request('support-chat').fit({ history, userInput: 'thanks' });
    for (const [i, m] of fitted.messages.entries()) if (m.role === 'tool') expect(fitted.messages[i - 1]).toBe(call);
    expect(fitted.messages.includes(result)).toBe(fitted.messages.includes(call));
    // OpenAI publishes no count for tool calls in the history: an estimate while one is sent.
    expect(fitted.exact).toBe(!fitted.messages.includes(call));
  });

  it('refuses user input over its reserve with a typed error carrying the counts', async () => {
    const budgets = await openBudgets({ yaml: YAML() });
    const input = words(100);
    const error = await budgets.request('support-chat').fit({ system: 'Hi', userInput: input }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BudgetExceededError);
    expect(error).toMatchObject({ request: 'support-chat', model: 'gpt-4o', part: 'user_input', tokens: cookbook([{ role: 'user', content: input }], false), limit: 60, reserve: 60, window: 128_000 });
  });

  it('truncates user input to its reserve when policy.user_input is truncate, keeping its start', async () => {
    const budgets = await openBudgets({ yaml: YAML('{ user_input: truncate }') });
    const input = words(100);
    const fitted = await budgets.request('support-chat').fit({ userInput: input });
    const sent = fitted.messages.at(-1)!.content as string;
    expect(input.startsWith(sent)).toBe(true);
    expect(cookbook([{ role: 'user', content: sent }], false)).toBeLessThanOrEqual(60);
    expect(cookbook([{ role: 'user', content: input.slice(0, sent.length + 6) }], false)).toBeGreaterThan(60);
    expect(fitted.trimmed.truncated).toBe(true);
  });

  it('refuses history over its reserve under policy.history: refuse', async () => {
    const budgets = await openBudgets({ yaml: YAML('{ history: refuse }') });
    const history: GuardMessage[] = [{ role: 'user', content: words(400) }];
    await expect(budgets.request('support-chat').fit({ history, userInput: 'hi' })).rejects.toMatchObject({ part: 'history', reserve: 300 });
  });

  it('summarizes what it drops through the callback, inside the reserve', async () => {
    const budgets = await openBudgets({ yaml: YAML('{ history: summarize }') });
    const history: GuardMessage[] = [];
    for (let i = 0; i < 10; i++) history.push({ role: 'user', content: words(30, i) }, { role: 'assistant', content: words(30, i + 1) });
    let seen: readonly GuardMessage[] = [];
    const fitted = await budgets.request('support-chat').fit({ history, userInput: 'next' }, { summarize: (dropped) => ((seen = dropped), `Earlier: ${dropped.length} messages about alpha.`) });
    expect(fitted.trimmed.summarized).toBe(true);
    expect(fitted.messages[0]).toEqual({ role: 'system', content: `Earlier: ${seen.length} messages about alpha.` });
    expect(seen).toEqual(history.slice(0, seen.length));
    expect(fitted.tokens.history).toBeLessThanOrEqual(300);
    expect(fitted.tokens.history).toBe(cookbook(fitted.messages.slice(0, -1), false));
  });

  it('uses the upper bound of an estimate: a Claude request fits at its bound', async () => {
    const budgets = await openBudgets({ yaml: YAML(undefined, '{ history: 300, user_input: 200, output: 100 }', 'claude-sonnet-4-5') });
    const history: GuardMessage[] = [];
    for (let i = 0; i < 20; i++) history.push({ role: 'user', content: words(12, i) }, { role: 'assistant', content: words(20, i) });
    const fitted = await budgets.request('support-chat').fit({ history, userInput: 'hi' });
    expect(fitted.exact).toBe(false);
    // The bound is at least the o200k count scaled by the method's high ratio (1.6 for Latin text).
    const kept = fitted.messages.slice(0, -1);
    expect(fitted.tokens.history).toBeGreaterThanOrEqual(Math.ceil(kept.reduce((n, m) => n + oracleCount(String(m.content)), 0) * 1.6));
    expect(fitted.tokens.history).toBeLessThanOrEqual(300);
  });

  it('names a request budgets.yml does not declare, with the closest one', async () => {
    const budgets = await openBudgets({ yaml: YAML() });
    expect(() => budgets.request('support-caht')).toThrow(/declares no request `support-caht`; did you mean `support-chat`\?/);
  });

  it('rejects an unknown policy at its line and column in budgets.yml', async () => {
    await expect(openBudgets({ yaml: YAML('{ history: drop }') })).rejects.toThrow(/^budgets\.yml:12:24: requests\.support-chat\.policy\.history must be one of trim, truncate, summarize, refuse, got `drop`/s);
  });
});

/** A deterministic generator, so a failing case can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe('fitted requests, on generated conversations', () => {
  it('never exceed a reserve or the window, never drop the system prompt, never orphan a tool result', async () => {
    const budgets = await openBudgets({ yaml: YAML(undefined, '{ history: 700, user_input: 120, output: 300 }') });
    const guard = budgets.request('support-chat');
    const next = random(16);
    for (let run = 0; run < 200; run++) {
      const history: GuardMessage[] = [];
      const turns = Math.floor(next() * 40);
      for (let t = 0; t < turns; t++) {
        const r = next();
        if (r < 0.4) history.push({ role: 'user', content: words(1 + Math.floor(next() * 60), t) });
        else if (r < 0.8) history.push({ role: 'assistant', content: words(1 + Math.floor(next() * 80), t) });
        else {
          const id = `call-${run}-${t}`;
          history.push({ role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name: 'search', arguments: `{"q":"${words(3, t)}"}` } }] });
          history.push({ role: 'tool', tool_call_id: id, content: words(1 + Math.floor(next() * 100), t) });
        }
      }
      const system = words(1 + Math.floor(next() * 50), run);
      const fitted = await guard.fit({ system, history, userInput: words(1 + Math.floor(next() * 40), run) });
      expect(fitted.messages[0]).toEqual({ role: 'system', content: system });
      expect(fitted.tokens.history).toBeLessThanOrEqual(700);
      expect(fitted.tokens.userInput).toBeLessThanOrEqual(120);
      expect(fitted.tokens.total + fitted.maxOutput!).toBeLessThanOrEqual(128_000);
      const kept = fitted.messages.slice(1, -1);
      if (kept.length > 0) expect(kept[0]!.role).toBe('user');
      // What is kept is the newest turns, in order.
      expect(kept).toEqual(history.slice(history.length - kept.length));
      for (const [i, m] of fitted.messages.entries()) {
        if (m.role !== 'tool') continue;
        const caller = fitted.messages.slice(0, i).reverse().find((x) => x.role !== 'tool');
        expect(caller?.tool_calls?.some((call) => call.id === m.tool_call_id)).toBe(true);
      }
    }
  });

  it('keeps a runaway conversation inside its budget on every turn (the incident: history appended without a cap)', { tags: ['exhaustive'] }, async () => {
    const budgets = await openBudgets({ yaml: YAML(undefined, '{ history: 2000, user_input: 200, output: 500 }') });
    const guard = budgets.request('support-chat');
    const history: GuardMessage[] = [];
    for (let turn = 0; turn < 400; turn++) {
      const userInput = words(5 + (turn % 30), turn);
      const fitted = await guard.fit({ system: 'You are Acme support.', history, userInput });
      expect(cookbook(fitted.messages.slice(1, -1), false)).toBeLessThanOrEqual(2000);
      expect(fitted.tokens.total).toBe(cookbook(fitted.messages));
      history.push({ role: 'user', content: userInput }, { role: 'assistant', content: words(10 + (turn % 50), turn + 1) });
    }
    expect(history.length).toBe(800);
  });
});

describe('a model counted with a tokenizer.json and its chat template', () => {
  it('fits the request as the template renders it, counted exactly (Rust tokenizers on the rendering written out by hand)', { tags: ['exhaustive'] }, async () => {
    const { dir, count: rustCount } = rustCounter('tokenizer-llama3');
    // Llama 3's template (tokenizer_config.json beside the file): BOS, then each message in its header and <|eot_id|>, then the assistant's header.
    const rendered = (messages: readonly GuardMessage[]) => `<|begin_of_text|>${messages.map((m) => `<|start_header_id|>${m.role}<|end_header_id|>\n\n${String(m.content).trim()}<|eot_id|>`).join('')}<|start_header_id|>assistant<|end_header_id|>\n\n`;
    const yaml = guardYaml('llama-3.3-70b', [{ name: 'chat', reserve: '{ history: 300, user_input: 60, output: 100 }' }], { models: '  llama-3.3-70b:\n    tokenizer: models/tokenizer.json' });
    const budgets = await openBudgets({ yaml }, { root: dir });
    const history: GuardMessage[] = [];
    for (let i = 0; i < 20; i++) history.push({ role: 'user', content: words(12, i) }, { role: 'assistant', content: words(20, i) });
    const system = 'You are Acme support.';
    const fitted = await budgets.request('chat').fit({ system, history, userInput: 'And now?' });
    const fixedAndInput = [{ role: 'system', content: system }, { role: 'user', content: 'And now?' }];
    expect(fitted.exact).toBe(true);
    expect(fitted.tokens.total).toBe(await rustCount(rendered(fitted.messages)));
    expect(fitted.tokens.fixed).toBe(await rustCount(rendered([{ role: 'system', content: system }])));
    expect(fitted.tokens.history).toBe(fitted.tokens.total - (await rustCount(rendered(fixedAndInput))));
    expect(fitted.tokens.history).toBeLessThanOrEqual(300);
    expect(fitted.tokens.history).toBeGreaterThan(150);
    expect(fitted.messages.slice(1, -1)).toEqual(history.slice(history.length - (fitted.messages.length - 2)));
  });
});

describe('a Gemini model counted with the local Gemma 3 tokenizer.json', () => {
  it("counts each text alone, no turns, and the tools' texts, as Google's LocalTokenizer does (Rust tokenizers' counts summed)", { tags: ['exhaustive'] }, async () => {
    const { dir, count: rustCount } = rustCounter('tokenizer-gemma3');
    const sum = async (texts: string[]) => (await Promise.all(texts.map(rustCount))).reduce((a, b) => a + b, 0);
    const yaml = guardYaml('gemini-2.5-pro', [{ name: 'chat', reserve: '{ history: 300, user_input: 60, output: 100 }' }], { tokenizer: 'models/tokenizer.json' });
    const budgets = await openBudgets({ yaml }, { root: dir });
    const history: GuardMessage[] = [{ role: 'user', content: 'Réponds en français.' }, { role: 'assistant', content: 'Bien sûr, 1234567890.' }];
    const tools = [{ type: 'function', function: { name: 'lookup', description: 'Find an order', parameters: { type: 'object', properties: { order: { type: 'string', description: 'The order id' } }, required: ['order'] } } }];
    const fitted = await budgets.request('chat').fit({ system: 'You are Acme support.', history, userInput: 'Where is it?', tools });
    expect(fitted.exact).toBe(true);
    expect(fitted.tokens.history).toBe(await sum(['Réponds en français.', 'Bien sûr, 1234567890.']));
    expect(fitted.tokens.userInput).toBe(await rustCount('Where is it?'));
    // The texts google-genai's _TextsAccumulator takes from the tool, written out by hand.
    expect(fitted.tokens.fixed).toBe(await sum(['You are Acme support.', 'lookup', 'Find an order', 'order', 'order', 'The order id']));
  });
});
