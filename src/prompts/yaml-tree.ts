/** YAML files (and YAML frontmatter) read into a SourceNode tree, positions kept. */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { UserError, type SourceLocation } from '../common/errors.js';
import { LineIndex } from '../common/line-index.js';
import type { SourceNode, StructuredSource } from './source-tree.js';

/**
 * How many nodes aliases may expand a file to. A prompt file has hundreds; an alias bomb
 * ("billion laughs") passes this within a few levels, and so does an alias to its own parent.
 */
const MAX_NODES = 100_000;

const SYNTAX_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'Indent with spaces; YAML does not allow tabs for indentation.',
  BAD_INDENT: 'Line up keys of the same mapping at the same column, with spaces.',
  MISSING_CHAR: 'Close the quote or bracket that was opened before this point.',
  MULTIPLE_DOCS: 'Keep a single YAML document: remove the extra `---` line.',
  DUPLICATE_KEY: 'Each key may appear once in a mapping; remove or rename one of them.',
  BLOCK_AS_IMPLICIT_KEY: 'Put a nested mapping on its own lines, indented below its key.',
  MULTILINE_IMPLICIT_KEY: 'Keep each key on one line, followed by `:` and a space, or use a `|` block for long text.',
};
const DEFAULT_HINT = 'Fix the YAML at this position; quote text that contains `: ` or ` #`, or write it as a `|` block.';

/** Parses a whole YAML file. */
export function readYamlFile(text: string, path: string): StructuredSource {
  const lines = new LineIndex(text);
  const root = parseYamlRange(text, path, lines, 0, text.length);
  return { path, syntax: 'yaml', root, locate: (offset) => lines.locate(path, offset) };
}

/**
 * Parses the YAML between `start` and `end` (a frontmatter block), with offsets and error
 * locations relative to the whole text. An empty document is a null scalar.
 */
export function parseYamlRange(text: string, path: string, lines: LineIndex, start: number, end: number): SourceNode {
  const doc = parseDocument(text.slice(start, end), { prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    throw new UserError(`Invalid YAML: ${error.message}`, SYNTAX_HINTS[error.code] ?? DEFAULT_HINT, lines.locate(path, start + error.pos[0]));
  }
  if (doc.contents === null) return { kind: 'scalar', offset: start, value: null };
  const budget = { nodes: 0, expanding: new Set<Node>() };
  return toSourceNode(doc.contents, doc, start, budget, (offset) => lines.locate(path, offset));
}

function toSourceNode(
  node: Node,
  doc: Document,
  base: number,
  budget: { nodes: number; expanding: Set<Node> },
  locate: (offset: number) => SourceLocation,
): SourceNode {
  if (++budget.nodes > MAX_NODES) {
    throw new UserError(
      `The YAML aliases (*name) expand to more than ${MAX_NODES} values`,
      'Write the values out, or use fewer aliases; an alias inside the value it names never ends.',
      locate(base + (node.range?.[0] ?? 0)),
    );
  }
  const offset = base + (node.range?.[0] ?? 0);
  if (isAlias(node)) {
    const target = node.resolve(doc);
    if (!target) throw new UserError(`The alias *${node.source} refers to no anchor`, `Define \`&${node.source}\` on a value before this alias.`, locate(offset));
    // An alias inside the value it names would expand forever (and overflow the stack first).
    if (budget.expanding.has(target)) {
      throw new UserError(`The alias *${node.source} is inside the value it names, so it never ends`, 'Write the value out instead of the alias.', locate(offset));
    }
    budget.expanding.add(target);
    try {
      // Positions point at the alias, where the reader looks, not at the anchored original.
      return { ...toSourceNode(target, doc, base, budget, locate), offset };
    } finally {
      budget.expanding.delete(target);
    }
  }
  if (isMap(node)) {
    const entries = new Map<string, SourceNode>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const value = isNodeLike(pair.value) ? toSourceNode(pair.value, doc, base, budget, locate) : nullAt(base + (isNodeLike(pair.key) ? (pair.key.range?.[1] ?? 0) : 0));
      entries.set(key, value);
    }
    return { kind: 'map', offset, entries };
  }
  if (isSeq(node)) {
    const items = node.items.map((item) => (isNodeLike(item) ? toSourceNode(item, doc, base, budget, locate) : nullAt(offset)));
    return { kind: 'list', offset, items };
  }
  if (isScalar(node)) return { kind: 'scalar', offset, value: scalarValue(node.value) };
  return { kind: 'scalar', offset, value: null };
}

function isNodeLike(value: unknown): value is Node {
  return isAlias(value) || isMap(value) || isSeq(value) || isScalar(value);
}

function nullAt(offset: number): SourceNode {
  return { kind: 'scalar', offset, value: null };
}

function scalarValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return Number(value);
  return String(value);
}
