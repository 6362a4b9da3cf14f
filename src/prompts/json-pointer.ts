/**
 * `select`: the part of a structured file that is the prompt, as a JSON Pointer
 * (`/prompts/system`, RFC 6901) or a dotted path (`prompts.system`, `messages[0].content`).
 */
import { closestMatches } from '../common/suggest.js';
import { UserError } from '../common/errors.js';
import { aKind, describeNode, kindName, type SourceNode, type StructuredSource } from './source-tree.js';

const PATH_HINT = 'Write a JSON Pointer (/prompts/system) or a dotted path (prompts.system, messages[0].content).';

/** Keys listed in an error; a mapping with hundreds of keys is summarised. */
const MAX_KEYS_SHOWN = 20;

interface ParsedPath {
  segments: string[];
  /** How the path so far reads in the user's own notation, for messages. */
  show(count: number): string;
}

/** The node `select` names under `root`; a UserError at the node where the path stops matching. */
export function selectNode(source: StructuredSource, root: SourceNode, select: string): SourceNode {
  const path = parseSelect(select);
  let node = root;
  for (const [depth, segment] of path.segments.entries()) {
    const here = depth === 0 ? 'the top level' : path.show(depth);
    const fail = (problem: string, hint: string): never => {
      throw new UserError(`select ${JSON.stringify(select)} matches nothing: ${problem}`, hint, source.locate(node.offset));
    };
    if (node.kind === 'map') {
      const next = node.entries.get(segment);
      if (next) {
        node = next;
        continue;
      }
      const keys = [...node.entries.keys()];
      const close = closestMatches(segment, keys);
      const listed = keys.length === 0 ? `${here} is an empty ${kindName('map', source.syntax)}.` : `Keys at ${here}: ${listKeys(keys)}.`;
      fail(`${here} has no key ${JSON.stringify(segment)}`, `${close.length > 0 ? `Did you mean ${JSON.stringify(close[0])}? ` : ''}${listed}`);
    } else if (node.kind === 'list') {
      const index = /^(0|[1-9][0-9]*)$/.test(segment) ? Number(segment) : NaN;
      const next = node.items[index];
      if (next) {
        node = next;
        continue;
      }
      const range = node.items.length === 0 ? `${here} is an empty ${kindName('list', source.syntax)}.` : `Use an index from 0 to ${node.items.length - 1}.`;
      fail(`${here} is ${aKind('list', source.syntax)} of ${node.items.length} ${node.items.length === 1 ? 'item' : 'items'}, and ${JSON.stringify(segment)} is not one of its indexes`, range);
    } else {
      fail(`${here} is ${describeNode(node, source.syntax)}, which has no key ${JSON.stringify(segment)}`, 'Point select at a string or a list of messages, and end the path there.');
    }
  }
  return node;
}

/** Parses a select expression; a malformed one is a UserError without a location (it sits in the config). */
export function parseSelect(select: string): ParsedPath {
  if (select.startsWith('/')) {
    const segments = select
      .slice(1)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    return { segments, show: (count) => '/' + select.slice(1).split('/').slice(0, count).join('/') };
  }
  const segments: string[] = [];
  const shown: string[] = [];
  const token = /([^.[\]]+)|\[(0|[1-9][0-9]*)\]|\["([^"]*)"\]|\.(?=[^.[\]])/y;
  let pos = 0;
  while (pos < select.length) {
    token.lastIndex = pos;
    const match = token.exec(select);
    if (!match || (match[0] === '.' && pos === 0)) {
      throw new UserError(`select ${JSON.stringify(select)} is not a path: unexpected ${JSON.stringify(select.slice(pos, pos + 10))} at character ${pos + 1}`, PATH_HINT);
    }
    pos = token.lastIndex;
    if (match[0] === '.') continue;
    const segment = match[1] ?? match[2] ?? match[3] ?? '';
    segments.push(segment);
    shown.push(match[1] !== undefined ? (shown.length === 0 ? match[0] : `.${match[0]}`) : match[0]);
  }
  if (segments.length === 0) throw new UserError('select is empty', PATH_HINT);
  return { segments, show: (count) => shown.slice(0, count).join('') };
}

function listKeys(keys: string[]): string {
  const shown = keys.slice(0, MAX_KEYS_SHOWN).map((k) => JSON.stringify(k)).join(', ');
  return keys.length > MAX_KEYS_SHOWN ? `${shown} and ${keys.length - MAX_KEYS_SHOWN} more` : shown;
}
