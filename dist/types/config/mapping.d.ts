/** Reading one YAML mapping of budgets.yml: its keys in order, duplicates and unknown keys reported. */
import { type Node, type YAMLMap } from 'yaml';
import type { Problems } from './problems.js';
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
export declare function readEntries(map: YAMLMap, describe: string, source: YamlSource, problems: Problems, isComponentList?: boolean): Map<string, Entry>;
/**
 * Reports every key not in `known`, with a "did you mean" when one is close. `misplaced` gives a
 * better hint for keys that are valid elsewhere (a component key at the top level, say).
 * Returns the known keys it suggested, so that `max_token:` is not also reported as a missing
 * `max_tokens`.
 */
export declare function reportUnknownKeys(entries: Map<string, Entry>, known: readonly string[], describe: string, problems: Problems, misplaced?: (entry: Entry) => {
    message?: string;
    hint: string;
} | undefined): Set<string>;
