/**
 * Exact token counts for open models (Llama 2/3/4, Qwen, DeepSeek, Mistral, Gemma, ...) from the
 * Hugging Face `tokenizer.json` a user commits, equal to what Hugging Face's Rust `tokenizers`
 * counts (test/unit/tokenize/huggingface/tokenizer-json.test.ts and sentencepiece.test.ts beside it
 * check them against it).
 *
 * Supported: BPE models, with added tokens, either byte-level (NFC/NFD/NFKC/NFKD normalizers, Split
 * pre-tokenizers (Isolated or Removed) followed by one ByteLevel) or SentencePiece style, without a
 * ByteLevel (byte_fallback; Prepend, Replace and NF* normalizers; Metaspace and string Split
 * pre-tokenizers). Anything else (Unigram, WordPiece, ...) is refused with a UserError saying what
 * the file uses, rather than counted approximately.
 *
 * BOS/EOS: `count` never adds them. The post-processor's BOS is what a server adds once per
 * request, not part of a prompt file, and a chat template writes `{{ bos_token }}` itself, so
 * counting a rendered chat includes the BOS exactly when the template puts it there.
 */
import { UserError } from '../../common/errors.js';
import { type ChatMessage } from './chat.js';
import { RunBudget } from './time-limit.js';
export type { ChatMessage } from './chat.js';
export interface HuggingFaceTokenizer {
    /**
     * Tokens of `text` as sent: no BOS/EOS added by post-processing; special-token strings in the
     * text (e.g. `<|eot_id|>`) count as the single special tokens the model sees.
     */
    count(text: string): number;
    /** Renders a conversation with the model's chat template (chat_template.jinja or tokenizer_config.json), when there is one. */
    renderChat?(messages: readonly ChatMessage[], options: {
        addGenerationPrompt: boolean;
    }): string;
}
/**
 * Time limits on work a pull request's files decide. Counting runs at several MB a second, so its
 * limit is generous for any real prompt file and still ends a hostile pattern's run in seconds.
 * Each call has its own limit, and all calls of a run draw on one RunBudget besides.
 */
export interface TimeLimits {
    /** For counting a text of `length` UTF-16 units. */
    countMs: (length: number) => number;
    loadMs: number;
    renderMs: number;
    /** What the whole run may spend; RUN_BUDGET, this process's, unless a test gives its own. */
    budget: RunBudget;
}
/**
 * The whole run's time for loading tokenizer.json files, counting with them and rendering chat
 * templates, all together. Real work takes a fraction of it: tokenizer.json counting runs at 7 to
 * 9 MB/s (byte-level; SentencePiece style at Rust's pace or faster) and loads in about half a second
 * (Gemma 3's 33 MB file in about 2 s), and a model's chat template renders a conversation in
 * milliseconds, so 60 s covers base and head of a repository with hundreds of megabytes of prompts
 * for several open models, on a runner slower than our bench machine; a PR whose files take longer
 * than a minute is hostile or broken, and a minute is an end CI can wait for.
 */
export declare const RUN_TIME_MS = 60000;
/**
 * The characters one chat template rendering may produce: a rendered conversation is a prompt,
 * held to the largest prompt file counted (16 MB).
 */
export declare const MAX_RENDER_CHARS: number;
/**
 * The characters one rendering's expressions may make on the way, its output's included: 16
 * times its output. The chat templates of Llama 3, Qwen3 and DeepSeek V3 make 4 to 6 times
 * their output (a message's content trimmed, then joined with its header); a template keeping
 * copies of a long string in a list held 3.8 GB within its 10 s.
 */
export declare const MAX_RENDER_BUILT_CHARS: number;
/**
 * The characters all renderings of a run may produce together: four of the largest. Renderings
 * are held in memory until they are counted, so this keeps a run's rendered text to a few hundred
 * megabytes (126 M characters peaked at 560 MB), where six templates of 268 M characters each took
 * 2.9 GB and crashed; and counting 64 M characters takes about 10 s of the run's 60. Real chat
 * files are kilobytes, their renderings barely larger.
 */
export declare const RUN_RENDER_CHARS: number;
/** This process's budget: the action and the CLI check one repository per process. */
export declare const RUN_BUDGET: RunBudget;
/**
 * A bound of the whole run ran out: the file was not counted. It says nothing about the file
 * itself, so a check must fail it, never carry it over as a failure the base had too.
 */
export declare class RunLimitReached extends UserError {
}
/** The files of a model's tokenizer, as found beside tokenizer.json. */
export interface TokenizerFiles {
    tokenizerJson: string;
    /** tokenizer_config.json: special tokens, and the chat template of older repositories. */
    tokenizerConfigJson?: string;
    /** chat_template.jinja, which transformers prefers to tokenizer_config.json's "chat_template". */
    chatTemplate?: string;
    /** chat_template.json, a processor's ({"chat_template": ...}): used when neither of the above has one. */
    chatTemplateJson?: string;
}
/**
 * Throws UserError naming `path` (or the chat template's file beside it) with a clear message and
 * hint when a file is malformed or uses a model type/feature we do not support.
 */
export declare function loadHuggingFaceTokenizer(files: TokenizerFiles, path: string, timeLimits?: Partial<TimeLimits>): HuggingFaceTokenizer;
