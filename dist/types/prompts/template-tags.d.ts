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
/** Collects the distinct placeholders of several texts, in order of first appearance. */
export declare class PlaceholderCollector {
    private readonly options;
    private readonly found;
    constructor(options: TagOptions);
    scan(text: string): void;
    list(): Placeholder[];
    private expression;
    /** A Jinja expression or a Handlebars mustache: the variable it reads. */
    private helperExpression;
}
/** A tag as listed: at most TAG_DISPLAY_LIMIT characters (whole code points), `…` where cut. */
export declare function shorten(tag: string): string;
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
export declare function stripComments(text: string, engine: 'handlebars' | 'mustache' | 'jinja'): StrippedText;
