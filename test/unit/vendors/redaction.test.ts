/**
 * The one redactor (src/secrets.ts): every known secret leaves a text whole and in pieces of
 * MIN_FRAGMENT characters or more, so a secret cut off by an excerpt cannot survive in part;
 * excerpts redact before they cut.
 */
import { describe, expect, it } from 'vitest';
import { addSecret, excerpt, MIN_FRAGMENT, REDACTED, Redactor, redactSecrets } from '../../../src/common/secrets.js';
import { API_TEXT_LIMIT, cleanApiText } from '../../../src/vendors/errors.js';

const KEY = 'sk-ant-api03-UNIT7Hq2Zx9Lm4Pv8Rw1Ty6';

/** Every MIN_FRAGMENT-long piece of `secret` found in `text`. */
function pieces(text: string, secret: string): string[] {
  const found: string[] = [];
  for (let i = 0; i + MIN_FRAGMENT <= secret.length; i++) if (text.includes(secret.slice(i, i + MIN_FRAGMENT))) found.push(secret.slice(i, i + MIN_FRAGMENT));
  return found;
}

describe('Redactor', () => {
  it('removes a whole secret, every time it occurs', () => {
    const r = new Redactor([KEY]);
    expect(r.redact(`key ${KEY} and again ${KEY}.`)).toBe(`key ${REDACTED} and again ${REDACTED}.`);
    expect(r.redact(`${KEY}${KEY}`)).toBe(REDACTED);
  });

  it('removes any piece of a secret of MIN_FRAGMENT characters or more: the head or tail a cut leaves, or a middle', () => {
    const r = new Redactor([KEY]);
    for (let length = MIN_FRAGMENT; length < KEY.length; length++) {
      for (const piece of [KEY.slice(0, length), KEY.slice(-length), KEY.slice(3, 3 + length)]) {
        const out = r.redact(`before ${piece} after`);
        expect(out, piece).toBe(`before ${REDACTED} after`);
      }
    }
  });

  it('keeps a piece shorter than MIN_FRAGMENT: it would match ordinary text too', () => {
    const r = new Redactor([KEY]);
    const piece = KEY.slice(-(MIN_FRAGMENT - 1));
    expect(r.redact(`tail ${piece}`)).toBe(`tail ${piece}`);
    expect(r.redact('nothing secret here, not even sk-ant')).toBe('nothing secret here, not even sk-ant');
  });

  it('adds a secret as given and trimmed; an empty or blank one adds nothing and changes no text', () => {
    const r = new Redactor(['', '   ', '\n', undefined]);
    expect(r.size).toBe(0);
    expect(r.redact('any text at all, [redacted] included')).toBe('any text at all, [redacted] included');
    r.add(`  ${KEY}\n`);
    r.add(KEY);
    expect(r.size).toBe(1);
    expect(r.redact(`[  ${KEY}\n]`)).toBe(`[  ${REDACTED}\n]`);
    expect(r.redact('')).toBe('');
  });

  it('removes overlapping and adjacent secrets as one span, leaving no piece of either', () => {
    const a = 'AAAA1111BBBB2222CCCC';
    const b = 'BBBB2222CCCC3333DDDD'; // a's tail is b's head
    const r = new Redactor([a, b]);
    const merged = 'AAAA1111BBBB2222CCCC3333DDDD';
    expect(r.redact(`<${merged}>`)).toBe(`<${REDACTED}>`);
    expect(r.redact(`<${a}${b}>`)).toBe(`<${REDACTED}>`);
    expect(r.redact(`<${b.slice(0, 12)}|${a.slice(-9)}>`)).toBe(`<${REDACTED}|${REDACTED}>`);
    for (const text of [merged, a + b, `x${b}y${a}z`]) {
      const out = r.redact(text);
      expect(pieces(out, a)).toEqual([]);
      expect(pieces(out, b)).toEqual([]);
    }
  });

  it('removes a secret shorter than MIN_FRAGMENT whole only, also next to or inside a longer one', () => {
    const r = new Redactor(['pw12', KEY]);
    expect(r.redact('a pw12 b pw1 c')).toBe(`a ${REDACTED} b pw1 c`);
    expect(r.redact(`pw12${KEY.slice(0, 10)}pw12`)).toBe(REDACTED);
    expect(r.redact(`x pw12 y ${KEY} z pw12`)).toBe(`x ${REDACTED} y ${REDACTED} z ${REDACTED}`);
  });

  it('finds pieces in a large text with many near misses (a rolling hash, so no false match either)', () => {
    const r = new Redactor([KEY, 'AIzaUNITgemini-3Hk7Ty1BnM5cX0qW', 'ghs_unitTOKEN0123456789abcdef']);
    // Near misses: every piece of the key with its last character changed.
    const misses: string[] = [];
    for (let i = 0; i + MIN_FRAGMENT <= KEY.length; i++) {
      const piece = KEY.slice(i, i + MIN_FRAGMENT);
      misses.push(piece.slice(0, -1) + (piece.endsWith('~') ? '^' : '~'));
    }
    const noise = misses.join(' ');
    expect(r.redact(noise)).toBe(noise);
    const big = `${noise} `.repeat(2_000);
    const text = `${big}${KEY.slice(5, 20)}${big}`;
    const out = r.redact(text);
    expect(out).toBe(`${big}${REDACTED}${big}`);
  });

  it('handles a text shorter than a piece, and text of other scripts', () => {
    const r = new Redactor([KEY, 'ключ-секрет-длинный']);
    expect(r.redact('short')).toBe('short');
    expect(r.redact('это ключ-секрет и всё')).toBe(`это ${REDACTED} и всё`);
  });
});

describe('the process-wide registry', () => {
  it('redactSecrets removes what addSecret registered, in pieces too', () => {
    const token = 'ghs_REGISTRY9f8e7d6c5b4a3210zyx';
    expect(redactSecrets(`token ${token}`)).toBe(`token ${token}`);
    addSecret(` ${token} `);
    addSecret('');
    expect(redactSecrets(`token ${token}`)).toBe(`token ${REDACTED}`);
    expect(redactSecrets(`cut: ${token.slice(0, 11)}`)).toBe(`cut: ${REDACTED}`);
  });
});

describe('excerpts redact, then cut', () => {
  it('a secret across the cut leaves no piece before it (it did: cut first, the head of the key survived)', () => {
    const r = new Redactor([KEY]);
    // The key starts 5 characters before the cut.
    const text = `${'x'.repeat(API_TEXT_LIMIT - 5)}${KEY} and more`;
    const out = excerpt(text, API_TEXT_LIMIT, (t) => r.redact(t));
    expect(pieces(out, KEY)).toEqual([]);
    // The marker is not cut in half: the excerpt stops before it.
    expect(out).toBe(`${'x'.repeat(API_TEXT_LIMIT - 5)}…`);
  });

  it('cleanApiText redacts every registered secret before it cuts, for the 200- and the 60-character limits', () => {
    const key = 'AIzaCLEANtext-5Gh8Jk2Lm6Np0Qr4St';
    addSecret(key);
    for (const limit of [API_TEXT_LIMIT, 60]) {
      for (let before = limit - key.length; before < limit; before++) {
        const out = cleanApiText(`${'m'.repeat(before)}${key} tail`, limit);
        expect(pieces(out, key), `key at ${before} of a ${limit}-character excerpt: ${out}`).toEqual([]);
      }
    }
  });
});
