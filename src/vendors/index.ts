/** Token counts from the vendors' own counting APIs, for models without a public tokenizer. */
export { anthropicCounter, ANTHROPIC_VERSION } from './anthropic.js';
export { geminiCounter } from './gemini.js';
export { CountCache } from './cache.js';
export { VendorApiError, type Vendor, type VendorFailure } from './errors.js';
export type { VendorCounter, VendorCounterOptions } from './counter.js';
