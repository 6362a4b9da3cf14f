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
import { type VendorModel } from './source-model.js';
export declare const XAI_SOURCE: import("./source-types.js").CatalogSource;
export declare const XAI_AS_OF: string;
export declare const XAI_MODELS: readonly VendorModel[];
