/**
 * Fitting to a chat template that adds more to each message than the bounds assume: the sums
 * choose what to keep, the rendering decides, and a long history must not be rendered once per
 * dropped turn. The counter here is a stand-in whose bounds and template are written out, so the
 * renders can be counted and the templates made to misbehave.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RequestConfig, RequestPolicy } from '../../../src/config/types.js';
import type { Counted, MessageCounter } from '../../../src/guard/counter.js';
import { BudgetExceededError } from '../../../src/guard/errors.js';
import { RequestGuard, firstFitting, type FittedRequest } from '../../../src/guard/fit.js';
import type { GuardMessage } from '../../../src/guard/messages.js';
import { words } from '../../helpers/guard.js';

const tokensOf = (m: GuardMessage) => (m.content === null ? Math.ceil(JSON.stringify(m.tool_calls).length / 8) : String(m.content).split(' ').filter(Boolean).length);
const counted = (tokens: number): Counted => ({ tokens, high: tokens, exact: true });

/** A template: `perMessage` tokens around each message, `noise` (by message count) added to the whole, 3 for the reply's header. */
interface Template {
  perMessage: number;
  noise?: (messages: number) => number;
}

/** The guard's counter with bounds of 4 tokens per message (text: its words) and, with `template`, a rendering counted by it. */
function counter(template: Template | undefined, renders = { count: 0 }): MessageCounter {
  const render = (messages: readonly GuardMessage[]) => {
    renders.count++;
    return counted(1 + messages.reduce((n, m) => n + template!.perMessage + tokensOf(m), 0) + 3 + (template!.noise?.(messages.length) ?? 0));
  };
  const fake = {
    prepare: () => Promise.resolve(undefined),
    fixed: (messages: readonly GuardMessage[]) => counted(messages.reduce((n, m) => n + 4 + tokensOf(m), 3)),
    message: (m: GuardMessage) => counted(4 + tokensOf(m)),
    ...(template && { conversation: render }),
  };
  // The guard reads these four members alone; the class's private caches are not needed here.
  return fake as unknown as MessageCounter;
}

function guardWith(template: Template | undefined, reserve: RequestConfig['reserve'], policy: RequestPolicy, contextWindow: number, renders?: { count: number }): RequestGuard {
  // fit() reads the name, model, reserve and policy; the rest of a request's config is the gate's.
  const config = { name: 'chat', model: 'test-model', reserve, policy } as RequestConfig;
  return new RequestGuard(config, counter(template, renders), { contextWindow });
}

/** History as turns: a user's text, an assistant's answer, or an assistant's tool call with its result. */
function history(kinds: readonly { kind: 'user' | 'assistant' | 'tool'; words: number }[]): GuardMessage[][] {
  return kinds.map(({ kind, words: n }, i): GuardMessage[] => {
    if (kind !== 'tool') return [{ role: kind, content: words(n, i) }];
    const id = `call-${i}`;
    return [
      { role: 'assistant', content: null, tool_calls: [{ id, type: 'function', function: { name: 'lookup', arguments: '{}' } }] },
      { role: 'tool', tool_call_id: id, content: words(n, i) },
    ];
  });
}

type Outcome = { messages: GuardMessage[]; tokens: FittedRequest['tokens'] } | { error: { part: string; tokens: number; limit: number; reserve?: number } };

/**
 * The rendering loop as it was before the search (the reference): from the sums' choice, drop the
 * partial message, then one turn at a time (and on to a user's turn), rendering the whole request
 * each time, until it fits or nothing is left. The sums' choice comes from the same guard without
 * a template, whose code before the rendering is the same.
 */
async function dropOneByOne(template: Template, turns: GuardMessage[][], fit: { system: string; userInput: string }, reserve: RequestConfig['reserve'], policy: RequestPolicy, contextWindow: number): Promise<Outcome> {
  const input = { system: fit.system, history: turns.flat(), userInput: fit.userInput };
  const summarize = () => 'Earlier: the user asked about alpha.';
  let sums: FittedRequest;
  try {
    sums = await guardWith(undefined, reserve, policy, contextWindow).fit(input, { summarize });
  } catch (error) {
    return errorOf(error);
  }
  const render = (messages: readonly GuardMessage[]) => (counter(template) as { conversation: (m: readonly GuardMessage[]) => Counted }).conversation(messages);
  const fixed: GuardMessage[] = [{ role: 'system', content: fit.system }];
  const user: GuardMessage[] = [{ role: 'user', content: fit.userInput }];
  const summary = sums.trimmed.summarized ? [sums.messages[1]!] : [];
  let partial = sums.trimmed.truncated ? [sums.messages[1 + summary.length]!] : [];
  let first = 0;
  for (let dropped = 0; dropped < sums.trimmed.messages; first++) dropped += turns[first]!.length;
  const inputRoom = contextWindow - reserve.output;
  const fixedOnly = render(fixed).tokens;
  const withUser = render([...fixed, ...user]).tokens;
  const userShare = withUser - fixedOnly;
  if (fixedOnly > inputRoom) return { error: { part: 'fixed', tokens: fixedOnly, limit: inputRoom } };
  const userLimit = Math.min(reserve.userInput, inputRoom - fixedOnly);
  if (userShare > userLimit) return { error: { part: 'user_input', tokens: userShare, limit: userLimit, reserve: reserve.userInput } };
  for (;;) {
    const messages = [...fixed, ...summary, ...partial, ...turns.slice(first).flat(), ...user];
    const all = render(messages).tokens;
    if (all <= inputRoom && all - withUser <= reserve.history) return { messages, tokens: { fixed: fixedOnly, history: all - withUser, userInput: userShare, total: all } };
    if (partial.length > 0) partial = [];
    else if (first < turns.length) {
      first++;
      while (first < turns.length && turns[first]![0]!.role !== 'user') first++;
    } else return { error: { part: 'history', tokens: all - withUser, limit: Math.min(reserve.history, inputRoom - withUser), reserve: reserve.history } };
  }
}

async function outcome(guard: RequestGuard, turns: GuardMessage[][], fit: { system: string; userInput: string }): Promise<Outcome> {
  try {
    const fitted = await guard.fit({ system: fit.system, history: turns.flat(), userInput: fit.userInput }, { summarize: () => 'Earlier: the user asked about alpha.' });
    return { messages: fitted.messages, tokens: fitted.tokens };
  } catch (error) {
    return errorOf(error);
  }
}

function errorOf(error: unknown): Outcome {
  if (!(error instanceof BudgetExceededError)) throw error;
  const { part, tokens, limit, reserve } = error;
  return { error: { part, tokens, limit, ...(reserve !== undefined && { reserve }) } };
}

const TRIM: RequestPolicy = { history: 'trim', userInput: 'refuse' };

describe('fitting to a chat template that adds more than the bounds assume', () => {
  it('renders a 2,000-turn history O(log n) times, not once per dropped turn, and keeps the most that fits', async () => {
    const turns = history(Array.from({ length: 2000 }, (_, i) => ({ kind: i % 2 === 0 ? 'user' : 'assistant', words: 10 + (i % 7) })));
    // The bounds take 4 tokens a message and keep all 2,000 turns (about 34k tokens); the template
    // adds 40 a message, about 106k in all, so the rendering must drop most of them.
    const reserve = { history: 40_000, userInput: 100, output: 1000 };
    const renders = { count: 0 };
    const template = { perMessage: 40 };
    const fit = { system: 'You are Acme support.', userInput: 'And now?' };
    const fitted = await guardWith(template, reserve, TRIM, 200_000, renders).fit({ system: fit.system, history: turns.flat(), userInput: fit.userInput });
    const kept = fitted.messages.slice(1, -1);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(1000);
    // 21 renders here; dropping one pair of turns per render took 626.
    expect(renders.count).toBeLessThanOrEqual(2 * Math.log2(turns.length) + 4);
    expect(fitted.tokens.history).toBeLessThanOrEqual(reserve.history);
    // The most that fits: what dropping one pair at a time kept.
    expect({ messages: fitted.messages, tokens: fitted.tokens }).toEqual(await dropOneByOne(template, turns, fit, reserve, TRIM, 200_000));
    expect(kept[0]!.role).toBe('user');
  });

  it('renders the request once more than its fixed part and input when what the sums keep fits, however long the history', async () => {
    const turns = history(Array.from({ length: 2000 }, (_, i) => ({ kind: i % 2 === 0 ? 'user' : 'assistant', words: 10 + (i % 7) })));
    const renders = { count: 0 };
    // The template adds 2 a message where the bounds take 4; the sums keep about 8,000 tokens' worth.
    const fitted = await guardWith({ perMessage: 2 }, { history: 8000, userInput: 100, output: 1000 }, TRIM, 200_000, renders).fit({ system: 'Hi', history: turns.flat(), userInput: 'And now?' });
    expect(fitted.messages.length).toBeGreaterThan(400);
    expect(fitted.trimmed.messages).toBeGreaterThan(1000);
    expect(renders.count).toBe(3);
  });

  it('keeps what dropping one turn at a time kept, on random conversations, reserves and templates', async () => {
    const turn = fc.record({ kind: fc.constantFrom('user' as const, 'assistant' as const, 'tool' as const), words: fc.integer({ min: 0, max: 30 }) });
    await fc.assert(
      fc.asyncProperty(
        fc.array(turn, { maxLength: 80, size: 'max' }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 200, max: 20_000 }),
        fc.constantFrom<RequestPolicy['history']>('trim', 'truncate', 'summarize'),
        async (kinds, perMessage, historyReserve, inputWords, contextWindow, historyPolicy) => {
          const turns = history(kinds);
          const template = { perMessage };
          const reserve = { history: historyReserve, userInput: 200, output: 100 };
          const policy: RequestPolicy = { history: historyPolicy, userInput: 'refuse' };
          const fit = { system: words(5), userInput: words(inputWords, 1) };
          const ours = await outcome(guardWith(template, reserve, policy, contextWindow), turns, fit);
          expect(ours).toEqual(await dropOneByOne(template, turns, fit, reserve, policy, contextWindow));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('sends only what its own rendering fits, or gives the error dropping one at a time gave, when the template is not monotone', async () => {
    const turn = fc.record({ kind: fc.constantFrom('user' as const, 'assistant' as const, 'tool' as const), words: fc.integer({ min: 0, max: 30 }) });
    await fc.assert(
      fc.asyncProperty(
        fc.array(turn, { maxLength: 60, size: 'max' }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 200, max: 4000 }),
        fc.constantFrom<RequestPolicy['history']>('trim', 'truncate', 'summarize'),
        async (kinds, perMessage, seed, historyReserve, contextWindow, historyPolicy) => {
          const turns = history(kinds);
          // Up to 400 tokens more or less by the number of messages: longer renderings may be shorter.
          const template = { perMessage, noise: (n: number) => (Math.imul(n + 1, seed) >>> 0) % 801 - 400 };
          const reserve = { history: historyReserve, userInput: 1000, output: 100 };
          const policy: RequestPolicy = { history: historyPolicy, userInput: 'refuse' };
          const fit = { system: words(5), userInput: words(3, 1) };
          const ours = await outcome(guardWith(template, reserve, policy, contextWindow), turns, fit);
          const reference = await dropOneByOne(template, turns, fit, reserve, policy, contextWindow);
          if ('error' in ours) {
            // The one error dropping one at a time may not have given: the summary alone renders
            // over, where with a template this erratic a longer history would render under.
            if (!('error' in reference)) expect([historyPolicy, ours.error.part]).toEqual(['summarize', 'history']);
            else expect(ours).toEqual(reference);
            return;
          }
          // What is sent fits by its own rendering, and is the newest turns from a user's.
          const rendered = (counter(template) as { conversation: (m: readonly GuardMessage[]) => Counted }).conversation;
          const withUser = rendered([ours.messages[0]!, ours.messages.at(-1)!]).tokens;
          const all = rendered(ours.messages).tokens;
          expect(ours.tokens.total).toBe(all);
          expect(all).toBeLessThanOrEqual(contextWindow - reserve.output);
          expect(all - withUser).toBeLessThanOrEqual(reserve.history);
          const flat = turns.flat();
          let kept = ours.messages.slice(1, -1);
          if (historyPolicy === 'summarize' && kept[0]?.role === 'system') kept = kept.slice(1);
          if (kept.length > 0 && !flat.includes(kept[0]!)) {
            // A user's message cut to its end.
            expect(historyPolicy).toBe('truncate');
            expect(kept[0]!.role).toBe('user');
            kept = kept.slice(1);
          }
          if (kept.length > 0) expect(kept[0]!.role).toBe('user');
          expect(kept.every((m, i) => m === flat[flat.length - kept.length + i])).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('firstFitting', () => {
  it('finds the first passing index of a monotone test in at most 2·log2(length) + 2 tests, each index once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }).chain((length) => fc.tuple(fc.constant(length), fc.integer({ min: 1, max: length }))), ([length, answer]) => {
        const tested: number[] = [];
        const found = firstFitting(length, (i) => (tested.push(i), i >= answer ? i * 10 : undefined));
        expect(found).toEqual(answer < length ? { index: answer, value: answer * 10 } : undefined);
        expect(new Set(tested).size).toBe(tested.length);
        expect(tested.length).toBeLessThanOrEqual(2 * Math.log2(length) + 2);
        if (!found && length > 1) expect(tested.at(-1)).toBe(length - 1);
      }),
    );
  });
});
