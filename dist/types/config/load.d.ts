import { type CatalogFile } from './models.js';
import { type BudgetConfig } from './types.js';
import type { SourceLocation } from '../common/errors.js';
/**
 * A litellm-format price file is large (litellm's own: 1.5 MB in 2026); a bound keeps a wrong path
 * (a dump, a binary) from being read whole.
 */
export declare const MAX_CATALOG_BYTES: number;
/**
 * Where budgets.yml's top-level `catalog:` points, for the caller to read the file before
 * parseConfig (which reads no files); undefined when it names none or is not even YAML (parseConfig
 * reports that). The path is repository-relative, as written.
 */
export declare function catalogPathOf(text: string, path: string): {
    path: string;
    location: SourceLocation;
} | undefined;
/** What parseConfig is given besides budgets.yml's text. */
export interface ParseOptions {
    /**
     * The file budgets.yml's `catalog:` names, read by the caller (catalogPathOf says which). Without
     * it, `catalog:` is validated but its entries are not applied (the base's budgets.yml, `init`).
     */
    catalogFile?: CatalogFile;
}
/** Parses and validates budgets.yml. `path` is only for messages and locations. */
export declare function parseConfig(text: string, path: string, options?: ParseOptions): BudgetConfig;
