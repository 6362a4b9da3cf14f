/**
 * What a change touched, grouped once for every reader of the report: whether a component
 * changed, each changed file with the components that count it, and the files several
 * components share. Renderers and the report's own fields use these; none groups files itself.
 */
import type { ComponentResult, FileDelta, SharedFile } from './report.js';

/** A component changed when its count or its set of files did, by more than its `min_change`. */
export function isChanged(c: ComponentResult): boolean {
  return c.base !== null && !c.noise && (c.delta !== 0 || c.changedFiles.length > 0);
}

/** One change of one file, with every component that counts it alike. */
export interface FileChange {
  file: FileDelta;
  /** The components counting this change (several for a shared file, or one counted for several models). */
  components: string[];
  /** Distinct names in budgets.yml among them: more than one is a shared file. */
  shared: number;
}

/**
 * One entry per changed file and change: a file shared by several components, whose change they
 * count alike, is one change naming them all, not one regression per component. Changes below
 * `min_change` are left out with their components.
 */
export function fileChanges(components: readonly ComponentResult[]): FileChange[] {
  const changes = new Map<string, FileChange & { declared: Set<string> }>();
  for (const c of components.filter((component) => !component.noise)) {
    for (const file of c.changedFiles) {
      const key = JSON.stringify([file.path, file.renamedFrom ?? null, file.base, file.head]);
      const change = changes.get(key) ?? { components: [], shared: 0, file, declared: new Set<string>() };
      change.components.push(c.name);
      change.declared.add(c.declaredName);
      change.shared = change.declared.size;
      changes.set(key, change);
    }
  }
  return [...changes.values()].map(({ components: names, shared, file }) => ({ components: names, shared, file }));
}

/**
 * Files matched by components with different names in budgets.yml (the models one component is
 * counted for do not make a file shared), each with the components that count it.
 */
export function sharedFiles(components: readonly ComponentResult[]): SharedFile[] {
  const byPath = new Map<string, { names: Set<string>; deltas: Set<number | null> }>();
  for (const c of components) {
    const paths = new Set([...c.head.files, ...(c.base?.files ?? [])].map((f) => f.path));
    const changes = new Map(c.changedFiles.flatMap((f) => [[f.path, f] as const, ...(f.renamedFrom !== undefined ? [[f.renamedFrom, f] as const] : [])]));
    for (const path of paths) {
      const entry = byPath.get(path) ?? { names: new Set<string>(), deltas: new Set<number | null>() };
      entry.names.add(c.declaredName);
      entry.deltas.add(c.base === null ? null : (changes.get(path)?.delta ?? 0));
      byPath.set(path, entry);
    }
  }
  // Changed: a component above its `min_change` changed it, under this path or renamed from it.
  const changed = new Set(fileChanges(components).flatMap(({ file }) => [file.path, ...(file.renamedFrom !== undefined ? [file.renamedFrom] : [])]));
  return [...byPath]
    .filter(([, entry]) => entry.names.size > 1)
    .map(([path, entry]) => ({ path, components: [...entry.names], delta: entry.deltas.size === 1 ? [...entry.deltas][0]! : null, changed: changed.has(path) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
