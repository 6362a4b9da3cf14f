/**
 * budgets.yml as a YAML syntax tree with positions: the loader reads the tree, not plain JS
 * values, so that every complaint can name the line and column to fix.
 */
import { isAlias, isCollection, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node } from 'yaml';
import { UserError, UserErrors, type SourceLocation } from '../common/errors.js';

/**
 * How far aliases may expand before the file counts as an alias bomb ("billion laughs"). yaml's
 * own default is 100; a budgets file that shares one `message:` across a few hundred components
 * is still fine, while a nested bomb exceeds this within a few levels.
 */
const MAX_ALIAS_EXPANSION = 1000;

/**
 * The deepest a budgets file nests flow collections (`[`, `{`). The parser recurses per level, so
 * thousands of brackets would overflow the stack; a real file uses three or four.
 */
const MAX_NESTING = 64;

/**
 * The offset of the bracket that first nests deeper than MAX_NESTING, outside quotes and
 * comments; undefined when none does. A bracket inside a plain scalar counts too, which can only
 * refuse a file with dozens of unclosed brackets in its text.
 */
function deepestNesting(text: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    // A quote opens a quoted scalar only where a value can start: `don't` is plain text.
    if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:-]/.test(text[i - 1]!))) {
      // Skip the quoted scalar: "..." with backslash escapes, '...' with '' for a quote.
      for (i++; i < text.length; i++) {
        if (c === '"' && text[i] === '\\') i++;
        else if (text[i] === c && !(c === "'" && text[i + 1] === "'")) break;
        else if (c === "'" && text[i] === "'") i++;
      }
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '[' || c === '{') {
      if (++depth > MAX_NESTING) return i;
    } else if ((c === ']' || c === '}') && depth > 0) {
      depth--;
    }
  }
  return undefined;
}

export class YamlSource {
  private readonly lines: LineCounter;
  private readonly aliasTargets: ReadonlyMap<Alias, Node>;

  constructor(
    readonly path: string,
    readonly text: string,
    readonly root: Node,
    lines: LineCounter,
    aliasTargets: ReadonlyMap<Alias, Node>,
  ) {
    this.lines = lines;
    this.aliasTargets = aliasTargets;
  }

  /** 1-based line and column of a node's first character (or of a plain offset). */
  locate(at: Node | number): SourceLocation {
    const offset = typeof at === 'number' ? at : (at.range?.[0] ?? 0);
    const { line, col } = this.lines.linePos(offset);
    return { file: this.path, line, column: col };
  }

  /** The node an alias stands for; any other node is itself. */
  resolve(node: Node): Node {
    return isAlias(node) ? (this.aliasTargets.get(node) ?? node) : node;
  }

  /** The rest of the line after a node, where a YAML comment that cut a plain scalar would sit. */
  restOfLine(node: Node): string {
    const end = node.range?.[1] ?? this.text.length;
    const newline = this.text.indexOf('\n', end);
    return this.text.slice(end, newline === -1 ? undefined : newline);
  }
}

/**
 * Parses the text into one YAML document. Throws UserErrors for what stops reading the file at
 * all: syntax errors, no content, aliases that point nowhere or expand without bound.
 */
export function readYaml(text: string, path: string): YamlSource {
  const tooDeep = deepestNesting(text);
  if (tooDeep !== undefined) {
    const lines = new LineCounter();
    parseDocument(text.slice(0, tooDeep), { lineCounter: lines });
    const { line, col } = lines.linePos(tooDeep);
    throw new UserErrors([
      new UserError(
        `${path} nests brackets more than ${MAX_NESTING} levels deep`,
        'A budgets file needs a few levels (components, a component, its files); check that this is the right file.',
        { file: path, line, column: col },
      ),
    ]);
  }
  const lines = new LineCounter();
  // Duplicate keys are left to the loader, which reports them together with the other mistakes
  // and can name the key and where it was first written.
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false, prettyErrors: false });
  const at = (offset: number): SourceLocation => {
    const { line, col } = lines.linePos(offset);
    return { file: path, line, column: col };
  };

  if (doc.errors.length > 0) {
    throw new UserErrors(doc.errors.map((error) => syntaxError(error.code, error.message, at(error.pos[0]))));
  }
  if (doc.contents === null) {
    throw new UserErrors([
      new UserError(`${path} is empty`, 'Start it with `version: 1` and a `components:` mapping (see the README).', at(0)),
    ]);
  }

  const aliasTargets = resolveAliases(doc);
  const dangling = [...aliasTargets].filter(([, target]) => target === undefined).map(([alias]) => alias);
  if (dangling.length > 0) {
    throw new UserErrors(
      dangling.map(
        (alias) =>
          new UserError(
            `The alias *${alias.source} refers to no anchor`,
            `Define \`&${alias.source}\` on a value before this alias, or write the value out.`,
            at(alias.range?.[0] ?? 0),
          ),
      ),
    );
  }
  assertAliasesBounded(doc, at);

  const targets = new Map<Alias, Node>();
  for (const [alias, target] of aliasTargets) if (target) targets.set(alias, target);
  return new YamlSource(path, text, doc.contents, lines, targets);
}

/**
 * Each alias's target: the last node anchored with its name before it. One pass in document order
 * (yaml's own Alias.resolve walks the whole document for every alias).
 */
function resolveAliases(doc: Document): Map<Alias, Node | undefined> {
  const anchors = new Map<string, Node>();
  const targets = new Map<Alias, Node | undefined>();
  visit(doc, (_key, node) => {
    if (isAlias(node)) targets.set(node, anchors.get(node.source));
    else if (isNode(node) && node.anchor) anchors.set(node.anchor, node);
  });
  return targets;
}

/** Rejects alias bombs with yaml's own expansion count, before anything walks the expanded tree. */
function assertAliasesBounded(doc: Document, at: (offset: number) => SourceLocation): void {
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_EXPANSION });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    let firstAlias: Node | undefined;
    visit(doc, {
      Alias(_key, alias) {
        firstAlias ??= alias;
        return visit.BREAK;
      },
    });
    throw new UserErrors([
      new UserError(
        `The YAML aliases (*name) in this file expand too far: more than ${MAX_ALIAS_EXPANSION} copies of an anchored value, nested aliases included`,
        'Write the values out, or use fewer aliases; aliases nested inside anchored values multiply.',
        at(firstAlias?.range?.[0] ?? 0),
      ),
    ]);
  }
}

const SYNTAX_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'Indent with spaces; YAML does not allow tabs for indentation.',
  BAD_INDENT: 'Line up keys of the same mapping at the same column, with spaces.',
  MISSING_CHAR: 'Close the quote or bracket that was opened before this point.',
  BLOCK_AS_IMPLICIT_KEY: 'Put a nested mapping on its own lines, indented below its key.',
  MULTILINE_IMPLICIT_KEY: 'Keep each key on one line, followed by `:` and a space.',
  BAD_SCALAR_START: 'Quote values that start with `@`, `` ` ``, `%` or another reserved character.',
};

function syntaxError(code: string, message: string, location: SourceLocation): UserError {
  if (code === 'MULTIPLE_DOCS') {
    return new UserError('The file holds more than one YAML document (a `---` line)', 'Keep a single document: remove the `---` and merge the parts.', location);
  }
  const hint = SYNTAX_HINTS[code] ?? 'Fix the YAML at this position; quote values that contain `: ` or ` #`.';
  return new UserError(`Invalid YAML: ${message}`, hint, location);
}

/** How a value reads in "got …": enough to recognise it, never the whole of a long text. */
export function describeValue(node: Node): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isAlias(node)) return `the alias *${node.source}`;
  if (!isScalar(node)) return isCollection(node) ? 'a collection' : 'an unreadable value';
  const value = node.value;
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `the text ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    // The source keeps what the user wrote (`1e3`, `0x10`), which is what they will look for.
    return node.source && node.source !== '' ? node.source : String(value);
  }
  return 'a value of an unsupported type';
}
