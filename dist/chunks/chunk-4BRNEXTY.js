import { createRequire as __pbCreateRequire } from 'node:module'; const require = __pbCreateRequire(import.meta.url);
import {
  escapeControl,
  failsTheRun,
  fileChanges,
  formatMoney,
  formatPercent,
  formatSignedTokens,
  formatTokens,
  isChanged,
  unmeasured
} from "./chunk-L4AOQ7VS.js";
import {
  countHere
} from "./chunk-53E7QTX6.js";

// src/common/home.ts
var REPOSITORY = "OWNER/prompt-budget";
var MAJOR_TAG = "v1";
var ACTION_REF = `${REPOSITORY}@${MAJOR_TAG}`;
var SCHEMA_URL = `https://raw.githubusercontent.com/${REPOSITORY}/${MAJOR_TAG}/budgets.schema.json`;

// src/parallel/pool.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var MIN_CHARS_PER_WORKER = 8e6;
function poolCounter(options) {
  const maxThreads = options.threads ?? availableParallelism();
  const minChars = options.minCharsPerWorker ?? MIN_CHARS_PER_WORKER;
  return async (jobs) => {
    const started = performance.now();
    const chars = jobs.reduce((sum, job) => sum + job.text.length, 0);
    const threads = Math.min(maxThreads, Math.floor(chars / minChars), jobs.length);
    const counts = threads < 2 ? await countHere(jobs) : await countOnWorkers(options.workerUrl, jobs, threads);
    options.onCounted?.({ threads: Math.max(threads, 1), texts: jobs.length, chars, milliseconds: performance.now() - started });
    return counts;
  };
}
async function countOnWorkers(workerUrl, jobs, threads) {
  const shares = Array.from({ length: threads }, () => ({ chars: 0, indexes: [] }));
  const bySize = jobs.map((job, index) => ({ index, chars: job.text.length })).sort((a, b) => b.chars - a.chars);
  for (const { index, chars } of bySize) {
    const share = shares.reduce((least, s) => s.chars < least.chars ? s : least);
    share.chars += chars;
    share.indexes.push(index);
  }
  const counts = new Array(jobs.length);
  await Promise.all(
    shares.map(async ({ indexes }) => {
      const shareCounts = await runWorker(workerUrl, indexes.map((i) => jobs[i]));
      indexes.forEach((jobIndex, i) => counts[jobIndex] = shareCounts[i]);
    })
  );
  return counts;
}
function runWorker(workerUrl, jobs) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData: jobs });
    worker.once("message", (counts) => resolve(counts));
    worker.once("error", reject);
    worker.once("exit", (code) => {
      if (code !== 0) reject(new Error(`count worker exited with code ${code}`));
    });
  });
}
function describeCounting({ threads, texts, chars, milliseconds }) {
  const size = chars < 1e6 ? `${formatTokens(chars)} character${chars === 1 ? "" : "s"}` : `${(chars / 1e6).toLocaleString("en-US", { maximumFractionDigits: 1 })} million characters`;
  const seconds = (milliseconds / 1e3).toLocaleString("en-US", { maximumFractionDigits: 2 });
  return `Counted ${formatTokens(texts)} text${texts === 1 ? "" : "s"} (${size}) in ${seconds} s on ${threads} thread${threads === 1 ? "" : "s"}.`;
}
function bundledWorkerUrl(entryUrl) {
  return new URL("./count-worker.js", entryUrl);
}

// src/render/markdown-escape.ts
function codeSpan(text, inTable = false) {
  let content = escapeControl(text.replace(/[\r\n]+/g, " "));
  if (inTable) content = content.replace(/\|/g, "\\|");
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? " " : "";
  return `${fence}${pad}${content}${pad}${fence}`;
}
var WORD_JOINER = "\u2060";
function escapeText(text) {
  return escapeControl(text.replace(/[\r\n]+/g, " ")).replace(/[\\`*_{}[\]()#+\-.!|~>]/g, (c) => `\\${c}`).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/@/g, `@${WORD_JOINER}`).replace(/\\#/g, `\\#${WORD_JOINER}`);
}

// src/render/unbudgeted.ts
var SHOWN = 5;
function fileText(file, path) {
  const tokens = file.high !== void 0 ? `\u2248${formatTokens(file.head)} (\u2264${formatTokens(file.high)})` : formatTokens(file.head);
  return file.base === null ? `${path}: added, ${tokens} tokens` : `${path}: grew by ${formatSignedTokens(file.delta)} to ${tokens} tokens`;
}
function heading(report, code) {
  const files = report.unbudgeted;
  if (files.length === 0) return void 0;
  const them = files.length === 1 ? "it" : "them";
  const count = `${files.length} prompt file${files.length === 1 ? "" : "s"} outside every component ${files.length === 1 ? "was" : "were"} added or grew`;
  return files.some((f) => f.failed) ? `${count}: no budget checks ${them}, and ${code("coverage.unbudgeted: fail")} fails the check.` : `${count}: no budget checks ${them} (${code("coverage.unbudgeted: warn")}).`;
}
function advice(report, code) {
  const them = report.unbudgeted.length === 1 ? "it" : "them";
  return `Add ${them} to a component in ${code(report.configPath)} (the glob of a ${code("per_file: true")} family, or a component of its own), or list ${them} under ${code("coverage.exclude")} when not a prompt.`;
}
function unbudgetedMarkdown(report) {
  const title = heading(report, codeSpan);
  if (title === void 0) return [];
  const icon = report.unbudgeted.some((f) => f.failed) ? "\u274C" : "\u26A0\uFE0F";
  const lines = [`${icon} **Unbudgeted prompts.** ${title}`, ""];
  for (const file of report.unbudgeted.slice(0, SHOWN)) lines.push(`- ${fileText(file, codeSpan(file.path))}`);
  if (report.unbudgeted.length > SHOWN) lines.push(`- and ${report.unbudgeted.length - SHOWN} more (see the report)`);
  lines.push("", advice(report, codeSpan), "");
  return lines;
}
function unbudgetedTerminal(report, plain2, paint) {
  const title = heading(report, plain2);
  if (title === void 0) return [];
  const tone = report.unbudgeted.some((f) => f.failed) ? "red" : "yellow";
  return [
    paint(tone, `Unbudgeted prompts: ${title}`),
    ...report.unbudgeted.slice(0, SHOWN).map((file) => `  ${fileText(file, plain2(file.path))}`),
    ...report.unbudgeted.length > SHOWN ? [`  and ${report.unbudgeted.length - SHOWN} more (see --json)`] : [],
    `  ${advice(report, plain2)}`,
    ""
  ];
}
function withUnbudgeted(report, verdict) {
  const files = report.unbudgeted;
  if (files.length === 0) return verdict;
  const text = `${files.length} unbudgeted prompt file${files.length === 1 ? "" : "s"} added or grown`;
  return files.some((f) => f.failed) ? `${text}; ${verdict}` : `${verdict}; ${text}`;
}
function perFileAllotmentText(files, largest, maxTokens) {
  const share = formatPercent((largest.high ?? largest.tokens) / maxTokens * 100);
  return `${files} file${files === 1 ? "" : "s"}, largest ${largest.high !== void 0 ? "\u2264" : ""}${share} of ${formatTokens(maxTokens)} each`;
}

// src/render/labels.ts
var STATUS_ICON = {
  ok: "\u2705",
  warn: "\u26A0\uFE0F",
  over: "\u274C",
  "grew-too-much": "\u274C",
  "no-files-matched": "\u274C",
  new: "\u{1F195}",
  removed: "\u274C",
  unreadable: "\u274C",
  "pre-existing": "\u26A0\uFE0F"
};
var STATUS_WORDS = {
  ok: "ok",
  warn: "near limit",
  over: "over budget",
  "grew-too-much": "grew too much",
  "no-files-matched": "no files matched",
  new: "new",
  removed: "files removed",
  unreadable: "cannot be counted",
  "pre-existing": "pre-existing"
};
function changeText(c) {
  if (c.delta === null) return "";
  if (c.noise) return `${formatSignedTokens(c.delta)} (below min_change)`;
  const percent = c.deltaPercent !== null && c.delta !== 0 ? ` (${formatPercent(c.deltaPercent, true)})` : "";
  return `${formatSignedTokens(c.delta)}${percent}`;
}
function statusText(c) {
  const over = c.status === "pre-existing" ? c.brokenAtBase?.overBy : void 0;
  if (c.status !== "pre-existing") return STATUS_WORDS[c.status];
  if (over) return `pre-existing (over by ${formatTokens(over.head)})`;
  return c.brokenAtBase?.failure === "unreadable" ? "pre-existing (cannot be counted)" : "pre-existing (no files matched)";
}
function allotmentText(c) {
  if (c.perFile?.largest) return perFileAllotmentText(c.perFile.files, c.perFile.largest, c.maxTokens);
  if (c.head.high !== void 0) return `\u2264${formatPercent(c.head.high / c.maxTokens * 100)} of ${formatTokens(c.maxTokens)}`;
  return `${formatPercent(c.percentOfAllotment)} of ${formatTokens(c.maxTokens)}`;
}
function countText(tokens) {
  return tokens === null || tokens === void 0 ? "\u2013" : formatTokens(tokens);
}
function verdictText(report) {
  const loosened = loosenedText(report.loosened);
  const verdict = withUnbudgeted(report, loosened ? `${judgementText(report)}; ${loosened}` : judgementText(report));
  if (!report.reportOnly || report.verdict !== "fail") return verdict;
  return failsTheRun(report) ? `fails even in report-only (${unmeasuredText(report)}): ${verdict}` : `would fail (report-only): ${verdict}`;
}
function unmeasuredText(report) {
  const { components, requests } = unmeasured(report);
  const unmatched = components.filter((c) => c.status !== "unreadable").length;
  const uncounted = components.length - unmatched;
  const parts = [
    unmatched > 0 ? `${plural(unmatched, "component")} ${unmatched === 1 ? "matches" : "match"} no files` : "",
    uncounted > 0 ? `${unmatched > 0 ? formatTokens(uncounted) : plural(uncounted, "component")} cannot be counted` : ""
  ].filter(Boolean);
  if (parts.length === 0) parts.push(`${plural(requests.length, "request")} ${requests.length === 1 ? "has" : "have"} a part that cannot be counted`);
  return parts.join(", ");
}
function reportOnlyText(report) {
  if (!report.reportOnly) return "";
  if (failsTheRun(report)) {
    return "Report-only: budgets are reported, not enforced, but what cannot be measured (globs that match no files, files that cannot be counted) is broken input, not a budget, so the check fails: fix it as What to do says.";
  }
  return report.verdict === "fail" ? "Report-only: these budgets are reported, not enforced, so the check passes; enforced, it would fail." : "Report-only: these budgets are reported, not enforced; enforced, this change would pass too.";
}
function judgementText(report) {
  const { failed, requestsFailed, warned, total } = report.counts;
  const preExisting = report.counts.preExisting;
  const requests = report.requests.length;
  const parts = [];
  if (failed > 0) parts.push(`${formatTokens(failed)} of ${plural(total, "component")} broke a budget`);
  const uncountable = report.requests.filter((r) => r.status === "uncountable").length;
  const unknownFailed = report.requests.filter((r) => r.status === "unknown-window" && r.failed).length;
  const unknownCarried = report.requests.filter((r) => r.status === "unknown-window" && !r.failed).length;
  const overWindow = requestsFailed - uncountable - unknownFailed;
  if (overWindow > 0) parts.push(`${formatTokens(overWindow)} of ${plural(requests, "request")} no longer fit${overWindow === 1 ? "s" : ""} the context window`);
  if (uncountable > 0) parts.push(`${formatTokens(uncountable)} of ${plural(requests, "request")} cannot be checked (a part cannot be counted)`);
  if (unknownFailed > 0) parts.push(`${formatTokens(unknownFailed)} of ${plural(requests, "request")} cannot be checked (context window unknown)`);
  const unknownText = unknownCarried > 0 ? `${formatTokens(unknownCarried)} of ${plural(requests, "request")} not checked (context window unknown, at base too)` : "";
  const carried = preExisting > 0 ? `${formatTokens(preExisting)} already broken at base, not made worse` : "";
  if (parts.length > 0) return [...parts, ...carried ? [carried] : [], ...unknownText ? [unknownText] : []].join("; ");
  if (carried) return `no budget made worse; ${[carried, ...unknownText ? [unknownText] : []].join("; ")}`;
  const fitting = report.requests.filter((r) => r.status === "fits").length;
  const fit = unknownCarried > 0 ? `; ${unknownText}${fitting > 0 ? `, ${formatTokens(fitting)} fit${fitting === 1 ? "s" : ""}` : ""}` : requests > 0 ? `, ${requests === 1 ? "the request fits" : `all ${formatTokens(requests)} requests fit`}` : "";
  const all = total === 1 ? "the component is" : `all ${formatTokens(total)} components`;
  if (warned > 0) return total === 1 ? `the component is within budget, near the limit${fit}` : `all ${formatTokens(total)} within budget, ${formatTokens(warned)} near the limit${fit}`;
  return `${all} within budget${fit}`;
}
function plural(count, noun) {
  return `${formatTokens(count)} ${noun}${count === 1 ? "" : "s"}`;
}
function loosenedText(loosened) {
  if (loosened.length === 0) return "";
  const of = (kind) => loosened.filter((l) => l.kind === kind);
  const growth = of("max-growth");
  const parts = [
    of("max-tokens").length > 0 ? `${plural(of("max-tokens").length, "allotment")} raised` : "",
    growth.length > 0 ? `${plural(growth.length, "growth limit")} ${growth.every((l) => l.kind === "max-growth" && l.to === null) ? "removed" : "raised"}` : "",
    of("component-removed").length > 0 ? `${plural(of("component-removed").length, "component")} removed` : "",
    of("files-excluded").length > 0 ? `files left out of ${plural(of("files-excluded").length, "component")}` : "",
    of("fail-on").length > 0 ? "fail_on relaxed" : "",
    of("per-file").length > 0 ? `${plural(of("per-file").length, "component")} budgeted per file` : "",
    of("generation-prompt").length > 0 ? `${plural(of("generation-prompt").length, "component")} counted without the reply turn` : "",
    of("coverage").length > 0 ? "coverage relaxed" : ""
  ].filter(Boolean);
  return `budgets loosened here: ${parts.join(", ")}`;
}
function looseningFinding(l, configPath) {
  const where = (line) => [" (", { code: configPath }, ` line ${line})`];
  switch (l.kind) {
    case "max-tokens":
      return [{ code: l.component }, `: allotment raised from ${formatTokens(l.from)} to ${formatTokens(l.to)} tokens`, ...where(l.location.line), "."];
    case "max-growth":
      return l.to === null ? [{ code: l.component }, `: growth limit of ${growthText(l.from)} removed`, ...where(l.location.line), "."] : [{ code: l.component }, `: growth limit raised from ${growthText(l.from)} to ${growthText(l.to)}`, ...where(l.location.line), "."];
    case "component-removed":
      return [{ code: l.component }, ": removed from ", { code: configPath }, "; its budget no longer applies."];
    case "files-excluded": {
      const paths = l.paths.slice(0, 3);
      const left = paths.length > 0 ? [" leaves out ", ...list(paths), l.paths.length > paths.length ? ` and ${formatTokens(l.paths.length - paths.length)} more` : ""] : [" leaves files out"];
      const by = l.globs.length > 0 ? [" by ", ...list(l.globs)] : [];
      return [{ code: l.component }, ":", ...left, ...by, ...where(l.location.line), "."];
    }
    case "fail-on":
      return [{ code: "fail_on" }, ` changed from ${l.from} to ${l.to}: budgets already broken at base no longer fail the check.`];
    case "per-file":
      return [{ code: l.component }, ": now ", { code: "per_file: true" }, ", so each file may take the whole allotment, not the files together", ...where(l.location.line), "."];
    case "generation-prompt":
      return [{ code: l.component }, ": now ", { code: "generation_prompt: false" }, ", so its chat files are counted without the reply turn the model is asked to write", ...where(l.location.line), "."];
    case "coverage": {
      const relaxed = l.to !== l.from ? [{ code: "coverage.unbudgeted" }, ` changed from ${l.from} to ${l.to}`] : [];
      const excluded = l.exclude.length > 0 ? [relaxed.length > 0 ? "; " : "", { code: "coverage.exclude" }, " adds ", ...list(l.exclude)] : [];
      return [...relaxed, ...excluded, ": prompt files outside every component fail the check less."];
    }
  }
}
function allotmentCell(c, loosened) {
  const raised = rowLoosening(c, loosened).allotment;
  if (!raised) return { text: allotmentText(c), raised: false };
  return { text: `${raised} (${allotmentText(c).replace(` of ${formatTokens(c.maxTokens)}`, "")})`, raised: true };
}
function rowLoosening(c, loosened) {
  const mine = loosened.filter((l) => (l.kind === "max-tokens" || l.kind === "max-growth" || l.kind === "files-excluded" || l.kind === "per-file" || l.kind === "generation-prompt") && l.component === c.declaredName);
  const raised = mine.find((l) => l.kind === "max-tokens");
  const status = mine.flatMap((l) => l.kind === "max-growth" ? [l.to === null ? "growth limit removed here" : "growth limit raised here"] : l.kind === "files-excluded" ? ["files left out here"] : l.kind === "per-file" ? ["budgeted per file here"] : l.kind === "generation-prompt" ? ["reply turn dropped here"] : []);
  return { ...raised && raised.kind === "max-tokens" && { allotment: `${formatTokens(raised.from)} \u2192 ${formatTokens(raised.to)}, raised here` }, status };
}
function growthText(growth) {
  return "tokens" in growth ? `${formatTokens(growth.tokens)} tokens` : formatPercent(growth.percent);
}
function list(values) {
  return values.flatMap((value, i) => [i > 0 ? ", " : "", { code: value }]);
}
var REQUEST_ICON = { fits: "\u2705", "over-window": "\u274C", "unknown-window": "\u2754", "pre-existing": "\u26A0\uFE0F", uncountable: "\u274C" };
function requestIcon(r) {
  return r.failed ? "\u274C" : REQUEST_ICON[r.status];
}
var REQUEST_WORDS = {
  fits: "fits",
  "over-window": "over the window",
  "unknown-window": "window unknown",
  "pre-existing": "over the window at base too (pre-existing)",
  uncountable: "a part cannot be counted"
};
function fixedText(r) {
  const head = `${r.status === "uncountable" ? "\u2265" : r.estimated ? "\u2248" : ""}${formatTokens(r.fixed.head)}`;
  if (r.status === "uncountable") return head;
  return r.fixed.delta === null || r.fixed.delta === 0 ? head : `${head} (${formatSignedTokens(r.fixed.delta)})`;
}
function headroomText(r) {
  if (!r.headroom || r.contextWindow === null) return "\u2013";
  return `${formatSignedTokens(r.headroom.head).replace(/^\+/, "")} of ${formatTokens(r.contextWindow)}`;
}
function costText(change, currency, estimated = false) {
  if (!change || currency === void 0) return "\u2013";
  const delta = change.delta === null || change.delta === 0 ? "" : ` (${formatMoney(change.delta, { currency, signed: true })})`;
  return `${estimated ? "\u2248" : ""}${formatMoney(change.head, { currency })}${delta}`;
}
function verdictIcon(report) {
  if (report.verdict === "fail") return failsTheRun(report) ? "\u274C" : "\u26A0\uFE0F";
  return report.counts.warned > 0 || report.counts.preExisting > 0 || report.loosened.length > 0 || report.unbudgeted.length > 0 ? "\u26A0\uFE0F" : "\u2705";
}
function countingText(method) {
  if (method.local) {
    const { model, reason: reason2 } = method.local;
    return [{ code: method.label }, " (", { code: model }, " counted with the local Gemma 3 tokenizer, as Google's SDK counts offline, not by Gemini itself: ", ...reason2, ")"];
  }
  if (method.exact) {
    const what = method.tokenizer.kind === "encoding" ? "OpenAI's tokenizer" : method.tokenizer.kind === "huggingface" && method.tokenizer.gemini === void 0 ? "tokenizer.json" : void 0;
    return what ? [{ code: method.label }, ` (${what}, exact)`] : [`${method.label} (exact)`];
  }
  const { methods, reason } = method.estimate;
  const forWhat = method.tokenizer.kind === "vendor" ? method.tokenizer.model : method.tokenizer.kind === "estimate" ? `${method.tokenizer.vendor} models` : method.label;
  const scaled = methods.filter((m) => m.vendor !== "any");
  const scales = scaled.map((m) => `${m.basis} \xD7 ${m.ratio} (between \xD7${m.low} and \xD7${m.high})`).join(" or ") + (scaled.length < methods.length ? `${scaled.length > 0 ? ", with " : ""}digits, runs of one character and some scripts counted from their length` : "");
  return ["\u2248 ", { code: forWhat }, `: estimated as ${scales}, checked at the upper bound, as `, ...reason, "."];
}
function assumedTokenizerNotes(components) {
  const seen = /* @__PURE__ */ new Map();
  for (const c of components) {
    const family = c.assumedFrom;
    if (c.tokenizer.kind !== "encoding" || c.model === void 0 || family === void 0) continue;
    const entry = seen.get(c.model) ?? { encoding: c.tokenizer.encoding, family, names: [] };
    entry.names.push(c.name);
    seen.set(c.model, entry);
  }
  return [...seen].map(([model, { encoding, family, names }]) => [
    "\u24D8 ",
    { code: model },
    " is counted with ",
    { code: encoding },
    ", assumed from its family (",
    { code: family },
    `): OpenAI publishes no encoding for it (tiktoken names neither it nor a prefix of it), so ${names.length === 1 ? "its count is" : `the counts of ${plural(names.length, "component")} are`} `,
    "exact for that encoding but not known to be the model's own. If the model uses another, set its ",
    { code: "encoding" },
    " under ",
    { code: "models:" },
    "."
  ]);
}
function assumedModels(components) {
  return [...new Set(components.flatMap((c) => c.model !== void 0 && c.assumedFrom !== void 0 ? [c.model] : []))];
}
function measurementText(m) {
  if (!m) return "\u2013";
  const approximate = m.estimated || m.high !== void 0;
  return `${approximate ? "\u2248" : ""}${formatTokens(m.tokens)}${m.high !== void 0 ? ` (\u2264${formatTokens(m.high)})` : ""}`;
}
function lowerAllotmentNotes(report, configPath = report.configPath) {
  return report.lowerAllotments.filter((l) => l.shrank).map((l) => [
    { code: l.component },
    ` is at ${formatTokens(l.tokens)} tokens, well below its allotment of ${formatTokens(l.from)}: set `,
    { code: l.line },
    " in ",
    { code: configPath },
    ` (line ${l.location.line}), or run `,
    { code: "npx prompt-budget ratchet" },
    "."
  ]);
}
function findingText(finding, value = (text) => text) {
  return finding.map((span) => typeof span === "string" ? span : value(span.code)).join("");
}

// src/render/focus.ts
var TAGS_SHOWN = 4;
var NAMES_SHOWN = 3;
var NAMES_FOLDED = 12;
function focus(report, all = false) {
  const attention = (c) => all || needsAttention(c, report);
  const shown = report.components.filter(attention);
  const folded2 = report.components.filter((c) => !attention(c));
  const estimates = report.counting.filter((m) => !m.exact);
  const shownEstimates = estimates.filter((m) => shown.some((c) => c.counting.label === m.label));
  const shownNames = new Set(shown.map((c) => c.name));
  const requestAttention = (r) => all || r.failed || r.fixed.delta !== null && r.fixed.delta !== 0 || r.components.some((name) => shownNames.has(name));
  return {
    shown,
    folded: folded2,
    requests: report.requests.filter(requestAttention),
    foldedRequests: report.requests.filter((r) => !requestAttention(r)),
    notes: [...ruleNotes(report), ...shownEstimates.map(countingText), ...assumedTokenizerNotes(report.components), ...groupedNotes(shown, NAMES_SHOWN), ...sharedNotes(report)],
    foldedNotes: [...estimates.filter((m) => !shownEstimates.includes(m)).map(countingText), ...groupedNotes(report.components, NAMES_FOLDED), ...overheadFigures(report.components)]
  };
}
function needsAttention(c, report) {
  const loosened = rowLoosening(c, report.loosened);
  return isChanged(c) || c.failed || loosened.allotment !== void 0 || loosened.status.length > 0;
}
function ruleNotes(report) {
  const rules = report.ruleChanges ?? [];
  if (rules.length === 0) return [];
  return [[
    "\u2699\uFE0F This change edits what it is judged by: ",
    ...rules.flatMap((path, i) => [i > 0 ? ", " : "", { code: path }]),
    ". Base and head are both counted with the head's copies; review these edits with the prompts."
  ]];
}
function groupedNotes(components, namesShown) {
  const groups = /* @__PURE__ */ new Map();
  for (const c of components) {
    for (const about of rowNotes(c)) {
      const key = JSON.stringify(about);
      const group = groups.get(key) ?? { about, names: [] };
      group.names.push(c.name);
      groups.set(key, group);
    }
  }
  return [...groups.values()].map(({ about, names }) => [...about, ": ", ...namesOrCount(names, namesShown), "."]);
}
function namesOrCount(names, shown) {
  const listed = (some) => some.flatMap((name, i) => [i > 0 ? ", " : "", { code: name }]);
  if (names.length <= shown) return listed(names);
  if (shown <= NAMES_SHOWN) return [plural(names.length, "component")];
  return [...listed(names.slice(0, shown)), ` and ${formatTokens(names.length - shown)} more`];
}
function overheadFigures(components) {
  const framed = components.filter((c) => c.head.overhead > 0);
  if (framed.length === 0) return [];
  const listed = framed.slice(0, NAMES_FOLDED);
  return [[
    "of the counts at head, chat formatting (per message 3 plus its role, per name 1, per reply 3) is ",
    ...listed.flatMap((c, i) => [i > 0 ? ", " : "", `${formatTokens(c.head.overhead)} of ${formatTokens(c.head.tokens)} tokens in `, { code: c.name }]),
    framed.length > listed.length ? ` and more in ${formatTokens(framed.length - listed.length)} others.` : "."
  ]];
}
function rowNotes(c) {
  const files = c.head.files;
  const notes = [];
  if (c.head.overhead > 0) {
    notes.push(c.head.estimated ? ["chat formatting is estimated for ", { code: c.model ?? c.counting.label }, " (OpenAI's cookbook formula; OpenAI publishes no figure for this model)"] : ["chat formatting is counted by OpenAI's cookbook formula"]);
  }
  const tags = [...new Set(files.flatMap((f) => f.placeholders ?? []))];
  if (tags.length > 0) {
    const shown = tags.slice(0, TAGS_SHOWN);
    notes.push(["template tags are counted as written, not what fills them: ", ...shown.flatMap((tag, i) => [i > 0 ? ", " : "", { code: tag }]), tags.length > shown.length ? ` and ${tags.length - shown.length} more` : ""]);
  }
  const excluded = files.flatMap((f) => (f.excluded ?? []).map((what) => ({ path: f.path, what })));
  if (excluded.length > 0) {
    const first = excluded[0];
    notes.push(["not counted, as its size is not in the file: ", { code: first.what }, " in ", { code: first.path }, excluded.length > 1 ? ` and ${excluded.length - 1} more` : ""]);
  }
  return notes;
}
function sharedNotes(report) {
  return report.sharedFiles.filter((f) => f.changed).map((f) => {
    const change = f.delta === null ? "its change is counted in each" : `its change of ${formatSignedTokens(f.delta)} is counted in each`;
    return [
      { code: f.path },
      ` is shared by ${f.components.length} components: `,
      ...f.components.flatMap((name, i) => [i > 0 ? ", " : "", { code: name }]),
      `; ${change} (the totals count it once).`
    ];
  });
}

// src/render/usage.ts
function flagFinding(flag, calls, unusedShare) {
  const head = [{ code: flag.request }, ": ", { code: `reserve.${flag.reserve}` }, ` ${formatTokens(flag.limit)} `];
  return flag.kind === "exceeded" ? [...head, `is below the p99 of ${formatTokens(flag.observed)} seen in production (${plural(calls, "call")})`] : [...head, `is never approached in production: the largest of ${plural(calls, "call")} was ${formatTokens(flag.observed)}, under ${formatPercent(unusedShare * 100)} of it`];
}
function usageFindings(analysis) {
  return analysis.requests.flatMap((r) => r.flags.map((flag) => ({ kind: flag.kind, finding: flagFinding(flag, r.calls, analysis.unusedShare) })));
}
var COLUMNS = ["reserve", "p50", "p95", "p99", "max"];
function renderUsageTerminal(analysis) {
  const lines = [`${plural(analysis.records, "usage record")} from ${analysis.files.join(", ")}; nearest-rank percentiles per request.`];
  for (const r of analysis.requests) {
    lines.push("", `${r.request}: ${plural(r.calls, "call")} (${r.models.join(", ")})${r.reserve ? "" : "; not a request of budgets.yml, so no reserves to compare"}`);
    const flagOf = (name) => r.flags.find((f) => f.reserve === name);
    const rows = [["", ...COLUMNS, ""]];
    const row = (label, reserve, seen, sign = false, flagName) => {
      const shown = (n) => sign ? formatSignedTokens(n) : formatTokens(n);
      const flag = flagName ? flagOf(flagName) : void 0;
      rows.push([label, reserve === void 0 ? "" : formatTokens(reserve), ...seen ? [seen.p50, seen.p95, seen.p99, seen.max].map(shown) : ["-", "-", "-", "-"], flag ? `\u2190 ${flag.kind}` : ""]);
    };
    row("history", r.reserve?.history, r.history, false, "history");
    row("user_input", r.reserve?.user_input, r.userInput, false, "user_input");
    row("output", r.reserve?.output, r.output, false, "output");
    row("count delta", void 0, r.countDelta, true);
    const widths = rows[0].map((_, i) => Math.max(...rows.map((cells) => cells[i].length)));
    for (const cells of rows) lines.push(`  ${cells.map((cell, i) => i === 0 || i === cells.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i])).join("  ")}`.trimEnd());
  }
  const findings = usageFindings(analysis);
  lines.push("", findings.length === 0 ? "No reserve flagged." : `${plural(findings.length, "reserve")} flagged:`);
  for (const { finding } of findings) lines.push(`  ${findingText(finding)}`);
  return `${lines.join("\n")}
`;
}

// src/render/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
function renderMarkdown(report, options = {}) {
  const limit = options.maxLength ?? Infinity;
  const attempts = [
    { files: true, unchanged: true, rows: Infinity },
    { files: false, unchanged: true, rows: Infinity },
    { files: false, unchanged: false, rows: Infinity },
    { files: false, unchanged: false, rows: 200 },
    { files: false, unchanged: false, rows: 20 }
  ];
  for (const detail of attempts) {
    const body = render(report, options, detail);
    if (body.length <= limit) return body;
  }
  return render(report, options, { files: false, unchanged: false, rows: 0 }).slice(0, limit);
}
var LOOSENINGS_SHOWN = 5;
function render(report, options, detail) {
  const { shown: main, folded: quiet, notes, foldedNotes, requests, foldedRequests } = focus(report);
  const shown = main.slice(0, detail.rows);
  const omitted = main.length - shown.length + (detail.unchanged ? 0 : quiet.length);
  const fileRows = fileChanges(report.components);
  const withBase = report.base !== null;
  const lines = [];
  if (options.marker) lines.push(options.marker);
  lines.push(`### ${verdictIcon(report)} prompt-budget: ${verdictText(report)}`, "", contextLine(report), "");
  if (report.reportOnly) lines.push(`_${reportOnlyText(report)}_`, "");
  lines.push(...unbudgetedMarkdown(report));
  if (report.loosened.length > 0) lines.push(...looseningSection(report), "");
  if (shown.length > 0) lines.push(...componentTable(shown, withBase, report), "");
  if (omitted > 0 || !detail.files && fileRows.length > 0) {
    lines.push(`_Detail left out to fit GitHub's comment limit${omitted > 0 ? ` (${formatTokens(omitted)} more component rows)` : ""}: ${escapeText(options.fullReportHint ?? "see the job summary")}._`, "");
  }
  if (requests.length > 0) lines.push("**Requests**: fixed components plus reserves (history, user input, output) against the context window", "", ...requestTable(requests), "");
  const todo = [...findingLines(main), ...requestFindingLines(requests)];
  if (todo.length > 0) lines.push("**What to do**", "", ...todo, "");
  if (report.production) lines.push(...productionSection(report.production), "");
  const lower = lowerAllotmentNotes(report);
  if (lower.length > 0) lines.push("**Allotments to lower** (optional: keeps the budget tight after a prompt shrank)", "", ...lower.map((note) => `- \u{1F4C9} ${renderFinding(note)}`), "");
  if (notes.length > 0) lines.push(...notes.map((note) => `<sub>${renderFinding(note)}</sub>  `), "");
  if (detail.unchanged && quiet.length > 0) {
    lines.push(...folded(foldedSummary(quiet), [...componentTable(quiet, withBase, report), "", ...findingLines(quiet)]));
  }
  if (detail.unchanged && foldedRequests.length > 0) {
    const summary = `${plural(foldedRequests.length, "unchanged request")}${foldedRequests.every((r) => r.status === "fits") ? ", all fit" : ""}`;
    lines.push(...folded(summary, [...requestTable(foldedRequests), "", ...requestFindingLines(foldedRequests)]));
  }
  if (detail.unchanged && foldedNotes.length > 0) {
    const summary = `How ${foldedNotes.length === 1 ? "a component was" : "the components were"} counted (${plural(foldedNotes.length, "note")})`;
    lines.push(...folded(summary, foldedNotes.map((note) => `- ${renderFinding(note)}`)));
  }
  if (detail.files && fileRows.length > 0) lines.push(...folded(`${plural(fileRows.length, "changed file")}`, fileTable(fileRows, options.fileUrl)));
  lines.push(footer(report));
  return lines.join("\n") + "\n";
}
function folded(summary, body) {
  return [`<details><summary>${summary}</summary>`, "", ...body, ...body.at(-1) === "" ? [] : [""], "</details>", ""];
}
function requestFindingLines(requests) {
  return requests.flatMap((r) => r.findings.map((finding) => `- ${requestIcon(r)} ${renderFinding(finding)}`));
}
function findingLines(components) {
  return components.flatMap((c) => [
    ...c.findings.map((finding) => `- ${STATUS_ICON[c.status]} ${renderFinding(finding)}`),
    ...c.failed && c.message ? [`  > ${escapeText(c.message)}`] : []
  ]);
}
function foldedSummary(quiet) {
  const near = quiet.filter((c) => c.status === "warn").length;
  const carried = quiet.filter((c) => c.status === "pre-existing").length;
  const noise = quiet.some((c) => c.noise) ? " (or changed by less than <code>min_change</code>)" : "";
  const also = [near > 0 ? `${near} near the limit` : "", carried > 0 ? `${carried} broken at base, not made worse` : ""].filter(Boolean);
  return `${plural(quiet.length, "unchanged component")}${noise} ${also.length > 0 ? `without failures: ${also.join(", ")}` : "within budget"}`;
}
function looseningSection(report) {
  const listed = report.loosened.slice(0, LOOSENINGS_SHOWN);
  const more = report.loosened.length - listed.length;
  return [
    `**\u{1F513} This change loosens the budgets it is judged by.** Have an owner of ${codeSpan(report.configPath)} review it:`,
    "",
    ...listed.map((l) => `- ${renderFinding(looseningFinding(l, report.configPath))}`),
    ...more > 0 ? [`- and ${more} more (the job summary and the report JSON list them all).`] : []
  ];
}
function contextLine(report) {
  const total = `**${formatTokens(report.totals.head)} tokens**`;
  const delta = report.totals.delta !== null ? ` (${formatSignedTokens(report.totals.delta)})` : "";
  const head = revisionText(report.head);
  const against = report.base ? ` vs base ${revisionText(report.base)}` : " (no base: checked against allotments only)";
  return `${total}${delta} at ${head}${against} \xB7 config ${codeSpan(report.configPath)}`;
}
function revisionText(revision) {
  const sha = revision.sha ? ` @ ${codeSpan(revision.sha.slice(0, 7))}` : "";
  return `${codeSpan(revision.label)}${sha}`;
}
function componentTable(components, withBase, report) {
  const header = withBase ? ["| | Component | Base | Head | Change | Allotment | Status |", "|:-:|:--|--:|--:|--:|--:|:--|"] : ["| | Component | Tokens | Allotment | Status |", "|:-:|:--|--:|--:|:--|"];
  const rows = components.map((c) => {
    const cell = allotmentCell(c, report.loosened);
    const allotment = cell.raised ? `**${cell.text}**` : cell.text;
    const status = [statusText(c), ...rowLoosening(c, report.loosened).status.map((s) => `**${s}**`)].join(", ");
    const cells = withBase ? [STATUS_ICON[c.status], codeSpan(c.name, true), measurementText(c.base), measurementText(c.head), changeText(c), allotment, status] : [STATUS_ICON[c.status], codeSpan(c.name, true), measurementText(c.head), allotment, status];
    return `| ${cells.join(" | ")} |`;
  });
  return [...header, ...rows];
}
function requestTable(requests) {
  const withVolume = requests.some((r) => r.cost?.perMonth);
  const header = ["| | Request | Model | Fixed tokens | Reserved | Headroom of window | Cost / request", withVolume ? " | Cost at volume" : "", " |"].join("");
  const align = `|:-:|:--|:--|--:|--:|--:|--:|${withVolume ? "--:|" : ""}`;
  const rows = requests.map((r) => {
    const cells = [
      `${requestIcon(r)}`,
      codeSpan(r.name, true),
      codeSpan(r.model, true),
      fixedText(r),
      countText(r.reserved),
      `${headroomText(r)}${r.status === "fits" ? "" : ` (${REQUEST_WORDS[r.status]})`}`,
      costText(r.cost?.perRequest, r.cost?.currency, r.estimated),
      ...withVolume ? [
        r.cost?.perDay && r.cost.perMonth ? `${costText(r.cost.perDay, r.cost.currency, r.estimated)} a day, ${costText(r.cost.perMonth, r.cost.currency, r.estimated)} a month at ${codeSpan(r.volume ?? "", true)}` : "\u2013"
      ] : []
    ];
    return `| ${cells.join(" | ")} |`;
  });
  const notes = requests.flatMap((r) => r.cost ? [priceNote(r)] : []);
  return [header, align, ...rows, ...notes.length > 0 ? ["", ...[...new Set(notes)].map((n) => `<sub>${n}</sub>`)] : []];
}
function priceNote(r) {
  const cost = r.cost;
  const cached = cost.cached ? `; its prefix (${formatTokens(r.fixed.head)} tokens, at least ${formatTokens(cost.cached.minTokens)}) can be cached at ${formatMoney(cost.cached.perMillion, { currency: cost.currency })} per 1M, ${formatMoney(cost.cached.perRequest.head, { currency: cost.currency })} per request` : "";
  return `${codeSpan(r.model)}: fixed prefix at ${formatMoney(cost.inputPerMillion, { currency: cost.currency })} per 1M input tokens (list price as of ${codeSpan(cost.asOf)})${cached}.`;
}
function fileTable(rows, fileUrl) {
  const pathCell = (file) => fileUrl && file.head !== null ? `[${codeSpan(file.path, true)}](${linkTarget(fileUrl(file.path))})` : codeSpan(file.path, true);
  return [
    "| Component | File | Base | Head | Change |",
    "|:--|:--|--:|--:|--:|",
    ...rows.map(({ components, shared, file }) => {
      const component = `${shared > 1 ? `shared by ${shared}: ` : ""}${components.map((name) => codeSpan(name, true)).join(", ")}`;
      const change = file.renamedFrom !== void 0 ? `renamed from ${codeSpan(file.renamedFrom, true)}${file.delta === 0 ? "" : `, ${formatSignedTokens(file.delta)}`}` : file.base === null ? "added" : file.head === null ? "removed" : formatSignedTokens(file.delta);
      return `| ${component} | ${pathCell(file)} | ${countText(file.base)} | ${countText(file.head)} | ${change} |`;
    })
  ];
}
function linkTarget(url) {
  return url.replace(/[\s()|<>`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function renderFinding(finding) {
  return findingText(finding, (text) => codeSpan(text));
}
function productionSection(analysis) {
  const findings = usageFindings(analysis);
  const seen = plural(analysis.records, "usage record");
  if (findings.length === 0) return [`<sub>Production usage (${seen}): every reserve fits its traffic.</sub>`];
  return [`**Seen in production** (${seen}; p99 and max by nearest rank)`, "", ...findings.map(({ kind, finding }) => `- ${kind === "exceeded" ? "\u{1F4C8}" : "\u{1F4C9}"} ${renderFinding(finding)}`)];
}
function footer(report) {
  const assumedFor = (m) => {
    const tokenizer = m.tokenizer;
    const names = tokenizer.kind === "encoding" ? assumedModels(report.components.filter((c) => c.tokenizer.kind === "encoding" && c.tokenizer.encoding === tokenizer.encoding)) : [];
    return names.length > 0 ? `, assumed for ${names.map((name) => codeSpan(name)).join(", ")}` : "";
  };
  const exact = report.counting.filter((m) => m.exact).map((m) => renderFinding(countingText(m)) + assumedFor(m));
  return `<sub>${exact.length > 0 ? `Counted with ${exact.join(", ")}. ` : ""}Posted by prompt-budget.</sub>`;
}

// src/render/terminal.ts
function plain(text) {
  return escapeControl(text);
}
var MARK = {
  ok: "\u2713",
  new: "+",
  warn: "!",
  over: "\u2717",
  "grew-too-much": "\u2717",
  "no-files-matched": "\u2717",
  removed: "\u2717",
  unreadable: "\u2717",
  "pre-existing": "!"
};
var ALL_ROWS = 10;
var NAMES_LISTED = 3;
var LOOSENINGS_SHOWN2 = 5;
function renderTerminal(report, options) {
  const paint = painter(options.color);
  const tone = (status) => status === "ok" || status === "new" ? "green" : status === "warn" || status === "pre-existing" ? "yellow" : "red";
  const verdictTone = report.verdict === "fail" ? failsTheRun(report) ? "red" : "yellow" : report.counts.warned > 0 || report.counts.preExisting > 0 ? "yellow" : "green";
  const lines = [
    paint(verdictTone, `prompt-budget: ${verdictText(report)}`),
    `  ${formatTokens(report.totals.head)} tokens${report.totals.delta !== null ? ` (${formatSignedTokens(report.totals.delta)})` : ""} at ${plain(report.head.label)}${report.base ? ` vs ${plain(report.base.label)}${report.base.sha ? ` @ ${report.base.sha.slice(0, 7)}` : ""}` : ""} \xB7 config ${plain(report.configPath)}`,
    ...report.reportOnly ? [paint("yellow", `  ${reportOnlyText(report)}`)] : [],
    ""
  ];
  lines.push(...unbudgetedTerminal(report, plain, paint));
  if (report.loosened.length > 0) {
    const listed = report.loosened.slice(0, LOOSENINGS_SHOWN2);
    lines.push(
      paint("yellow", `This change loosens the budgets it is judged by; have an owner of ${report.configPath} review it:`),
      ...listed.map((l) => paint("yellow", `  - ${findingText(looseningFinding(l, report.configPath), plain)}`)),
      ...report.loosened.length > listed.length ? [paint("yellow", `  - and ${formatTokens(report.loosened.length - listed.length)} more (see --json)`)] : [],
      ""
    );
  }
  const listAll = report.components.length <= ALL_ROWS;
  const { shown, folded: rest, notes, foldedNotes, requests, foldedRequests } = focus(report, listAll);
  const withBase = report.base !== null;
  const header = withBase ? ["Component", "Base", "Head", "Change", "Allotment", "Status"] : ["Component", "Tokens", "Allotment", "Status"];
  const rows = shown.map((c) => {
    const allotment = allotmentCell(c, report.loosened).text;
    const status = [`${MARK[c.status]} ${statusText(c)}`, ...rowLoosening(c, report.loosened).status].join(", ");
    return withBase ? [plain(c.name), measurementText(c.base), measurementText(c.head), changeText(c), allotment, status] : [plain(c.name), measurementText(c.head), allotment, status];
  });
  if (shown.length > 0) {
    const [headerLine, ...rowLines] = table(header, rows, (i) => i > 0 && i < header.length - 1);
    lines.push(paint("bold", headerLine));
    shown.forEach((c, i) => {
      const text = rowLines[i];
      lines.push(c.status === "ok" && !needsAttention(c, report) ? paint("dim", text) : paint(tone(c.status), text));
    });
  }
  if (rest.length > 0) lines.push(paint("dim", `  ${restLine(rest, withBase)}`));
  if (notes.length > 0) lines.push("", ...notes.map((note) => paint("dim", `  ${findingText(note, plain)}`)));
  const moreNotes = listAll ? 0 : foldedNotes.length;
  const warnings = rest.reduce((sum, c) => sum + c.findings.length, 0);
  const more = [moreNotes > 0 ? `${plural(moreNotes, "note")} on how the components were counted` : "", warnings > 0 ? `${plural(warnings, "warning")} of the components not listed` : ""].filter(Boolean);
  if (more.length > 0) lines.push(paint("dim", `  In the Markdown report (--markdown, or the job summary): ${more.join(", ")}.`));
  if (requests.length > 0) {
    const requestHeader = ["Request", "Model", "Fixed", "Reserved", "Headroom", "Cost/request", "Status"];
    const requestRows = requests.map((r) => [
      plain(r.name),
      plain(r.model),
      fixedText(r),
      countText(r.reserved),
      headroomText(r),
      costText(r.cost?.perRequest, r.cost?.currency, r.estimated),
      `${r.failed ? "\u2717" : r.status === "fits" ? "\u2713" : r.status === "pre-existing" ? "!" : "?"} ${REQUEST_WORDS[r.status]}`
    ]);
    lines.push("", ...table(requestHeader, requestRows, (i) => i > 1 && i < requestHeader.length - 1).map(
      (text, i) => i === 0 ? paint("bold", text) : paint(requests[i - 1].failed ? "red" : "green", text)
    ));
  }
  if (foldedRequests.length > 0) {
    if (requests.length === 0) lines.push("");
    const names = foldedRequests.slice(0, NAMES_LISTED).map((r) => plain(r.name)).join(", ");
    const more2 = foldedRequests.length > NAMES_LISTED ? ` and ${formatTokens(foldedRequests.length - NAMES_LISTED)} more` : "";
    lines.push(paint("dim", `  ${plural(foldedRequests.length, "unchanged request")}${foldedRequests.every((r) => r.status === "fits") ? ", all fit" : ""}: ${names}${more2}.`));
  }
  const withFindings = shown.filter((c) => c.findings.length > 0);
  const requestFindings = requests.filter((r) => r.findings.length > 0);
  if (withFindings.length > 0 || requestFindings.length > 0) {
    lines.push("", paint("bold", "What to do"));
    for (const c of withFindings) {
      for (const finding of c.findings) lines.push(paint(tone(c.status), `  ${MARK[c.status]} ${findingText(finding, plain)}`));
      if (c.failed && c.message) lines.push(`    ${plain(c.message)}`);
    }
    for (const r of requestFindings) for (const finding of r.findings) lines.push(paint(r.failed ? "red" : "yellow", `  ${r.failed ? "\u2717" : r.status === "pre-existing" ? "!" : "?"} ${findingText(finding, plain)}`));
  }
  const lower = lowerAllotmentNotes(report);
  const others = report.lowerAllotments.filter((l) => !l.shrank);
  if (lower.length > 0 || others.length > 0) {
    lines.push("", paint("bold", "Allotments to lower"), ...lower.map((note) => `  ${findingText(note, plain)}`));
    if (others.length > 0) {
      const names = others.slice(0, 5).map((l) => `${plain(l.component)} (${formatTokens(l.from)} \u2192 ${formatTokens(l.to)})`).join(", ");
      lines.push(paint("dim", `  ${lower.length > 0 ? "Also w" : "W"}ell above their counts: ${names}${others.length > 5 ? ` and ${formatTokens(others.length - 5)} more` : ""}; \`npx prompt-budget ratchet\` lowers them in ${plain(report.configPath)}.`));
    }
  }
  return lines.join("\n") + "\n";
}
function restLine(rest, withBase) {
  const names = rest.slice(0, NAMES_LISTED).map((c) => plain(c.name)).join(", ");
  const more = rest.length > NAMES_LISTED ? ` and ${formatTokens(rest.length - NAMES_LISTED)} more` : "";
  const near = rest.filter((c) => c.status === "warn").length;
  const carried = rest.filter((c) => c.status === "pre-existing").length;
  const also = [near > 0 ? `${near} near the limit` : "", carried > 0 ? `${carried} broken at base, not made worse` : ""].filter(Boolean);
  const what = withBase ? plural(rest.length, "unchanged component") : plural(rest.length, "more component");
  return `${what} ${also.length > 0 ? `without failures (${also.join(", ")})` : "within budget"}: ${names}${more}.`;
}
function table(header, rows, right) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => [...r[i] ?? ""].length)));
  const line = (cells) => "  " + cells.map((cell, i) => right(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), ...rows.map(line)];
}
var ANSI = { red: [31, 39], yellow: [33, 39], green: [32, 39], bold: [1, 22], dim: [2, 22] };
function painter(color) {
  return (tone, text) => color ? `\x1B[${ANSI[tone][0]}m${plain(text)}\x1B[${ANSI[tone][1]}m` : plain(text);
}

export {
  ACTION_REF,
  SCHEMA_URL,
  poolCounter,
  describeCounting,
  bundledWorkerUrl,
  verdictText,
  countingText,
  findingText,
  renderUsageTerminal,
  GITHUB_COMMENT_LIMIT,
  renderMarkdown,
  renderTerminal
};
