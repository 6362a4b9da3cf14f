/**
 * Issue 12, item 7, where it is enforced: a chat template's output is held to the largest prompt
 * (16 MB) while it renders, not after; and one budget, in time and in characters rendered, holds
 * for all of a run's loading, counting and rendering together. Small budgets here stand for the
 * run's 60 s and 64 M characters, which the action and the CLI use (RUN_BUDGET).
 */
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../../src/common/errors.js';
import { loadHuggingFaceTokenizer, MAX_RENDER_BUILT_CHARS, MAX_RENDER_CHARS, RUN_BUDGET, RUN_RENDER_CHARS, RUN_TIME_MS, RunLimitReached, type TimeLimits, type TokenizerFiles } from '../../../../src/tokenize/huggingface/tokenizer-json.js';
import { ChatTemplate, OutputLimitExceeded } from '../../../../src/tokenize/huggingface/chat.js';
import { RunBudget, RunBudgetExhausted } from '../../../../src/tokenize/huggingface/time-limit.js';
import { MAX_PROMPT_BYTES } from '../../../../src/common/prompt-size.js';

/** A tiny byte-level BPE tokenizer.json: every byte, and the merges "a b" and "ab c". */
function tiny(): string {
  const vocab: Record<string, number> = {};
  let next = 0x100;
  for (let b = 0; b < 256; b++) {
    const printable = (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || b >= 0xae;
    vocab[String.fromCodePoint(printable ? b : next++)] = b;
  }
  vocab.ab = 256;
  vocab.abc = 257;
  return JSON.stringify({
    version: '1.0',
    added_tokens: [],
    normalizer: null,
    pre_tokenizer: { type: 'ByteLevel', add_prefix_space: false, trim_offsets: true, use_regex: true },
    model: { type: 'BPE', vocab, merges: ['a b', 'ab c'] },
  });
}

const user = [{ role: 'user', content: 'Hi' }];
const withTemplate = (chatTemplate: string, limits: Partial<TimeLimits>, files: Partial<TokenizerFiles> = {}) =>
  loadHuggingFaceTokenizer({ tokenizerJson: tiny(), chatTemplate, ...files }, 'models/x/tokenizer.json', limits);

/** What `work` throws, as the UserError a report would show. */
function thrown(work: () => unknown): UserError {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('no error');
}

/** A template whose every rendering loops for ever (well past any limit here). */
const FOREVER = '{% for i in range(1000000) %}{% for j in range(1000000) %}{% endfor %}{% endfor %}x';
/** `{{ s }}` of 2^20 characters, built by doubling (fast: no loop writes a character at a time). */
const MEGA = '{% set ns = namespace(s="x") %}{% for i in range(20) %}{% set ns.s = ns.s + ns.s %}{% endfor %}';

describe('the bounds, as the README states them', () => {
  it('renders at most 16 MB, builds at most 16 times that, and gives a run 60 s and 4 × 16 MB of renderings', () => {
    expect(MAX_RENDER_CHARS).toBe(MAX_PROMPT_BYTES);
    expect(MAX_RENDER_CHARS).toBe(16 * 1024 * 1024);
    expect(MAX_RENDER_BUILT_CHARS).toBe(16 * MAX_RENDER_CHARS);
    expect(RUN_TIME_MS).toBe(60_000);
    expect(RUN_RENDER_CHARS).toBe(4 * MAX_RENDER_CHARS);
    expect([RUN_BUDGET.timeMs, RUN_BUDGET.chars]).toEqual([RUN_TIME_MS, RUN_RENDER_CHARS]);
  });
});

describe("a run's time, across renderings, counts and loads", () => {
  it('ends renderings that each stay under their own limit once together they pass the run\'s, and everything after at once', () => {
    // Forty renderings of 7 s each passed a 10 s limit one by one (281 s). Here: a limit of 200 ms
    // each and 1 s in all, on a clock that charges loading nothing and each rendering 300 ms, so
    // how busy the machine is changes nothing (loading took over 200 ms on a loaded two-core one).
    let now = 0;
    let step = 0;
    const budget = new RunBudget(1_000, RUN_RENDER_CHARS, () => (now += step));
    const slow = withTemplate(FOREVER, { renderMs: 200, budget });
    step = 300; // what each piece of work costs: it reads the clock when it starts and when it ends
    const messages: string[] = [];
    for (let i = 0; i < 6; i++) messages.push(thrown(() => slow.renderChat!(user, { addGenerationPrompt: false })).located());
    const own = 'models/x/chat_template.jinja: rendering the chat template took more than 0.2 s';
    const runOut = "models/x/chat_template.jinja: rendering the chat template stopped: the run's limit of 1 s for loading tokenizer.json files, counting with them and rendering chat templates ran out";
    // Three end at their own limit and leave 100 ms, which ends the fourth: the run's limit.
    expect(messages).toEqual([own, own, own, runOut, runOut, runOut]);

    // Once it ran out, counting and loading (another tokenizer.json) fail at once, as run-wide limits.
    const start = performance.now();
    const count = thrown(() => slow.count('abc'));
    expect(count).toBeInstanceOf(RunLimitReached);
    expect(count.located()).toBe("models/x/tokenizer.json: counting a text of 3 characters stopped: the run's limit of 1 s for loading tokenizer.json files, counting with them and rendering chat templates ran out");
    const load = thrown(() => withTemplate('x', { budget }));
    expect(load).toBeInstanceOf(RunLimitReached);
    expect(load.located()).toMatch(/^models\/x\/tokenizer\.json: loading it stopped: the run's limit of 1 s/);
    expect(thrown(() => slow.renderChat!(user, { addGenerationPrompt: false }))).toBeInstanceOf(RunLimitReached);
    expect(performance.now() - start).toBeLessThan(1_000);
  });

  it('ends one rendering at what is left of the run, below its own limit', () => {
    // A clock that moves only when told: loading costs nothing however busy the machine is, then
    // work of 9.8 s leaves the run 200 ms.
    let now = 0;
    const budget = new RunBudget(10_000, RUN_RENDER_CHARS, () => now);
    const slow = withTemplate(FOREVER, { renderMs: 10_000, budget });
    budget.run(10_000, () => (now += 9_800));
    const start = performance.now();
    const error = thrown(() => slow.renderChat!(user, { addGenerationPrompt: false }));
    expect(error).toBeInstanceOf(RunLimitReached);
    expect(error.located()).toContain("the run's limit of 10 s");
    expect(error.hint).toMatch(/what remained is not counted and fails/);
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it('charges only the time spent: quick work leaves the run its budget', () => {
    let now = 0;
    const budget = new RunBudget(1_000, 10, () => now);
    for (let i = 0; i < 100; i++) expect(budget.run(1_000, () => ((now += 9), i))).toBe(i);
    expect(() => budget.run(1_000, () => (now += 100))).not.toThrow();
    expect(() => budget.run(1_000, () => 0)).toThrow(RunBudgetExhausted);
  });
});

describe("a rendering's output, held while it renders", () => {
  it('stops at 16 MB as soon as a loop passes it, not after building the whole text', () => {
    // Without the bound inside, this loop would build 2^40 characters ("Invalid string length") or run out of time.
    const huge = withTemplate(`${MEGA}{% for i in range(1000000) %}{{ ns.s }}{% endfor %}`, { budget: new RunBudget(RUN_TIME_MS, RUN_RENDER_CHARS) });
    const start = performance.now();
    const error = thrown(() => huge.renderChat!(user, { addGenerationPrompt: false }));
    expect(error.located()).toBe(
      "models/x/chat_template.jinja: the chat template's output passed 16 MB (16,777,216 characters), the largest prompt prompt-budget counts; rendering was stopped there",
    );
    expect(error).not.toBeInstanceOf(RunLimitReached);
    expect(performance.now() - start).toBeLessThan(5_000);
  });

  it('stops a single string past 16 MB, output or not', () => {
    const doubled = withTemplate('{% set ns = namespace(s="x") %}{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}{% endfor %}done', { budget: new RunBudget(RUN_TIME_MS, RUN_RENDER_CHARS) });
    expect(thrown(() => doubled.renderChat!(user, { addGenerationPrompt: false })).located()).toMatch(/the chat template's output passed 16 MB/);
  });

  it('stops a template that keeps copies of a long string it never outputs', () => {
    // This one held 3.8 GB within its 10 s.
    const hoard = withTemplate(
      `${MEGA}{% set ns.l = [] %}{% for i in range(100000) %}{% set ns.l = ns.l + [(ns.s ~ i) | trim] %}{% endfor %}{{ ns.l | length }}`,
      { budget: new RunBudget(RUN_TIME_MS, RUN_RENDER_CHARS) },
    );
    expect(thrown(() => hoard.renderChat!(user, { addGenerationPrompt: false })).located()).toBe(
      'models/x/chat_template.jinja: the chat template built more than 268,435,456 characters of text (16 times the 16 MB it may output) in one rendering; rendering was stopped there',
    );
  });

  it('counts the output exactly: loops, nested loops, set blocks and macros up to the limit pass, one character more fails', () => {
    // Each writes the message too (a template that leaves one out is refused): 'Hi', 2 characters.
    const render = (source: string, output: number) => ChatTemplate.from(`${source}{{ messages[0].content }}`, 'chat_template.jinja', {})!.render(user, { addGenerationPrompt: false }, { output, built: Infinity });
    const ten = '0123456789';
    const cases = [
      `{% for i in range(10) %}${ten}{% endfor %}`,
      `{% for i in range(5) %}{% for j in range(2) %}${ten}{% endfor %}{% endfor %}`,
      `{% set x %}{% for i in range(10) %}${ten}{% endfor %}{% endset %}{% set y %}{{ x }}{% endset %}{{ y }}`,
      `{% macro m() %}${ten}{% endmacro %}{% for i in range(20) %}{% set _ = m() %}{% endfor %}{% for i in range(10) %}{% if true %}{{ m() }}{% endif %}{% endfor %}`,
    ];
    for (const source of cases) {
      expect(render(source, 102)).toHaveLength(102);
      expect(() => render(source, 101)).toThrow(OutputLimitExceeded);
    }
  });

  it("holds all of a run's renderings to its characters, and says that bound", () => {
    const budget = new RunBudget(RUN_TIME_MS, 3 * 2 ** 20 + 10);
    const mega = withTemplate(`${MEGA}{{ ns.s }}{{ messages[0].content }}`, { budget });
    for (let i = 0; i < 3; i++) expect(mega.renderChat!(user, { addGenerationPrompt: false })).toHaveLength(2 ** 20 + 2);
    const error = thrown(() => mega.renderChat!(user, { addGenerationPrompt: false }));
    expect(error).toBeInstanceOf(RunLimitReached);
    expect(error.located()).toBe("models/x/chat_template.jinja: rendering the chat template stopped: the run's limit of 3,145,738 characters of chat-template output ran out");
    // A rendering that fits what is left still renders.
    expect(withTemplate('{{ messages[0].content }}', { budget }).renderChat!(user, { addGenerationPrompt: false })).toBe('Hi');
  });

  it('leaves a real chat template alone', () => {
    const llama = withTemplate("{{ bos_token }}{% for m in messages %}{{ '<|start|>' + m['role'] + '\\n' + m['content'] | trim + '<|end|>' }}{% endfor %}", { budget: new RunBudget(RUN_TIME_MS, RUN_RENDER_CHARS) }, { tokenizerConfigJson: '{"bos_token": "<s>"}' });
    const content = 'Hello there, how are you? '.repeat(100_000);
    expect(llama.renderChat!([{ role: 'user', content }], { addGenerationPrompt: false })).toBe(`<s><|start|>user\n${content.trim()}<|end|>`);
  });
});
