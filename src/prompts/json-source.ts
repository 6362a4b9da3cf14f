/**
 * A strict JSON parser (RFC 8259, what JSON.parse accepts) that keeps each value's position.
 * JSON.parse cannot be used for this: on Node 20 many of its errors carry no position at all
 * (`Unexpected token '}', "{"a": }" is not valid JSON`), and its values carry none either, so a
 * wrong `role` three hundred lines down could not be pointed at.
 */
import { UserError } from '../common/errors.js';
import { LineIndex } from '../common/line-index.js';
import type { SourceNode, StructuredSource } from './source-tree.js';

/**
 * Deeper nesting is an error rather than a stack overflow. Chat files nest four or five levels;
 * JSON.parse itself gives up somewhere in the thousands.
 */
const MAX_DEPTH = 512;

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Parses a whole JSON file. */
export function readJson(text: string, path: string): StructuredSource {
  const lines = new LineIndex(text);
  const root = parseJsonValue(text, path, lines, 0, text.length);
  return { path, syntax: 'json', root, locate: (offset) => lines.locate(path, offset) };
}

/**
 * Parses the JSON in `text` between `start` and `end` (one line of a JSONL file), with
 * offsets and error locations relative to the whole text.
 */
export function parseJsonValue(text: string, path: string, lines: LineIndex, start: number, end: number): SourceNode {
  return new JsonParser(text, path, lines, start, end).parseDocument();
}

class JsonParser {
  private pos: number;

  constructor(
    private readonly text: string,
    private readonly path: string,
    private readonly lines: LineIndex,
    start: number,
    private readonly end: number,
  ) {
    this.pos = start;
  }

  parseDocument(): SourceNode {
    this.skipWhitespace();
    const value = this.parseValue(0);
    this.skipWhitespace();
    if (this.pos < this.end) this.fail('unexpected text after the JSON value', 'A JSON file holds one value; remove what follows it or wrap the values in an array.');
    return value;
  }

  private parseValue(depth: number): SourceNode {
    if (depth > MAX_DEPTH) this.fail(`JSON nested more than ${MAX_DEPTH} levels deep`, 'Flatten the structure; prompt files never need this depth.');
    const offset = this.pos;
    const char = this.text[this.pos];
    if (char === '{') return this.parseObject(depth);
    if (char === '[') return this.parseArray(depth);
    if (char === '"') return { kind: 'scalar', offset, value: this.parseString() };
    if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) return { kind: 'scalar', offset, value: this.parseNumber() };
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.pos) && this.pos + word.length <= this.end) {
        this.pos += word.length;
        return { kind: 'scalar', offset, value };
      }
    }
    return this.fail('expected a JSON value (an object, array, string, number, true, false or null)', this.hintFor(char));
  }

  private parseObject(depth: number): SourceNode {
    const node: SourceNode = { kind: 'map', offset: this.pos, entries: new Map() };
    this.pos++;
    this.skipWhitespace();
    if (this.peek() === '}') {
      this.pos++;
      return node;
    }
    for (;;) {
      if (this.peek() !== '"') this.fail('expected a property name in double quotes', this.hintFor(this.peek()));
      const key = this.parseString();
      this.skipWhitespace();
      if (this.peek() !== ':') this.fail(`expected ':' after the property name ${JSON.stringify(key)}`);
      this.pos++;
      this.skipWhitespace();
      // Like JSON.parse, a repeated key keeps its last value.
      node.entries.set(key, this.parseValue(depth + 1));
      this.skipWhitespace();
      const next = this.peek();
      this.pos++;
      if (next === '}') return node;
      if (next !== ',') {
        this.pos--;
        this.fail("expected ',' or '}' after a property", next === '"' ? 'Separate properties with a comma.' : undefined);
      }
      this.skipWhitespace();
    }
  }

  private parseArray(depth: number): SourceNode {
    const node: SourceNode = { kind: 'list', offset: this.pos, items: [] };
    this.pos++;
    this.skipWhitespace();
    if (this.peek() === ']') {
      this.pos++;
      return node;
    }
    for (;;) {
      node.items.push(this.parseValue(depth + 1));
      this.skipWhitespace();
      const next = this.peek();
      this.pos++;
      if (next === ']') return node;
      if (next !== ',') {
        this.pos--;
        this.fail("expected ',' or ']' after an array item", next === '{' || next === '"' ? 'Separate items with a comma.' : undefined);
      }
      this.skipWhitespace();
    }
  }

  private parseString(): string {
    const open = this.pos;
    this.pos++;
    let value = '';
    let runStart = this.pos;
    while (this.pos < this.end) {
      const code = this.text.charCodeAt(this.pos);
      if (code === 0x22) {
        value += this.text.slice(runStart, this.pos);
        this.pos++;
        return value;
      }
      if (code < 0x20) {
        this.fail(
          code === 0x0a ? 'the string is not closed on its line' : 'a control character inside a string',
          code === 0x0a ? 'Close the string with `"`, or write a line break inside it as \\n.' : 'Write control characters as escapes (\\t, \\u0000).',
        );
      }
      if (code === 0x5c) {
        value += this.text.slice(runStart, this.pos);
        value += this.parseEscape();
        runStart = this.pos;
        continue;
      }
      this.pos++;
    }
    this.pos = open;
    return this.fail('the string is never closed', 'Close it with a double quote.');
  }

  /** One escape after a backslash; lone surrogates (`\ud800`) are kept, as JSON.parse keeps them. */
  private parseEscape(): string {
    const letter = this.text[this.pos + 1];
    if (letter !== undefined && letter in ESCAPES && this.pos + 1 < this.end) {
      this.pos += 2;
      return ESCAPES[letter]!;
    }
    if (letter === 'u') {
      const hex = this.text.slice(this.pos + 2, this.pos + 6);
      if (/^[0-9a-fA-F]{4}$/.test(hex) && this.pos + 6 <= this.end) {
        this.pos += 6;
        return String.fromCharCode(parseInt(hex, 16));
      }
      this.fail('expected four hex digits after \\u');
    }
    return this.fail(`invalid escape \\${letter ?? ''}`, 'JSON allows \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write a backslash as \\\\.');
  }

  private parseNumber(): number {
    const match = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
    match.lastIndex = this.pos;
    const found = match.exec(this.text);
    // "01" matches as "0": the caller then finds "1" where a comma should be, as JSON.parse does.
    if (!found || this.pos + found[0].length > this.end) return this.fail('expected a number');
    this.pos += found[0].length;
    return Number(found[0]);
  }

  private skipWhitespace(): void {
    while (this.pos < this.end) {
      const char = this.text[this.pos];
      if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r') return;
      this.pos++;
    }
  }

  private peek(): string | undefined {
    return this.pos < this.end ? this.text[this.pos] : undefined;
  }

  /** A hint for the mistakes people make when they write JSON by hand. */
  private hintFor(char: string | undefined): string | undefined {
    if (char === undefined) return 'The file ends too early: close every { and [ that was opened.';
    if (char === "'") return 'JSON strings and names use double quotes.';
    if (char === '}' || char === ']') return 'JSON allows no comma after the last item; remove it.';
    if (char === '/') return 'JSON has no comments; remove them, or use YAML.';
    if (/[A-Za-z_$]/.test(char)) return 'Quote names and text with double quotes.';
    return undefined;
  }

  private fail(message: string, hint?: string): never {
    const where = this.pos >= this.end ? Math.min(this.end, this.text.length) : this.pos;
    const what = this.pos >= this.end && !message.startsWith('the string') ? `unexpected end of the JSON: ${message}` : message;
    throw new UserError(what, hint, this.lines.locate(this.path, where));
  }
}
