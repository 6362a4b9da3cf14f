// Types of scripts/notices.mjs, for the tests that call it.
import type { Metafile } from 'esbuild';

export const ALLOWED: readonly string[];
export class NoticeError extends Error {}
export function notices(metafile: Metafile, entryPoints: Record<string, string>, root?: string): string;
