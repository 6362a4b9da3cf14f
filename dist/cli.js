#!/usr/bin/env node
import { createRequire as __pbCreateRequire } from 'node:module'; const require = __pbCreateRequire(import.meta.url);
import {
  FileCounts,
  PROMPT_FORMATS,
  UserError,
  asProblem,
  bundledWorkerUrl,
  checkRepository,
  decodePrompt,
  describeCounting,
  detectFormat,
  findModel,
  isPromptFormat,
  isUserError,
  plain,
  poolCounter,
  renderMarkdown,
  renderTerminal
} from "./chunks/chunk-GJMUKIRF.js";
import {
  ENCODING_NAMES,
  isEncodingName
} from "./chunks/chunk-IBYH6E3X.js";
import "./chunks/chunk-BXQHEXTT.js";

// src/cli/main.ts
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";

// package.json
var package_default = {
  name: "prompt-budget",
  version: "0.1.0",
  description: "Token budgets for LLM prompts, enforced in CI: exact counts with the model's own tokenizer at a PR's base and head.",
  license: "MIT",
  type: "module",
  bin: {
    "prompt-budget": "dist/cli.js"
  },
  files: [
    "dist",
    "budgets.schema.json"
  ],
  engines: {
    node: ">=20.19"
  },
  scripts: {
    build: "tsc -p tsconfig.build.json",
    bundle: "node scripts/bundle.mjs",
    typecheck: "tsc --noEmit",
    lint: "eslint .",
    test: "vitest run",
    bench: "node bench/run.mjs",
    check: "node dist/cli.js check"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "js-tiktoken": "^1.0.21",
    minimatch: "^11.0.9",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@eslint/js": "^10.0.1",
    "@octokit/openapi": "^23.0.2",
    "@octokit/webhooks-examples": "^7.6.1",
    "@types/node": "^20.19.43",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    "gpt-tokenizer": "^4.0.0",
    tiktoken: "^1.0.22",
    typescript: "^5.9.3",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12"
  }
};

// src/cli/main.ts
var USAGE = `Usage:
  prompt-budget check [--config budgets.yml] [--base REF] [--json FILE] [--markdown FILE] [--threads N]
      Check the components in budgets.yml: head is the working tree, base a git ref.
      Exit 0 within budgets, 1 when a budget broke, 2 on a usage or configuration error.
  prompt-budget count [--encoding E | --model M] [--format F] [--json] [--threads N] [FILE ...]
      Count the tokens of files (standard input when no FILE) as the model receives them, exactly as
      OpenAI's tokenizer does: chat files (.json, .yaml, .jsonl, .prompt.yml, .prompty, .prompt) as
      their messages plus the chat overhead of --model; --format overrides the extension.
      Default encoding: o200k_base. Encodings: ${ENCODING_NAMES.join(", ")}.
  --threads N: most threads to count on (default: the machine's cores; used only for megabytes
      of text, where starting a thread pays off).
  prompt-budget --help | --version`;
var EXIT = { pass: 0, fail: 1, usage: 2 };
async function main(argv) {
  const [command, ...rest] = argv;
  switch (command) {
    case "check":
      return check(rest);
    case "count":
      return count(rest);
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
      throw new UserError(`Unknown command ${JSON.stringify(command)}`, "Use `prompt-budget check` or `prompt-budget count` (see --help).");
  }
}
function parse(parser) {
  try {
    return parser();
  } catch (error) {
    throw new UserError(error instanceof Error ? error.message : String(error), "See `prompt-budget --help`.");
  }
}
async function check(args) {
  const { values } = parse(
    () => parseArgs({
      args,
      strict: true,
      options: {
        config: { type: "string", default: "budgets.yml" },
        base: { type: "string" },
        json: { type: "string" },
        markdown: { type: "string" },
        threads: { type: "string" }
      }
    })
  );
  const { report } = await checkRepository({
    cwd: process.cwd(),
    configPath: values.config,
    head: { label: "working tree" },
    ...values.base !== void 0 && { base: { ref: values.base, label: values.base, fetch: false } },
    log: (line) => process.stderr.write(`${line}
`),
    counter: counter(values.threads)
  });
  const json = `${JSON.stringify(report, null, 2)}
`;
  const markdown = renderMarkdown(report);
  await Promise.all([
    values.json !== void 0 && emit(values.json, json),
    values.markdown !== void 0 && emit(values.markdown, markdown)
  ]);
  const toStdout = values.json !== "-" && values.markdown !== "-";
  const table = renderTerminal(report, { color: (toStdout ? process.stdout : process.stderr).isTTY === true && !process.env.NO_COLOR });
  (toStdout ? process.stdout : process.stderr).write(table);
  return report.verdict === "fail" ? EXIT.fail : EXIT.pass;
}
async function emit(target, text) {
  if (target === "-") process.stdout.write(text);
  else await writeFile(target, text);
}
async function count(args) {
  const { values, positionals } = parse(
    () => parseArgs({
      args,
      strict: true,
      allowPositionals: true,
      options: {
        encoding: { type: "string" },
        model: { type: "string" },
        json: { type: "boolean", default: false },
        format: { type: "string" },
        threads: { type: "string" }
      }
    })
  );
  const encoding = chooseEncoding(values.encoding, values.model);
  const files = positionals.length > 0 ? positionals : ["-"];
  const texts = [];
  for (const path of files) {
    const bytes = path === "-" ? await readStdin() : await readFile(path).catch((error) => {
      throw new UserError(`${path}: ${error.code === "ENOENT" ? "no such file" : error.code === "EISDIR" ? "is a directory" : error.message}`, "Pass paths of text files, or - for standard input.");
    });
    texts.push(asProblem(() => decodePrompt(bytes, path === "-" ? "standard input" : path)));
  }
  const format = values.format === void 0 ? void 0 : chooseFormat(values.format);
  const plan = new FileCounts();
  const planned = files.map((path, i) => plan.add(path, texts[i], { encoding, ...values.model !== void 0 && { model: values.model }, format: format ?? (path === "-" ? "text" : detectFormat(path)) }));
  const unreadable = planned.find((file) => file.problem !== void 0);
  if (unreadable) throw new UserError(unreadable.problem, "Count text files: UTF-8 (or UTF-16 with a byte order mark), well-formed for their format.");
  await plan.count(counter(values.threads));
  const counted = files.map((path, i) => ({ path, tokens: planned[i].tokens }));
  const total = counted.reduce((sum, f) => sum + f.tokens, 0);
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ encoding, files: counted, total })}
`);
  } else {
    const width = Math.max(...counted.map((f) => String(f.tokens).length), String(total).length);
    for (const f of counted) process.stdout.write(`${String(f.tokens).padStart(width)}  ${plain(f.path)}
`);
    if (counted.length > 1) process.stdout.write(`${String(total).padStart(width)}  total (${encoding})
`);
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
      if (stats.threads > 1) process.stderr.write(`${describeCounting(stats)}
`);
    }
  });
}
function chooseFormat(format) {
  if (isPromptFormat(format)) return format;
  throw new UserError(`Unknown format ${JSON.stringify(format)}`, `Use one of ${PROMPT_FORMATS.join(", ")} (default: by the file's extension).`);
}
function chooseEncoding(encoding, model) {
  if (encoding !== void 0 && model !== void 0) throw new UserError("Give --encoding or --model, not both");
  if (model !== void 0) {
    const found = findModel(model);
    if (!found) throw new UserError(`Unknown model ${JSON.stringify(model)}`, `Use --encoding with one of ${ENCODING_NAMES.join(", ")}, or a known OpenAI model name.`);
    return found.encoding;
  }
  if (encoding === void 0) return "o200k_base";
  if (!isEncodingName(encoding)) throw new UserError(`Unknown encoding ${JSON.stringify(encoding)}`, `Use one of ${ENCODING_NAMES.join(", ")}.`);
  return encoding;
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
    if (isUserError(error)) process.stderr.write(`prompt-budget: ${error.format()}
`);
    else process.stderr.write(`prompt-budget: internal error (please report it): ${error instanceof Error ? error.stack : String(error)}
`);
    process.exitCode = EXIT.usage;
  }
);
export {
  EXIT
};
