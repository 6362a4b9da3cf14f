/**
 * xAI's Grok models on xAI's API: context windows, output limits and list prices, as one dated,
 * pinned snapshot: the numbers of litellm's `model_prices_and_context_window.json` entry named by
 * `sourceKey` (the `xai/…` keys, `litellm_provider: xai`; the copy in XAI_SOURCE, through the
 * generated litellm.generated.ts). Conversions as in openai.ts.
 *
 * xAI publishes no tokenizer file and this catalog knows no counting API for it, so Grok counts
 * are estimates (src/tokenize/estimate.ts, the method for vendors without one of their own); an
 * exact count needs a tokenizer.json named with `tokenizer:` under `models:`.
 */
import { LITELLM_AS_OF, litellmSource, withNumbers, type CuratedModel, type VendorModel } from './source-model.js';

export const XAI_SOURCE = litellmSource(
  'max_input_tokens is the context window; the source gives max_output_tokens equal to it for every Grok model ' +
    '(the whole window may be spent on output).',
);

export const XAI_AS_OF = LITELLM_AS_OF;

const CURATED: readonly CuratedModel[] = [
  // grok-4.5-latest and grok-4.3-latest repeat their models' numbers in the source.
  { name: 'grok-4.5', sourceKey: 'xai/grok-4.5' },
  { name: 'grok-4.3', sourceKey: 'xai/grok-4.3' },
  { name: 'grok-4.20-0309-reasoning', sourceKey: 'xai/grok-4.20-0309-reasoning' },
  { name: 'grok-4-1-fast-reasoning', sourceKey: 'xai/grok-4-1-fast-reasoning' },
  { name: 'grok-4-1-fast-non-reasoning', sourceKey: 'xai/grok-4-1-fast-non-reasoning' },
  { name: 'grok-4-fast-reasoning', sourceKey: 'xai/grok-4-fast-reasoning' },
  { name: 'grok-4-fast-non-reasoning', sourceKey: 'xai/grok-4-fast-non-reasoning' },
  // grok-4-0709 and grok-4-latest repeat grok-4.
  { name: 'grok-4', sourceKey: 'xai/grok-4', aliases: ['grok-4-0709', 'grok-4-latest'] },
  { name: 'grok-code-fast-1', sourceKey: 'xai/grok-code-fast-1' },
  { name: 'grok-3', sourceKey: 'xai/grok-3' },
  { name: 'grok-3-mini', sourceKey: 'xai/grok-3-mini' },
];

export const XAI_MODELS: readonly VendorModel[] = CURATED.map((m) => withNumbers({ ...m, vendor: 'xai' }));
