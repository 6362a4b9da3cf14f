import type { LineIndex } from '../common/line-index.js';
import type { SourceNode } from './source-tree.js';
export interface SplitTemplate {
    /** The parsed frontmatter; undefined when the file has none. */
    frontmatter?: SourceNode;
    /** Everything after the closing `---` line. */
    body: string;
    /** Where the body starts in the file, for locations inside it. */
    bodyOffset: number;
}
/**
 * Splits the frontmatter from the body. Blank lines may come first, and with `allowComments`
 * `#` lines too (Dotprompt allows a license header above the frontmatter).
 */
export declare function splitFrontmatter(text: string, path: string, lines: LineIndex, allowComments: boolean): SplitTemplate;
/** The top-level keys of a frontmatter mapping that hold something, for "excluded" notes. */
export declare function frontmatterKeys(frontmatter: SourceNode | undefined): Map<string, SourceNode>;
