/**
 * The bench's inputs, built from what `npm ci` installs and from a seeded PRNG: no network, and
 * the same lockfile gives the same bytes on every run and every machine.
 */
import { Buffer } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const MODULES = fileURLToPath(new URL('../node_modules/', import.meta.url));

/** Larger files are not prompt-sized, and one of them would dominate the corpus. */
const MAX_FILE_BYTES = 400_000;

/** The install or the command line is not what the bench needs: printed without a stack. */
export class SetupError extends Error {}

export const utf8Bytes = (text) => Buffer.byteLength(text, 'utf8');

/** mulberry32: a seeded PRNG, since inputs made with Math.random would change on every run. */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** Every file under `dir`, recursively, in sorted order; none if `dir` is missing. */
function walk(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return entry.isFile() ? [path] : [];
  });
}

/** Top-level packages, scoped ones included (not the copies nested in other packages). */
function packageDirs() {
  return readdirSync(MODULES)
    .sort()
    .flatMap((name) => {
      if (name.startsWith('.')) return [];
      if (!name.startsWith('@')) return [join(MODULES, name)];
      return readdirSync(join(MODULES, name)).sort().map((sub) => join(MODULES, name, sub));
    });
}

const under = (dir, pattern) => walk(join(MODULES, dir)).filter((path) => pattern.test(relative(join(MODULES, dir), path)));
const inEachPackage = (file) => packageDirs().map((dir) => join(dir, file));

/** What a repository of prompts and the code around them holds: docs, code, JSON, other languages. */
const CORPUS_SOURCES = [
  { label: 'READMEs', files: () => inEachPackage('README.md') },
  { label: 'TypeScript lib .d.ts', files: () => under('typescript/lib', /^lib\.[^/]*\.d\.ts$/) },
  { label: 'TypeScript diagnostics ja/zh-cn/de JSON', files: () => under('typescript/lib', /^(ja|zh-cn|de)\/.*\.json$/) },
  { label: 'ESLint rules .js', files: () => under('eslint/lib/rules', /\.js$/) },
  { label: 'Ajv source .ts', files: () => under('ajv/lib', /\.ts$/) },
  { label: 'yaml .js/.d.ts', files: () => under('yaml/dist', /\.(js|d\.ts)$/) },
  { label: 'package.json', files: () => inEachPackage('package.json') },
];

/**
 * Files from CORPUS_SOURCES until `targetBytes`: each source's files in sorted order, always
 * taking the next file from the source with the fewest bytes so far, so every kind is present.
 * @returns {{ texts: string[], bytes: number, sources: { label: string, files: number, bytes: number }[] }}
 */
export function buildCorpus(targetBytes) {
  const sources = CORPUS_SOURCES.map(({ label, files }) => ({
    label,
    queue: files().filter((path) => {
      try {
        const { size } = statSync(path);
        // A small (quick) corpus also leaves out files bigger than a source's share of it.
        return size > 0 && size <= Math.min(MAX_FILE_BYTES, targetBytes / CORPUS_SOURCES.length);
      } catch {
        return false;
      }
    }),
    files: 0,
    bytes: 0,
  }));
  const texts = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const open = sources.filter((source) => source.queue.length > 0);
    if (open.length === 0) throw new SetupError(`Only ${bytes} bytes of corpus in node_modules: run npm ci.`);
    const source = open.reduce((least, next) => (next.bytes < least.bytes ? next : least));
    const text = readFileSync(source.queue.shift(), 'utf8');
    texts.push(text);
    source.files++;
    source.bytes += utf8Bytes(text);
    bytes += utf8Bytes(text);
  }
  return { texts, bytes, sources: sources.map(({ label, files, bytes }) => ({ label, files, bytes })) };
}

/** A paragraph of running English: long enough, mostly letters, ending as a sentence does. */
function isProse(text) {
  if (text.length < 80 || !/[.!?]$/.test(text)) return false;
  return (text.match(/[A-Za-z ,]/g)?.length ?? 0) / text.length > 0.9;
}

/** Paragraphs of Markdown outside code blocks, tables, headings and HTML. */
function markdownParagraphs(text) {
  const paragraphs = [];
  let lines = [];
  let inFence = false;
  const flush = () => {
    if (lines.length > 0) paragraphs.push(lines.join(' '));
    lines = [];
  };
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence || /^\s*(```|~~~|#|\||<|>|-{3,}|={3,})|^( {4}|\t)|^\s*$/.test(line)) flush();
    else lines.push(line.trim());
  }
  flush();
  return paragraphs;
}

/** Descriptions in the GitHub REST API's OpenAPI document: prose written by GitHub's doc writers. */
function openapiParagraphs() {
  const path = join(MODULES, '@octokit/openapi/generated/api.github.com.json');
  const paragraphs = [];
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'description' && typeof child === 'string') paragraphs.push(...child.split(/\n\s*\n/));
        else visit(child);
      }
    }
  };
  try {
    visit(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    // Optional source: the other two are enough for a quick run.
  }
  return paragraphs;
}

/** JSDoc of TypeScript's lib files: mostly MDN's descriptions of the web platform. */
function jsdocParagraphs() {
  return under('typescript/lib', /^lib\.[^/]*\.d\.ts$/).flatMap((path) =>
    [...readFileSync(path, 'utf8').matchAll(/\/\*\*([\s\S]*?)\*\//g)].map(([, body]) =>
      body
        .split('\n')
        .map((line) => line.replace(/^\s*\*\s?/, '').trim())
        .filter((line) => line && !line.startsWith('@'))
        .join(' ')
        .replace(/\{@link\s+([^}|]+?)(\s*\|[^}]*)?\}/g, '$1')
        .replace(/\[MDN Reference\]\([^)]*\)/g, '')
        .trim(),
    ),
  );
}

/**
 * Real English prose, de-duplicated paragraphs up to `targetBytes`: Markdown from node_modules,
 * then GitHub's API descriptions, then TypeScript's JSDoc.
 * @returns {{ text: string, paragraphs: string[] }} `paragraphs` is the whole pool, for the tree.
 */
export function buildProse(targetBytes) {
  const markdown = walk(MODULES)
    .filter((path) => path.endsWith('.md'))
    .flatMap((path) => markdownParagraphs(readFileSync(path, 'utf8')));
  const pool = [...new Set([...markdown, ...openapiParagraphs(), ...jsdocParagraphs()].map((p) => p.trim()))].filter(isProse);
  const taken = [];
  let bytes = 0;
  for (const paragraph of pool) {
    const size = utf8Bytes(paragraph) + (taken.length > 0 ? 2 : 0);
    if (bytes + size > targetBytes) break;
    taken.push(paragraph);
    bytes += size;
  }
  if (bytes < targetBytes * 0.95) throw new SetupError(`Only ${bytes} bytes of prose in node_modules: run npm ci.`);
  return { text: taken.join('\n\n'), paragraphs: pool };
}

/**
 * ~100 KB of seeded random "words" in every script and class the pre-tokenizers tell apart, with
 * digits, punctuation, code, line breaks and a few long runs. It warms the JIT on every path
 * while teaching the caches (which hold merged pieces) almost nothing about the real inputs.
 */
export function warmupText() {
  const random = prng(0x3a9);
  const within = (from, to) => from + Math.floor(random() * (to - from + 1));
  const word = (first, last, length) => Array.from({ length }, () => String.fromCodePoint(within(first, last))).join('');
  const makers = [
    () => word(0x61, 0x7a, within(2, 9)),
    () => word(0x41, 0x5a, 1) + word(0x61, 0x7a, within(2, 8)),
    () => String(within(0, 99_999)),
    () => word(0xe0, 0xff, within(2, 6)),
    () => word(0x4e00, 0x9fff, within(1, 4)),
    () => word(0x430, 0x44f, within(3, 8)),
    () => ['{ ', ' }', '();', ' => ', '", "', '</', '&&', ' = '][within(0, 7)],
    () => ['.', ',', ';', ':', '!', '?', "'s", "'ll", '\n', '\n\n', '\r\n', '\t'][within(0, 11)],
    () => [' ', '-', 'x', '\n'][within(0, 3)].repeat(within(100, 200)),
  ];
  let text = '';
  while (text.length < 100_000) text += makers[random() < 0.01 ? 8 : within(0, 7)]() + (random() < 0.7 ? ' ' : '');
  return text;
}

/** About `chars` characters of base64 of seeded random bytes: one line, as a pasted blob is. */
function randomBase64(chars, random) {
  const bytes = Buffer.alloc(Math.ceil((chars * 3) / 4));
  for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
  return bytes.toString('base64').slice(0, chars);
}

/** Minified JSON of about `chars` characters: an API response of generated records. */
function minifiedJson(chars, random) {
  const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet'];
  const pick = (list) => list[Math.floor(random() * list.length)];
  const records = [];
  let length = 2;
  while (length < chars) {
    const id = records.length + 1;
    const record = {
      id,
      name: `${pick(words)} ${pick(words)}`,
      email: `${pick(words)}.${id}@example.com`,
      active: random() < 0.5,
      score: Math.round(random() * 1e6) / 100,
      tags: [pick(words), pick(words)],
      created: new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 3e10)).toISOString(),
    };
    records.push(record);
    length += JSON.stringify(record).length + 1;
  }
  return JSON.stringify(records);
}

/**
 * Inputs that defeat a naive BPE: each run of one character is a single pre-tokenizer piece.
 * Rows of a family grow in size, so a library that passed the limit on one is not run on the next.
 * `target` marks the rows at the size target (b) is about.
 */
export function adversarialInputs(quick) {
  const big = quick ? 100_000 : 1_000_000;
  const random = prng(0x5eed);
  const run = (family, label, char, counts) =>
    counts.map((count) => ({
      id: `${family}-${count}`,
      family,
      label: `${label} × ${count.toLocaleString('en-US')}`,
      text: char.repeat(count),
      target: count === counts.at(-1),
    }));
  return [
    // Smaller sizes show how time grows; a quick run has only the largest.
    ...run('spaces', 'spaces', ' ', quick ? [big] : [20_000, big]),
    ...run('a', "'a'", 'a', quick ? [big] : [10_000, 100_000, big]),
    // 3 UTF-8 bytes each: 333,333 of them make the 1 MB row.
    ...run('cjk', "'中'", '中', quick ? [33_333] : [10_000, 100_000, 333_333]),
    ...run('newlines', 'newlines', '\n', [big]),
    ...run('dashes', "'-'", '-', [big]),
    { id: 'base64', family: 'base64', label: `random base64, ${big / 1e6} MB`, text: randomBase64(big, random), target: true },
    { id: 'json', family: 'json', label: `minified JSON, ${big / 1e6} MB`, text: minifiedJson(big, random), target: true },
  ].map((input) => ({ ...input, bytes: utf8Bytes(input.text) }));
}

/**
 * A repository of prompts under `dir`, about `targetBytes` in all: system prompts (Markdown),
 * few-shot examples (JSONL) and prompt.yml files, 1-20 KB each, of real paragraphs.
 * @returns {{ paths: string[], bytes: number }}
 */
export function writeTree(dir, targetBytes, paragraphs) {
  const random = prng(0x7e11);
  const pick = () => paragraphs[Math.floor(random() * paragraphs.length)];
  const some = (bytes) => {
    const out = [];
    for (let size = 0; size < bytes; size += out.at(-1).length) out.push(pick());
    return out;
  };
  const kinds = [
    (size) => `# System prompt\n\nYou are a helpful assistant.\n\n${some(size).map((p, i) => (i % 4 === 3 ? `## Rules\n\n- ${p}` : p)).join('\n\n')}\n`,
    (size) =>
      some(size)
        .map((p, i, all) => JSON.stringify({ messages: [{ role: 'system', content: 'Answer briefly.' }, { role: 'user', content: p }, { role: 'assistant', content: all[(i + 1) % all.length] }] }))
        .join('\n') + '\n',
    (size) => `name: prompt\nmodel: gpt-4o\nmessages:\n  - role: system\n    content: |\n${some(size).map((p) => `      ${p}`).join('\n\n')}\n`,
  ];
  const extensions = ['md', 'jsonl', 'prompt.yml'];
  const paths = [];
  let bytes = 0;
  for (let n = 0; bytes < targetBytes; n++) {
    const kind = n % kinds.length;
    const folder = join(dir, `team-${String(n % 20).padStart(2, '0')}`, `feature-${String(Math.floor(n / 20) % 50).padStart(2, '0')}`);
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `prompt-${n}.${extensions[kind]}`);
    const text = kinds[kind](1_000 + Math.floor(random() * 19_000));
    writeFileSync(path, text);
    paths.push(path);
    bytes += utf8Bytes(text);
  }
  return { paths, bytes };
}
