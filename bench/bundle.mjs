/** Code of ours bundled from src/ as dist/ is (scripts/bundle.mjs): ESM for Node 20, lazy chunks. */
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { SetupError } from './inputs.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * Bundles `entryPoints` (name → path under src/) into `outdir`. `require`: give the output a
 * require() for the CommonJS dependencies the CLI bundles, as dist/ has.
 */
export async function bundleFromSrc(entryPoints, outdir, { require = false } = {}) {
  await build({
    absWorkingDir: ROOT,
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    ...(require && { banner: { js: "import { createRequire as __pbCreateRequire } from 'node:module'; const require = __pbCreateRequire(import.meta.url);" } }),
    logLevel: 'warning',
  }).catch(() => {
    throw new SetupError(`Could not bundle ${Object.values(entryPoints).join(', ')}: see esbuild's errors above.`);
  });
}
