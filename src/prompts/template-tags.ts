/**
 * Template tags in prompt text, read by the syntax of the engine that fills them. The count keeps
 * a tag's literal text, since what replaces it is only known at run time; the report lists the
 * tags so readers know the number is of the template, not of the filled-in prompt.
 *
 * - `jinja` (Prompty by default: microsoft/prompty's loader takes `jinja2` when `template:` is
 *   absent): `{{ expression }}` and `{% statement %}`; `{% raw %}…{% endraw %}` is literal text.
 * - `mustache` (Prompty with `template: mustache`, rendered by chevron): `{{name}}`,
 *   `{{{name}}}`, `{{&name}}`, sections `{{#name}}`/`{{^name}}`, partials `{{>name}}`. A key is a
 *   dotted name; there are no helpers and no `{% %}`.
 * - `handlebars` (Dotprompt, google/dotprompt): Mustache plus helper calls with arguments
 *   (`{{json data}}`, `{{#each items}}`), subexpressions, and `\{{` as the escape for literal text.
 * - `github-models` (`.prompt.yml`): exactly `{{key}}`, the string github/gh-models
 *   (pkg/prompt TemplateString) replaces for each testData key; `{{ key }}` stays as written.
 * - `any` (text, Markdown, chat JSON/YAML/JSONL: no engine declared): `{{ … }}` read as Jinja or
 *   Handlebars would read it, and Jinja `{% … %}` statements, since tools that template such
 *   files (Jinja, Nunjucks, Handlebars, Mustache, fabric's `{{input}}`) share those delimiters.
 *
 * Python's `{name}` is never a placeholder: no format read here declares str.format, and in prose
 * single braces are regular expressions (`\p{L}`, `a{2,3}`), LaTeX, JSON, code and Markdown
 * attributes far more often than variables.
 *
 * An inline tag (`{{ }}`) never spans lines, so a lone `{{` in prose is never paired with a `}}`
 * further down. A Jinja statement may wrap over a few lines (`{% if a and\n b %}`, as Jinja's
 * lexer allows), but never over a blank line and at most STATEMENT_LIMIT characters: a real tag
 * is compact, a stray `{%` in prose is not. Tags hold no braces, which also keeps the scan linear.
 */
import type { Placeholder, TagSyntax } from './types.js';

export interface TagOptions {
  syntax: TagSyntax;
  /**
   * Helpers that are not text and not variables (Dotprompt's `role`, `history`, `section`,
   * `media`): the reader takes them out of what is counted, so they are never listed as counted
   * as written.
   */
  structuralHelpers?: readonly string[];
}

/** A listed tag is cut to this many characters, `…` included. */
const TAG_DISPLAY_LIMIT = 40;
/** The longest a `{% … %}` statement may be between its delimiters. */
const STATEMENT_LIMIT = 512;

const INLINE = String.raw`[^{}\n]*`;
const STATEMENT = String.raw`(?:[^{}%\n]|%(?!\})|\n(?![ \t\r]*\n)){0,${STATEMENT_LIMIT}}`;

/** The tags a syntax has, as one pattern with the groups `escape`, `triple`, `double`, `statement`. */
function tagPattern(has: { escape: boolean; triple: boolean; statement: boolean }): RegExp {
  const tags = [
    ...(has.triple ? [String.raw`\{\{\{(?<triple>${INLINE})\}\}\}`] : []),
    String.raw`\{\{(?<double>${INLINE})\}\}`,
    ...(has.statement ? [String.raw`\{%(?<statement>${STATEMENT})%\}`] : []),
  ];
  return new RegExp(`${has.escape ? String.raw`(?<escape>\\?)` : ''}(?:${tags.join('|')})`, 'g');
}

const PATTERNS: Record<TagSyntax, RegExp> = {
  jinja: tagPattern({ escape: false, triple: false, statement: true }),
  mustache: tagPattern({ escape: false, triple: true, statement: false }),
  handlebars: tagPattern({ escape: true, triple: true, statement: false }),
  'github-models': tagPattern({ escape: false, triple: false, statement: false }),
  any: tagPattern({ escape: true, triple: true, statement: true }),
};

/** The end of a `{% raw %}` block: what lies between is literal text in Jinja. */
const END_RAW = /\{%[-+]?\s*endraw\s*[-+]?%\}/g;

/** Words of Jinja expressions and Handlebars block parameters, never variable names. */
const KEYWORDS = new Set(['true', 'false', 'null', 'none', 'True', 'False', 'None', 'undefined', 'as', 'not', 'and', 'or', 'in', 'is', 'if', 'else', 'this']);
const PATH = /^[A-Za-z_@$][\w@$-]*(?:\.[\w@$-]+|\/[\w@$-]+|\[\d+\])*$/;
const LITERAL = /^(?:"[^"]*"|'[^']*'|-?\d+(?:\.\d+)?)$/;
/** A Mustache key: a dotted name (chevron looks any key up, but only names are variables someone fills). */
const MUSTACHE_KEY = /^[A-Za-z_$@][\w$@-]*(?:\.[\w$@-]+)*$/;
/**
 * A gh-models key between the braces, as testData keys are written: a name (`input`,
 * `customer-name`), no spaces, so `{{ input }}` and `{{#if x}}` stay text.
 */
const GITHUB_KEY = /^[A-Za-z_$][\w$.-]*$/;

/** Collects the distinct placeholders of several texts, in order of first appearance. */
export class PlaceholderCollector {
  private readonly found = new Map<string, Placeholder>();

  constructor(private readonly options: TagOptions) {}

  scan(text: string): void {
    const pattern = new RegExp(PATTERNS[this.options.syntax]);
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const { escape, triple, double, statement: inner } = match.groups!;
      if (escape) continue; // `\{{x}}` is Handlebars' escape for the literal text
      let found: Placeholder | undefined;
      if (inner !== undefined) {
        if (isRaw(inner)) {
          // Up to `{% endraw %}` (or the end, which Jinja refuses to render) nothing is a tag.
          END_RAW.lastIndex = pattern.lastIndex;
          pattern.lastIndex = END_RAW.exec(text) ? END_RAW.lastIndex : text.length;
          continue;
        }
        found = statement(inner);
      } else {
        found = triple !== undefined ? this.expression(triple, '{{{', '}}}') : this.expression(double!, '{{', '}}');
      }
      if (found && !this.found.has(found.name)) this.found.set(found.name, { name: found.name, tag: shorten(found.tag) });
    }
  }

  list(): Placeholder[] {
    return [...this.found.values()];
  }

  private expression(inner: string, open: string, close: string): Placeholder | undefined {
    switch (this.options.syntax) {
      case 'github-models':
        return GITHUB_KEY.test(inner) ? { name: inner, tag: `{{${inner}}}` } : undefined;
      case 'mustache':
        return mustacheKey(inner, open, close);
      default:
        return this.helperExpression(inner, open, close);
    }
  }

  /** A Jinja expression or a Handlebars mustache: the variable it reads. */
  private helperExpression(inner: string, open: string, close: string): Placeholder | undefined {
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
    const helper = tokens[0]!;
    if (this.options.structuralHelpers?.includes(helper)) return undefined;
    if (tokens.length === 1) return isPath(helper) ? { name: helper, tag } : undefined;
    const isCall = tokens.every((t) => PATH.test(t) || LITERAL.test(t) || /^\w+=/.test(t));
    if (!isCall) {
      const name = tokens.find(isPath);
      return name ? { name, tag } : undefined;
    }
    // A Handlebars helper call (`json data`, `#each items`): the variable is its first path
    // argument; with none, the helper itself stands for what it inserts.
    const argument = tokens
      .slice(1)
      .map((t) => t.replace(/^\w+=/, ''))
      .find(isPath);
    return { name: argument ?? helper, tag };
  }
}

/** A Mustache tag: comments, closing tags, delimiter changes and `{{.}}` read no named variable. */
function mustacheKey(inner: string, open: string, close: string): Placeholder | undefined {
  const expression = inner.trim();
  const sigil = open === '{{' ? (/^[#^&>]/.exec(expression)?.[0] ?? '') : '';
  const key = expression.slice(sigil.length).trim();
  return MUSTACHE_KEY.test(key) ? { name: key, tag: `${open}${sigil}${key}${close}` } : undefined;
}

/** `{% raw %}`, with or without whitespace control. */
function isRaw(inner: string): boolean {
  return trimControl(inner) === 'raw';
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

/** A tag as listed: at most TAG_DISPLAY_LIMIT characters (whole code points), `…` where cut. */
export function shorten(tag: string): string {
  const chars = Array.from(tag);
  return chars.length <= TAG_DISPLAY_LIMIT ? tag : `${chars.slice(0, TAG_DISPLAY_LIMIT - 1).join('')}…`;
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
 * The text without template comments, which the engine drops before the model sees anything:
 * Jinja `{# … #}`, Handlebars `{{! … }}` and `{{!-- … --}}`, Mustache `{{! … }}` (which ends at the
 * first `}}`: Mustache has no `--` form). A Handlebars or Mustache comment alone on its line takes
 * the line with it (the standalone rule both have). One pass, each delimiter searched for once
 * past the last, so a file of unclosed `{#` or `{{!--` takes linear time.
 */
export function stripComments(text: string, engine: 'handlebars' | 'mustache' | 'jinja'): StrippedText {
  const nextOf = new Map<string, number>();
  /** The next `token` at or after `from`; `from` only grows, so each token's text is searched once. */
  const find = (token: string, from: number): number => {
    const known = nextOf.get(token);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const found = text.indexOf(token, from);
    nextOf.set(token, found);
    return found;
  };
  const open = engine === 'jinja' ? '{#' : '{{!';
  const pieces: string[] = [];
  /** Where the text after the last comment starts; the next comment's spaces begin no earlier. */
  let kept = 0;
  const edits: { at: number; kept: number; removed: number }[] = [];
  for (let start = find(open, 0); start !== -1; start = find(open, start + 1)) {
    // `{{#` opens an expression, not a comment: Jinja's lexer takes the earliest delimiter.
    if (start < kept || (engine === 'jinja' && text[start - 1] === '{')) continue;
    let end = -1;
    if (engine === 'jinja') end = closeAfter(find('#}', start + 2), 2);
    else {
      if (engine === 'handlebars' && text.startsWith('--', start + 3)) end = closeAfter(find('--}}', start + 5), 4);
      if (end === -1) end = closeAfter(find('}}', start + 3), 2);
    }
    if (end === -1) break; // no close after this opening, so none after any later one
    let from = start;
    let to = end;
    let newline = false;
    if (engine !== 'jinja') {
      while (from > kept && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
      while (text[to] === ' ' || text[to] === '\t') to++;
      const lineBreak = text.startsWith('\r\n', to) ? 2 : text[to] === '\n' ? 1 : 0;
      newline = lineBreak > 0;
      to += lineBreak;
    }
    const alone = engine !== 'jinja' && (from === 0 || text[from - 1] === '\n') && (newline || to === text.length);
    const replacement = alone ? '' : text.slice(from, start) + text.slice(end, to);
    pieces.push(text.slice(kept, from), replacement);
    edits.push({ at: from, kept: alone ? 0 : start - from, removed: to - from - replacement.length });
    kept = to;
  }
  pieces.push(text.slice(kept));
  // Where each edit starts in the stripped text, and the shift past it, for a binary search.
  const starts: number[] = [];
  const shifts: number[] = [];
  let shift = 0;
  for (const edit of edits) {
    starts.push(edit.at - shift + edit.kept);
    shift += edit.removed;
    shifts.push(shift);
  }
  return {
    text: pieces.join(''),
    original(offset: number): number {
      let low = 0;
      let high = starts.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (offset < starts[middle]!) high = middle;
        else low = middle + 1;
      }
      return offset + (low === 0 ? 0 : shifts[low - 1]!);
    },
  };
}

/** Just past a closing delimiter of `length` found at `at`, or -1 when there is none. */
function closeAfter(at: number, length: number): number {
  return at === -1 ? -1 : at + length;
}
