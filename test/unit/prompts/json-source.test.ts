import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readJson } from '../../../src/prompts/json-source.js';
import { toPlain, userErrorOf } from './helpers.js';

const parse = (text: string) => toPlain(readJson(text, 'f.json').root);

/** Where the error for `text` points, and what it says. */
function errorAt(text: string) {
  const error = userErrorOf(() => readJson(text, 'f.json'));
  return { line: error.location?.line, column: error.location?.column, message: error.message, hint: error.hint };
}

describe('readJson agrees with JSON.parse', () => {
  it('on every JSON value, compact or indented', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        expect(parse(text)).toStrictEqual(JSON.parse(text));
      }),
      { numRuns: 500 },
    );
  });

  it('on which texts are JSON at all: one character inserted or deleted anywhere', () => {
    const damaged = fc
      .tuple(fc.jsonValue({ maxDepth: 3 }), fc.nat(), fc.constantFrom(',', '}', ']', '{', '[', '"', ':', ' ', '\\', 'x', '0', '-', '.', 'e', '\n', '\u0001', '\u001f'), fc.boolean())
      .map(([value, at, char, insert]) => {
        const text = JSON.stringify(value);
        const i = text.length === 0 ? 0 : at % (text.length + 1);
        return insert ? text.slice(0, i) + char + text.slice(i) : text.slice(0, i) + text.slice(i + 1);
      });
    fc.assert(
      fc.property(damaged, (text) => {
        let expected: unknown;
        let valid = true;
        try {
          expected = JSON.parse(text);
        } catch {
          valid = false;
        }
        if (valid) expect(parse(text)).toStrictEqual(expected);
        else userErrorOf(() => readJson(text, 'f.json'));
      }),
      { numRuns: 2000 },
    );
  });

  it('on escapes, lone surrogates, numbers and repeated keys', () => {
    const text = String.raw`{"a": "\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00\ud800", "n": [-0, 1e3, 2.5E-2, 0.1], "a2": 1, "a2": 2}`;
    expect(parse(text)).toStrictEqual(JSON.parse(text));
  });
});

describe('readJson errors', () => {
  it('points at a trailing comma and says what to do', () => {
    expect(errorAt('[\n  {"a": 1},\n]')).toMatchObject({ line: 3, column: 1, hint: expect.stringMatching(/no comma after the last item/) });
    expect(errorAt('{"a": 1,\n "b": 2,}')).toMatchObject({ line: 2, column: 9, message: 'expected a property name in double quotes' });
  });

  it('points at single quotes, missing colons, comments and bare words', () => {
    expect(errorAt("{'role': 'user'}")).toMatchObject({ line: 1, column: 2, hint: 'JSON strings and names use double quotes.' });
    expect(errorAt('{"role" "user"}')).toMatchObject({ line: 1, column: 9, message: `expected ':' after the property name "role"` });
    expect(errorAt('[\n  // the system prompt\n  "x"]')).toMatchObject({ line: 2, column: 3, hint: expect.stringMatching(/no comments/) });
    expect(errorAt('{"content": hello}')).toMatchObject({ line: 1, column: 13, hint: expect.stringMatching(/double quotes/) });
    expect(errorAt('[1 2]')).toMatchObject({ line: 1, column: 4, message: "expected ',' or ']' after an array item" });
  });

  it('points at broken strings', () => {
    expect(errorAt('["first line\nsecond line"]')).toMatchObject({ line: 1, column: 13, message: 'the string is not closed on its line' });
    expect(errorAt('["abc')).toMatchObject({ line: 1, column: 2, message: 'the string is never closed' });
    expect(errorAt('["a\\qb"]')).toMatchObject({ line: 1, column: 4, message: 'invalid escape \\q' });
    expect(errorAt('["\\u12G4"]')).toMatchObject({ line: 1, column: 3, message: 'expected four hex digits after \\u' });
    expect(errorAt('["a\tb"]')).toMatchObject({ column: 4, message: 'a control character inside a string' });
  });

  it('points at what follows the value, and at the end of a cut-off file', () => {
    expect(errorAt('{"a": 1}\n{"b": 2}')).toMatchObject({ line: 2, column: 1, message: 'unexpected text after the JSON value' });
    expect(errorAt('{"messages": [\n  {"role": "user"')).toMatchObject({ line: 2, column: 18, message: "unexpected end of the JSON: expected ',' or '}' after a property" });
    expect(errorAt('')).toMatchObject({ line: 1, column: 1, message: expect.stringMatching(/^unexpected end of the JSON: expected a JSON value/) });
  });

  it('turns absurd nesting into a user error, not a stack overflow', () => {
    expect(errorAt('['.repeat(100_000)).message).toMatch(/nested more than 512 levels/);
  });
});
