// Types of scripts/release-check.mjs, for the tests that call it.

export const TRUSTED_PUBLISHING_NPM: string;

export interface ReleaseChannel {
  problems: string[];
  /** npm's dist-tag: `latest`, or `vX.Y-backport` for a release older than another. */
  distTag?: string;
  latest?: boolean;
  /** Whether the major tag (v1) moves to this release. */
  moveMajor?: boolean;
  /** The release tags newer than this one, oldest first. */
  newer?: string[];
}

export function releaseChannel(tag: string, facts: { tags: readonly string[]; onBranch: boolean; branch: string }): ReleaseChannel;
export function gitFacts(root: string, branch: string): { problems: string[]; tags?: string[]; onBranch?: boolean };
export function checkRelease(root: string, tag: string, options?: { npmVersion?: string }): { problems: string[]; version?: string; major?: string };
