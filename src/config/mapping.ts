/** Reading one YAML mapping of budgets.yml: its keys in order, duplicates and unknown keys reported. */
import { isScalar, Scalar, type Node, type YAMLMap } from 'yaml';
import type { Problems } from './problems.js';
import { closestMatches, didYouMean } from '../common/suggest.js';
import type { YamlSource } from './yaml-source.js';

export interface Entry {
  name: string;
  /** The key as written, where "unknown key" and "component `x`" point. */
  key: Node;
  /** The value, aliases resolved; an empty value (`key:`) is a Scalar holding null. */
  value: Node;
  /** The value as written (an alias stays the alias), where a value's own line is. */
  written: Node;
}

/**
 * The entries of a mapping in the order written, first occurrence winning. `describe` names the
 * mapping in messages ("defaults", "component `support-system`").
 */
export function readEntries(map: YAMLMap, describe: string, source: YamlSource, problems: Problems, isComponentList = false): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const pair of map.items) {
    const keyNode = pair.key === null ? undefined : source.resolve(pair.key as Node);
    const name = isScalar(keyNode) ? keyName(keyNode) : undefined;
    if (name === undefined) {
      problems.add(
        (pair.key as Node | null) ?? map,
        `A key in ${describe} is not a plain name`,
        'Write keys as plain names followed by `:`, e.g. `max_tokens: 1500`.',
      );
      continue;
    }
    const key = pair.key as Node;
    const first = entries.get(name);
    if (first) {
      const firstLine = source.locate(first.key).line;
      problems.add(
        key,
        isComponentList
          ? `Duplicate component \`${name}\` (first declared on line ${firstLine})`
          : `Duplicate key \`${name}\` in ${describe} (first set on line ${firstLine})`,
        isComponentList
          ? 'Component names must be unique: rename one of the two, or merge their files into one component.'
          : `Set \`${name}\` once: remove one of the two lines.`,
      );
      continue;
    }
    const written = (pair.value as Node | null) ?? emptyValueAt(key);
    entries.set(name, { name, key, value: source.resolve(written), written });
  }
  return entries;
}

/** A key's name: strings as they are, `2024:` or `true:` as written, never null. */
function keyName(key: Scalar): string | undefined {
  const value = key.value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return key.source ?? String(value);
  return undefined;
}

/** `? key` with no value at all has no value node; stand one in, at the key. */
function emptyValueAt(key: Node): Node {
  const empty = new Scalar(null);
  empty.range = key.range;
  return empty;
}

/**
 * Reports every key not in `known`, with a "did you mean" when one is close. `misplaced` gives a
 * better hint for keys that are valid elsewhere (a component key at the top level, say).
 * Returns the known keys it suggested, so that `max_token:` is not also reported as a missing
 * `max_tokens`.
 */
export function reportUnknownKeys(
  entries: Map<string, Entry>,
  known: readonly string[],
  describe: string,
  problems: Problems,
  misplaced: (entry: Entry) => { message?: string; hint: string } | undefined = () => undefined,
): Set<string> {
  const suggested = new Set<string>();
  for (const entry of entries.values()) {
    if (known.includes(entry.name)) continue;
    const [closest] = closestMatches(entry.name, known);
    if (closest !== undefined) suggested.add(closest);
    const special = entry.name === '<<' ? { hint: 'YAML merge keys (`<<: *name`) are not supported: write the keys out.' } : misplaced(entry);
    const message = special?.message ?? `Unknown key \`${entry.name}\` in ${describe}${didYouMean(entry.name, known)}`;
    problems.add(entry.key, message, special?.hint ?? `The keys of ${describe} are: ${known.join(', ')}.`);
  }
  return suggested;
}
