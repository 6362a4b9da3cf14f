/** Prompt files as the model sees them: formats, extraction, chat overhead and counting. */
export { PROMPT_FORMATS, detectFormat, isPromptFormat, type PromptFormat } from './formats.js';
export { extractPrompt, type ExtractOptions } from './extract.js';
export { chatOverheadFor, type ChatOverhead } from './overhead.js';
export { promptParts, type PromptParts } from './parts.js';
export type { ChatMessage, ExtractedPrompt, Placeholder, PromptContent } from './types.js';
