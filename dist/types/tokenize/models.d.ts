/**
 * Which encoding each OpenAI model uses. Source of truth: openai/tiktoken `tiktoken/model.py`
 * (MODEL_TO_ENCODING and MODEL_PREFIX_TO_ENCODING), extended with models released since.
 */
import type { EncodingName } from './tiktoken/encoding-names.js';
import type { CountingVendor } from './spec.js';
export interface ModelInfo {
    name: string;
    vendor: 'openai';
    encoding: EncodingName;
    /**
     * The family the encoding is assumed from, when OpenAI publishes none for this model (tiktoken's
     * model.py names neither it nor a prefix of it): its counts are exact for the encoding, not known
     * to be the model's own.
     */
    assumedFrom?: string;
}
export declare function findModel(name: string): ModelInfo | undefined;
export declare function modelNames(): string[];
/**
 * Models whose vendor counts tokens through an API instead of publishing a tokenizer: any Claude
 * or Gemini model id, dated or not, so a release newer than the catalog is still counted by its
 * vendor. Vertex AI and Bedrock ids ("anthropic.claude-...") are not matched: their APIs differ.
 */
export declare function countingVendorOf(name: string): CountingVendor | undefined;
