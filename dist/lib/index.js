import { createRequire as __pbCreateRequire } from 'node:module'; const require = __pbCreateRequire(import.meta.url);
import {
  readConfigFile
} from "../chunks/chunk-VFKTYT4S.js";
import {
  CATALOG,
  DEFAULT_POLICY,
  DEFAULT_STORE_POLICY,
  ESTIMATES,
  OVERHEAD_BOUND,
  PERIOD_SECONDS,
  RunBudget,
  UserError,
  analyzeUsage,
  chatOverheadFor,
  combineEstimates,
  countGeminiLocal,
  deltaOf,
  didYouMean,
  escapeControl,
  estimateParts,
  findModelSpec,
  geminiLocalParts,
  isEncodingName,
  isUserError,
  loadTokenizerFileFromDisk,
  mergeCatalog,
  openCountingApis,
  parseUsageLines,
  promptParts,
  toJsonLine,
  tokenCost,
  usageRecorder
} from "../chunks/chunk-L4AOQ7VS.js";
import {
  loadEncoder
} from "../chunks/chunk-53E7QTX6.js";
import "../chunks/chunk-BXQHEXTT.js";

// src/lib/open-budgets.ts
import { dirname, isAbsolute, join, resolve } from "node:path";

// src/guard/messages.ts
var UnsupportedContentError = class extends Error {
  name = "UnsupportedContentError";
};
function readMessage(message) {
  const texts = [];
  const { content } = message;
  if (typeof content === "string") texts.push(content);
  else if (Array.isArray(content)) {
    for (const part2 of content) {
      if (part2.type === "text" && typeof part2.text === "string") texts.push(part2.text);
      else throw new UnsupportedContentError(`a ${message.role} message holds a "${String(part2.type)}" part, which prompt-budget cannot count: only text is counted`);
    }
  }
  let text = texts.join("\n");
  const calls = message.tool_calls ?? [];
  for (const call of calls) text += `${text ? "\n" : ""}${call.function.name}
${call.function.arguments}`;
  return { chat: { role: message.role, content: text, ...typeof message.name === "string" && { name: message.name } }, estimated: calls.length > 0 };
}

// src/guard/counter.ts
function encodingsFor(tokenizer) {
  if (tokenizer.kind === "encoding") return [tokenizer.encoding];
  if (tokenizer.kind === "huggingface") return [];
  return [...new Set(Object.values(ESTIMATES).map((method) => method.basis))];
}
var exactly = (tokens) => ({ tokens, high: tokens });
function textCounter(tokenizer, model, engines) {
  switch (tokenizer.kind) {
    case "encoding": {
      const encoder = engines.encoders.get(tokenizer.encoding);
      return { count: (text) => exactly(encoder.count(text)), exact: true };
    }
    case "huggingface": {
      const file = engines.tokenizerFiles.get(tokenizer.path);
      const count2 = (text) => tokenizer.gemini === void 0 ? file.count(text) : countGeminiLocal(text, (t) => file.count(t));
      return { count: (text) => exactly(count2(text)), exact: true };
    }
    case "vendor":
    case "estimate": {
      const vendor = tokenizer.vendor;
      return {
        count: (text) => {
          const parts = estimateParts(vendor, model, text);
          return combineEstimates(parts.map((part2) => ({ key: part2.key, basisCount: engines.encoders.get(ESTIMATES[part2.key].basis).count(part2.text) })));
        },
        exact: false
      };
    }
  }
}
var CACHE_TEXTS = 5e4;
var CACHE_CHARACTERS = 64 * 1024 * 1024;
var TextCache = class {
  entries = /* @__PURE__ */ new Map();
  characters = 0;
  get(text) {
    return this.entries.get(text);
  }
  has(text) {
    return this.entries.has(text);
  }
  /** Adds `text`, which is not in the cache, making room for it first. */
  add(text, value) {
    while (this.entries.size > 0 && (this.entries.size >= CACHE_TEXTS || this.characters + text.length > CACHE_CHARACTERS)) {
      const oldest = this.entries.keys().next().value;
      this.entries.delete(oldest);
      this.characters -= oldest.length;
    }
    this.entries.set(text, value);
    this.characters += text.length;
    return value;
  }
};
var MessageCounter = class {
  overhead;
  text;
  textExact;
  /** Framing counted by a formula carried over from OpenAI's models: checked at OVERHEAD_BOUND × (file-counts.ts). */
  framingBound;
  geminiLocal;
  byObject = /* @__PURE__ */ new WeakMap();
  /** By the message's text (the application's own string, whose hash V8 keeps), then its role and name. */
  byText = new TextCache();
  /**
   * The whole request as a tokenizer.json's chat template renders it, with the reply's turn
   * opened, counted exactly (as the gate counts a chat file); absent without a template.
   */
  conversation;
  /** The vendor's own counts of texts, by text, when its counting API is used (see prepare). */
  apiCounts = new TextCache();
  api;
  /**
   * `api`: the vendor's counting API for this model (Claude, Gemini), when the application opted
   * in with a key: texts are counted by it, framing still estimated (see prepare).
   */
  constructor(tokenizer, model, engines, api) {
    this.overhead = chatOverheadFor(model);
    const { count: count2, exact } = textCounter(tokenizer, model, engines);
    this.textExact = exact;
    const known = new TextCache();
    this.text = (text) => {
      const counted = this.apiCounts.get(text);
      if (counted !== void 0) return { tokens: counted, high: counted };
      return known.get(text) ?? known.add(text, count2(text));
    };
    if (api) this.api = api;
    this.geminiLocal = tokenizer.kind === "huggingface" && tokenizer.gemini !== void 0;
    this.framingBound = !this.geminiLocal && !this.overhead.exact && tokenizer.kind !== "encoding" ? OVERHEAD_BOUND : 1;
    const file = tokenizer.kind === "huggingface" && tokenizer.gemini === void 0 ? engines.tokenizerFiles.get(tokenizer.path) : void 0;
    const renderChat = file?.renderChat?.bind(file);
    if (file && renderChat) {
      this.conversation = (messages, tools) => {
        const read = messages.map(readMessage);
        const options = { addGenerationPrompt: true, ...tools && tools.length > 0 && { tools } };
        const tokens = file.count(renderChat(read.map((m) => m.chat), options));
        return { tokens, high: tokens, exact: read.every((m) => !m.estimated) };
      };
    }
  }
  /**
   * Counts through the vendor's API, in one batch, the texts of `messages` not yet known, so the
   * counts that follow use them; the framing around each message stays the estimate. When the API
   * fails the texts keep their estimate (an upper bound), and the failure is returned to report.
   */
  async prepare(messages, tools) {
    if (!this.api) return void 0;
    const texts = /* @__PURE__ */ new Set();
    for (const message of messages) {
      if (this.byObject.has(message)) continue;
      const parts = this.parts([readMessage(message).chat], void 0, false);
      for (const text of [...parts.content, ...parts.overhead]) if (!this.apiCounts.has(text) && !this.byText.has(text)) texts.add(text);
    }
    if (tools && tools.length > 0) {
      const parts = this.parts([], tools, false, "request");
      for (const text of parts.overhead) if (!this.apiCounts.has(text)) texts.add(text);
    }
    if (texts.size === 0) return void 0;
    const asked = [...texts];
    try {
      const counts = await this.api(asked);
      asked.forEach((text, i) => this.apiCounts.add(text, counts[i]));
      return void 0;
    } catch (error) {
      return error instanceof Error ? error : new Error(String(error));
    }
  }
  /** One message with its framing, as a conversation's share of the gate's count; `remember: false` for a one-off (a truncation's candidates). */
  message(message, remember = true) {
    const known = this.byObject.get(message);
    if (known) return known;
    const read = readMessage(message);
    const key = `${read.chat.role}\0${read.chat.name ?? ""}\0${read.estimated ? "calls" : ""}`;
    const text = read.chat.content;
    let counted = this.byText.get(text)?.get(key);
    if (!counted) {
      counted = this.sum(this.parts([read.chat], void 0, false), !read.estimated);
      if (!remember) return counted;
      this.remember(text, key, counted);
    }
    if (remember) this.byObject.set(message, counted);
    return counted;
  }
  remember(text, key, counted) {
    (this.byText.get(text) ?? this.byText.add(text, /* @__PURE__ */ new Map())).set(key, counted);
  }
  /** The fixed messages with the tools and the reply priming, counted as the gate counts a chat file about to be answered. */
  fixed(messages, tools) {
    const read = messages.map(readMessage);
    return this.sum(this.parts(read.map((m) => m.chat), tools, true, this.api ? "request" : "cookbook"), read.every((m) => !m.estimated));
  }
  /** The parts the gate counts a conversation in: the cookbook's, or for a local Gemini tokenizer the texts alone. */
  parts(conversation, tools, reply, toolsBy = "cookbook") {
    const extracted = { format: "messages-json", content: { kind: "messages", conversations: [conversation], ...tools && tools.length > 0 && { tools: [[...tools]] } }, placeholders: [], excluded: [] };
    return this.geminiLocal ? geminiLocalParts(extracted) : promptParts(extracted, this.overhead, reply, toolsBy);
  }
  sum(parts, exactText) {
    let tokens = parts.fixedOverhead;
    let content = 0;
    let framing = parts.fixedOverhead;
    for (const text of parts.content) {
      const c = this.text(text);
      tokens += c.tokens;
      content += c.high;
    }
    for (const text of parts.overhead) {
      const c = this.text(text);
      tokens += c.tokens;
      framing += c.high;
    }
    const high = Math.max(tokens, content + this.framingBound * framing);
    return { tokens, high, exact: exactText && this.textExact && (this.geminiLocal || this.overhead.exact) && !parts.toolsEstimated };
  }
};

// src/guard/errors.ts
var BudgetExceededError = class extends Error {
  name = "BudgetExceededError";
  request;
  model;
  part;
  tokens;
  limit;
  reserve;
  window;
  constructor(details) {
    const what = details.part === "user_input" ? "the user input" : details.part === "history" ? "the history" : "the fixed part";
    super(`${details.request}: ${what} is ${details.tokens} tokens, over its ${details.limit}${details.reserve !== void 0 && details.reserve !== details.limit ? ` (reserve ${details.reserve}, less what the window leaves)` : ""}`);
    this.request = details.request;
    this.model = details.model;
    this.part = details.part;
    this.tokens = details.tokens;
    this.limit = details.limit;
    if (details.reserve !== void 0) this.reserve = details.reserve;
    if (details.window !== void 0) this.window = details.window;
  }
};

// src/guard/fit.ts
var RequestGuard = class {
  constructor(config, counter, limits) {
    this.config = config;
    this.counter = counter;
    this.limits = limits;
  }
  config;
  counter;
  limits;
  /** The request made to fit, or a BudgetExceededError saying which part does not. */
  async fit(input, options = {}) {
    const { name, model, reserve } = this.config;
    const policy = this.config.policy ?? DEFAULT_POLICY;
    const fail = (part2, tokens2, limit, partReserve) => {
      throw new BudgetExceededError({ request: name, model, part: part2, tokens: tokens2, limit, ...partReserve !== void 0 && { reserve: partReserve }, ...this.limits.contextWindow !== void 0 && { window: this.limits.contextWindow } });
    };
    const fixedMessages = typeof input.system === "string" ? [{ role: "system", content: input.system }] : [...input.system ?? []];
    let user = input.userInput === void 0 ? [] : typeof input.userInput === "string" ? [{ role: "user", content: input.userInput }] : Array.isArray(input.userInput) ? [...input.userInput] : [input.userInput];
    const apiFailure = await this.counter.prepare([...fixedMessages, ...input.history ?? [], ...user], input.tools);
    const fixed = this.counter.fixed(fixedMessages, input.tools);
    let exact = fixed.exact;
    const window = this.limits.contextWindow;
    const inputRoom = Math.min(window === void 0 ? Infinity : window - reserve.output, this.limits.maxInput ?? Infinity);
    if (fixed.high > inputRoom) fail("fixed", fixed.high, inputRoom);
    let inputCut = false;
    const userLimit = Math.min(reserve.userInput, inputRoom - fixed.high);
    let userCount = this.sum(user);
    if (userCount.high > userLimit) {
      if (policy.userInput === "refuse" || user.length !== 1 || typeof user[0].content !== "string") fail("user_input", userCount.high, userLimit, reserve.userInput);
      const cut = this.truncate(user[0], userLimit, "start");
      if (!cut) fail("user_input", userCount.high, userLimit, reserve.userInput);
      user = [cut.message];
      userCount = cut.counted;
      inputCut = true;
    }
    exact &&= userCount.exact;
    const historyLimit = Math.min(reserve.history, inputRoom - fixed.high - userCount.high);
    const units = turnsOf(input.history ?? []).map((messages) => ({ messages, counted: this.sum(messages) }));
    const historyTotal = units.reduce((sum, unit) => sum + unit.counted.high, 0);
    if (policy.history === "refuse" && historyTotal > historyLimit) fail("history", historyTotal, historyLimit, reserve.history);
    let first = units.length;
    let used = 0;
    while (first > 0 && used + units[first - 1].counted.high <= historyLimit) used += units[--first].counted.high;
    const startOnUser = () => {
      while (first < units.length && units[first].messages[0].role !== "user") used -= units[first++].counted.high;
    };
    startOnUser();
    let summary;
    let partial;
    const dropped = units.slice(0, first);
    if (dropped.length > 0 && policy.history === "truncate") {
      const last = dropped.at(-1);
      if (last.messages.length === 1 && last.messages[0].role === "user" && typeof last.messages[0].content === "string") {
        const cut = this.truncate(last.messages[0], historyLimit - used, "end");
        if (cut && cut.message.content !== "") {
          partial = cut;
          used += cut.counted.high;
        }
      }
    }
    if (dropped.length > 0 && policy.history === "summarize") {
      if (!options.summarize) throw new TypeError(`${name}: policy.history is summarize, so fit() needs a summarize callback`);
      const made = await options.summarize(dropped.flatMap((unit) => unit.messages), { maxTokens: Math.max(0, historyLimit - used) });
      summary = typeof made === "string" ? { role: "system", content: made } : made;
      await this.counter.prepare([summary]);
      const summaryCount = this.counter.message(summary);
      while (used + summaryCount.high > historyLimit && first < units.length) {
        used -= units[first++].counted.high;
        startOnUser();
      }
      if (used + summaryCount.high > historyLimit) fail("history", used + summaryCount.high, historyLimit, reserve.history);
      used += summaryCount.high;
      exact &&= summaryCount.exact;
    }
    const history = () => [...summary ? [summary] : [], ...partial ? [partial.message] : [], ...units.slice(first).flatMap((unit) => unit.messages)];
    let tokens = { fixed: fixed.high, history: used, userInput: userCount.high, total: fixed.high + used + userCount.high };
    const render = this.counter.conversation;
    if (render) {
      const fixedOnly = render(fixedMessages, input.tools);
      const withUser = render([...fixedMessages, ...user], input.tools);
      const userShare = withUser.tokens - fixedOnly.tokens;
      if (fixedOnly.tokens > inputRoom) fail("fixed", fixedOnly.tokens, inputRoom);
      if (userShare > Math.min(reserve.userInput, inputRoom - fixedOnly.tokens)) fail("user_input", userShare, Math.min(reserve.userInput, inputRoom - fixedOnly.tokens), reserve.userInput);
      const shareOf = (all2) => all2.tokens - withUser.tokens;
      const fits = (all2) => all2.tokens <= inputRoom && shareOf(all2) <= reserve.history;
      const renderNow = () => {
        const kept = history();
        return kept.length === 0 ? withUser : render([...fixedMessages, ...kept, ...user], input.tools);
      };
      let all = renderNow();
      if (!fits(all) && partial) {
        partial = void 0;
        all = renderNow();
      }
      if (!fits(all)) {
        const starts = [first];
        for (let i = first + 1; i < units.length; i++) if (units[i].messages[0].role === "user") starts.push(i);
        if (first < units.length) starts.push(units.length);
        let last = all;
        const found = firstFitting(starts.length, (j) => {
          first = starts[j];
          last = renderNow();
          return fits(last) ? last : void 0;
        });
        if (!found) fail("history", shareOf(last), Math.min(reserve.history, inputRoom - withUser.tokens), reserve.history);
        first = starts[found.index];
        all = found.value;
      }
      tokens = { fixed: fixedOnly.tokens, history: shareOf(all), userInput: userShare, total: all.tokens };
      exact = all.exact;
    } else {
      exact &&= partial?.counted.exact ?? true;
      for (let i = first; i < units.length; i++) exact &&= units[i].counted.exact;
    }
    const droppedUnits = units.slice(0, first);
    const outputCap = Math.min(reserve.output > 0 ? reserve.output : this.limits.maxOutput ?? Infinity, window === void 0 ? Infinity : window - tokens.total);
    return {
      request: name,
      model,
      messages: [...fixedMessages, ...history(), ...user],
      ...Number.isFinite(outputCap) && { maxOutput: outputCap },
      tokens,
      exact,
      trimmed: {
        messages: droppedUnits.reduce((n, unit) => n + unit.messages.length, 0),
        tokens: droppedUnits.reduce((n, unit) => n + unit.counted.high, 0),
        truncated: inputCut || partial !== void 0,
        summarized: summary !== void 0
      },
      ...window !== void 0 && { window },
      ...apiFailure && { apiError: apiFailure.message }
    };
  }
  sum(messages) {
    let tokens = 0;
    let high = 0;
    let exact = true;
    for (const message of messages) {
      const c = this.counter.message(message);
      tokens += c.tokens;
      high += c.high;
      exact &&= c.exact;
    }
    return { tokens, high, exact };
  }
  /**
   * The message with its text cut to fit `limit` (keeping its start or its end), by bisection on
   * the text's length: the longest cut whose count fits. Undefined when even its framing does not.
   */
  truncate(message, limit, keep) {
    const text = message.content;
    const cut = (length2) => ({ ...message, content: keep === "start" ? text.slice(0, length2) : text.slice(text.length - length2) });
    const fits = (length2) => this.counter.message(cut(length2), false).high <= limit;
    if (!fits(0)) return void 0;
    let low = 0;
    let high = text.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (fits(mid)) low = mid;
      else high = mid - 1;
    }
    let length = low;
    const splitsPair = (n) => n > 0 && n < text.length && (keep === "start" ? /[\ud800-\udbff]/.test(text[n - 1]) : /[\udc00-\udfff]/.test(text[text.length - n]));
    while (length > 0 && (splitsPair(length) || !fits(length))) length--;
    const kept = cut(length);
    return { message: kept, counted: this.counter.message(kept, false) };
  }
};
function firstFitting(length, test) {
  let failed = 0;
  let found;
  for (let step = 1; !found; step *= 2) {
    if (failed >= length - 1) return void 0;
    const index = Math.min(failed + step, length - 1);
    const value = test(index);
    if (value === void 0) failed = index;
    else found = { index, value };
  }
  while (found.index - failed > 1) {
    const index = Math.floor((failed + found.index) / 2);
    const value = test(index);
    if (value === void 0) failed = index;
    else found = { index, value };
  }
  return found;
}
function turnsOf(history) {
  const turns = [];
  for (let i = 0; i < history.length; ) {
    const message = history[i];
    const ids = new Set((message.tool_calls ?? []).map((call) => call.id));
    const turn = [message];
    i++;
    while (ids.size > 0 && i < history.length && history[i].role === "tool" && ids.has(String(history[i].tool_call_id))) turn.push(history[i++]);
    turns.push(turn);
  }
  return turns;
}

// src/limits/api-usage.ts
var count = (value) => typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.round(value) : 0;
function readUsage(response) {
  if (typeof response !== "object" || response === null) return void 0;
  const r = response;
  const u = r.usage;
  if (u && typeof u === "object") {
    if ("prompt_tokens" in u) {
      const cached = count(u.prompt_tokens_details?.cached_tokens);
      return { input: count(u.prompt_tokens), output: count(u.completion_tokens), ...cached > 0 && { cachedInput: cached } };
    }
    if ("input_tokens" in u) {
      if ("input_tokens_details" in u || "output_tokens_details" in u) {
        const cached2 = count(u.input_tokens_details?.cached_tokens);
        return { input: count(u.input_tokens), output: count(u.output_tokens), ...cached2 > 0 && { cachedInput: cached2 } };
      }
      const cached = count(u.cache_read_input_tokens);
      return { input: count(u.input_tokens) + cached + count(u.cache_creation_input_tokens), output: count(u.output_tokens), ...cached > 0 && { cachedInput: cached } };
    }
  }
  const g = r.usageMetadata;
  if (g && typeof g === "object" && "promptTokenCount" in g) {
    const cached = count(g.cachedContentTokenCount);
    return { input: count(g.promptTokenCount), output: count(g.candidatesTokenCount) + count(g.thoughtsTokenCount), ...cached > 0 && { cachedInput: cached } };
  }
  return void 0;
}
function costMicros(prices, input, output, cachedInput = 0) {
  const cached = Math.min(cachedInput, input);
  const picos = tokenCost(input - cached, prices.inputPerMillion) + tokenCost(cached, prices.cachedInputPerMillion ?? prices.inputPerMillion) + tokenCost(output, prices.outputPerMillion);
  return Number((picos + 999999n) / 1000000n);
}

// src/limits/charges.ts
var part = (text) => encodeURIComponent(text);
function chargesFor(config, request, caller, reserved) {
  const sets = [
    { scope: `req:${part(request.name)}`, set: request.limits },
    { scope: "all", set: config.limits }
  ];
  const limits = [];
  const alerts = [];
  const charge = (rule, key) => {
    const { unit, amount, period } = rule.allowance;
    const value = unit === "tokens" ? reserved.tokens : reserved.micros;
    return { key: `pb:${key}:${unit === "tokens" ? "tokens" : "usd"}:${period}`, unit, amount: value ?? 0, limit: amount, periodSeconds: PERIOD_SECONDS[period], name: rule.name };
  };
  for (const { scope, set } of sets) {
    if (!set) continue;
    const perUser = set.perUser.filter((p) => p.tier === void 0 || p.tier === caller.tier);
    if (set.perUser.length > 0) {
      if (caller.user === void 0) throw new TypeError(`${request.name}: budgets.yml sets per_user limits (${set.perUser[0].rule.name}); pass the call's user`);
      if (perUser.length === 0) {
        const tiers = [...new Set(set.perUser.map((p) => p.tier))].join(", ");
        throw new TypeError(`${request.name}: ${caller.tier === void 0 ? "pass the user's tier" : `tier \`${caller.tier}\` is not in budgets.yml`}: per_user names ${tiers}`);
      }
    }
    for (const { tier, rule } of perUser) limits.push(charge(rule, `${scope}:user:${part(tier ?? "*")}:${part(caller.user)}:${ruleIndex(rule)}`));
    for (const rule of set.total) limits.push(charge(rule, `${scope}:total:${ruleIndex(rule)}`));
    for (const rule of set.alert) alerts.push(charge(rule, `alert:${scope}:${ruleIndex(rule)}`));
  }
  return { limits, alerts };
}
function ruleIndex(rule) {
  return /\[(\d+)\]$/.exec(rule.name)?.[1] ?? "0";
}
function reservedFor(input, maxOutput, prices) {
  const output = maxOutput ?? 0;
  return { tokens: input + output, ...prices && { micros: costMicros(prices, input, output) } };
}

// src/limits/errors.ts
var LimitExceededError = class extends Error {
  limit;
  used;
  allowed;
  unit;
  retryAfterSeconds;
  user;
  tier;
  request;
  constructor(details) {
    const amount = (n) => details.unit === "tokens" ? `${n.toLocaleString("en-US")} tokens` : `$${(n / 1e6).toFixed(2)}`;
    super(`${details.request}: ${details.limit} is reached (${amount(details.used)} of ${amount(details.allowed)} used${details.user !== void 0 ? ` by ${details.user}` : ""}); try again in ${details.retryAfterSeconds}s`);
    this.name = "LimitExceededError";
    this.request = details.request;
    this.limit = details.limit;
    this.used = details.used;
    this.allowed = details.allowed;
    this.unit = details.unit;
    this.retryAfterSeconds = details.retryAfterSeconds;
    if (details.user !== void 0) this.user = details.user;
    if (details.tier !== void 0) this.tier = details.tier;
  }
};
var RequestDisabledError = class extends Error {
  constructor(request) {
    super(`${request} is turned off (its kill switch is set in the limit store)`);
    this.request = request;
    this.name = "RequestDisabledError";
  }
  request;
};
var LimitStoreError = class extends Error {
  constructor(message, cause) {
    super(message, { cause });
    this.name = "LimitStoreError";
  }
};

// src/limits/limiter.ts
var Limiter = class {
  constructor(config, store, pricesOf, callbacks = {}, now = Date.now) {
    this.config = config;
    this.store = store;
    this.pricesOf = pricesOf;
    this.callbacks = callbacks;
    this.now = now;
    this.policy = config.limits?.store ?? DEFAULT_STORE_POLICY;
  }
  config;
  store;
  pricesOf;
  callbacks;
  now;
  policy;
  /** `key@windowStart` of alerts already sent, so a crossing alerts once per period. */
  alerted = /* @__PURE__ */ new Set();
  async admit(fitted, caller = {}) {
    const request = this.config.requests.find((r) => r.name === fitted.request);
    if (!request) throw new TypeError(`${fitted.request} is not a request of ${this.config.path}`);
    const prices = this.pricesOf(request.model);
    const reserved = reservedFor(fitted.tokens.total, fitted.maxOutput, prices);
    const { limits, alerts } = chargesFor(this.config, request, caller, reserved);
    const record = (hit, usage, micros) => this.record(fitted, caller, hit, usage, micros);
    if (request.limits?.killSwitch) {
      const disabled = await this.bounded(() => this.store.isDisabled(request.name), `reading ${request.name}'s kill switch`);
      if (disabled === true) {
        this.emit(record([`requests.${request.name}.limits.kill_switch`]));
        throw new RequestDisabledError(request.name);
      }
    }
    let charged = [];
    if (limits.length > 0) {
      const result = await this.bounded(() => this.store.admit(limits), `admitting ${request.name}`);
      if (result !== void 0 && !result.ok) {
        this.emit(record([result.refused.name]));
        throw new LimitExceededError({ request: request.name, limit: result.refused.name, used: result.used, allowed: result.refused.limit, unit: result.refused.unit, retryAfterSeconds: result.retryAfterSeconds, ...caller });
      }
      if (result !== void 0) charged = limits;
    }
    const crossed = await this.countAlerts(request, alerts);
    return this.admission(charged.concat(crossed.counted), crossed.names, prices, record);
  }
  admission(charged, hit, prices, record) {
    let done;
    const finish = async (deltas, usage, micros) => {
      if (done) return done;
      done = record(hit, usage, micros);
      await this.adjust(deltas.filter((d) => d.amount !== 0));
      this.emit(done);
      return done;
    };
    return {
      charges: charged,
      settle: async (response) => {
        const usage = readUsage(response);
        if (!usage) {
          this.warn("the response reports no usage (a stream?): the reservation stands as the charge");
          return finish([]);
        }
        const micros = prices && costMicros(prices, usage.input, usage.output, usage.cachedInput);
        const tokens = usage.input + usage.output;
        return finish(charged.map((c) => ({ ...c, amount: (c.unit === "tokens" ? tokens : micros ?? 0) - c.amount })), usage, micros);
      },
      release: () => finish(charged.map((c) => ({ ...c, amount: -c.amount })))
    };
  }
  /** Each alert counter on its own (an alert never refuses): a refusal means the threshold is crossed. */
  async countAlerts(request, alerts) {
    const counted = [];
    const names = [];
    await Promise.all(
      alerts.map(async (alert) => {
        const result = await this.bounded(() => this.store.admit([alert]), `counting ${alert.name}`, true);
        if (result === void 0) return;
        if (result.ok) {
          counted.push(alert);
          return;
        }
        const window = Math.floor(this.now() / (alert.periodSeconds * 1e3));
        const seen = `${alert.key}@${window}`;
        if (this.alerted.has(seen)) return;
        this.alerted.add(seen);
        names.push(alert.name);
        this.callbacks.onAlert?.({ name: alert.name, request: request.name, used: result.used + alert.amount, threshold: alert.limit, unit: alert.unit, periodSeconds: alert.periodSeconds });
      })
    );
    return { counted, names };
  }
  /** Usage is moved on the counters, tried twice, then reported with the amounts, so it can be replayed. */
  async adjust(deltas) {
    if (deltas.length === 0) return;
    for (let attempt = 1; attempt <= 2; attempt++) {
      try {
        await this.withTimeout(this.store.adjust(deltas));
        return;
      } catch (error) {
        if (attempt === 2) this.warn(`usage could not be recorded in the limit store: ${deltas.map((d) => `${d.key} ${d.amount > 0 ? "+" : ""}${d.amount}`).join(", ")}`, error);
      }
    }
  }
  /**
   * A store call within the timeout. On failure: open gives undefined (and a warning), closed
   * throws LimitStoreError; `warnOnly` (alerts) never throws.
   */
  async bounded(call, what, warnOnly = false) {
    try {
      return await this.withTimeout(Promise.resolve().then(call));
    } catch (error) {
      const message = `the limit store failed ${what}: ${error instanceof Error ? error.message : String(error)}`;
      if (this.policy.onFailure === "closed" && !warnOnly) throw new LimitStoreError(`${message} (on_failure: closed refuses the call)`, error);
      this.warn(`${message} (${warnOnly ? "alerts are not counted" : "on_failure: open admits the call"})`, error);
      return void 0;
    }
  }
  withTimeout(work) {
    const ms = this.policy.timeoutMs;
    let timer;
    const late = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms}ms (limits.store.timeout)`)), ms);
    });
    return Promise.race([work, late]).finally(() => clearTimeout(timer));
  }
  record(fitted, caller, hit, usage, micros) {
    return {
      time: new Date(this.now()).toISOString(),
      request: fitted.request,
      model: fitted.model,
      ...caller.user !== void 0 && { user: caller.user },
      ...caller.tier !== void 0 && { tier: caller.tier },
      counted: { ...fitted.tokens, exact: fitted.exact },
      ...fitted.maxOutput !== void 0 && { maxOutput: fitted.maxOutput },
      ...usage && { usage, countDelta: usage.input - fitted.tokens.total },
      ...micros !== void 0 && { cost: micros / 1e6 },
      trimmed: { ...fitted.trimmed },
      limitsHit: hit
    };
  }
  emit(record) {
    try {
      this.callbacks.onUsage?.(record);
    } catch (error) {
      this.warn("onUsage threw; the record is lost to it", error);
    }
  }
  warn(message, cause) {
    this.callbacks.onWarning?.(message, cause);
  }
};

// src/limits/memory-store.ts
var SWEEP_EVERY = 1e4;
var windowStart = (now, periodMs) => Math.floor(now / periodMs) * periodMs;
var MemoryLimitStore = class {
  /** `now` in milliseconds, for tests that move time. */
  constructor(now = Date.now) {
    this.now = now;
  }
  now;
  counters = /* @__PURE__ */ new Map();
  disabled = /* @__PURE__ */ new Set();
  admissions = 0;
  admit(charges) {
    const now = this.now();
    if (++this.admissions % SWEEP_EVERY === 0) this.sweep(now);
    for (const charge of charges) {
      const used = this.current(charge, now)?.used ?? 0;
      if (used + charge.amount > charge.limit) {
        const periodMs = charge.periodSeconds * 1e3;
        const end = windowStart(now, periodMs) + periodMs;
        return Promise.resolve({ ok: false, refused: charge, used, retryAfterSeconds: Math.max(1, Math.ceil((end - now) / 1e3)) });
      }
    }
    for (const charge of charges) this.add(charge, charge.amount, now);
    return Promise.resolve({ ok: true });
  }
  adjust(charges) {
    const now = this.now();
    for (const charge of charges) this.add(charge, charge.amount, now);
    return Promise.resolve();
  }
  isDisabled(feature) {
    return Promise.resolve(this.disabled.has(feature));
  }
  /** Turns a request off (its `kill_switch` must be true in budgets.yml) or on again. */
  setDisabled(feature, disabled) {
    if (disabled) this.disabled.add(feature);
    else this.disabled.delete(feature);
  }
  /** What a key holds in its current window. */
  used(key) {
    const counter = this.counters.get(key);
    if (!counter) return 0;
    return windowStart(this.now(), counter.periodMs) === counter.windowStart ? counter.used : 0;
  }
  current(charge, now) {
    const counter = this.counters.get(charge.key);
    return counter && counter.windowStart === windowStart(now, charge.periodSeconds * 1e3) ? counter : void 0;
  }
  add(charge, amount, now) {
    const periodMs = charge.periodSeconds * 1e3;
    const counter = this.current(charge, now) ?? { windowStart: windowStart(now, periodMs), used: 0, periodMs };
    counter.used = Math.max(0, counter.used + amount);
    this.counters.set(charge.key, { ...counter, periodMs });
  }
  sweep(now) {
    for (const [key, counter] of this.counters) if (counter.windowStart + counter.periodMs <= now) this.counters.delete(key);
  }
};

// src/lib/open-budgets.ts
async function openBudgets(source, options = {}) {
  const path = typeof source === "string" ? source : source.path ?? "budgets.yml";
  const root = options.root ?? (typeof source === "string" ? dirname(resolve(source)) : process.cwd());
  const inRoot = (file) => isAbsolute(file) ? file : join(root, file);
  const config = await withLocations(() => readConfigFile(path, { ...typeof source !== "string" && { text: source.yaml }, root, hint: "Pass the path of your budgets.yml (or its text as `{ yaml }`)." }));
  const encoders = /* @__PURE__ */ new Map();
  const perCallLimitsOnly = { budget: new RunBudget(Infinity, Infinity) };
  const tokenizerFiles = /* @__PURE__ */ new Map();
  for (const request of config.requests) {
    for (const name of encodingsFor(request.tokenizer)) if (isEncodingName(name) && !encoders.has(name)) encoders.set(name, await loadEncoder(name));
    if (request.tokenizer.kind === "huggingface" && !tokenizerFiles.has(request.tokenizer.path)) tokenizerFiles.set(request.tokenizer.path, await loadTokenizerFileFromDisk(inRoot(request.tokenizer.path), perCallLimitsOnly));
  }
  const { vendors } = await openCountingApis({ anthropicApiKey: options.apiKeys?.anthropic, geminiApiKey: options.apiKeys?.gemini, log: options.log ?? (() => {
  }), ...options.env && { env: options.env } });
  const apiFor = (tokenizer) => {
    const vendor = tokenizer.kind === "vendor" ? vendors[tokenizer.vendor] : void 0;
    return vendor && tokenizer.kind === "vendor" ? (texts) => vendor.count(tokenizer.model, texts) : void 0;
  };
  const catalog = mergeCatalog(CATALOG, config.models);
  const specOf = (model) => findModelSpec(model, [], catalog);
  const guards = new Map(
    config.requests.map((request) => {
      const known = specOf(request.model);
      const limits = {
        ...known?.contextWindow !== void 0 && { contextWindow: known.contextWindow },
        ...known?.maxInput !== void 0 && { maxInput: known.maxInput },
        ...known?.maxOutput !== void 0 && { maxOutput: known.maxOutput }
      };
      return [request.name, new RequestGuard(request, new MessageCounter(request.tokenizer, request.model, { encoders, tokenizerFiles }, apiFor(request.tokenizer)), limits)];
    })
  );
  const requests = [...guards.keys()];
  const limiter = new Limiter(config, options.store ?? new MemoryLimitStore(), (model) => specOf(model)?.prices, {
    ...options.onUsage && { onUsage: options.onUsage },
    ...options.onAlert && { onAlert: options.onAlert },
    // Request names from budgets.yml and a store's error texts: shown as text, never as terminal controls.
    onWarning: options.onWarning ?? ((message) => console.warn(`prompt-budget: ${escapeControl(message)}`))
  });
  return {
    config,
    requests,
    admit: (fitted, caller) => limiter.admit(fitted, caller),
    request(name) {
      const guard = guards.get(name);
      if (!guard) throw new UserError(`${path} declares no request \`${name}\`${didYouMean(name, requests)}`, requests.length > 0 ? `Use one of ${requests.join(", ")}.` : "Declare it under `requests:` with its model, components and reserve.");
      return guard;
    }
  };
}
async function withLocations(work) {
  try {
    return await work();
  } catch (error) {
    if (isUserError(error)) throw Object.defineProperty(error, "message", { value: error.format() });
    throw error;
  }
}

// src/lib/sdk.ts
var REQUEST_HEADER = "x-prompt-budget-request";
function withCap(fitted, cap) {
  return typeof cap === "number" ? { ...fitted, maxOutput: cap } : fitted;
}
async function sendAdmitted(budgets, fitted, body, options, send) {
  const pick = (value) => typeof value === "function" ? value(body) : value;
  const user = pick(options.user);
  const tier = pick(options.tier);
  const admission = await budgets.admit(fitted, { ...user !== void 0 && { user }, ...tier !== void 0 && { tier } });
  let response;
  try {
    response = await send();
  } catch (error) {
    await admission.release();
    throw error;
  }
  await admission.settle(response);
  return response;
}
function withBudgets(client, budgets, options = {}) {
  const c = client;
  const wrappers = /* @__PURE__ */ new Map();
  if (typeof c.chat?.completions?.create === "function") wrappers.set("chat.completions.create", (call) => fitOpenAI(call, budgets, options));
  if (typeof c.responses?.create === "function") wrappers.set("responses.create", (call) => fitResponses(call, budgets, options));
  if (typeof c.messages?.create === "function" && wrappers.size === 0) wrappers.set("messages.create", (call) => fitAnthropic(call, budgets, options));
  if (typeof c.models?.generateContent === "function" && wrappers.size === 0) wrappers.set("models.generateContent", (call) => fitGemini(call, budgets, options));
  if (wrappers.size === 0) throw new TypeError("withBudgets takes an OpenAI client (chat.completions.create, responses.create), an Anthropic client (messages.create) or a Google Gen AI client (models.generateContent)");
  return wrapAt(client, "", wrappers);
}
function wrapAt(target, path, wrappers) {
  return new Proxy(target, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver);
      const inner = typeof key === "string" ? path ? `${path}.${key}` : key : void 0;
      const wrap = inner === void 0 ? void 0 : wrappers.get(inner);
      if (wrap && typeof value === "function") return wrap(value.bind(object));
      if (inner !== void 0 && typeof value === "object" && value !== null && [...wrappers.keys()].some((p) => p.startsWith(`${inner}.`))) return wrapAt(value, inner, wrappers);
      return typeof value === "function" ? value.bind(object) : value;
    }
  });
}
function requestOf(callOptions, options) {
  const headers = callOptions?.headers;
  const named = headers?.[REQUEST_HEADER];
  const name = typeof named === "string" ? named : options.request;
  if (name === void 0) throw new TypeError(`withBudgets: name the request, in the \`request\` option or the ${REQUEST_HEADER} header`);
  if (typeof named !== "string") return { name, rest: callOptions };
  const others = { ...headers };
  delete others[REQUEST_HEADER];
  return { name, rest: { ...callOptions, headers: others } };
}
function split(messages) {
  let fixed = 0;
  while (fixed < messages.length && (messages[fixed].role === "system" || messages[fixed].role === "developer")) fixed++;
  const turns = turnsOf(messages.slice(fixed));
  const last = turns.at(-1);
  const isInput = last !== void 0 && (last[0].role === "user" || (last[0].tool_calls?.length ?? 0) > 0);
  const input = isInput ? last : [];
  return { system: messages.slice(0, fixed), history: (isInput ? turns.slice(0, -1) : turns).flat(), input };
}
function fitOpenAI(create, budgets, options) {
  return async (body, callOptions) => {
    const { name, rest } = requestOf(callOptions, options);
    const { system, history, input } = split(body.messages);
    const fitted = await budgets.request(name).fit({ system, history, userInput: input, ...Array.isArray(body.tools) && { tools: body.tools } }, options);
    options.onFit?.(fitted);
    const key = body.max_tokens !== void 0 && body.max_tokens !== null ? "max_tokens" : "max_completion_tokens";
    const cap = capOf(body[key], fitted);
    return sendAdmitted(budgets, withCap(fitted, cap), body, options, () => create({ ...body, messages: fitted.messages, ...cap !== void 0 && { [key]: cap } }, rest));
  };
}
function fitResponses(create, budgets, options) {
  return async (body, callOptions) => {
    const { name, rest } = requestOf(callOptions, options);
    const items = typeof body.input === "string" ? [{ role: "user", content: body.input }] : [...body.input ?? []];
    const originals = /* @__PURE__ */ new Map();
    const read = [];
    for (const item of items) {
      const last = read.at(-1);
      if (item.type === "function_call") {
        const call = { id: String(item.call_id), type: "function", function: { name: String(item.name), arguments: String(item.arguments ?? "") } };
        if (last && originals.get(last).every((i) => i.type === "function_call")) {
          const merged = { ...last, tool_calls: [...last.tool_calls ?? [], call] };
          originals.set(merged, [...originals.get(last), item]);
          originals.delete(last);
          read[read.length - 1] = merged;
          continue;
        }
        const message2 = { role: "assistant", content: null, tool_calls: [call] };
        originals.set(message2, [item]);
        read.push(message2);
        continue;
      }
      const message = item.type === "function_call_output" ? { role: "tool", tool_call_id: String(item.call_id), content: typeof item.output === "string" ? item.output : JSON.stringify(item.output ?? "") } : item.type === void 0 || item.type === "message" ? { role: String(item.role), content: typeof item.content === "string" ? item.content : (item.content ?? []).map((part2) => part2.type === "input_text" || part2.type === "output_text" ? { type: "text", text: part2.text ?? "" } : part2) } : { role: "user", content: [{ type: String(item.type) }] };
      originals.set(message, [item]);
      read.push(message);
    }
    const { system, history, input } = split(read);
    const instructions = typeof body.instructions === "string" ? body.instructions : void 0;
    const fixed = [...instructions !== void 0 ? [{ role: "system", content: instructions }] : [], ...system];
    const tools = Array.isArray(body.tools) ? body.tools.filter((tool) => tool.type === "function").map((tool) => ({ type: "function", function: { name: String(tool.name), ...tool.description !== void 0 && { description: tool.description }, ...tool.parameters && { parameters: tool.parameters } } })) : void 0;
    const fitted = await budgets.request(name).fit({ system: fixed, history, userInput: input, ...tools && { tools } }, options);
    options.onFit?.(fitted);
    const sent = fitted.messages.filter((m) => !(instructions !== void 0 && m === fixed[0])).flatMap((m) => originals.get(m) ?? [{ role: m.role === "system" ? "developer" : m.role, content: m.content }]);
    const cap = capOf(body.max_output_tokens, fitted);
    return sendAdmitted(budgets, withCap(fitted, cap), body, options, () => create({ ...body, input: sent, ...cap !== void 0 && { max_output_tokens: cap } }, rest));
  };
}
function fitAnthropic(create, budgets, options) {
  return async (body, callOptions) => {
    const { name, rest } = requestOf(callOptions, options);
    const originals = /* @__PURE__ */ new Map();
    const read = body.messages.map((message) => {
      const guard = readAnthropic(message);
      originals.set(guard, message);
      return guard;
    });
    const systemText = typeof body.system === "string" ? body.system : Array.isArray(body.system) ? body.system.map((block) => block.text ?? "").join("\n") : void 0;
    const { history, input } = split(read);
    const tools = Array.isArray(body.tools) ? body.tools.map((tool) => ({ type: "function", function: { name: tool.name, ...tool.description !== void 0 && { description: tool.description }, ...tool.input_schema && { parameters: tool.input_schema } } })) : void 0;
    const fitted = await budgets.request(name).fit({ ...systemText !== void 0 && { system: systemText }, history, userInput: input, ...tools && { tools } }, options);
    options.onFit?.(fitted);
    const summaries = fitted.messages.filter((m) => !originals.has(m) && m.role === "system" && m.content !== systemText);
    const messages = fitted.messages.filter((m) => m.role !== "system").map((m) => originals.get(m) ?? { role: m.role, content: m.content });
    const system = summaries.length === 0 ? body.system : [systemText, ...summaries.map((m) => m.content)].filter((t) => t !== void 0).join("\n\n");
    const cap = capOf(body.max_tokens, fitted);
    return sendAdmitted(budgets, withCap(fitted, cap), body, options, () => create({ ...body, ...system !== void 0 && { system }, messages, ...cap !== void 0 && { max_tokens: cap } }, rest));
  };
}
function readAnthropic(message) {
  if (typeof message.content === "string") return { role: message.role, content: message.content };
  const text = message.content.filter((block) => block.type === "text").map((block) => ({ type: "text", text: block.text ?? "" }));
  const calls = message.content.filter((block) => block.type === "tool_use").map((block) => ({ id: String(block.id), type: "function", function: { name: String(block.name), arguments: JSON.stringify(block.input ?? {}) } }));
  const results = message.content.filter((block) => block.type === "tool_result");
  if (results.length > 0) {
    const resultText = results.map((block) => typeof block.content === "string" ? block.content : JSON.stringify(block.content ?? "")).join("\n");
    return { role: "tool", tool_call_id: String(results[0].tool_use_id), content: [...text, { type: "text", text: resultText }] };
  }
  const other = message.content.find((block) => block.type !== "text" && block.type !== "tool_use");
  return { role: message.role, content: other ? [...text, other] : text, ...calls.length > 0 && { tool_calls: calls } };
}
function fitGemini(generate, budgets, options) {
  return async (params, callOptions) => {
    const config = params.config ?? {};
    const headers = config.httpOptions?.headers;
    const { name, rest } = requestOf(headers ? { headers } : void 0, options);
    const contents = typeof params.contents === "string" ? [{ role: "user", parts: [{ text: params.contents }] }] : [...params.contents ?? []];
    const originals = /* @__PURE__ */ new Map();
    const read = contents.map((content) => {
      const message = readGemini(content);
      originals.set(message, content);
      return message;
    });
    const system = textOfInstruction(config.systemInstruction);
    const { history, input } = split(read);
    const tools = (config.tools ?? []).flatMap((tool) => tool.functionDeclarations ?? []).map((fn) => ({ type: "function", function: { name: String(fn.name), ...fn.description !== void 0 && { description: fn.description }, ...(fn.parametersJsonSchema ?? fn.parameters) !== void 0 && { parameters: fn.parametersJsonSchema ?? fn.parameters } } }));
    const fitted = await budgets.request(name).fit({ ...system !== void 0 && { system }, history, userInput: input, ...tools.length > 0 && { tools } }, options);
    options.onFit?.(fitted);
    const summaries = fitted.messages.filter((m) => !originals.has(m) && m.role === "system" && m.content !== system);
    const sent = fitted.messages.filter((m) => m.role !== "system").map((m) => originals.get(m) ?? { role: m.role === "assistant" ? "model" : "user", parts: [{ text: String(m.content) }] });
    const instruction = summaries.length === 0 ? config.systemInstruction : [system, ...summaries.map((m) => String(m.content))].filter((t) => t !== void 0).join("\n\n");
    const cap = capOf(config.maxOutputTokens, fitted);
    const httpOptions = headers ? { ...config.httpOptions, headers: rest?.headers ?? {} } : config.httpOptions;
    return sendAdmitted(budgets, withCap(fitted, cap), params, options, () => generate({ ...params, contents: sent, config: { ...config, ...instruction !== void 0 && { systemInstruction: instruction }, ...cap !== void 0 && { maxOutputTokens: cap }, ...httpOptions && { httpOptions } } }, callOptions));
  };
}
function textOfInstruction(instruction) {
  if (instruction === void 0 || instruction === null) return void 0;
  if (typeof instruction === "string") return instruction;
  const parts = Array.isArray(instruction) ? instruction : instruction.parts ?? [];
  return parts.map((part2) => typeof part2 === "string" ? part2 : part2.text ?? "").join("\n");
}
function readGemini(content) {
  const parts = content.parts ?? [];
  const role = content.role === "model" ? "assistant" : "user";
  const text = parts.filter((part2) => typeof part2.text === "string").map((part2) => ({ type: "text", text: part2.text }));
  const calls = parts.filter((part2) => part2.functionCall).map((part2, i) => ({ id: part2.functionCall.id ?? `name:${part2.functionCall.name ?? i}`, type: "function", function: { name: String(part2.functionCall.name), arguments: JSON.stringify(part2.functionCall.args ?? {}) } }));
  const responses = parts.filter((part2) => part2.functionResponse);
  if (responses.length > 0) {
    const first = responses[0].functionResponse;
    return { role: "tool", tool_call_id: first.id ?? `name:${first.name}`, content: [...text, { type: "text", text: responses.map((part2) => JSON.stringify(part2.functionResponse.response ?? {})).join("\n") }] };
  }
  const other = parts.find((part2) => typeof part2.text !== "string" && !part2.functionCall);
  return { role, content: other ? [...text, { type: Object.keys(other)[0] ?? "unknown" }] : text, ...calls.length > 0 && { tool_calls: calls } };
}
function capOf(asked, fitted) {
  return typeof asked === "number" ? Math.min(asked, fitted.maxOutput ?? asked) : fitted.maxOutput;
}

// src/stores/redis.ts
import { createHash } from "node:crypto";
var StoreUnavailableError = class extends Error {
  constructor(operation, timedOut, message, options) {
    super(message, options);
    this.operation = operation;
    this.timedOut = timedOut;
  }
  operation;
  timedOut;
  name = "StoreUnavailableError";
};
function killSwitchKey(feature, prefix = "") {
  return `${prefix}pb:disabled:${feature}`;
}
var DEFAULT_TIMEOUT_MS = 500;
var ADMIT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local wanted = {}
for i = 1, #KEYS do wanted[KEYS[i]] = (wanted[KEYS[i]] or 0) + tonumber(ARGV[3 * i - 2]) end
for i = 1, #KEYS do
  local used = tonumber(redis.call('GET', KEYS[i]) or '0')
  if used + wanted[KEYS[i]] > tonumber(ARGV[3 * i - 1]) then
    return {i, used, redis.call('PTTL', KEYS[i])}
  end
end
for i = 1, #KEYS do
  redis.call('INCRBY', KEYS[i], ARGV[3 * i - 2])
  local period = tonumber(ARGV[3 * i]) * 1000
  if redis.call('PTTL', KEYS[i]) < 0 then redis.call('PEXPIREAT', KEYS[i], now - now % period + period) end
end
return {0}
`;
var ADJUST = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
for i = 1, #KEYS do
  local amount = tonumber(ARGV[2 * i - 1])
  if amount > 0 then
    redis.call('INCRBY', KEYS[i], amount)
    local period = tonumber(ARGV[2 * i]) * 1000
    if redis.call('PTTL', KEYS[i]) < 0 then redis.call('PEXPIREAT', KEYS[i], now - now % period + period) end
  elseif amount < 0 and redis.call('EXISTS', KEYS[i]) == 1 then
    if redis.call('DECRBY', KEYS[i], -amount) < 0 then redis.call('SET', KEYS[i], 0, 'KEEPTTL') end
  end
end
return 0
`;
function commandsOf(client) {
  const shape = client;
  if (shape && typeof shape.evalSha === "function" && typeof shape.eval === "function" && typeof shape.get === "function") {
    const redis = client;
    return {
      connected: () => redis.isReady !== false,
      evalsha: (sha, keys, args) => redis.evalSha(sha, { keys, arguments: args }),
      eval: (script, keys, args) => redis.eval(script, { keys, arguments: args }),
      get: (key) => redis.get(key)
    };
  }
  if (shape && typeof shape.evalsha === "function" && typeof shape.eval === "function" && typeof shape.get === "function") {
    const redis = client;
    return {
      // Before the first connection (`wait`, `connecting`, `connect`) commands wait for it, as an
      // application that uses a new client at once expects; after a loss they are refused.
      connected: () => !["reconnecting", "close", "end"].includes(redis.status ?? ""),
      evalsha: (sha, keys, args) => redis.evalsha(sha, keys.length, ...keys, ...args),
      eval: (script, keys, args) => redis.eval(script, keys.length, ...keys, ...args),
      get: (key) => redis.get(key)
    };
  }
  throw new TypeError("redisStore: expected an ioredis client or a node-redis (v5) client from createClient()");
}
var sha1 = (text) => createHash("sha1").update(text).digest("hex");
function checkAmounts(charges, operation) {
  for (const charge of charges) {
    if (operation === "admit" && charge.amount < 0) throw new TypeError(`redisStore.admit: ${charge.name} charges ${charge.amount}; give back through adjust`);
    if (!Number.isSafeInteger(charge.amount) || !Number.isSafeInteger(charge.limit) || !Number.isSafeInteger(charge.periodSeconds) || charge.periodSeconds <= 0) {
      throw new TypeError(`redisStore.${operation}: ${charge.name} needs whole numbers (amount ${charge.amount}, limit ${charge.limit}, period ${charge.periodSeconds} s)`);
    }
  }
}
function bounded(operation, timeoutMs, work) {
  return new Promise((resolve2, reject) => {
    const timer = setTimeout(() => reject(new StoreUnavailableError(operation, true, `Redis did not answer ${operation} within ${timeoutMs} ms`)), timeoutMs);
    timer.unref();
    let pending;
    try {
      pending = work();
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (value) => {
        clearTimeout(timer);
        resolve2(value);
      },
      (error) => {
        clearTimeout(timer);
        const detail = error instanceof Error ? error.message : String(error);
        reject(new StoreUnavailableError(operation, false, `Redis failed ${operation}: ${detail}`, { cause: error }));
      }
    );
  });
}
var isNoScript = (error) => error instanceof Error && error.message.startsWith("NOSCRIPT");
function redisStore(client, options = {}) {
  const redis = commandsOf(client);
  const prefix = options.prefix ?? "";
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!(timeoutMs > 0) || !Number.isFinite(timeoutMs)) throw new TypeError(`redisStore: timeoutMs must be a positive number of milliseconds, not ${timeoutMs}`);
  const scripts = { admit: { text: ADMIT, sha: sha1(ADMIT) }, adjust: { text: ADJUST, sha: sha1(ADJUST) } };
  const run = async (script, keys, args) => {
    if (!redis.connected()) throw new Error("not connected (the client is reconnecting)");
    try {
      return await redis.evalsha(script.sha, keys, args);
    } catch (error) {
      if (!isNoScript(error)) throw error;
      return redis.eval(script.text, keys, args);
    }
  };
  return {
    async admit(charges) {
      checkAmounts(charges, "admit");
      if (charges.length === 0) return { ok: true };
      const keys = charges.map((charge) => prefix + charge.key);
      const args = charges.flatMap((charge) => [String(charge.amount), String(charge.limit), String(charge.periodSeconds)]);
      const reply = await bounded("admit", timeoutMs, () => run(scripts.admit, keys, args));
      const index = Number(reply[0]);
      if (index === 0) return { ok: true };
      const refused = charges[index - 1];
      const pttl = Number(reply[2]);
      return { ok: false, refused, used: Number(reply[1]), retryAfterSeconds: pttl > 0 ? Math.ceil(pttl / 1e3) : refused.periodSeconds };
    },
    async adjust(charges) {
      checkAmounts(charges, "adjust");
      const moves = charges.filter((charge) => charge.amount !== 0);
      if (moves.length === 0) return;
      const keys = moves.map((charge) => prefix + charge.key);
      const args = moves.flatMap((charge) => [String(charge.amount), String(charge.periodSeconds)]);
      await bounded("adjust", timeoutMs, () => run(scripts.adjust, keys, args));
    },
    async isDisabled(feature) {
      const value = await bounded("isDisabled", timeoutMs, async () => {
        if (!redis.connected()) throw new Error("not connected (the client is reconnecting)");
        return redis.get(killSwitchKey(feature, prefix));
      });
      return value !== null && value !== "" && value !== "0";
    }
  };
}

// src/lib/metrics.ts
var TOKEN_BUCKETS = Array.from({ length: 14 }, (_, i) => 4 ** i);
var PROVIDERS = [
  [/^(gpt-|o\d|chatgpt-|codex-)/, "openai"],
  [/^claude-/, "anthropic"],
  [/^gemini-/, "gcp.gemini"],
  [/^grok-/, "x_ai"],
  [/^(mistral|codestral|magistral|devstral)/, "mistral_ai"],
  [/^deepseek-/, "deepseek"]
];
function providerOf(model) {
  return PROVIDERS.find(([pattern]) => pattern.test(model))?.[1] ?? "_OTHER";
}
function otelMetrics(meter, options = {}) {
  const tokens = meter.createHistogram("gen_ai.client.token.usage", { description: "Number of input and output tokens used", unit: "{token}", advice: { explicitBucketBoundaries: TOKEN_BUCKETS } });
  const delta = meter.createHistogram("prompt_budget.count.delta", { description: "How far the API's reported input is from prompt-budget's pre-flight count (count fidelity); the sign is prompt_budget.count.direction", unit: "{token}" });
  const trimmed = meter.createCounter("prompt_budget.trimmed.tokens", { description: "Tokens of history dropped or input cut to fit the reserves", unit: "{token}" });
  const hits = meter.createCounter("prompt_budget.limit.hits", { description: "Calls a limit refused or alerted on", unit: "{hit}" });
  const provider = options.provider ?? ((record) => providerOf(record.model));
  const operation = options.operation ?? "chat";
  return {
    record(record) {
      const genAi = { "gen_ai.operation.name": operation, "gen_ai.provider.name": provider(record), "gen_ai.request.model": record.model };
      const ours = { "prompt_budget.request": record.request, "gen_ai.request.model": record.model };
      if (record.usage) {
        tokens.record(record.usage.input, { ...genAi, "gen_ai.token.type": "input", "prompt_budget.request": record.request });
        tokens.record(record.usage.output, { ...genAi, "gen_ai.token.type": "output", "prompt_budget.request": record.request });
      }
      const countDelta = deltaOf(record);
      if (countDelta !== void 0) delta.record(Math.abs(countDelta), { ...ours, "prompt_budget.count.direction": countDelta > 0 ? "api_above" : countDelta < 0 ? "api_below" : "equal" });
      if (record.trimmed.tokens > 0) trimmed.add(record.trimmed.tokens, ours);
      for (const limit of record.limitsHit) hits.add(1, { ...ours, "prompt_budget.limit": limit });
    }
  };
}
async function globalOtelMetrics(options = {}) {
  let api;
  try {
    api = await import("@opentelemetry/api");
  } catch {
    return void 0;
  }
  return otelMetrics(api.metrics.getMeter(options.meterName ?? "prompt-budget"), options);
}
export {
  BudgetExceededError,
  LimitExceededError,
  LimitStoreError,
  MemoryLimitStore,
  REQUEST_HEADER,
  RequestDisabledError,
  RequestGuard,
  StoreUnavailableError,
  UnsupportedContentError,
  UserError,
  analyzeUsage,
  globalOtelMetrics,
  killSwitchKey,
  openBudgets,
  otelMetrics,
  parseUsageLines,
  redisStore,
  toJsonLine,
  usageRecorder,
  withBudgets
};
