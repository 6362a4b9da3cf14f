// The third-party notices of dist/ (dist/THIRD_PARTY_NOTICES.txt), written by scripts/bundle.mjs
// from esbuild's metafile: every npm package the bundle inlines, with its version, its license
// and the text of its license files from node_modules, and the data we bundle that no package
// brought (DATA below). The bundle fails when a package has no license, one outside ALLOWED
// (so a copyleft dependency cannot slip in with an upgrade), or no license text, and when a
// bundled file is neither ours, nor a package's, nor named in DATA.
//
// The file lives in dist/ because it describes dist/: the npm package ships it (`files` has
// dist), the action's repository commits it with dist/, and `npm run bundle -- --check`
// (which CI runs) fails when it is stale, as for any other file there.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** SPDX identifiers of permissive licenses: anything else stops the bundle until a person reads it. */
export const ALLOWED = ['0BSD', 'Apache-2.0', 'BlueOak-1.0.0', 'BSD-2-Clause', 'BSD-3-Clause', 'CC0-1.0', 'ISC', 'MIT', 'MIT-0', 'Unicode-3.0', 'Zlib'];

/**
 * Packages whose npm tarball holds no license file: the text from their source repository, kept
 * in scripts/notices/ (read once, by a person, at the commit named).
 */
const LICENSE_TEXT_ELSEWHERE = {
  'js-tiktoken': {
    file: 'scripts/notices/js-tiktoken.LICENSE',
    source: 'https://github.com/dqbd/tiktoken/blob/4c8b748e07992c00386f3180af5c574b27b65139/LICENSE',
    note: "Its rank tables (o200k_base, cl100k_base, p50k_base, r50k_base: the dist/chunks/*_base-*.js files) are OpenAI's encodings from openai/tiktoken, under this same license.",
  },
};

/** Bundled data that no npm package brought, by the src/ files that hold it. */
function data(root) {
  const litellm = JSON.parse(readFileSync(join(root, 'data/litellm-prices.source.json'), 'utf8'));
  return [
    {
      name: "LiteLLM's model prices and context windows",
      inputs: ['src/catalog/litellm.generated.ts'],
      license: 'MIT',
      from: `BerriAI/litellm's ${litellm.path}, as copied by ${litellm.repository} at commit ${litellm.commit} (${litellm.asOf}); the numbers only, written by scripts/catalog.mjs`,
      file: 'scripts/notices/litellm.LICENSE',
      source: 'https://github.com/BerriAI/litellm/blob/d1d13291681365a1f30e06aec87032c464188518/LICENSE',
    },
    {
      name: 'Unicode character data',
      inputs: ['src/tokenize/tiktoken/unicode-16.ts', 'src/tokenize/huggingface/unicode-onig.ts', 'src/tokenize/huggingface/normalization-unstable.ts'],
      license: 'Unicode-3.0',
      from: "the Unicode Character Database, as the tokenizers' regex engines compile it (scripts/tables/ reads each class from the engine)",
      file: 'scripts/notices/unicode.LICENSE',
      source: 'https://www.unicode.org/license.txt; the text as Node.js ships it, in its LICENSE',
    },
  ];
}

/** Raised with every problem found, so one bundle run names them all. */
export class NoticeError extends Error {}

const PACKAGE_PATH = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//g;
const LICENSE_FILE = /^(?:licen[cs]e|copying|notice)(?:[.-].*)?$/i;

/** `node_modules/a/node_modules/@b/c` for an input of that package, or undefined for our own files. */
function packageDirOf(input) {
  let last;
  for (const match of input.matchAll(PACKAGE_PATH)) last = match;
  return last ? input.slice(0, last.index + last[0].length - 1).replace(/^\//, '') : undefined;
}

/** True when the SPDX expression is satisfied by allowed licenses only (OR: one side; AND: both). */
function allowed(expression) {
  const bare = expression.replace(/[()]/g, ' ').trim();
  return bare.split(/\s+OR\s+/).some((alternative) => alternative.split(/\s+AND\s+/).every((id) => ALLOWED.includes(id.trim())));
}

/** Each output's entry points (as `cli.js`), following imports (dynamic ones too) from every entry. */
function entriesByOutput(metafile, entryPoints) {
  const reached = new Map();
  const visit = (output, entry) => {
    const seen = reached.get(output) ?? new Set();
    if (seen.has(entry)) return;
    seen.add(entry);
    reached.set(output, seen);
    for (const imported of metafile.outputs[output]?.imports ?? []) if (!imported.external) visit(imported.path, entry);
  };
  for (const [name, source] of Object.entries(entryPoints)) {
    const outputs = Object.entries(metafile.outputs).filter(([output, meta]) => meta.entryPoint === source && output.endsWith(`${name}.js`));
    if (outputs.length !== 1) throw new Error(`the metafile has ${outputs.length} outputs for the entry point ${name} (${source})`);
    visit(outputs[0][0], `${name}.js`);
  }
  return reached;
}

const text = (path) => readFileSync(path, 'utf8').replace(/\r\n?/g, '\n').trim();
const byName = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The notices of a bundle: `metafile` is esbuild's for a build of `entryPoints` (esbuild's option,
 * `{ cli: 'src/cli/main.ts' }`) run in `root` (the inputs' paths are relative to it). Throws
 * NoticeError naming each problem.
 */
export function notices(metafile, entryPoints, root = process.cwd()) {
  const problems = [];
  const entries = entriesByOutput(metafile, entryPoints);
  const usedBy = new Map();
  for (const [output, meta] of Object.entries(metafile.outputs)) {
    for (const input of Object.keys(meta.inputs)) {
      const set = usedBy.get(input) ?? new Set();
      for (const entry of entries.get(output) ?? []) set.add(entry);
      usedBy.set(input, set);
    }
  }
  const where = (inputs) => [...new Set(inputs.flatMap((input) => [...(usedBy.get(input) ?? [])]))].sort(byName).join(', ');

  const packages = new Map();
  const ours = [];
  for (const input of Object.keys(metafile.inputs)) {
    const dir = packageDirOf(input);
    if (dir) packages.set(dir, [...(packages.get(dir) ?? []), input]);
    else ours.push(input);
  }

  const sections = [];
  for (const [dir, inputs] of packages) {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const license = typeof pkg.license === 'string' ? pkg.license : undefined;
    if (!license) problems.push(`${dir}/package.json (${pkg.name}@${pkg.version}) has no "license": read its terms, then add it to scripts/notices.mjs or drop the dependency`);
    else if (!allowed(license)) problems.push(`${pkg.name}@${pkg.version} is under ${license}, not one of ${ALLOWED.join(', ')}: read its terms before bundling it (scripts/notices.mjs ALLOWED)`);
    const files = readdirSync(join(root, dir)).filter((name) => LICENSE_FILE.test(name)).sort(byName);
    const elsewhere = LICENSE_TEXT_ELSEWHERE[pkg.name];
    const texts = files.length > 0 ? files.map((name) => ({ title: name, body: text(join(root, dir, name)) })) : elsewhere ? [{ title: `${elsewhere.file} (from ${elsewhere.source})`, body: text(join(root, elsewhere.file)) }] : [];
    if (texts.length === 0) problems.push(`${pkg.name}@${pkg.version} ships no license file (${dir}): put its license text in scripts/notices/ and name it in LICENSE_TEXT_ELSEWHERE (scripts/notices.mjs)`);
    const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
    sections.push({ name: pkg.name, version: pkg.version, license: license ?? '(none)', repository, usedIn: where(inputs), note: files.length === 0 ? elsewhere?.note : undefined, texts });
  }

  const dataSections = [];
  const described = new Set();
  for (const item of data(root)) {
    const present = item.inputs.filter((input) => input in metafile.inputs);
    if (present.length === 0) problems.push(`scripts/notices.mjs describes "${item.name}" (${item.inputs.join(', ')}), which the bundle no longer holds: drop it from DATA`);
    if (!allowed(item.license)) problems.push(`"${item.name}" is under ${item.license}, not one of ${ALLOWED.join(', ')}`);
    for (const input of item.inputs) described.add(input);
    dataSections.push({ name: item.name, license: item.license, from: item.from, usedIn: where(present), texts: [{ title: `${item.file} (from ${item.source})`, body: text(join(root, item.file)) }] });
  }
  // Our own code is under the project's license; anything else must be a package or named in DATA.
  for (const input of ours) {
    if (input.startsWith('src/') || input === 'package.json' || described.has(input)) continue;
    problems.push(`the bundle holds ${input}, which is neither in src/ nor an npm package's: say whose it is in DATA (scripts/notices.mjs)`);
  }
  if (problems.length > 0) throw new NoticeError(`third-party notices: ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

  sections.sort((a, b) => byName(a.name, b.name) || byName(a.version, b.version));
  const rule = '='.repeat(80);
  const lines = [
    'Third-party notices for prompt-budget',
    '',
    'The files in dist/ bundle the npm packages and the data listed here, each under its own',
    'license, whose text follows. prompt-budget itself is under the MIT license (LICENSE).',
    'Written by scripts/bundle.mjs from the bundler\'s list of inputs: do not edit.',
    '',
    '"In" names the entry points that load the code: index.js is the GitHub Action (in the',
    'repository, not in the npm package), cli.js the CLI, count-worker.js the counting worker both',
    'start, lib/index.js the library (`import ... from \'prompt-budget\'`).',
    '',
    `npm packages (${sections.length}):`,
    ...sections.map((s) => `  ${s.name} ${s.version}  ${s.license}  in ${s.usedIn}`),
    '',
    `Data from elsewhere (${dataSections.length}):`,
    ...dataSections.map((s) => `  ${s.name}  ${s.license}  in ${s.usedIn}`),
  ];
  for (const s of [...sections, ...dataSections]) {
    lines.push('', rule, s.version ? `${s.name} ${s.version}` : s.name, `License: ${s.license}`);
    if (s.repository) lines.push(`Repository: ${s.repository}`);
    if (s.from) lines.push(`From: ${s.from}`);
    lines.push(`In: ${s.usedIn}`);
    if (s.note) lines.push(`Note: ${s.note}`);
    for (const t of s.texts) lines.push('', `--- ${t.title} ---`, '', t.body);
  }
  return `${lines.join('\n')}\n`;
}
