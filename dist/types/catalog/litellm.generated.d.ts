import type { GeneratedSource, LitellmNumbers } from './litellm-format.js';
export declare const LITELLM_SOURCE: GeneratedSource;
export declare const LITELLM_DATA: Readonly<Record<string, LitellmNumbers>>;
