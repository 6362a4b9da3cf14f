/**
 * The prompt file formats we can read, and which one a file is by its name. A component's
 * `format:` setting overrides the guess (a `.json` file that is a plain string, a `.txt` that is
 * a Jinja template): the name is only the default.
 */
export declare const PROMPT_FORMATS: readonly ["text", "markdown", "messages-json", "messages-yaml", "jsonl", "github-prompt", "prompty", "dotprompt"];
/**
 * - `text`, `markdown`: the whole file is the prompt.
 * - `messages-json`, `messages-yaml`: an OpenAI-style list of `{role, content, name?}`, or a
 *   mapping with such a `messages` list.
 * - `jsonl`: one conversation `{"messages": [...]}` per line (OpenAI's fine-tuning format).
 * - `github-prompt`: GitHub Models `*.prompt.yml`; only `messages` reaches the model.
 * - `prompty`: Microsoft Prompty, YAML frontmatter then a body with `system:`/`user:` lines.
 * - `dotprompt`: Google's Dotprompt (Genkit), YAML frontmatter then a Handlebars body with
 *   `{{role "..."}}` markers.
 */
export type PromptFormat = (typeof PROMPT_FORMATS)[number];
export declare function isPromptFormat(name: string): name is PromptFormat;
/** The format a file's name suggests; anything unknown (`.txt`, no extension) is plain text. */
export declare function detectFormat(path: string): PromptFormat;
