/** Token counts from the vendors' own counting APIs, for models without a public tokenizer. */
export { anthropicCounter } from './anthropic.js';
export { geminiCounter } from './gemini.js';
export { CountCache } from './cache.js';
export { VendorApiError } from './errors.js';
export type { VendorCounterOptions } from './api-counter.js';
