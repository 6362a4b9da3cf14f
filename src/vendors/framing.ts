/**
 * A count request wraps the text in a message, and the API counts the wrapping too. The framing
 * is measured once per model, as the count of a one-letter probe text less one, and taken off
 * every count. Tool definitions go beside the probe message, and the probe message alone is taken
 * off; a text the API will not count alone (whitespace, for Anthropic) goes after the probe.
 */
import { readToolsRequestText } from '../prompts/tools.js';
import { unlessAborted } from './abort.js';
import type { Wording } from './answer.js';
import type { VendorApi } from './vendor-api.js';

/**
 * The text whose count measures the framing. A single lowercase ASCII letter is one token in
 * every byte-level BPE and SentencePiece vocabulary we know of (each byte or character is in the
 * base vocabulary, and a lone letter has nothing to merge with inside the text).
 */
const FRAMING_PROBE = 'a';

/** The API's raw count of a request for `text`, framing included. */
export type CountRaw = (model: string, text: string, signal: AbortSignal) => Promise<number>;

/** The request for `text`: the one user message, or, for tool definitions, the probe message with the tools. */
export function requestBody(api: VendorApi, model: string, text: string): unknown {
  const tools = readToolsRequestText(text);
  return tools ? api.body(model, FRAMING_PROBE, tools) : api.body(model, text);
}

export class Framing {
  /** Framing per model, measured at most once a run (a failed measurement is tried again by the next call). */
  readonly #measured = new Map<string, Promise<number>>();
  /** Probes under way: no single call owns one, so the counter stops them when no call is under way. */
  readonly #probes = new Map<AbortController, string>();

  constructor(
    private readonly api: VendorApi,
    private readonly countRaw: CountRaw,
    private readonly wording: Wording,
    private readonly log: (line: string) => void,
  ) {}

  /** The tokens of `text` alone: the API's count less the framing (and the probe, where it went too). */
  async count(model: string, text: string, signal: AbortSignal): Promise<number> {
    const { api, wording } = this;
    if (readToolsRequestText(text)) {
      // The probe message with the tools, less the probe message alone: what the tools add.
      const [frame, raw] = await Promise.all([unlessAborted(this.of(model), signal), this.countRaw(model, text, signal)]);
      const tokens = raw - frame - 1;
      if (tokens < 1) throw wording.fail('response', `the ${api.label} API counted ${raw} tokens for a request with tool definitions with ${model}, not more than the same request without them (${frame + 1}); the count cannot be trusted`);
      return tokens;
    }
    const anchored = api.needsAnchor(text);
    const [frame, raw] = await Promise.all([unlessAborted(this.of(model), signal), this.countRaw(model, anchored ? FRAMING_PROBE + text : text, signal)]);
    const tokens = raw - frame - (anchored ? 1 : 0);
    if (tokens < (anchored ? 0 : 1)) {
      throw wording.fail('response', `the ${api.label} API counted ${raw} tokens for a ${text.length}-character text with ${model}, not more than the ${frame} tokens of framing measured for it; the count cannot be trusted`);
    }
    return tokens;
  }

  /** Stops every probe under way; the next call that needs one measures again. */
  stop(reason: unknown): void {
    for (const [probe, model] of this.#probes) {
      this.#measured.delete(model);
      probe.abort(reason);
    }
  }

  private of(model: string): Promise<number> {
    let measured = this.#measured.get(model);
    if (!measured) {
      const { api, wording } = this;
      const stop = new AbortController();
      this.#probes.set(stop, model);
      measured = this.countRaw(model, FRAMING_PROBE, stop.signal).then((probe) => {
        if (probe < 1) throw wording.fail('response', `the ${api.label} API counted ${probe} tokens for the one-letter probe text with ${model}; cannot measure its framing`);
        this.log(`${api.label} ${model}: a one-message count request adds ${probe - 1} tokens of framing; taken off every count.`);
        return probe - 1;
      });
      const ended = measured;
      ended.then(
        () => this.#probes.delete(stop),
        () => {
          this.#probes.delete(stop);
          if (this.#measured.get(model) === ended) this.#measured.delete(model);
        },
      );
      this.#measured.set(model, measured);
    }
    return measured;
  }
}
