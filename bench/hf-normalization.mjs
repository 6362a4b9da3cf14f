// Compares the runtime's String.prototype.normalize with Hugging Face's Rust `tokenizers`
// normalizers (the oracle), code point by code point and over base + combining pairs.
// Usage: node bench/hf-normalization.mjs   (prints each differing input, and a summary)
import tokenizers from 'tokenizers';

const FORMS = { NFC: tokenizers.nfcNormalizer(), NFD: tokenizers.nfdNormalizer(), NFKC: tokenizers.nfkcNormalizer(), NFKD: tokenizers.nfkdNormalizer() };
const SEP = '\n';
const all = [];
for (let cp = 0; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) all.push(String.fromCodePoint(cp));

/** Inputs whose normal form differs, found by comparing batches and bisecting those that differ. */
function differing(form, inputs) {
  const rust = FORMS[form];
  const bad = [];
  const check = (batch) => {
    const text = batch.join(SEP);
    if (text.normalize(form) === rust.normalizeString(text)) return;
    if (batch.length === 1) bad.push(batch[0]);
    else {
      check(batch.slice(0, batch.length >> 1));
      check(batch.slice(batch.length >> 1));
    }
  };
  for (let i = 0; i < inputs.length; i += 4096) check(inputs.slice(i, i + 4096));
  return bad;
}

// Composition pairs: every first character of a canonical decomposition (by either engine) with
// every character that follows one, plus every nonspacing/spacing mark; Hangul LV + T.
const firsts = new Set(), seconds = new Set();
for (const c of all) {
  for (const d of [c.normalize('NFD'), FORMS.NFD.normalizeString(c), c.normalize('NFKD'), FORMS.NFKD.normalizeString(c)]) {
    const cps = [...d];
    if (cps.length > 1 || d !== c) {
      firsts.add(cps[0]);
      for (const x of cps.slice(1)) seconds.add(x);
    }
  }
  if (/\p{M}/u.test(c)) seconds.add(c);
}
const pairs = [];
for (const a of firsts) for (const b of seconds) pairs.push(a + b);
for (let lv = 0xac00; lv <= 0xd7a3; lv += 28) for (let t = 0x11a8; t <= 0x11c2; t++) pairs.push(String.fromCodePoint(lv, t));
// Two marks of different classes after a base, in both orders (canonical reordering), and every
// mark before and after U+0301 (a combining class that blocks or does not block a composition).
const marks = [...seconds].slice(0, 400);
const triples = [];
for (const m1 of marks) for (const m2 of marks) triples.push(`a${m1}${m2}`);
for (const m of seconds) triples.push(`a${m}\u0301`, `a\u0301${m}`, `e${m}\u0300`);

console.log(`node ${process.version}, ICU ${process.versions.icu}, Unicode ${process.versions.unicode}; ${all.length} code points, ${pairs.length} pairs, ${triples.length} triples`);
let total = 0;
// The code points that make an input differ: each differing code point, then for a pair or triple
// with none of those, its highest code point (the newest character, where the versions differ). The
// engine refuses normalized texts that hold one.
const unstable = new Set();
for (const [what, inputs] of [['code points', all], ['pairs', pairs], ['triples', triples]]) {
  for (const form of Object.keys(FORMS)) {
    const bad = differing(form, inputs);
    total += bad.length;
    for (const input of bad) {
      const cps = [...input].map((c) => c.codePointAt(0));
      if (!cps.some((cp) => unstable.has(cp))) unstable.add(Math.max(...cps));
    }
    const shown = bad.slice(0, 20).map((s) => [...s].map((c) => `U+${c.codePointAt(0).toString(16).toUpperCase()}`).join('+'));
    console.log(`${form} ${what}: ${bad.length} differ${bad.length ? `: ${shown.join(' ')}${bad.length > 20 ? ' …' : ''}` : ''}`);
  }
}
const sorted = [...unstable].sort((a, b) => a - b);
const ranges = [];
for (const cp of sorted) {
  const last = ranges.at(-1);
  if (last && last[1] === cp - 1) last[1] = cp;
  else ranges.push([cp, cp]);
}
const hex = (cp) => cp.toString(16).toUpperCase();
console.log(`unstable: ${sorted.length} code points in ${ranges.length} ranges`);
console.log(`UNSTABLE_RANGES=${ranges.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join(' ')}`);
process.exitCode = total ? 1 : 0;
