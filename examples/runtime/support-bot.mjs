// The support bot of examples/support at run time: the budgets.yml at the repository root (the one
// CI checks) fits every call before it is sent. With OPENAI_API_KEY set, each turn goes to
// OpenAI through the wrapped client; without it, the script only fits and prints what it would send.
// Each turn is charged to one user of the free tier (budgets.yml: limits.per_user): the reservation
// before the call, the API's usage after it. The counters live in this process's memory, or, with
// REDIS_URL set, in Redis, shared by every instance. With USAGE_FILE set, each call's usage record
// is appended to it as a JSON line, for `prompt-budget usage USAGE_FILE`.
//
//   npm run bundle && node examples/runtime/support-bot.mjs [turns]
//   REDIS_URL=redis://127.0.0.1:6379 USAGE_FILE=usage.jsonl node examples/runtime/support-bot.mjs
import { appendFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { BudgetExceededError, openBudgets, redisStore, toJsonLine, withBudgets } from 'prompt-budget';

let redis;
if (process.env.REDIS_URL) {
  const { Redis } = await import('ioredis');
  redis = new Redis(process.env.REDIS_URL);
}
const onUsage = process.env.USAGE_FILE ? (record) => appendFileSync(process.env.USAGE_FILE, toJsonLine(record)) : undefined;
const budgets = await openBudgets(new URL('../../budgets.yml', import.meta.url).pathname, { ...(redis && { store: redisStore(redis) }), ...(onUsage && { onUsage }) });
const system = await readFile(new URL('../support/system.md', import.meta.url), 'utf8');
const guard = budgets.request('support-chat');

const turns = Number(process.argv[2] ?? 60);
const history = [];
let client;
const usage = [];
if (process.env.OPENAI_API_KEY) {
  const { default: OpenAI } = await import('openai');
  client = withBudgets(new OpenAI(), budgets, { request: 'support-chat', onFit: report, user: 'demo-user', tier: 'free' });
}

function report(fitted) {
  const { fixed, history: kept, userInput, total } = fitted.tokens;
  console.log(`turn ${history.length / 2 + 1}: ${total} tokens in (fixed ${fixed}, history ${kept}, input ${userInput}), ` + `max output ${fitted.maxOutput}; dropped ${fitted.trimmed.messages} messages (${fitted.trimmed.tokens} tokens)`);
}

for (let turn = 1; turn <= turns; turn++) {
  const userInput = `Turn ${turn}: my order #${10_000 + turn} of trail shoes has not arrived yet; the tracking page has said "label created" for ${turn} days. Can you check it and tell me when it will ship?`;
  let answer;
  if (client) {
    const reply = await client.chat.completions.create({ model: 'gpt-4.1', messages: [{ role: 'system', content: system }, ...history, { role: 'user', content: userInput }] });
    answer = reply.choices[0].message.content ?? '';
  } else {
    const fitted = await guard.fit({ system, history, userInput });
    report(fitted);
    // What the API would report: the counted input and a short answer.
    const admission = await budgets.admit(fitted, { user: 'demo-user', tier: 'free' });
    usage.push(await admission.settle({ usage: { prompt_tokens: fitted.tokens.total, completion_tokens: 40 } }));
    answer = `I checked order #${10_000 + turn}: it ships tomorrow from our Denver warehouse, and you will get a tracking email. Sorry for the wait.`;
  }
  history.push({ role: 'user', content: userInput }, { role: 'assistant', content: answer });
}

// A pasted document over reserve.user_input is refused with everything needed to answer the user.
try {
  await guard.fit({ system, history, userInput: 'Here is my whole email thread: ' + 'Hello, any news on my order? '.repeat(400) });
} catch (error) {
  if (!(error instanceof BudgetExceededError)) throw error;
  console.log(`refused: ${error.part} is ${error.tokens} tokens, over its ${error.limit} (reserve ${error.reserve}, window ${error.window})`);
}

if (usage.length > 0) console.log(`demo-user (free) was charged ${usage.reduce((sum, r) => sum + r.usage.input + r.usage.output, 0)} tokens in ${usage.length} calls`);
redis?.disconnect();
