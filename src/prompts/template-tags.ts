/**
 * Template tags in prompt text: `{{ name }}` (Mustache, Handlebars, Jinja), `{% ... %}` (Jinja
 * statements) and `{name}` (Python's str.format). The count keeps a tag's literal text, since
 * what replaces it is only known at run time; the report lists the tags so readers know the
 * number is of the template, not of the filled-in prompt.
 */
import type { Placeholder } from './types.js';

export interface TagOptions {
  /**
   * Whether `{name}` is a placeholder. Only where no template engine is declared: in a Prompty,
   * Dotprompt or GitHub Models file single braces are literal text.
   */
  pythonFormat: boolean;
  /** Helpers that structure the prompt rather than read a variable (Dotprompt's `role`, `section`). */
  structuralHelpers?: readonly string[];
}

const TAG =
  /(\\?)(?:\{\{!--[\s\S]*?--\}\}|\{\{\{([\s\S]*?)\}\}\}|\{\{([\s\S]*?)\}\}|\{%([\s\S]*?)%\}|\{#[\s\S]*?#\}|\{([A-Za-z_][A-Za-z0-9_]*)\})/g;

/** Words of Jinja expressions and Handlebars block parameters, never variable names. */
const KEYWORDS = new Set(['true', 'false', 'null', 'none', 'True', 'False', 'None', 'undefined', 'as', 'not', 'and', 'or', 'in', 'is', 'if', 'else', 'this']);
const PATH = /^[A-Za-z_@$][\w@$-]*(?:\.[\w@$-]+|\/[\w@$-]+|\[\d+\])*$/;
const LITERAL = /^(?:"[^"]*"|'[^']*'|-?\d+(?:\.\d+)?)$/;

/** Collects the distinct placeholders of several texts, in order of first appearance. */
export class PlaceholderCollector {
  private readonly found = new Map<string, Placeholder>();

  constructor(private readonly options: TagOptions) {}

  scan(text: string): void {
    for (const match of text.matchAll(TAG)) {
      if (match[1]) continue; // `\{{x}}` is Handlebars' escape for the literal text
      const found =
        match[2] !== undefined ? this.mustache(match[2], '{{{', '}}}')
        : match[3] !== undefined ? this.mustache(match[3], '{{', '}}')
        : match[4] !== undefined ? statement(match[4])
        : match[5] !== undefined && this.options.pythonFormat ? { name: match[5], tag: match[0] }
        : undefined;
      if (found && !this.found.has(found.name)) this.found.set(found.name, found);
    }
  }

  list(): Placeholder[] {
    return [...this.found.values()];
  }

  private mustache(inner: string, open: string, close: string): Placeholder | undefined {
    const expression = trimControl(inner);
    if (expression === '' || /^[!/]/.test(expression) || /^else\b/.test(expression)) return undefined;
    const tag = `${open}${expression}${close}`;
    const body = expression.replace(/^[#^>&*]+/, '');
    // A Jinja filter (`name | upper`) or a Handlebars block parameter (`as |item|`) ends the part
    // that names variables.
    // A Handlebars subexpression's helper (`#if (eq a b)`) is not a variable; a Jinja call's
    // function (`format(d)`) touches its parenthesis and stays.
    const tokens = tokenize(body.split(/\|(?!\|)/)[0]!.replace(/(^|[\s(])\(\s*[^\s()]+/g, '$1('));
    if (tokens.length === 0) return undefined;
    if (tokens.length === 1) return isPath(tokens[0]!) ? { name: tokens[0]!, tag } : undefined;
    const isCall = tokens.every((t) => PATH.test(t) || LITERAL.test(t) || /^\w+=/.test(t));
    if (!isCall) {
      const name = tokens.find(isPath);
      return name ? { name, tag } : undefined;
    }
    // A Handlebars helper call (`json data`, `media url=photo`, `#each items`): the variable is
    // its first path argument; with none, the helper itself stands for what it inserts.
    const helper = tokens[0]!;
    if (this.options.structuralHelpers?.includes(helper)) return undefined;
    const argument = tokens
      .slice(1)
      .map((t) => t.replace(/^\w+=/, ''))
      .find(isPath);
    return { name: argument ?? helper, tag };
  }
}

/** A Jinja statement: `{% for doc in documents %}` reads `documents`; end tags read nothing. */
function statement(inner: string): Placeholder | undefined {
  const expression = trimControl(inner);
  const tokens = tokenize(expression);
  const keyword = tokens[0];
  if (!keyword || /^end/.test(keyword) || keyword === 'else' || keyword === 'raw') return undefined;
  const after = keyword === 'for' ? tokens.indexOf('in') + 1 : keyword === 'set' ? tokens.indexOf('=') + 1 : 1;
  const rest = tokens.slice(Math.max(after, 1));
  const name = rest.find(isPath) ?? rest.find((t) => /^["']/.test(t))?.slice(1, -1) ?? keyword;
  return { name, tag: `{% ${expression} %}` };
}

function isPath(token: string): boolean {
  return PATH.test(token) && !KEYWORDS.has(token);
}

/** Whitespace control (`{{~ x ~}}`, `{%- x -%}`) and spacing do not change what a tag reads. */
function trimControl(inner: string): string {
  return inner
    .trim()
    .replace(/^[~+-]/, '')
    .replace(/[~+-]$/, '')
    .trim()
    .replace(/\s+/g, ' ');
}

function tokenize(expression: string): string[] {
  return expression.match(/"[^"]*"|'[^']*'|[^\s(),]+/g) ?? [];
}

/** Template text with its comments removed, and the way back to offsets in the original. */
export interface StrippedText {
  text: string;
  /** The offset in the original text of an offset in `text`. */
  original(offset: number): number;
}

/**
 * The text without template comments, which the engine drops before the model sees anything.
 * A Handlebars comment alone on its line takes the line with it (Handlebars' standalone rule).
 */
export function stripComments(text: string, engine: 'handlebars' | 'jinja'): StrippedText {
  const pattern = engine === 'jinja' ? /()\{#[\s\S]*?#\}()()/g : /([ \t]*)\{\{!(?:--[\s\S]*?--|[\s\S]*?)\}\}([ \t]*)(\r?\n)?/g;
  const edits: { at: number; kept: number; removed: number }[] = [];
  const stripped = text.replace(pattern, (comment: string, before: string, after: string, newline: string | undefined, offset: number) => {
    const alone = engine === 'handlebars' && (offset === 0 || text[offset - 1] === '\n') && (newline !== undefined || offset + comment.length === text.length);
    const replacement = alone ? '' : `${before}${after}${newline ?? ''}`;
    edits.push({ at: offset, kept: alone ? 0 : before.length, removed: comment.length - replacement.length });
    return replacement;
  });
  return {
    text: stripped,
    original(offset: number): number {
      let shift = 0;
      for (const edit of edits) {
        if (offset < edit.at - shift + edit.kept) break;
        shift += edit.removed;
      }
      return offset + shift;
    },
  };
}
