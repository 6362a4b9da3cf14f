/** The model catalog (windows, limits, prices, caching) and exact money arithmetic for costs. */
export * from './catalog.js';
export * from './money.js';
export { OPENAI_AS_OF, OPENAI_MODELS, OPENAI_PROMPT_CACHING, OPENAI_SOURCE, type SourceModel } from './openai.js';
