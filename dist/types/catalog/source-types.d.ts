/**
 * The shapes the catalog's sources are written in: the vendor files, the generated litellm table
 * and its reader use them, and catalog.ts, which imports all of those, builds on them. Apart from
 * catalog.ts so that none of its sources needs to import it back.
 */
/** How a model is called, per the source; `responses` models serve the Responses API only. */
export type ModelMode = 'chat' | 'completion' | 'responses' | 'embedding';
export interface CatalogSource {
    url: string;
    repository: string;
    path: string;
    commit: string;
    /** What a reader of the numbers must know about them. */
    note?: string;
}
export interface PromptCaching {
    /** Applied by the vendor without any request flag. */
    automatic: boolean;
    /** Prompts shorter than this are never cached. */
    minTokens: number;
    /** Cached prefixes grow in steps of this many tokens. */
    incrementTokens: number;
    sources: readonly string[];
}
